// The search documents of the frameworks imported in this browser, for the palette and /search.
// Costs nothing where nothing was imported: IndexedDB is only opened when its database exists.
import type { SearchDoc } from '../search/types';
import { hasSaved } from './store';

/** Docs for every saved framework that reads back; none when storage is unavailable. */
export async function localSearchDocs(): Promise<SearchDoc[]> {
	if (!(await hasSaved())) return [];
	try {
		const [{ loadLocalCatalog }, { frameworkDocs }] = await Promise.all([
			import('./catalog'),
			import('../search/documents')
		]);
		const { saved, catalog } = await loadLocalCatalog();
		const names = new Map(catalog.skills.map((s) => [s.id, s.name]));
		return saved.flatMap((entry) => frameworkDocs(entry.framework, names));
	} catch {
		// Search still works on the built-in frameworks.
		return [];
	}
}
