import type { EntryGenerator, PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import { cellPageData } from '$lib/views/cell-page';
import { orNotFound } from '$lib/views/not-found.server';

export const entries: EntryGenerator = () => {
	return catalog.frameworks.flatMap((fw) =>
		fw.tracks.flatMap((track) =>
			fw.steps.map((step) => ({ fw: fw.id, track: track.id, step: step.id }))
		)
	);
};

export const load = (({ params }) =>
	orNotFound(() =>
		cellPageData(catalog, params.fw, params.track, params.step)
	)) satisfies PageServerLoad;
