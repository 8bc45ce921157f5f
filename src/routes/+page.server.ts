import { catalog } from '$lib/frameworks/catalog.server';
import { commonRange, formatRange } from '$lib/frameworks/queries';
import { frameworkColor } from '$lib/frameworks/palette';
import type { Framework } from '$lib/model/schema';

/** The track whose page a step should open: the first that documents it, else the first. */
function primaryTrack(fw: Framework, stepId: string): string {
	const documented = fw.tracks.find((t) =>
		t.steps.some((s) => s.step === stepId && s.status === 'defined')
	);
	return (documented ?? fw.tracks[0]!).id;
}

export function load() {
	const frameworks = catalog.frameworks.map((fw) => ({
		id: fw.id,
		name: fw.name,
		organisation: fw.organisation,
		kind: fw.kind,
		color: frameworkColor(fw.id),
		range: formatRange(commonRange(fw.steps)),
		steps: fw.steps.length,
		tracks: fw.tracks.length,
		statements: fw.statements.length,
		skills: fw.skills.length,
		notes: fw.notes.length
	}));
	const levels = [1, 2, 3, 4, 5, 6, 7].map((level) => ({
		level,
		cells: catalog.frameworks.map((fw) => ({
			framework: fw.id,
			steps: fw.steps
				.filter((s) => s.common.level === level)
				.map((s) => ({
					id: s.id,
					label: s.label,
					title: s.title,
					basis: s.common.basis,
					href: `/frameworks/${fw.id}/${primaryTrack(fw, s.id)}/${s.id}`
				}))
		}))
	}));
	return { frameworks, levels };
}
