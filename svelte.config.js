import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / KIT_OUT_DIR let several builds run side by side (default: build/, .svelte-kit/).
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true
		}),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
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
