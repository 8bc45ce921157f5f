import { catalog } from '$lib/frameworks/catalog.server';
import { commonRange, formatRange } from '$lib/frameworks/queries';
import { frameworkColor } from '$lib/frameworks/palette';
import { ladderData } from '$lib/views/ladder';

export function load() {
	const frameworks = catalog.frameworks.map((fw) => ({
		id: fw.id,
		name: fw.name,
		organisation: fw.organisation,
		kind: fw.kind,
		color: frameworkColor(fw.id),
		range: formatRange(commonRange(fw.steps, fw.tracks)),
		steps: fw.steps.length,
		tracks: fw.tracks.length,
		statements: fw.statements.length,
		skills: fw.skills.length,
		notes: fw.notes.length
	}));
	return { frameworks, ladder: ladderData(catalog) };
}
