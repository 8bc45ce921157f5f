// `npm run import` and `npm run validate` as a person runs them: exit codes, messages that name
// the file and the place, and never a stack trace. Each spawn costs about a second: few cases.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const ladder = join(root, 'tests', 'fixtures', 'data-engineer-ladder.md');

function run(script: 'import' | 'validate', ...args: string[]) {
	const r = spawnSync(tsx, [join(root, 'scripts', `${script}.ts`), ...args], {
		cwd: root,
		encoding: 'utf8'
	});
	expect(r.stderr, 'no stack trace').not.toContain('    at ');
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'career-cli-'));
	writeFileSync(at('empty.md'), '');
	writeFileSync(at('broken.json'), '{\n  "id": "broken",\n  "name": \n}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run import', { timeout: 20_000 }, () => {
	it('turns a ladder it has never seen into JSON that validate accepts, keeping every sentence', () => {
		const out = at('data-engineer.json');
		const imported = run('import', ladder, '--out', out);
		expect(imported.code).toBe(0);
		expect(imported.stdout).toContain(`${out}: wrote 5 steps and 19 statements`);

		const framework = JSON.parse(readFileSync(out, 'utf8')) as { statements: { text: string }[] };
		const sentences = readFileSync(ladder, 'utf8')
			.split('\n')
			.flatMap((line) => /^- (.+)$/.exec(line)?.slice(1) ?? []);
		expect(sentences).toHaveLength(19);
		expect(framework.statements.map((s) => s.text).sort()).toEqual(sentences.sort());

		// A user's framework may point at a bundled one.
		const linked = { ...framework, id: 'data-engineer-linked' } as Record<string, unknown>;
		linked.transitions = [
			{
				id: 'to-speedoc-platform',
				from: { track: 'data-engineer-ladder' },
				to: { framework: 'speedoc-engineering', track: 'platform' },
				kind: 'lateral',
				evidence: 'Moves to the platform track.'
			}
		];
		writeFileSync(at('linked.json'), JSON.stringify(linked));
		const validated = run('validate', out, at('linked.json'));
		expect(validated.stderr).toBe('');
		expect(validated.stdout).toBe('2 files checked: all valid\n');
		expect(validated.code).toBe(0);
	});

	it.each([
		['an empty file', 'empty.md', /empty\.md: line 1: the file is empty/],
		[
			'a README',
			join(root, 'tests', 'fixtures', 'readme.md'),
			/readme\.md: line 1: no levels found: expected headings like "## Level 1"/
		],
		['a missing file', 'missing.md', /missing\.md: cannot read the file: no such file/]
	])('rejects %s with a clear message and exit code 1', (_what, file, message) => {
		const r = run('import', file.startsWith('/') ? file : at(file));
		expect(r.code).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(message);
	});

	it('prints its usage and exits 2 on bad arguments', () => {
		const r = run('import', '--out');
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/^import: --out needs a value\n\nusage: npm run import -- <file/);
	});
});

describe('npm run validate', { timeout: 20_000 }, () => {
	it('names the file, the JSON path and the reason for each broken file, and exits 1', () => {
		const base = {
			id: 'ok',
			name: 'Ladder',
			organisation: 'Example',
			kind: 'ladder',
			source: { file: 'ladder.md', title: 'Ladder' },
			steps: [{ id: 'l1', label: 'L1', common: { level: 1, basis: 'Its number.' } }],
			tracks: [
				{
					id: 'ic',
					name: 'IC',
					family: 'individual-contributor',
					steps: [{ step: 'l1', status: 'defined' }]
				}
			],
			statements: [{ id: 'l1-1', track: 'ic', step: 'l1', text: 'Ships things.' }]
		};
		const { name: _name, ...noName } = base;
		writeFileSync(at('no-name.json'), JSON.stringify({ ...noName, id: 'no-name' }));
		const away = { from: { track: 'ic' }, to: { framework: 'nowhere', track: 'ic' } };
		writeFileSync(
			at('dangling.json'),
			JSON.stringify({
				...base,
				id: 'dangling',
				transitions: [{ id: 'away', ...away, kind: 'lateral', evidence: 'Ships things.' }]
			})
		);

		const r = run(
			'validate',
			at('broken.json'),
			at('no-name.json'),
			at('dangling.json'),
			at('missing.json')
		);
		expect(r.code).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr.trimEnd().split('\n')).toEqual([
			expect.stringMatching(/broken\.json: \$: not valid JSON \(line 4, column 1\)/),
			expect.stringMatching(/missing\.json: \$: cannot read the file: no such file$/),
			expect.stringMatching(/no-name\.json: \$\.name: .*expected string/),
			expect.stringMatching(
				/dangling\.json: \$\.transitions\[0\]\.to\.framework: unknown framework "nowhere"$/
			),
			'4 files checked: 4 with problems (4 problems)'
		]);
	});

	it('prints its usage and exits 2 without files', () => {
		const r = run('validate');
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(
			/^validate: no files given\n\nusage: npm run validate -- <file\.json>/
		);
	});
});
