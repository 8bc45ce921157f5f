import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import { skillCurves, skillSummary } from '../skill-curves';

// Every skill of the taxonomy gets a page, covered by a framework or not.
export const entries: EntryGenerator = () => catalog.skills.map((s) => ({ skill: s.id }));

// Reads `params` only: the view (`?fw=…&from=…&to=…`) is read in the browser, so changing it
// never reloads this data.
export const load = (({ params }) => {
	const skill = catalog.skills.find((s) => s.id === params.skill);
	if (!skill) error(404, `There is no skill called “${params.skill}”.`);
	return {
		skill: skillSummary(skill),
		curves: skillCurves(catalog.frameworks, skill.id)
	};
}) satisfies PageServerLoad;
