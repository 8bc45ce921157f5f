// The sub-path the site is served under: '' at the root of a host, `/<repo>` on a GitHub Pages
// project page (BASE_PATH, see svelte.config.js). The same value as `base` from '$app/paths' (paths
// are absolute, `relative: false`), but written in by Vite's `define` (vite.config.ts), so the pure
// modules that make links also load outside SvelteKit: in the tsx scripts the site is at the root.
// Every internal link is `${base}/…`; a path read from the URL drops it first (withoutBase in
// ./frameworks/paths).

declare const __BASE_PATH__: string | undefined;

export const base: string = typeof __BASE_PATH__ === 'string' ? __BASE_PATH__ : '';
