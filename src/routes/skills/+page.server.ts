import type { PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import { frameworkColor } from '$lib/frameworks/palette';
import { skillCurves, skillSummary } from './skill-curves';

// Every skill with the small curve of each framework that covers it (no evidence: the skill's
// own page has that). A rating rubric brings its role's place, not its ratings.
export const load = (() => ({
	frameworks: catalog.frameworks
		.filter((fw) => fw.skills.length > 0)
		.map((fw) => ({ id: fw.id, name: fw.name, color: frameworkColor(fw.id) })),
	skills: catalog.skills.map((skill) => ({
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
	}))
})) satisfies PageServerLoad;
