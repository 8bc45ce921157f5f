import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import { LEVELS, levelView } from '../level-view';

export const entries: EntryGenerator = () => LEVELS.map((level) => ({ level: `p${level}` }));

export const load = (({ params }) => {
	const match = /^p([1-7])$/.exec(params.level);
	if (!match)
		error(404, `There is no common level “${params.level}”: the scale runs from P1 to P7.`);
	return { view: levelView(catalog.frameworks, catalog.skills, Number(match[1])) };
}) satisfies PageServerLoad;
