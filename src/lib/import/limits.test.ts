// The caps checked before any parser sees a file: each hostile shape is refused with a message
// that says which cap and where, quickly; ordinary ladders at the edges of the caps pass; the
// chunked Markdown parse gives exactly the tree of a whole-text parse.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import {
	checkLimits,
	LIMITS,
	markdownChunks,
	scanJson,
	sizeError,
	stripBom,
	utf8Bytes,
	type ScanFormat
} from './limits';
import { parseMarkdown } from './parse-markdown';

const times = (n: number, make: (i: number) => string) =>
	Array.from({ length: n }, (_, i) => make(i));
/** Repeat `unit` until the text reaches `bytes`. */
const fill = (bytes: number, unit: string, head = '') =>
	head + unit.repeat(Math.ceil((bytes - head.length) / unit.length));

describe('stripBom and utf8Bytes', () => {
	it.each([
		['\ufeff{"a":1}', '{"a":1}'],
		['{"a":1}', '{"a":1}'],
		['a\ufeff', 'a\ufeff']
	])('stripBom(%j) → %j', (text, expected) => {
		expect(stripBom(text)).toBe(expected);
	});

	it.each([
		['abc', 3],
		['é', 2],
		['—', 3],
		['😀', 4],
		['a😀é', 7]
	])('utf8Bytes(%j) = %i, as TextEncoder counts', (text, bytes) => {
		expect(utf8Bytes(text)).toBe(bytes);
		expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
	});
});

describe('sizeError', () => {
	it.each<[ScanFormat, number, boolean]>([
		['markdown', LIMITS.textBytes, false],
		['markdown', LIMITS.textBytes + 1, true],
		['html', LIMITS.textBytes + 1, true],
		['yaml', LIMITS.textBytes + 1, true],
		['json', LIMITS.textBytes + 1, false],
		['json', LIMITS.jsonBytes + 1, true]
	])('%s of %i bytes: refused %s', (format, bytes, refused) => {
		expect(Boolean(sizeError(bytes, format))).toBe(refused);
	});

	it('says the size, the cap and what to do', () => {
		expect(sizeError(6_000_000, 'json')?.message).toBe(
			'the file is 6,000,000 bytes; JSON is read up to 5,000,000 bytes (5 MB): split it, one file per framework or track'
		);
	});
});

