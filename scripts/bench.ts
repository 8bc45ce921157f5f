// `npm run bench`: the project's performance figures, printed as tables. Needs `npm run build`.
import { availableParallelism, loadavg } from 'node:os';
import { benchBrowser } from './bench-browser';
import { benchBrowserImport } from './bench-browser-import';
import { benchImport } from './bench-import';
import { benchPlacement } from './bench-placement';
import { searchBench } from './bench-search';

function table(title: string, rows: Record<string, string | number>[]): void {
	console.log(`\n${title}`);
	console.table(rows);
}

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
