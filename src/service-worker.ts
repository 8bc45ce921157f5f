/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline: the first visit keeps the whole site in this browser (the app's files when the worker
// installs, then every prerendered page and the data its client-side navigation reads), so every
// page opens without a network afterwards. Pages and data go to the network first (a deploy is
// seen at once when online) and fall back to the copy kept; the app's hashed files never change,
// so they come from the copy. A new deploy installs beside the running one and waits: the page
// says "a new version is ready" and swaps only when the person asks (never in the middle of a
// quiz); then the old copies are deleted.
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const APP = `app-${version}`;
const PAGES = `pages-${version}`;

/** The app itself: its hashed files and the static ones (not the precompressed twins). */
const appFiles = [...build, ...files].filter(
	(f) => !/\.(br|gz)$/.test(f) && !f.endsWith('_headers')
);
const appSet = new Set(appFiles);

/**
 * A page's data for client-side navigation: `/a/b` → `/a/b/__data.json`, the home page `/` (or
 * `<base>/` on a sub-path) → `/__data.json` (`<base>/__data.json`).
 */
const dataOf = (page: string) => `${page.replace(/\/$/, '')}/__data.json`;

/** The not-found page, served for any unknown page when offline. */
const NOT_FOUND = `${base}/404`;

/** Fetch and keep what answers; a page that fails now is fetched again when it is opened. */
async function keep(cache: Cache, urls: readonly string[]) {
	for (let i = 0; i < urls.length; i += 8) {
		await Promise.all(
			urls.slice(i, i + 8).map(async (url) => {
				try {
					const response = await fetch(url);
					if (response.ok) await cache.put(url, response);
				} catch {
					// Offline or gone: kept the next time it is opened.
				}
			})
		);
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			await (await caches.open(APP)).addAll(appFiles);
			// Pages with data (a page with none answers its __data.json with 404: not kept).
			const pages = prerendered.filter((p) => !p.endsWith('.json'));
			await keep(await caches.open(PAGES), [...prerendered, ...pages.map(dataOf), NOT_FOUND]);
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key !== APP && key !== PAGES) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

// The page asks for the swap when the person chooses to reload.
sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void sw.skipWaiting();
});

/** The page as kept: its path with or without ".html", ignoring the query (/mine/… read it). */
async function kept(request: Request, url: URL): Promise<Response | undefined> {
	const pages = await caches.open(PAGES);
	return (
		(await pages.match(url.pathname)) ??
		(await pages.match(request, { ignoreSearch: true })) ??
		(request.mode === 'navigate' ? await pages.match(NOT_FOUND) : undefined)
	);
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;

	if (appSet.has(url.pathname)) {
		event.respondWith(caches.match(url.pathname).then((hit) => hit ?? fetch(request)));
		return;
	}
	event.respondWith(
		(async () => {
			try {
				const response = await fetch(request);
				// Keep what a person opened, under its path (a page's query is read in the browser).
				if (response.ok && response.type === 'basic') {
					const copy = response.clone();
					void caches.open(PAGES).then((pages) => pages.put(url.pathname, copy));
				}
				return response;
			} catch (error) {
				const hit = await kept(request, url);
				if (hit) return hit;
				throw error;
			}
		})()
	);
});
