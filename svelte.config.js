import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The inline scripts of src/app.html (they run before SvelteKit starts), allowed by their hashes:
 * SvelteKit hashes the scripts it writes itself, not the page template's.
 */
const template = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const templateScripts = /** @type {`sha256-${string}`[]} */ (
	[...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		(m) =>
			`sha256-${createHash('sha256')
				.update(m[1] ?? '')
				.digest('base64')}`
	)
);

/**
 * The one style attribute SvelteKit writes itself: its page-change announcer's, hidden off screen
 * (sveltejs/kit#11993). Allowed by its hash alone ('unsafe-hashes' admits no other attribute);
 * read from SvelteKit's source so that an upgrade that changes it keeps matching.
 */
const announcerStyle = /id="svelte-announcer"[^>]*style="([^"]*)"/.exec(
	readFileSync(
		new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url),
		'utf8'
	)
)?.[1];
if (!announcerStyle)
	throw new Error('SvelteKit’s announcer style was not found: update svelte.config.js');
const announcerHash = /** @type {`sha256-${string}`} */ (
	`sha256-${createHash('sha256').update(announcerStyle).digest('base64')}`
);

/**
 * The Content-Security-Policy of every page (a <meta> tag in the prerendered HTML; static/_headers
 * repeats what a <meta> cannot carry). Scripts: this site's files and the hashes of its inline
 * scripts, nothing else; Trusted Types for every script sink. Styles: this site's files and the
 * page's inlined <style> (SvelteKit adds its hash); no style attribute but the announcer's. The
 * framework colours are classes (src/app.css, palette.ts), sizes set from script use the CSSOM.
 */
/** @type {NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']} */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self', ...templateScripts],
	'style-src': ['self'],
	'style-src-attr': ['unsafe-hashes', announcerHash],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['none'],
	'form-action': ['self'],
	'require-trusted-types-for': ['script'],
	// The only policies allowed: Svelte's and SvelteKit's own, and the site's workers' URLs.
	'trusted-types': ['svelte-trusted-html', 'sveltekit-trusted-url', 'career-explorer-workers']
};

/**
 * The sub-path the site is served under: '' at the root of a host (Netlify), `/<repo>` for a GitHub
 * Pages project page (`BASE_PATH=/<repo> npm run build`). SvelteKit prefixes its own files with it;
 * the site's links take it from src/lib/base.ts.
 */
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
if (base !== '' && (!base.startsWith('/') || base.endsWith('/')))
	throw new Error(
		`BASE_PATH must start with "/" and not end with "/" (e.g. BASE_PATH=/explorer), or be unset for the root of a host; got "${base}".`
	);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / KIT_OUT_DIR let several builds run side by side (default: build/, .svelte-kit/).
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true,
			// .br and .gz beside every file, for hosts that serve them as they are.
			precompress: true
		}),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		csp: { mode: 'hash', directives: CSP_DIRECTIVES },
		// Each page's CSS inside its HTML: nothing blocks the first paint (a page uses 6–10 kB).
		inlineStyleThreshold: Infinity,
		// Absolute asset paths: 404.html is served at any depth for unknown links.
		paths: { base, relative: false },
		prerender: {
			// Every page is prerendered; a link the crawler follows to a missing page is a bug.
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
