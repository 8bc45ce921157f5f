// One way in for every format: detection by extension then content, HTML pages turned into
// Markdown the importer reads, JSON and YAML checked as validate checks them, front matter set
// aside, markup a statement lost reported, and hostile input refused before any parser runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { FrameworkInput } from '../model/schema';
import {
	detectFormat,
	droppedMarkup,
	formatReadProblem,
	frontMatterNote,
	htmlToMarkdown,
	readFramework,
	type Format,
	type ReadResult
} from './formats';

const fixture = (name: string) =>
	readFileSync(join(import.meta.dirname, '../../../tests/fixtures', name), 'utf8');
const skillIds = new Set(['mentoring']);
const read = (text: string, fileName: string, id?: string) =>
	readFramework(text, { fileName, skillIds, id });
const problems = (r: ReadResult) => (r.ok ? [] : r.errors).map((p) => formatReadProblem('f', p));
const texts = (r: ReadResult) => (r.ok ? (r.framework.statements ?? []).map((s) => s.text) : []);

const ladder =
	'# Tiny ladder\n\n## Level 1\n\n- Ships small things.\n\n## Level 2\n\n- Ships features.\n';
const framework: FrameworkInput = {
	id: 'tiny',
	name: 'Tiny ladder',
	organisation: 'Example',
	kind: 'ladder',
	source: { file: 'tiny.md', title: 'Tiny ladder' },
	steps: [{ id: 'l1', label: 'L1', common: { level: 1, basis: 'Works with guidance.' } }],
	tracks: [
		{
			id: 'ic',
			name: 'IC',
			family: 'individual-contributor',
			steps: [{ step: 'l1', status: 'defined' }]
		}
	],
	statements: [
		{ id: 'l1-1', track: 'ic', step: 'l1', text: 'Mentors others.', skills: ['mentoring'] }
	],
	skills: [{ skill: 'mentoring', growth: [{ step: 'l1', proficiency: 1, evidence: ['l1-1'] }] }]
};

describe('detectFormat', () => {
	const yamlFramework = 'id: tiny\nname: Tiny\nsteps:\n  - id: l1\n';
	it.each<[string, string, Format, 'extension' | 'content']>([
		['ladder.md', '{"looks": "like JSON"}', 'markdown', 'extension'],
		['ladder.MARKDOWN', '', 'markdown', 'extension'],
		['page.html', '# heading', 'html', 'extension'],
		['page.htm', '', 'html', 'extension'],
		['fw.json', 'id: x', 'json', 'extension'],
		['fw.yaml', '{}', 'yaml', 'extension'],
		['fw.yml', '', 'yaml', 'extension'],
		['fw.txt', '\ufeff  {\n  "id": "x"\n}', 'json', 'content'],
		['fw', '[{"id": "x"}]', 'json', 'content'],
		['links.txt', '[Home](/) and more', 'text', 'content'],
		['fw.txt', yamlFramework, 'yaml', 'content'],
		['fw.txt', `---\n${yamlFramework}...\n`, 'yaml', 'content'],
		['post.txt', `---\n${yamlFramework}---\n\n# Ladder\n\n- a\n`, 'markdown', 'content'],
		['notes.txt', 'Level 1:\n  - Writes code\nLevel 2:\n  - Reviews code\n', 'markdown', 'content'],
		['page.txt', '<!DOCTYPE html>\n<html><body><h1>Ladder</h1></body></html>', 'html', 'content'],
		['paste', '<h2>Level 1</h2>\n<ul>\n<li>Ships</li>\n</ul>\n', 'html', 'content'],
		[
			'readme.txt',
			'<p align="center"><img src="logo.png"></p>\n\n# Ladder\n\n- a\n',
			'markdown',
			'content'
		],
		['seed.txt', 'Platform Engineer\nLevel 1\nWrites code.\n', 'text', 'content'],
		['empty.txt', '', 'text', 'content']
	])('%s %j → %s by %s', (fileName, text, format, by) => {
		expect(detectFormat(fileName, text)).toEqual({ format, by });
	});
});

