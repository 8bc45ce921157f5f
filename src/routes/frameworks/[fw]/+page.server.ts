import type { EntryGenerator, PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import { frameworkPageData } from '$lib/views/framework-page';
import { orNotFound } from '$lib/views/not-found.server';

export const entries: EntryGenerator = () => {
	return catalog.frameworks.map((fw) => ({ fw: fw.id }));
};

export const load = (({ params }) =>
	orNotFound(() => frameworkPageData(catalog, params.fw))) satisfies PageServerLoad;
