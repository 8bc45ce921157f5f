import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { base } from '$lib/base';
import { catalog } from '$lib/frameworks/catalog.server';
import { compareCell } from '$lib/compare/cell';
import { allPromotionRefs } from '$lib/compare/promotions';
import { comparisonView } from '$lib/compare/view';
import { stepName } from '$lib/frameworks/queries';

// Each step against the framework's next, on every track: prerendered, so the comparison reads
// without JavaScript and opens without fetching anything.
export const entries: EntryGenerator = () =>
	allPromotionRefs(catalog.frameworks).map((r) => ({
		fw: r.framework,
		track: r.track,
		step: r.step
	}));

const skillNames = new Map(catalog.skills.map((s) => [s.id, s.name]));

export const load = (({ params }) => {
	const fw = catalog.frameworks.find((f) => f.id === params.fw);
	if (!fw) error(404, `There is no framework called “${params.fw}”.`);
	const track = fw.tracks.find((t) => t.id === params.track);
	if (!track) error(404, `${fw.name} has no track called “${params.track}”.`);
	const index = fw.steps.findIndex((s) => s.id === params.step);
	if (index === -1) error(404, `${fw.name} has no step called “${params.step}”.`);
	const next = fw.steps[index + 1];
	if (!next)
		error(
			404,
			`${stepName(fw.steps[index]!)} is the last step of ${fw.name}: there is no next step to compare it with.`
		);
	const cells = [fw.steps[index]!, next].map((step) =>
		compareCell(fw, skillNames, { track: track.id, step: step.id })!
	);
	const previous = fw.steps[index - 1];
	const after = fw.steps[index + 2];
	const pairLink = (from: (typeof fw.steps)[number], to: (typeof fw.steps)[number]) => ({
		href: `${base}/compare/${fw.id}/${track.id}/${from.id}`,
		label: `${stepName(from)} → ${stepName(to)}`
	});
	return {
		framework: { id: fw.id, name: fw.name },
		track: { id: track.id, name: track.name },
		view: comparisonView(cells),
		previous: previous ? pairLink(previous, fw.steps[index]!) : null,
		next: after ? pairLink(next, after) : null
	};
}) satisfies PageServerLoad;
