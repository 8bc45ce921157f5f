// Compare over the frameworks imported in this browser: their cells are made here from the saved
// data (the built-in ones come from their prerendered files, ../compare/load).
import { compareCell, type CellRef, type CompareCell } from '../compare/cell';
import { navIndex, type NavFramework } from '../frameworks/queries';
import { loadLocalCatalog } from './catalog';

export interface LocalCells {
	nav: NavFramework[];
	cell(ref: CellRef): CompareCell;
}

export async function localCells(): Promise<LocalCells> {
	const { catalog, saved } = await loadLocalCatalog();
	const names = new Map(catalog.skills.map((s) => [s.id, s.name]));
	const frameworks = saved.map((e) => e.framework);
	return {
		nav: navIndex(frameworks),
		cell(ref) {
			const fw = frameworks.find((f) => f.id === ref.framework);
			const cell = fw && compareCell(fw, names, ref);
			if (!cell) throw new Error(`${ref.framework}/${ref.track}/${ref.step}: no such cell`);
			return cell;
		}
	};
}
