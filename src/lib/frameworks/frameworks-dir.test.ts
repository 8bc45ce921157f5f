// FRAMEWORKS_DIR: a folder of framework files, beside the bundled frameworks or instead of them
// (FRAMEWORKS_ONLY=1), read and validated at build time. The loader alone, then two real builds:
// the fixture folder alone, and a folder with a broken file that must fail the build.
import { execFile } from 'node:child_process';
import {
	existsSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
	copyFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCatalog, readFrameworksDir } from './catalog.server';
import { FRAMEWORK_ORDER } from './palette';

const root = join(import.meta.dirname, '../../..');
const FIXTURE = 'tests/fixtures/frameworks-dir';
const FIXTURE_IDS = ['harbour-data-engineering', 'support-engineering'];

const temps: string[] = [];
const tempDir = (files: Record<string, string>) => {
	const dir = mkdtempSync(join(tmpdir(), 'frameworks-dir-'));
	temps.push(dir);
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
};
afterAll(() => {
	for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('loadCatalog', () => {
	let warn: ReturnType<typeof vi.spyOn>;
	beforeEach(() => {
		warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		return () => warn.mockRestore();
	});

	it('builds from the folder alone with FRAMEWORKS_ONLY=1, Markdown through the importer', () => {
		const catalog = loadCatalog({ FRAMEWORKS_DIR: FIXTURE, FRAMEWORKS_ONLY: '1' }, root);
		expect(catalog.frameworks.map((f) => f.id)).toEqual(FIXTURE_IDS);
		// The importer's warnings are printed, each naming the file.
		expect(warn).toHaveBeenCalledWith(
			expect.stringMatching(
				/^warning: tests\/fixtures\/frameworks-dir\/support-engineering\.md: .*organisation/
			)
		);
		const ladder = catalog.frameworks.find((f) => f.id === 'support-engineering');
		expect(ladder?.statements.map((s) => s.text)).toContain(
			'Answers customer tickets using the runbook.'
		);
	});

	it('puts the folder’s frameworks beside the bundled ones by default', () => {
		const ids = loadCatalog({ FRAMEWORKS_DIR: FIXTURE }, root).frameworks.map((f) => f.id);
		expect(ids).toEqual([...FRAMEWORK_ORDER, ...FIXTURE_IDS]);
	});

	it('names the folder’s files by their path from the working directory, skipping the README', () => {
		const { files, skipped } = readFrameworksDir(FIXTURE, root);
		expect(files.map((f) => f.file)).toEqual([
			`${FIXTURE}/harbour-data-engineering.json`,
			`${FIXTURE}/support-engineering.md`
		]);
		expect(skipped).toEqual(['README.md']);
	});

	it('fails on a folder framework that takes a bundled id, naming both files', () => {
		const dir = tempDir({});
		const bundled = join(root, 'data/frameworks/platform-engineer.json');
		copyFileSync(bundled, join(dir, 'mine.json'));
		expect(() => loadCatalog({ FRAMEWORKS_DIR: dir }, root)).toThrow(
			`${join(dir, 'mine.json')}: $.id: framework id "platform-engineer" is also used by data/frameworks/platform-engineer.json`
		);
	});

	it.each([
		['a missing folder', { FRAMEWORKS_DIR: 'no/such/folder' }, /no\/such\/folder.*no such folder/],
		['FRAMEWORKS_ONLY alone', { FRAMEWORKS_ONLY: '1' }, /FRAMEWORKS_ONLY=1 needs FRAMEWORKS_DIR/]
	])('fails clearly on %s', (_, env, message) => {
		expect(() => loadCatalog(env, root)).toThrow(message);
	});

	it('fails clearly on a folder with no framework file', () => {
		const dir = tempDir({ 'README.md': '# Ours\n', '.hidden.json': '{}', 'logo.png': '' });
		expect(() => loadCatalog({ FRAMEWORKS_DIR: dir }, root)).toThrow(
			/holds no framework file \(\.md .*\.json.*\); skipped: \.hidden\.json, README\.md, logo\.png/
		);
	});
});

// Two builds at most: they take a minute or more each on a loaded machine.
describe('a FRAMEWORKS_DIR build', { timeout: 360_000 }, () => {
	const run = `${process.pid}-${Date.now()}`;
	const outputs: string[] = [];
	afterAll(() => {
		for (const dir of outputs) rmSync(join(root, dir), { recursive: true, force: true });
	});

	/** `vite build` on a folder's frameworks only, into its own directories; exit code and output. */
	const build = (name: string, frameworksDir: string) => {
		const buildDir = `build-${name}-${run}`;
		const kitDir = `.svelte-kit-${name}-${run}`;
		outputs.push(buildDir, kitDir);
		// Vitest's own variables (NODE_ENV=test, VITEST) would make Vite build for tests.
		const env = Object.fromEntries(
			Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))
		);
		return new Promise<{ code: number; output: string; buildDir: string }>((done) => {
			execFile(
				process.execPath,
				[join(root, 'node_modules/vite/bin/vite.js'), 'build'],
				{
					cwd: root,
					maxBuffer: 64 * 1024 * 1024,
					env: {
						...env,
						FRAMEWORKS_DIR: frameworksDir,
						FRAMEWORKS_ONLY: '1',
						BUILD_DIR: buildDir,
						KIT_OUT_DIR: kitDir
					}
				},
				(error, stdout, stderr) =>
					done({
						code: error ? Number(error.code ?? 1) || 1 : 0,
						output: `${stdout}\n${stderr}`,
						buildDir: join(root, buildDir)
					})
			);
		});
	};

	it('builds the fixture’s pages with its statements, and none of the bundled frameworks', async () => {
		const { code, output, buildDir } = await build('frameworks-dir', FIXTURE);
		expect(code, output).toBe(0);
		const page = (path: string) => readFileSync(join(buildDir, path), 'utf8');
		expect(page('frameworks/harbour-data-engineering.html')).toContain(
			'Owns the nightly warehouse load from ingestion to dashboards.'
		);
		// The imported ladder has no skills yet: its statements are on its cell pages.
		expect(page('frameworks/support-engineering.html')).toContain('Lead Support Engineer');
		expect(page('frameworks/support-engineering/support-engineering-ladder/l1.html')).toContain(
			'Answers customer tickets using the runbook.'
		);
		expect(page('index.html')).toContain('Support Engineering Ladder');
		for (const id of FRAMEWORK_ORDER) {
			expect(existsSync(join(buildDir, `frameworks/${id}.html`)), id).toBe(false);
		}
	});

	it('fails on a broken file, naming it', async () => {
		const dir = tempDir({ 'broken.json': '{ "id": "broken", "name": ' });
		copyFileSync(
			join(root, FIXTURE, 'support-engineering.md'),
			join(dir, 'support-engineering.md')
		);
		const { code, output, buildDir } = await build('frameworks-dir-broken', dir);
		expect(code).not.toBe(0);
		expect(output).toContain('Invalid framework data:');
		expect(output).toContain(`${join(dir, 'broken.json')}: $`);
		expect(output).not.toContain('support-engineering.md: $');
		expect(existsSync(join(buildDir, 'index.html'))).toBe(false);
	});
});
