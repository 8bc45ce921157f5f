// What a page loads by itself in Chromium, as the browser loads it: every JavaScript response it
// requests until it has hydrated and the network is quiet (start-up modules, preloads, the ones
// loaded at start, such as an error page's, and a worker's script), each counted as its file gzipped (level 9), and every
// request. Shared by the budget test and `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface BrowserLoad {
	/** Gzipped bytes of the JavaScript responses. */
	js: number;
	/** The JavaScript files, as site paths. */
	scripts: string[];
	/** Every request the page made. */
	requests: number;
}

const gzipped = new Map<string, number>();

/** Gzip size of a built file by its site path (`/_app/immutable/…`). */
function gzipSize(buildDir: string, path: string): number {
	const file = join(buildDir, decodeURIComponent(path));
	let bytes = gzipped.get(file);
	if (bytes === undefined) {
		bytes = gzipSync(readFileSync(file), { level: 9 }).length;
		gzipped.set(file, bytes);
	}
	return bytes;
}

/** Open `url` (a site path) in `page` and measure what it loads by itself. */
export async function browserLoad(page: Page, url: string, buildDir: string): Promise<BrowserLoad> {
	const scripts = new Set<string>();
	let requests = 0;
	const onRequest = () => (requests += 1);
	const onResponse = (response: import('@playwright/test').Response) => {
		if (response.request().resourceType() === 'script') {
			scripts.add(new URL(response.url()).pathname);
		}
	};
	page.on('request', onRequest);
	page.on('response', onResponse);
	await page.goto(url);
	// A page asks for its scripts only once it has painted (src/app.html): on a busy machine the
	// network can be quiet for longer than Playwright's idle window before that. The page's own
	// mark that its scripts have run (the root layout's) comes first, then the network goes quiet.
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.waitForLoadState('networkidle');
	page.off('request', onRequest);
	page.off('response', onResponse);
	const list = [...scripts].sort();
	return {
		js: list.reduce((sum, path) => sum + gzipSize(buildDir, path), 0),
		scripts: list,
		requests
	};
}

/** One page of every route (the heaviest kind where a route has several). */
export const ROUTE_PAGES = [
	'/',
	'/frameworks/senior-platform-engineer-rubric',
	'/frameworks/speedoc-engineering/platform/level-3',
	'/skills',
	'/skills/mentoring',
	'/transitions',
	'/quiz',
	'/quiz/family/platform',
	'/search?q=terraform',
	'/compare',
	'/compare/platform-engineer/platform-engineer/level-4',
	'/levels/p4',
	'/import',
	'/mine/framework',
	'/mine/cell',
	'/mine/quiz',
	'/frameworks/no-such-framework'
];
