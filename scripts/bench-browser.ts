// The pages as a browser loads them, for `npm run bench` (issue 13): one page of every route in
// Chromium (JavaScript as it requests it, gzipped; requests), then Lighthouse 12.8.2 (mobile
// defaults, 3 runs, each figure's median) on the same pages: performance,
// accessibility, best practices, SEO, LCP, TBT, CLS, JS kB and requests. Lighthouse comes with
// `npx` at bench time (it is not a dependency of the site); without a network the table says so.
// Beside the JavaScript, the main thread's work after the first paint, read from Chromium's trace
// as CPU time (median of 3 loads): steadier than Lighthouse's TBT on a busy machine.
// Run alone with `npx tsx scripts/bench-browser.ts` after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromePath, serve } from './bench-browser-import';
import { browserLoad, ROUTE_PAGES } from './browser-load';

const ROOT = join(import.meta.dirname, '..');
const BUILD = join(ROOT, process.env.BUILD_DIR ?? 'build');
const LIGHTHOUSE = 'lighthouse@12.8.2';
const RUNS = 3;
/** Issue 13's targets. */
const TARGETS = { js: 50 * 1024, lcp: 1300, tbt: 50, cls: 0 };

interface Audit {
	numericValue?: number;
	details?: { items?: { resourceType?: string; transferSize?: number }[] };
}
interface Report {
	categories: Record<string, { score: number | null }>;
	audits: Record<string, Audit>;
}

/** One Lighthouse run; a run that fails (Chrome now and then does not start) is tried again once. */
function lighthouse(url: string, dir: string, run: number, retry = true): Report {
	const out = join(dir, `run-${run}.json`);
	try {
		runLighthouse(url, out);
	} catch (error) {
		if (!retry) throw error;
		return lighthouse(url, dir, run, false);
	}
	return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

function runLighthouse(url: string, out: string): void {
	execFileSync(
		'npx',
		[
			'--yes',
			LIGHTHOUSE,
			url,
			'--quiet',
			'--output=json',
			`--output-path=${out}`,
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu'
		],
		{ env: { ...process.env, CHROME_PATH: chromePath() }, stdio: 'ignore', timeout: 180_000 }
	);
}

const score = (r: Report, c: string) => Math.round((r.categories[c]?.score ?? 0) * 100);

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	tdur?: number;
}

/**
 * The main thread's tasks after the first contentful paint while `page` loads `url` (until it has
 * hydrated and the network is quiet), as CPU time in ms: their sum and the longest.
 */
