// `npm run import` and `npm run validate` as a person runs them: exit codes, messages that name
// the file and the place, and never a stack trace; hostile files (deep, wide, huge) end within
// 10 s with exit code 1. Each spawn costs a second or two: few cases.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const ladder = join(root, 'tests', 'fixtures', 'data-engineer-ladder.md');

function run(script: 'import' | 'validate', ...args: string[]) {
	const r = spawnSync(tsx, [join(root, 'scripts', `${script}.ts`), ...args], {
		cwd: root,
		encoding: 'utf8',
		// A guard against a hang, not a timing assertion (machines here are noisy): a run that is
		// killed has no exit code. The time hostile inputs take is measured in `npm run bench`.
		timeout: 60_000,
		maxBuffer: 64 * 1024 * 1024
	});
	expect(r.error, 'ended (no hang)').toBeUndefined();
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

describe('npm run import', { timeout: 120_000 }, () => {
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
			/readme\.md: line \d+: no levels found/
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

describe('npm run validate', { timeout: 120_000 }, () => {
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
			/^validate: no files given\n\nusage: npm run validate -- <file\.json\|file\.yaml>…/
		);
	});
});

/** A small valid framework that a test file can break in one place. */
const valid = (id: string) => ({
	id,
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
});

describe(
	'hostile files end (no hang) with exit code 1 and a message naming the file',
	{ timeout: 120_000 },
	() => {
		const columns = (n: number) => `|${Array.from({ length: n }, (_, i) => `c${i}`).join('|')}|\n`;
		beforeAll(() => {
			const nested = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i % 200)}- item ${i}`);
			writeFileSync(at('deep-list.md'), `# Ladder\n\n## Level 1\n\n${nested.join('\n')}\n`);
			writeFileSync(at('deep-quote.md'), `# Ladder\n\n## Level 1\n\n${'>'.repeat(10_000)} x\n`);
			writeFileSync(at('deep.html'), `<html><body>\n${'<div>'.repeat(2_000)}x\n</body></html>`);
			let wide = `# Ladder\n\n${columns(5_000)}|${'-|'.repeat(5_000)}\n`;
			while (wide.length < 1_900_000) wide += columns(5_000);
			writeFileSync(at('wide.md'), wide);
			writeFileSync(at('huge.md'), `# Ladder\n\n${'- A sentence of a ladder.\n'.repeat(120_000)}`);
			writeFileSync(at('deep.json'), '['.repeat(6_000) + ']'.repeat(6_000));
			writeFileSync(at('deep.yaml'), `steps: ${'['.repeat(6_000)}${']'.repeat(6_000)}\n`);
			writeFileSync(at('binary.md'), Buffer.from([0x23, 0x20, 0x00, 0xff, 0x00]));
		});

		it.each([
			[
				'deep-list.md',
				/deep-list\.md: line 21: lists or quotes nested 17 deep; at most 16 levels are read/
			],
			['deep-quote.md', /deep-quote\.md: line 5: lists or quotes nested 10,000 deep/],
			['deep.html', /deep\.html: line 2: HTML elements nested more than 64 deep/],
			['wide.md', /wide\.md: line 3: a table row with 5,000 columns; at most 64 are read/],
			[
				'huge.md',
				/huge\.md: line 1: the file is 3,120,010 bytes; Markdown, text, HTML and YAML are read up to 2,000,000 bytes/
			],
			['deep.json', /deep\.json: line 1: JSON nested more than 64 levels deep/],
			['deep.yaml', /deep\.yaml: line 1: YAML nested more than 64 levels deep/],
			['binary.md', /binary\.md: this is a binary file, not text/]
		])('import %s', (file, message) => {
			const r = run('import', at(file));
			expect(r.code).toBe(1);
			expect(r.stdout).toBe('');
			expect(r.stderr).toMatch(message);
		});

		it('validate reports deep.json by name and goes on to check the files after it', () => {
			writeFileSync(at('good.json'), JSON.stringify(valid('good')));
			const { name: _name, ...noName } = valid('unnamed');
			writeFileSync(at('unnamed.json'), JSON.stringify(noName));
			const r = run(
				'validate',
				at('deep.json'),
				at('good.json'),
				at('unnamed.json'),
				at('deep.yaml')
			);
			expect(r.code).toBe(1);
			expect(r.stderr.trimEnd().split('\n')).toEqual([
				expect.stringMatching(
					/deep\.json: \$: nested more than 64 levels deep \(line 1, column 65\); at most 64 levels are read$/
				),
				expect.stringMatching(/deep\.yaml: \$: YAML nested more than 64 levels deep/),
				expect.stringMatching(/unnamed\.json: \$\.name: .*expected string/),
				'4 files checked: 3 with problems (3 problems)'
			]);
		});
	}
);

describe('formats', { timeout: 120_000 }, () => {
	it('validate accepts a byte order mark and warns about repeated keys with their line', () => {
		writeFileSync(at('bom.json'), `\ufeff${JSON.stringify(valid('bom'), null, 2)}`);
		const repeated = JSON.stringify(valid('repeated'), null, 2).replace(
			'"name": "Ladder",',
			'"name": "First",\n  "name": "Ladder",'
		);
		writeFileSync(at('repeated.json'), repeated);
		const r = run('validate', at('bom.json'), at('repeated.json'));
		expect(r.stderr).toMatch(
			/^warning: .*repeated\.json: \$\.name: duplicate key "name" \(line 4; first on line 3\): the last one is used\n$/
		);
		expect(r.stdout).toBe('2 files checked: all valid (1 warning)\n');
		expect(r.code).toBe(0);
	});

	it('a YAML framework imports to the JSON it stands for, and validates as it is', () => {
		const framework = valid('from-yaml');
		writeFileSync(at('ladder.yaml'), stringify(framework));
		const imported = run('import', at('ladder.yaml'));
		expect(imported.code).toBe(0);
		expect(JSON.parse(imported.stdout)).toEqual(framework);
		const validated = run('validate', at('ladder.yaml'));
		expect(validated.stdout).toBe('1 file checked: all valid\n');
	});

	it('an HTML page imports like the Markdown it holds', () => {
		const page = [
			'<!doctype html><html><head><title>Web ladder</title></head><body>',
			'<h2>Level 1</h2><ul><li>Ships small things.</li></ul>',
			'<h2>Level 2</h2><ul><li>Ships features.</li></ul>',
			'</body></html>'
		].join('\n');
		writeFileSync(at('page.txt'), page);
		const r = run('import', at('page.txt'));
		expect(r.code).toBe(0);
		expect(r.stderr).toMatch(/page\.txt: note: read as HTML \(from its content\)/);
		const fw = JSON.parse(r.stdout) as { name: string; statements: { text: string }[] };
		expect(fw.name).toBe('Web ladder');
		expect(fw.statements.map((s) => s.text)).toEqual(['Ships small things.', 'Ships features.']);
	});

	it('raw HTML in a statement is kept as text or warned about, never silently dropped', () => {
		const markdown =
			'# Ladder\n\n## Level 1\n\n- Writes <script>alert(1)</script> SQL.\n\n## Level 2\n\n- Ships.\n';
		writeFileSync(at('markup.md'), markdown);
		const r = run('import', at('markup.md'));
		expect(r.code).toBe(0);
		const texts = (JSON.parse(r.stdout) as { statements: { text: string }[] }).statements.map(
			(s) => s.text
		);
		const kept = texts.includes('Writes <script>alert(1)</script> SQL.');
		const warned =
			/markup\.md: line 5: warning: raw HTML <script> is not in the imported text/.test(r.stderr);
		expect(kept || warned).toBe(true);
	});
});
