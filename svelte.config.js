import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		// Absolute asset paths: 404.html is served at any depth for unknown links.
		paths: { relative: false },
		prerender: {
			// Every page is prerendered; a link the crawler follows to a missing page is a bug.
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
