import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { paintFirst } from '$lib/server/paint-first';

// Every page is prerendered and reads before its scripts run, so it paints first and fetches them
// after (paintFirst). Only in the build: the dev server sends its policy as a header, which a
// page transform cannot change.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: building ? ({ html }) => paintFirst(html) : undefined
	});
