// Search benchmark for `npm run bench`: index build time and size, the cost of opening search in
// the browser, and query latency over a fixed set of queries (and, apart, queries naming a level),
// at the bundled size and on seeded synthetic corpora of 10,000 and 50,000 statements
// (scripts/search-corpus.ts).
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, indexDocs, mergeIndexes } from '../src/lib/search/build';
import { frameworkDocs } from '../src/lib/search/documents';
import type { SearchIndexData } from '../src/lib/search/types';
import { PALETTE_LIMIT } from '../src/lib/search/types';
import { Searcher } from '../src/lib/search/searcher';
import { loadBundled } from './bundled';
import { QUERIES, syntheticFrameworks, TYPED } from './search-corpus';

/** Rounds measured, after WARM rounds that let the JIT compile the hot code first. */
const ROUNDS = 10;
const WARM = 10;

/** Queries naming a level, read as a level filter and words (see src/lib/search/levels.ts). */
const LEVEL_QUERIES = [
	'terraform P4',
	'Terraform level 4',
	'platform engineer level 5',
	'mentoring senior',
	'senior',
	'Senior Platform Engineer',
	'staff engineer',
	'p4-p5 architecture'
];

function quantile(samples: readonly number[], q: number): number {
	const sorted = [...samples].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

/**
 * Milliseconds of CPU time `run` takes. CPU time, not wall time: the searches are synchronous, so
 * on an idle core they are the same, and other processes on a busy machine do not count.
 */
function time(run: () => void): number {
	const start = process.cpuUsage();
	run();
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

const ms = (value: number) => Number(value.toFixed(value < 10 ? 2 : 1));
const kB = (bytes: number) => Number((bytes / 1024).toFixed(1));

export type SearchBenchRow = {
	corpus: string;
	docs: number;
	statements: number;
	'build ms': number;
	'index kB': number;
	'index kB gzip': number;
	'open ms': number;
	'query median ms': number;
	'query p95 ms': number;
	'level query median ms': number;
	'level query p95 ms': number;
	'typing median ms': number;
	'typing p95 ms': number;
};

/**
 * A corpus: the bundled data plus `size` synthetic statements, indexed whole at build time, or
 * (`imported`) as the browser does with frameworks imported there: the built index with theirs
 * merged in (10 frameworks of 200 statements each for 2,000).
 */
interface Corpus {
	size: number;
	imported?: boolean;
}

const CORPORA: Corpus[] = [
	{ size: 0 },
	{ size: 2_000, imported: true },
	{ size: 10_000 },
	{ size: 50_000 }
];

export function searchBench(corpora = CORPORA): SearchBenchRow[] {
	const bundled = loadBundled();
	const names = new Map(bundled.skills.map((s) => [s.id, s.name]));
	return corpora.map(({ size, imported = false }) => {
		const synthetic = syntheticFrameworks(bundled.frameworks, size, 1);
		const frameworks = [...bundled.frameworks, ...synthetic];
		const index = (): SearchIndexData =>
			imported
				? mergeIndexes(
						buildSearchIndex(bundled.frameworks, bundled.skills),
						indexDocs(synthetic.flatMap((fw) => frameworkDocs(fw, names)))
					)
				: buildSearchIndex(frameworks, bundled.skills);
		let data = index();
		const build = Math.min(...Array.from({ length: 3 }, () => time(() => (data = index()))));
		const json = JSON.stringify(data);

		// Opening search in the browser: parse the JSON, rebuild Fuse, and the first search (which
		// builds the vocabulary), with nothing compiled yet.
		let searcher!: Searcher;
		const open = time(() => {
			searcher = new Searcher(JSON.parse(json));
			searcher.search(QUERIES[0]!, { limit: PALETTE_LIMIT });
		});

		// Each query cold: nothing remembered from the one before.
		const cold = (queries: readonly string[]) => {
			const took: number[] = [];
			for (let round = 0; round < WARM + ROUNDS; round += 1) {
				for (const q of queries) {
					searcher.reset();
					const ms = time(() => searcher.search(q, { limit: PALETTE_LIMIT }));
					if (round >= WARM) took.push(ms);
				}
			}
			return took;
		};
		const query = cold(QUERIES);
		const level = cold(LEVEL_QUERIES);
		// Typing: every keystroke a search, the previous one remembered as in the palette.
		const typing: number[] = [];
		for (let round = 0; round < WARM + ROUNDS; round += 1) {
			for (const phrase of TYPED) {
				searcher.reset();
				for (let end = 1; end <= phrase.length; end += 1) {
					const took = time(() => searcher.search(phrase.slice(0, end), { limit: PALETTE_LIMIT }));
					if (round >= WARM) typing.push(took);
				}
			}
		}
		return {
			corpus:
				size === 0
					? 'bundled'
					: imported
						? `bundled + ${synthetic.length} imported (${size.toLocaleString('en')})`
						: `bundled + ${size.toLocaleString('en')}`,
			docs: data.docs.length,
			statements: data.docs.filter((d) => d.kind === 'statement').length,
			'build ms': ms(build),
			'index kB': kB(json.length),
			'index kB gzip': kB(gzipSync(json, { level: 9 }).length),
			'open ms': ms(open),
			'query median ms': ms(quantile(query, 0.5)),
			'query p95 ms': ms(quantile(query, 0.95)),
			'level query median ms': ms(quantile(level, 0.5)),
			'level query p95 ms': ms(quantile(level, 0.95)),
			'typing median ms': ms(quantile(typing, 0.5)),
			'typing p95 ms': ms(quantile(typing, 0.95))
		};
	});
}