describe('readFramework: JSON and YAML in the framework shape', () => {
	it('loads YAML as its JSON twin, checked the same way, as written', () => {
		const json = read(JSON.stringify(framework), 'tiny.json');
		const yaml = read(stringify(framework), 'tiny.yaml');
		expect(json).toMatchObject({ ok: true, format: 'json', by: 'extension', framework });
		expect(yaml).toMatchObject({ ok: true, format: 'yaml', by: 'extension', framework });
	});

	it('reports what the validator reports, by JSON path', () => {
		const broken = { ...framework, kind: 'pyramid', statements: [] };
		const result = read(stringify(broken), 'tiny.yaml');
		expect(result.ok).toBe(false);
		expect(problems(result)).toContain(
			'f: $.kind: Invalid option: expected one of "ladder"|"rating-rubric"'
		);
	});

	it('takes an id from the options, and refuses one that is not a slug', () => {
		expect(read(stringify(framework), 'tiny.yaml', 'other')).toMatchObject({
			ok: true,
			framework: { id: 'other' }
		});
		expect(problems(read(stringify(framework), 'tiny.yaml', 'Not A Slug'))).toEqual([
			'f: line 1: the id "Not A Slug" is not a lowercase slug like "not-a-slug"'
		]);
	});

	it('accepts a byte order mark and warns about repeated keys', () => {
		const text = `\ufeff${JSON.stringify(framework).replace('"name":', '"name":"First","name":')}`;
		const result = read(text, 'tiny.json');
		expect(result.ok).toBe(true);
		expect(result.warnings).toEqual([
			{
				path: '$.name',
				message: 'duplicate key "name" (line 1; first on line 1): the last one is used'
			}
		]);
	});
});

describe('readFramework: Markdown, text and HTML', () => {
	it('imports Markdown through the importer', () => {
		const result = read(ladder, 'tiny.md');
		expect(result).toMatchObject({ ok: true, format: 'markdown', by: 'extension' });
		expect(texts(result)).toEqual(['Ships small things.', 'Ships features.']);
	});

	it('sets front matter aside with a note, never fatal', () => {
		const text = `---\nlayout: page\ntitle: "Tiny: a ladder"\ntags: [a, b\n---\n${ladder}`;
		const result = read(text, 'tiny.md');
		expect(result.ok).toBe(true);
		expect(result.warnings).toContainEqual({
			line: 1,
			message:
				'front matter (lines 1–5: layout, title, tags) set aside: kept as context, not read as levels'
		});
		expect(texts(result)).toEqual(['Ships small things.', 'Ships features.']);
	});

	it('imports an HTML page: headings, nested lists, tables, escaped text kept as written', () => {
		const page = [
			'<!doctype html>',
			'<html><head><title>Acme ladder</title><script>if (a < b) alert(1)</script></head>',
			'<body>',
			'<h2>Level 1</h2>',
			'<ul>',
			'  <li>Writes &lt;script&gt; tags *safely* [sic] #1.<script>steal()</script></li>',
			'  <li>Fixes bugs.<ul><li>For example, typos.</li></ul></li>',
			'</ul>',
			'<h2>Level 2</h2>',
			'<ul><li>Ships <b>features</b> on their own.</li></ul>',
			'</body></html>'
		].join('\n');
		const result = read(page, 'ladder.html');
		expect(result).toMatchObject({ ok: true, format: 'html', framework: { name: 'Acme ladder' } });
		expect(texts(result)).toEqual([
			'Writes <script> tags *safely* [sic] #1.',
			'Fixes bugs.',
			'For example, typos.',
			'Ships features on their own.'
		]);
		expect(result.warnings).toContainEqual({
			line: 6,
			message: 'a <script> element inside the text was left out'
		});
	});

	it('reads a fixture ladder the same from Markdown and from its HTML rendering', () => {
		const markdown = read(fixture('data-engineer-ladder.md'), 'ladder.md');
		const html = fixture('data-engineer-ladder.md')
			.split('\n\n')
			.map((block) =>
				block.startsWith('#')
					? `<h${block.indexOf(' ')}>${block.replace(/^#+ /, '')}</h${block.indexOf(' ')}>`
					: block.startsWith('- ')
						? `<ul>${block
								.split('\n')
								.map((l) => `<li>${l.slice(2)}</li>`)
								.join('')}</ul>`
						: `<p>${block}</p>`
			)
			.join('\n');
		expect(texts(read(html, 'ladder.html'))).toEqual(texts(markdown));
		expect(texts(markdown).length).toBeGreaterThan(10);
	});
});

