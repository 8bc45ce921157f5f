// `npm run bench`: the project's performance figures, printed as tables. Needs `npm run build`.
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchBrowser } from './bench-browser';
import { benchBrowserImport } from './bench-browser-import';
import { benchImport } from './bench-import';
import { benchPlacement } from './bench-placement';
import { searchBench } from './bench-search';
import { firstLoadJs } from './first-load';

function table(title: string, rows: Record<string, string | number>[]): void {
	console.log(`\n${title}`);
	console.table(rows);
}

const pages = firstLoadJs(join(import.meta.dirname, '..', 'build'));
// One row per kind of page: the heaviest page of each route.
const byRoute = new Map<string, (typeof pages)[number]>();
for (const p of pages) {
	const route = p.page
		.replace(/^\/frameworks\/[^/]+\/[^/]+\/[^/]+$/, '/frameworks/<fw>/<track>/<step>')
		.replace(/^\/frameworks\/[^/]+$/, '/frameworks/<fw>')
		.replace(/^\/skills\/[^/]+$/, '/skills/<skill>')
		.replace(/^\/quiz\/[^/]+\/[^/]+$/, '/quiz/<fw>/<track>');
	const current = byRoute.get(route);
	if (!current || p.gzip > current.gzip) byRoute.set(route, p);
}
table(
	'First-load JavaScript per route (heaviest page of each, gzip level 9; budget 60 kB)',
	[...byRoute].map(([route, p]) => ({
		route,
		'heaviest page': p.page,
		modules: p.files.length,
		'kB gzip': Number((p.gzip / 1024).toFixed(1))
	}))
);

table(
	'Search (src/lib/search): index build and size, opening search, query latency in CPU ms ' +
		'(steady state, 30 hits as in the palette); bundled data, then + seeded synthetic statements' +
		` (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
	searchBench()
);

benchPlacement();

benchImport();

await benchBrowserImport();

await benchBrowser();