async function mainThreadWork(browser: Browser, page: Page, url: string) {
	await browser.startTracing(page, {
		categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']
	});
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.waitForLoadState('networkidle');
	const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
		traceEvents: TraceEvent[];
	};
	const fcp = traceEvents.find((e) => e.name === 'firstContentfulPaint');
	if (!fcp) return { total: NaN, longest: NaN };
	const tasks = traceEvents
		.filter(
			(e) =>
				e.name === 'RunTask' &&
				e.ph === 'X' &&
				e.pid === fcp.pid &&
				e.tid === fcp.tid &&
				e.ts >= fcp.ts
		)
		.map((e) => (e.tdur ?? e.dur ?? 0) / 1000);
	return { total: tasks.reduce((a, b) => a + b, 0), longest: Math.max(0, ...tasks) };
}

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchBrowser(port = 4398): Promise<void> {
	const server = await serve(port);
	const origin = `http://127.0.0.1:${port}`;
	try {
		const browser = await chromium.launch({ executablePath: chromePath(), args: ['--no-sandbox'] });
		const rows = [];
		for (const path of ROUTE_PAGES) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const load = await browserLoad(await context.newPage(), `${origin}${path}`, BUILD);
			await context.close();
			const work = [];
			for (let run = 0; run < RUNS; run++) {
				const fresh = await browser.newContext({ serviceWorkers: 'block' });
				work.push(await mainThreadWork(browser, await fresh.newPage(), `${origin}${path}`));
				await fresh.close();
			}
			rows.push({
				page: path,
				'JS kB gzip': Number((load.js / 1024).toFixed(1)),
				scripts: load.scripts.length,
				requests: load.requests,
				'≤ 50 kB': load.js <= TARGETS.js ? 'yes' : 'NO',
				'CPU after paint ms': Number(median(work.map((w) => w.total)).toFixed(1)),
				'longest task ms': Number(median(work.map((w) => w.longest)).toFixed(1))
			});
		}
		await browser.close();
		console.log(
			`\nPages as Chromium loads them (no service worker): the JavaScript each requests by itself until it has hydrated and the network is quiet, each file gzipped (level 9), and all its requests. Target ≤ 50 kB. Then the main thread's work after the first paint, unthrottled, as CPU time (median of ${RUNS} loads): all of it, and the longest task (Lighthouse's mobile run counts a task as blocking past 50 ms at 4× slower, so past about 12.5 ms here).`
		);
		console.table(rows);

		const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
		const results = [];
		try {
			for (const path of ROUTE_PAGES) {
				// Lighthouse refuses a page answered with 404 (the not-found page is one): said, not run.
				const status = (await fetch(`${origin}${path}`)).status;
				if (status !== 200) {
					results.push({
						page: path,
						perf: `not measured: HTTP ${status}, which Lighthouse refuses`
					});
					continue;
				}
				let reports: Report[];
				try {
					reports = Array.from({ length: RUNS }, (_, i) => lighthouse(`${origin}${path}`, dir, i));
				} catch (error) {
					const why = error instanceof Error ? error.message.split('\n')[0]! : String(error);
					results.push({ page: path, perf: `not measured: ${why.slice(0, 60)}` });
					continue;
				}
				// Each figure is its own median over the runs. (The run with the median performance
				// score is no help: scores tie at 100, and the run picked by order then set LCP and TBT.)
				const each = (figure: (report: Report) => number) => median(reports.map(figure));
				const audit = (id: string) => (report: Report) => report.audits[id]?.numericValue ?? NaN;
				const scriptBytes = (report: Report) =>
					(report.audits['network-requests']?.details?.items ?? [])
						.filter((i) => i.resourceType === 'Script')
						.reduce((s, i) => s + (i.transferSize ?? 0), 0);
				const blocking = audit('total-blocking-time');
				const lcp = each(audit('largest-contentful-paint'));
				const tbt = each(blocking);
				const cls = each(audit('cumulative-layout-shift'));
				const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((c) =>
					each((report) => score(report, c))
				);
				results.push({
					page: path,
					perf: scores[0],
					a11y: scores[1],
					'best pr.': scores[2],
					seo: scores[3],
					'LCP ms': Math.round(lcp),
					'TBT ms': Math.round(tbt),
					// Every run's, lowest first: on a busy machine TBT moves far more than the other figures.
					'TBT runs': reports
						.map((report) => Math.round(blocking(report)))
						.sort((a, b) => a - b)
						.join(' / '),
					CLS: Number(cls.toFixed(3)),
					'LH JS kB': Number((each(scriptBytes) / 1024).toFixed(1)),
					requests: each(
						(report) => report.audits['network-requests']?.details?.items?.length ?? 0
					),
					targets:
						scores.every((s) => s === 100) &&
						lcp <= TARGETS.lcp &&
						tbt <= TARGETS.tbt &&
						cls <= TARGETS.cls
							? 'met'
							: 'NOT met'
				});
			}
			console.log(
				`\nLighthouse ${LIGHTHOUSE.split('@')[1]}, mobile defaults, the median of ${RUNS} runs for each figure, the built site served with its precompressed files on loopback. Targets: every score 100, LCP ≤ 1300 ms, TBT ≤ 50 ms, CLS 0. TBT runs: each run's TBT, lowest first. LH JS kB: Lighthouse's transfer sizes, which miss a worker's script (the first table counts it).`
			);
			console.table(results);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	} finally {
		server.kill();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await benchBrowser();
}