describe('htmlToMarkdown', () => {
	it('keeps tables as plain HTML with their spans, one row a line, and blocks on their lines', () => {
		const html = [
			'<h1>Ladder</h1>',
			'<table>',
			'  <thead><tr><th>Area</th><th colspan="2">Levels</th></tr></thead>',
			'  <tbody>',
			'  <tr><td rowspan="2"><b>Delivery</b></td><td>Ships<br>Plans</td><td><ul><li>a</li></ul></td></tr>',
			'  </tbody>',
			'</table>',
			'<p>After the table.</p>'
		].join('\n');
		expect(htmlToMarkdown(html).markdown.split('\n')).toEqual([
			'# Ladder',
			'<table>',
			'<tr><th>Area</th><th colspan="2">Levels</th></tr>',
			'<tr><td rowspan="2"><b>Delivery</b></td><td>Ships<br>Plans</td><td><ul><li>a</li></ul></td></tr>',
			'</table>',
			'',
			'',
			'After the table\\.'
		]);
	});
});

describe('droppedMarkup', () => {
	const markdown = [
		'## Level 1',
		'',
		'- Writes <script>alert(1)</script> SQL.',
		'- Works with <b>others</b> and <team>.',
		'',
		'```',
		'<script>in code</script>',
		'```',
		'- Reads <script>again</script>.'
	].join('\n');

	it('reports raw HTML the imported text lost, one warning per tag, with its lines', () => {
		const lost = {
			statements: [{ text: 'Writes alert(1) SQL.' }, { text: 'Works with others and .' }]
		};
		expect(droppedMarkup(markdown, lost)).toEqual([
			{
				line: 3,
				message:
					'raw HTML <script> is not in the imported text: the markup was dropped and the words around it kept (lines 3, 9); check those statements'
			},
			{
				line: 4,
				message:
					'raw HTML <team> is not in the imported text: the markup was dropped and the words around it kept (line 4); check that statement'
			}
		]);
	});

	it('is quiet when the text kept the markup', () => {
		const kept = {
			statements: [
				{ text: 'Writes <script>alert(1)</script> SQL.' },
				{ text: 'Works with others and <team>.' },
				{ text: 'Reads <script>again</script>.' }
			]
		};
		expect(droppedMarkup(markdown, kept)).toEqual([]);
	});
});

describe('frontMatterNote', () => {
	it.each([
		[
			'---\ntitle: x\n---\n# A',
			'front matter (lines 1–3: title) set aside: kept as context, not read as levels'
		],
		['---\n---\n# A', 'front matter (lines 1–2) set aside: kept as context, not read as levels'],
		['# A\n---\n', undefined],
		['---\nnever closed\n', undefined]
	])('%j', (text, message) => {
		expect(frontMatterNote(text)?.message).toBe(message);
	});
});

describe('readFramework refuses hostile input before a parser runs, and never throws', () => {
	it.each<[string, string, RegExp]>([
		['deep.md', `# L\n${'- '.repeat(10_000)}x\n`, /^f: line 2: lists or quotes nested 10,000 deep/],
		[
			'deep.html',
			`<body>\n${'<div>'.repeat(2_000)}`,
			/^f: line 2: HTML elements nested more than 64 deep/
		],
		['deep.json', '['.repeat(6_000), /^f: line 1: JSON nested more than 64 levels deep/],
		['deep.yaml', `id: ${'['.repeat(6_000)}`, /^f: line 1: YAML nested more than 64 levels deep/],
		[
			'wide.md',
			`|${'a|'.repeat(5_000)}\n|${'-|'.repeat(5_000)}\n`,
			/^f: line 1: a table row with 5,000 columns/
		],
		[
			'nested-lists.html',
			`<body>${'<ul><li>x'.repeat(30)}`,
			/^f: line 17: lists or quotes nested 17 deep/
		],
		['empty.md', '', /^f: line 1: the file is empty/]
	])('%s', (fileName, text, message) => {
		const result = read(text, fileName);
		expect(result.ok).toBe(false);
		expect(problems(result)[0]).toMatch(message);
	});
});
