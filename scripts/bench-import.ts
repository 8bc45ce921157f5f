// Import benchmark for `npm run bench`: how long `importFramework` takes on each real ladder in
// ../shared/real-ladders (read at bench time only, never copied into the project) and whether
// each imports whole (as that folder's run.sh counts it: valid, one step or defined cell per level,
// every level sentence held by holds.mjs), then on generated ladders of about 1 MB (target ≤ 2 s).
// Run alone with `npx tsx scripts/bench-import.ts`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFramework } from '../src/lib/import/index';
import { parseFramework } from '../src/lib/model/validate';

const ROOT = join(import.meta.dirname, '..');
export const LADDERS = process.env.LADDERS_DIR ?? join(ROOT, '..', 'shared', 'real-ladders');
/** Measured rounds after one warm-up round; the median is reported. */
const ROUNDS = 3;

interface Timing {
	/** CPU milliseconds (other processes on a busy machine do not count). */
	cpu: number;
	/** Wall-clock milliseconds. */
	wall: number;
}

function timed<T>(run: () => T): { result: T; time: Timing } {
	run();
	const samples: Timing[] = [];
	let result = run();
	for (let i = 0; i < ROUNDS; i++) {
		const cpu = process.cpuUsage();
		const wall = performance.now();
		result = run();
		const used = process.cpuUsage(cpu);
		samples.push({ cpu: (used.user + used.system) / 1000, wall: performance.now() - wall });
	}
	const median = (k: keyof Timing) => samples.map((s) => s[k]).sort((a, b) => a - b)[1] ?? NaN;
	return { result, time: { cpu: median('cpu'), wall: median('wall') } };
}

