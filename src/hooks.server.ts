import type { Handle } from '@sveltejs/kit';

// Every page is prerendered and readable before its scripts run, so its HTML comes first: no
// `<link rel="modulepreload">` for the scripts. Downloaded beside the HTML on a slow connection,
// they delayed its first paint by about a second (Lighthouse, mobile); the scripts still start as
// soon as the page is parsed.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { preload: ({ type }) => type !== 'js' });