/** Hostile inputs: the cap each one hits (by its message) and the line it names. */
const hostile: [string, ScanFormat, () => string, RegExp, number][] = [
	[
		'a huge Markdown file',
		'markdown',
		() => fill(LIMITS.textBytes + 10, 'Plain words in a paragraph.\n'),
		/^the file is 2,000,0\d\d bytes; Markdown, text, HTML and YAML are read up to 2,000,000 bytes/,
		1
	],
	[
		'a huge JSON file',
		'json',
		() => `[${fill(LIMITS.jsonBytes, '"padding", ')}"end"]`,
		/^the file is 5,000,0\d\d bytes; JSON is read up to 5,000,000 bytes/,
		1
	],
	[
		'20 KB of list items nested by indentation',
		'markdown',
		() => `# Ladder\n\n${times(100, (i) => `${'  '.repeat(i)}- item`).join('\n')}`,
		/^lists or quotes nested 17 deep; at most 16 levels are read$/,
		19
	],
	[
		'list markers nested on one line',
		'markdown',
		() => `# Ladder\n${'- '.repeat(10_000)}x\n`,
		/^lists or quotes nested 10,000 deep/,
		2
	],
	[
		'10 KB of nested quotes',
		'markdown',
		() => `# Ladder\n${'>'.repeat(10_000)} x\n`,
		/^lists or quotes nested 10,000 deep/,
		2
	],
	[
		'quotes and lists nested in turn',
		'text',
		() => `${'> - '.repeat(20)}x\n`,
		/^lists or quotes nested 40 deep/,
		1
	],
	[
		'10 KB of nested HTML in Markdown',
		'markdown',
		() => `# Ladder\n\n${'<div>'.repeat(2_000)}x${'</div>'.repeat(2_000)}\n`,
		/^HTML elements nested more than 64 deep \(<div> here\)/,
		3
	],
	[
		'nested HTML in a page',
		'html',
		() => `<html><body>\n${'<section>'.repeat(100)}\n</body></html>`,
		/^HTML elements nested more than 64 deep \(<section> here\)/,
		2
	],
	[
		'"<div/>", which opens a div in HTML',
		'html',
		() => `<body>\n${'<div/>'.repeat(100)}`,
		/^HTML elements nested more than 64 deep/,
		2
	],
	[
		'a Markdown table 5,000 columns wide',
		'markdown',
		() => `# Ladder\n\n|${times(5_000, (i) => `c${i}`).join('|')}|\n|${'-|'.repeat(5_000)}\n`,
		/^a table row with 5,000 columns; at most 64 are read$/,
		3
	],
	[
		'an HTML table row 5,000 cells wide',
		'html',
		() => `<table>\n<tr>${'<td>x</td>'.repeat(5_000)}</tr>\n</table>`,
		/^a table row with more than 64 columns/,
		2
	],
	[
		'a cell spanning 100,000 columns',
		'html',
		() => '<table><tr><td colspan="100000">x</td></tr></table>',
		/^a table cell spans 100,000 columns; at most 64 are read$/,
		1
	],
	[
		'a cell spanning 65,534 rows',
		'markdown',
		() => '# L\n\n<table>\n<tr><td rowspan=65534>x</td></tr>\n</table>\n',
		/^a table cell spans 65,534 rows; at most 1,000 are read$/,
		4
	],
	[
		'tables with too many cells in all',
		'markdown',
		() => `|a|b|\n|-|-|\n${'|x|y|\n'.repeat(LIMITS.tableCells / 2)}`,
		/^more than 20,000 table cells in the file/,
		10_001
	],
	[
		'a paragraph of emphasis markers',
		'markdown',
		() => `# L\n\n${'**a* '.repeat(2_000)}\n`,
		/^more than 1,000 emphasis markers \(\*, _ or ~\) in one paragraph/,
		3
	],
	[
		'emphasis markers in many paragraphs',
		'markdown',
		() => `# L\n\n${`${'*a* '.repeat(200)}\n\n`.repeat(300)}`,
		/^more than 100,000 emphasis markers \(\*, _ or ~\) in the file/,
		503
	],
	[
		'brackets nested deep',
		'markdown',
		() => `# L\n\n- ${'['.repeat(50_000)}\n`,
		/^square brackets nested more than 32 deep/,
		3
	],
	[
		'a paragraph of unclosed links',
		'markdown',
		() => `# L\n\n- ${'[a]('.repeat(20_000)}\n`,
		/^more than 1,000 links or bracketed labels \(\[…\]\) in one paragraph/,
		3
	],
	[
		'links in many paragraphs',
		'markdown',
		() => `# L\n\n${`${'[a](b) '.repeat(500)}\n\n`.repeat(50)}`,
		/^more than 20,000 links or bracketed labels \(\[…\]\) in the file/,
		83
	],
	[
		'a long run of backticks',
		'markdown',
		() => `# L\n\n${'`'.repeat(100)}x\n`,
		/^a run of 100 backticks; at most 64 are read$/,
		3
	],
	[
		'nested lists one after another with no break',
		'markdown',
		() => `# L\n\n${'- a\n  - b\n'.repeat(3_000)}`,
		/^too many nested lists or quotes to read in time: 2,999 end between lines 1 and 6003,/,
		1
	],
	[
		'many lines nested 16 deep',
		'markdown',
		() =>
			`${times(16, (i) => `${'  '.repeat(i)}- x`).join('\n')}\n${`${'  '.repeat(15)}- item\n`.repeat(10_000)}`,
		/^more than 150,000 lines in lists and quotes/,
		9_383
	],
	[
		'6,000-deep JSON',
		'json',
		() => '['.repeat(6_000) + ']'.repeat(6_000),
		/^JSON nested more than 64 levels deep \(column 65\)/,
		1
	],
	[
		'6,000-deep YAML in brackets',
		'yaml',
		() => `steps: ${'['.repeat(6_000)}${']'.repeat(6_000)}`,
		/^YAML nested more than 64 levels deep/,
		1
	],
	[
		'6,000-deep YAML in compact sequences',
		'yaml',
		() => `steps:\n  ${'- '.repeat(6_000)}x\n`,
		/^YAML nested more than 64 levels deep/,
		2
	],
	[
		'YAML nested by indentation',
		'yaml',
		() => times(100, (i) => `${' '.repeat(i)}k${i}:`).join('\n'),
		/^YAML nested more than 64 levels deep/,
		65
	]
];

describe('checkLimits refuses hostile input, quickly, before any parser runs', () => {
	it.each(hostile)('%s', (_what, format, make, message, line) => {
		const text = make();
		const started = performance.now();
		const error = checkLimits(text, format);
		// Generous: the scan is linear (milliseconds); a parser would take seconds or minutes.
		expect(performance.now() - started).toBeLessThan(3_000);
		expect(error?.message).toMatch(message);
		expect(error?.line).toBe(line);
	});
});

