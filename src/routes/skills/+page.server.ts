import type { PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import { frameworkColor } from '$lib/frameworks/palette';
import { skillCurves, skillSummary } from './skill-curves';

// Every skill with the small curve of each framework that covers it (no evidence: the skill's
// own page has that). A rating rubric brings its role's place, not its ratings.
export const load = (() => {
	const skills = catalog.skills.map((skill) => ({
		...skillSummary(skill),
		curves: skillCurves(catalog.frameworks, skill.id).map((c) => ({
			framework: c.framework,
			name: c.name,
			color: c.color,
			kind: c.kind,
			role: c.role ? { name: c.role.name, placement: c.role.placement } : null,
			points: c.points.map((p) => ({
				step: p.step,
				label: p.label,
				placement: p.placement,
				proficiency: p.proficiency
			}))
		}))
	}));
	// Skills most frameworks describe first (those are the ones worth comparing), by name within
	// each group: ordered here, when the site is built, rather than in the browser at every visit.
	const counts = [...new Set(skills.map((s) => s.curves.length))].sort((a, b) => b - a);
	return {
		frameworks: catalog.frameworks
			.filter((fw) => fw.skills.length > 0)
			.map((fw) => ({ id: fw.id, name: fw.name, color: frameworkColor(fw.id) })),
		count: skills.length,
		groups: counts.map((count) => ({
			count,
			skills: skills
				.filter((s) => s.curves.length === count)
				.sort((a, b) => a.name.localeCompare(b.name))
		}))
	};
}) satisfies PageServerLoad;
