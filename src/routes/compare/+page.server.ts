import type { PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import { frameworkColor } from '$lib/frameworks/palette';
import { covers, stepName, stepPlacement, trackForStep } from '$lib/frameworks/queries';
import type { CellRef } from '$lib/compare/cell';
import { promotionIndex } from '$lib/compare/promotions';
import { compareHref, promotionHref } from '$lib/url/compare-view';

// The page itself is the same for every link: the cells a link names are read in the browser. The
// build gives it the prerendered promotion comparisons (to read without JavaScript) and examples.
export const load = (() => {
	const promotions = catalog.frameworks.map((fw) => ({
		id: fw.id,
		name: fw.name,
		color: frameworkColor(fw.id),
		tracks: promotionIndex(fw).map((t) => ({
			name: t.name,
			pairs: t.pairs.map((p) => ({ href: promotionHref(p.ref), label: p.label }))
		}))
	}));

	const examples: { href: string; label: string }[] = [];
	const ref = (fw: (typeof catalog.frameworks)[number], stepId: string): CellRef => ({
		framework: fw.id,
		track: trackForStep(fw, stepId).id,
		step: stepId
	});
	// A step that repeats another: the comparison says so.
	for (const fw of catalog.frameworks) {
		const copy = fw.steps.find((s) => s.common.sameAs);
		if (!copy) continue;
		const original = fw.steps.find((s) => s.id === copy.common.sameAs)!;
		examples.push({
			href: compareHref([ref(fw, original.id), ref(fw, copy.id)]),
			label: `${fw.name}: ${stepName(original)} and ${stepName(copy)}, which repeats it`
		});
		break;
	}
	// One common level in two organisations: the first two ladders with a step at P3.
	const atP3 = catalog.frameworks
		.filter((fw) => fw.kind === 'ladder')
		.flatMap((fw) => {
			const step = fw.steps.find((s) => covers(stepPlacement(s), 3));
			return step ? [{ fw, step }] : [];
		})
		.slice(0, 2);
	if (atP3.length === 2) {
		examples.push({
			href: compareHref(atP3.map(({ fw, step }) => ref(fw, step.id))),
			label: `P3 in two organisations: ${atP3.map(({ fw, step }) => `${fw.name} ${stepName(step)}`).join(' and ')}`
		});
	}
	// Two ratings of a rubric's role.
	const rubric = catalog.frameworks.find((fw) => fw.kind === 'rating-rubric');
	if (rubric && rubric.steps.length > 1) {
		const i = Math.floor(rubric.steps.length / 2);
		const [a, b] = [rubric.steps[i]!, rubric.steps[i + 1] ?? rubric.steps[i - 1]!];
		examples.push({
			href: compareHref([ref(rubric, a.id), ref(rubric, b.id)]),
			label: `${rubric.name}: the ratings ${stepName(a)} and ${stepName(b)}`
		});
	}
	return { promotions, examples };
}) satisfies PageServerLoad;
