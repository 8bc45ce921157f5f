import { describe, expect, it } from 'vitest';
import { excerpt, normaliseRanges, segments } from './highlight';

describe('normaliseRanges', () => {
	it('sorts, clips, merges, and drops single letters unless asked', () => {
		expect(
			normaliseRanges(
				[
					[8, 9],
					[0, 2],
					[2, 4],
					[6, 6],
					[12, 40]
				],
				15
			)
		).toEqual([
			[0, 4],
			[8, 9],
			[12, 14]
		]);
		expect(normaliseRanges([[6, 6]], 15, true)).toEqual([[6, 6]]);
		expect(normaliseRanges([[-3, 1]], 15)).toEqual([[0, 1]]);
	});
});

describe('segments', () => {
	it.each([
		[
			'golden path',
			[[0, 5]],
			[
				['golden', true],
				[' path', false]
			]
		],
		['golden path', [], [['golden path', false]]],
		[
			'a <b> c',
			[[2, 4]],
			[
				['a ', false],
				['<b>', true],
				[' c', false]
			]
		],
		['', [], [['', false]]]
	] as const)('%j cut at %j', (text, ranges, expected) => {
		const cut = segments(text, ranges);
		expect(cut.map((s) => [s.text, s.match])).toEqual(expected);
		expect(cut.map((s) => s.text).join('')).toBe(text);
	});
});

describe('excerpt', () => {
	const long = `${'word '.repeat(60)}TARGET here ${'tail '.repeat(60)}`.trim();

	it('keeps a short text whole', () => {
		expect(excerpt('short text', [[0, 4]])).toEqual({ text: 'short text', ranges: [[0, 4]] });
	});

	it('cuts a long text around its first match, at word boundaries, with ellipses', () => {
		const at = long.indexOf('TARGET');
		const cut = excerpt(long, [[at, at + 5]], 80);
		expect(cut.text.length).toBeLessThanOrEqual(82);
		expect(cut.text.startsWith('…word ')).toBe(true);
		expect(cut.text.endsWith(' tail…') || cut.text.endsWith('tail…')).toBe(true);
		const [a, b] = cut.ranges[0]!;
		expect(cut.text.slice(a, b + 1)).toBe('TARGET');
	});

	it('starts at the beginning when the match is early', () => {
		const cut = excerpt(long, [[0, 3]], 80);
		expect(cut.text.startsWith('word')).toBe(true);
		expect(cut.ranges).toEqual([[0, 3]]);
	});
});
