// The common ladder's data for a catalogue: only what it draws (steps, their placement and each
// track's coverage), so a page can draw the bundled frameworks and imported ones on one ladder.
import type { Catalog } from '../frameworks/catalog';
import { frameworkColor } from '../frameworks/palette';
import { ladderFramework, type LadderFramework } from '../charts/CommonLadder/layout';

export function ladderData(catalog: Catalog): LadderFramework[] {
	return catalog.frameworks.map((fw) => ladderFramework(fw, frameworkColor(fw.id)));
}