/** A deterministic pseudo-random generator (mulberry32), so the generated ladders never change. */
function random(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS =
	'designs builds operates reviews mentors leads owns ships tests documents services systems teams platforms pipelines incidents roadmaps standards customers budgets'.split(
		' '
	);

function sentence(next: () => number): string {
	const words = Array.from(
		{ length: 8 + Math.floor(next() * 10) },
		() => WORDS[Math.floor(next() * WORDS.length)]
	);
	const text = words.join(' ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** About `bytes` of Markdown: level headings › competency sub-headings › bullets, nested examples, prose. */
export function generatedHeadingLadder(bytes = 1_000_000, seed = 7): string {
	const next = random(seed);
	const out = [
		'# Generated Engineering Ladder',
		'',
		'A ladder generated for the import benchmark.',
		''
	];
	let size = 0;
	for (let level = 1; size < bytes; level++) {
		const lines = [`## Level ${level}`, '', sentence(next), ''];
		for (const competency of ['Delivery', 'Craft', 'Collaboration', 'Leadership', 'Impact']) {
			lines.push(`### ${competency}`, '', `${sentence(next)} ${sentence(next)}`, '');
			for (let b = 0; b < 6; b++) {
				lines.push(`- ${sentence(next)}`);
				if (b % 3 === 0) lines.push(`  - ${sentence(next)}`);
			}
			lines.push('');
		}
		size += lines.reduce((n, l) => n + l.length + 1, 0);
		out.push(...lines);
	}
	return out.join('\n');
}

/** About `bytes` of Markdown tables: one table per competency area, levels as columns, <br> cells. */
export function generatedTableLadder(bytes = 1_000_000, seed = 11): string {
	const next = random(seed);
	const levels = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'];
	const out = ['# Generated Table Ladder', ''];
	let size = 0;
	for (let area = 1; size < bytes; area++) {
		const lines = [
			`## Area ${area}`,
			'',
			`| Competency | ${levels.join(' | ')} |`,
			`|---|${levels.map(() => '---').join('|')}|`
		];
		for (let row = 1; row <= 10; row++) {
			const cells = levels.map(() => `${sentence(next)}<br>${sentence(next)}`);
			lines.push(`| Skill ${area}.${row} | ${cells.join(' | ')} |`);
		}
		lines.push('');
		size += lines.reduce((n, l) => n + l.length + 1, 0);
		out.push(...lines);
	}
	return out.join('\n');
}

interface Manifest {
	levels: number;
	options: string[];
}

function manifest(dir: string): Map<string, Manifest> {
	const file = join(dir, 'manifest.tsv');
	if (!existsSync(file)) return new Map();
	return new Map(
		readFileSync(file, 'utf8')
			.split('\n')
			.filter((line) => line.trim() && !line.startsWith('#'))
			.map((line) => {
				const [name = '', levels = '0', options = ''] = line.split('\t');
				return [name, { levels: Number(levels), options: options.split(' ').filter(Boolean) }];
			})
	);
}

export interface ImportBenchRow {
	file: string;
	kB: number;
	'import ms (CPU)': number;
	'import ms (wall)': number;
	steps: number | string;
	statements: number | string;
	held: string;
	whole: string;
}

/** One row per real ladder and per generated ladder, and the count of real ladders imported whole. */
export function importBench(): { rows: ImportBenchRow[]; whole: number; total: number } {
	const rows: ImportBenchRow[] = [];
	let whole = 0;
	let total = 0;
	const files = existsSync(LADDERS)
		? readdirSync(LADDERS)
				.filter((f) => f.endsWith('.md') && f !== 'SOURCES.md')
				.sort()
		: [];
	const levels = manifest(LADDERS);
	const scratch = mkdtempSync(join(tmpdir(), 'bench-import-'));
	try {
		for (const file of files) {
			total++;
			const path = join(LADDERS, file);
			const text = readFileSync(path, 'utf8');
			const { result, time } = timed(() => importFramework(text, { fileName: file }));
			const name = file.replace(/\.md$/, '');
			const row: ImportBenchRow = {
				file,
				kB: Number((text.length / 1024).toFixed(1)),
				'import ms (CPU)': Math.round(time.cpu),
				'import ms (wall)': Math.round(time.wall),
				steps: '–',
				statements: '–',
				held: '–',
				whole: 'no'
			};
			if (result.ok) {
				const fw = result.framework;
				const cells = fw.tracks
					.flatMap((t) => t.steps)
					.filter((s) => s.status === 'defined').length;
				const valid = parseFramework(fw, file, new Set()).ok;
				const json = join(scratch, `${name}.json`);
				writeFileSync(json, JSON.stringify(fw));
				const want = levels.get(name);
				const held = holds(json, path, want?.options ?? []);
				const perLevel =
					want !== undefined && (fw.steps.length === want.levels || cells === want.levels);
				const isWhole = valid && perLevel && held.all;
				Object.assign(row, {
					steps: fw.steps.length,
					statements: fw.statements?.length ?? 0,
					held: held.text,
					whole: isWhole ? 'yes' : 'no'
				});
				if (isWhole) whole++;
			}
			rows.push(row);
		}
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
	for (const [file, text] of [
		['generated: headings, 1 MB', generatedHeadingLadder()],
		['generated: tables, 1 MB', generatedTableLadder()]
	] as const) {
		const { result, time } = timed(() => importFramework(text, { fileName: 'generated.md' }));
		rows.push({
			file,
			kB: Number((text.length / 1024).toFixed(1)),
			'import ms (CPU)': Math.round(time.cpu),
			'import ms (wall)': Math.round(time.wall),
			steps: result.ok ? result.framework.steps.length : '–',
			statements: result.ok ? (result.framework.statements?.length ?? 0) : '–',
			held: '–',
			whole: result.ok ? 'n/a (target ≤ 2000 ms)' : 'import failed'
		});
	}
	return { rows, whole, total };
}

/** holds.mjs from the ladders' folder: "X/Y", and whether every sentence is held. */
function holds(json: string, source: string, options: string[]): { text: string; all: boolean } {
	const script = join(LADDERS, 'holds.mjs');
	if (!existsSync(script)) return { text: '?', all: false };
	let out: string;
	try {
		out = execFileSync('node', [script, json, source, ...options], { cwd: ROOT, encoding: 'utf8' });
	} catch (error) {
		out = String((error as { stdout?: string }).stdout ?? '');
	}
	const m = /held (\d+)\/(\d+)/.exec(out);
	return { text: m ? `${m[1]}/${m[2]}` : '?', all: !!m && m[1] === m[2] && m[2] !== '0' };
}

export function benchImport(): void {
	const { rows, whole, total } = importBench();
	console.log(
		`\nImport (src/lib/import): real ladders from ${LADDERS} and generated 1 MB ladders; median of ${ROUNDS} runs after a warm-up`
	);
	console.table(rows);
	console.log(
		total
			? `real frameworks imported whole: ${whole}/${total}`
			: `real ladders not found at ${LADDERS}: only the generated ladders were timed`
	);
}

if (import.meta.url === `file://${process.argv[1]}`) benchImport();
