// Every cell as the comparison reads it, one small file each: the /compare page fetches the cells
// a link names (prerendered pairs carry theirs in the page).
import { error, json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import { compareCell } from '$lib/compare/cell';

export const prerender = true;

export const entries: EntryGenerator = () =>
	catalog.frameworks.flatMap((fw) =>
		fw.tracks.flatMap((track) =>
			fw.steps.map((step) => ({ fw: fw.id, track: track.id, step: step.id }))
		)
	);

const skillNames = new Map(catalog.skills.map((s) => [s.id, s.name]));

export const GET: RequestHandler = ({ params }) => {
	const fw = catalog.frameworks.find((f) => f.id === params.fw);
	const cell = fw && compareCell(fw, skillNames, { track: params.track, step: params.step });
	if (!cell) error(404, 'No such cell');
	return json(cell);
};
