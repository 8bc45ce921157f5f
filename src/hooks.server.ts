import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { paintFirst } from '$lib/server/paint-first';

// Every page is prerendered and readable before its scripts run, so its HTML comes first:
// - no `<link rel="modulepreload">` for the scripts: downloaded beside the HTML on a slow
//   connection, they delayed its first paint by about a second (Lighthouse, mobile);
// - the scripts start once the page has painted (paintFirst). Only in the build: the dev server
//   sends its policy as a header, which a page transform cannot change.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type }) => type !== 'js',
		transformPageChunk: building ? ({ html }) => paintFirst(html) : undefined
	});
