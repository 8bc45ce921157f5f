import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import { skillCurves, skillSummary } from '../skill-curves';
import { trackForStep } from '$lib/frameworks/queries';
import { compareHref, promotionHref } from '$lib/url/compare-view';

// Every skill of the taxonomy gets a page, covered by a framework or not.
export const entries: EntryGenerator = () => catalog.skills.map((s) => ({ skill: s.id }));

// Reads `params` only: the view (`?fw=…&from=…&to=…`) is read in the browser, so changing it
// never reloads this data.
export const load = (({ params }) => {
	const skill = catalog.skills.find((s) => s.id === params.skill);
	if (!skill) error(404, `There is no skill called “${params.skill}”.`);
	const curves = skillCurves(catalog.frameworks, skill.id);
	return {
		skill: skillSummary(skill),
		curves,
		compare: compareLinks(curves)
	};
}) satisfies PageServerLoad;

/**
 * Two points of a curve compared: each point with the curve's next point, by framework and step
 * (the prerendered promotion page when the next point is the next step).
 */
function compareLinks(
	curves: ReturnType<typeof skillCurves>
): Record<string, Record<string, string>> {
	return Object.fromEntries(
		curves.map((curve) => {
			const fw = catalog.frameworks.find((f) => f.id === curve.framework)!;
			const ref = (step: string) => ({ framework: fw.id, track: trackForStep(fw, step).id, step });
			const links: Record<string, string> = {};
			curve.points.forEach((point, i) => {
				const next = curve.points[i + 1];
				if (!next) return;
				const [a, b] = [ref(point.step), ref(next.step)];
				const adjacent =
					a.track === b.track &&
					fw.steps.findIndex((s) => s.id === b.step) ===
						fw.steps.findIndex((s) => s.id === a.step) + 1;
				links[point.step] = adjacent ? promotionHref(a) : compareHref([a, b]);
			});
			return [curve.framework, links];
		})
	);
}
