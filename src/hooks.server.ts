import type { Handle } from '@sveltejs/kit';
import { join } from 'node:path';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { manifestImports, paintFirst, type StaticImports } from '$lib/server/paint-first';

/** The client build's module imports, read once when the first page is prerendered. */
let imports: StaticImports | null = null;

// Every page is prerendered and reads before its scripts run, so it paints first and fetches them
// after (paintFirst). Only in the build: the dev server sends its policy as a header, which a
// page transform cannot change. The client build sits in SvelteKit's output folder (outDir in
// svelte.config.js) by the time pages are prerendered.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: building
			? ({ html }) => {
					imports ??= manifestImports(
						join(process.env.KIT_OUT_DIR ?? '.svelte-kit', 'output/client/.vite/manifest.json'),
						`${base}/`
					);
					return paintFirst(html, imports);
				}
			: undefined
	});