describe('checkLimits lets ordinary ladders through', () => {
	const ladder = times(
		7,
		(i) =>
			`## Level ${i + 1}\n\nIntro with *emphasis*, [a link](https://example.com) and \`code\`.\n\n- Scope: a team.\n  - Example: on-call.\n    - Detail.\n- Ships **features**.\n\n| Area | Expectation |\n| --- | --- |\n| Delivery | Ships it |\n`
	).join('\n');
	const cases: [string, ScanFormat, string][] = [
		['a ladder with nested bullets, tables and inline markup', 'markdown', `# Ladder\n\n${ladder}`],
		[
			'lists nested exactly 16 deep',
			'markdown',
			times(16, (i) => `${'  '.repeat(i)}- item`).join('\n')
		],
		['thematic breaks made of many dashes', 'markdown', `a\n\n${'- '.repeat(40)}\n\nb\n`],
		['a deep list inside a code fence', 'markdown', `\`\`\`\n${'- '.repeat(100)}x\n\`\`\`\n`],
		[
			'a list indented as code after a blank line',
			'markdown',
			`text\n\n${'    - x\n'.repeat(100)}`
		],
		[
			'paragraphs and items whose end tags HTML leaves out',
			'html',
			`<body>${'<p>text'.repeat(200)}<ul>${'<li>item'.repeat(200)}</ul><table>${'<tr><td>a<td>b'.repeat(100)}</table>`
		],
		['an inline SVG of self-closed paths', 'html', `<svg>${'<path d="M0"/>'.repeat(200)}</svg>`],
		[
			'placeholders in angle brackets, a paragraph each',
			'markdown',
			'- Works with <team>.\n\n'.repeat(200)
		],
		['a script with "<" comparisons', 'html', `<script>${'if (a < b) {}'.repeat(200)}</script>`],
		['a real framework in JSON', 'json', JSON.stringify({ steps: [{ id: 'l1', dims: [[1]] }] })],
		[
			'YAML with block scalars and quoted brackets',
			'yaml',
			`steps:\n  - id: l1\n    summary: |\n${'      [[[[ text\n'.repeat(100)}    label: "[[[["\n`
		],
		['a page of links, a paragraph each', 'markdown', '[Home](/) [About](/about)\n\n'.repeat(600)]
	];
	it.each(cases)('%s', (_what, format, text) => {
		expect(checkLimits(text, format)).toBeUndefined();
	});
});

describe('scanJson', () => {
	it('finds repeated keys with their path and lines, and ignores braces inside strings', () => {
		const text = [
			'{',
			'  "id": "a",',
			'  "name": "{ [ not nesting",',
			'  "steps": [',
			'    { "id": "l1", "label": "x", "id": "l1b" },',
			'    { "id": "l2" }',
			'  ],',
			'  "na\\u006de": "again"',
			'}'
		].join('\n');
		expect(scanJson(text)).toEqual({
			duplicates: [
				{ path: ['steps', 0, 'id'], line: 5, first: 5 },
				{ path: ['name'], line: 8, first: 3 }
			]
		});
		expect(JSON.parse(text)).toMatchObject({ name: 'again' });
	});

	it('stops at the first place nesting passes the cap', () => {
		expect(scanJson(`{"a":\n${'['.repeat(100)}`).tooDeep).toEqual({ line: 2, column: 64 });
	});
});

const MARKDOWN = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

describe('parseMarkdown: parsed in chunks, the same tree as a whole-text parse', () => {
	const section = (i: number) =>
		[
			`## Level ${i}`,
			'',
			`Level ${i} engineers [grow][growth] and cite a footnote[^n].`,
			'',
			'- Scope: a team.',
			'  - Example: on-call.',
			'',
			'  Still the same item after a blank line.',
			'- Ships *features*',
			'lazily continued.',
			'',
			'> A quote',
			'continued lazily.',
			'',
			'```',
			'code with a blank line',
			'',
			'# not a heading',
			'```',
			'',
			'<!-- a comment',
			'',
			'over a blank line -->',
			'',
			'<table>',
			'<tr><td>cell</td></tr>',
			'</table>',
			'',
			'| Area | Level |',
			'| --- | --- |',
			'| Delivery | Ships |',
			'',
			'Setext heading',
			'---',
			'',
			'1. ordered',
			'2. list',
			''
		].join('\n');
	const text = `# Ladder\n\n${times(30, (i) => section(i + 1)).join('\n')}\n[growth]: https://example.com/growth\n[^n]: A note.\n`;

	it('splits a long ladder into many chunks', () => {
		const { starts, definitions } = markdownChunks(text);
		expect(starts.length).toBeGreaterThan(5);
		expect(definitions).toEqual(['[growth]: https://example.com/growth', '[^n]: A note.']);
	});

	it('gives exactly the tree and positions of fromMarkdown', () => {
		expect(parseMarkdown(text)).toEqual(fromMarkdown(text, MARKDOWN));
	});

	it.each([
		['Windows line endings', text.replace(/\n/g, '\r\n')],
		[
			'a code fence left open at the end',
			`${text}\n\`\`\`\nopen [growth]\n\n${'x\n'.repeat(3000)}`
		],
		['old Mac line endings (parsed whole)', text.replace(/\n/g, '\r')],
		['no final newline', text.trimEnd()]
	])('with %s too', (_what, variant) => {
		expect(parseMarkdown(variant)).toEqual(fromMarkdown(variant, MARKDOWN));
	});
});
