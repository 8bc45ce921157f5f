import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../random';
import { textWidth, tooltipBox, truncate, wrapText } from './text';

describe('wrapText', () => {
	it.each([
		// text, width, font, max lines, expected
		['Squad and Chapter', 200, 12, 2, ['Squad and Chapter']],
		['Squad and Chapter', 70, 12, 3, ['Squad and', 'Chapter']],
		['Across more than one squad and chapter', 90, 12, 2, ['Across more', 'than one squa…']],
		['', 100, 12, 2, []],
		['Supercalifragilistic', 40, 12, 1, ['Supe…']],
		// The transition graph's track and framework names (14-unit text, 199 wide).
		['SRE', 199, 14, Infinity, ['SRE']],
		[
			'Infrastructure & Platform Engineering',
			199,
			14,
			Infinity,
			['Infrastructure & Platform', 'Engineering']
		],
		[
			'Speedoc Engineering Career Tracks',
			199,
			14,
			Infinity,
			['Speedoc Engineering', 'Career Tracks']
		],
		['  spaced   out  ', 199, 14, Infinity, ['spaced out']],
		// The skill curve's side labels (13-unit text, 150 wide).
		[
			'5 sets direction for the organisation',
			150,
			13,
			Infinity,
			['5 sets direction for', 'the organisation']
		],
		['3 independent', 150, 13, Infinity, ['3 independent']]
	])('wrapText(%j, %s, %s, %s) → %j', (text, width, font, maxLines, expected) => {
		const lines = wrapText(text, width, font, maxLines);
		expect(lines).toEqual(expected);
		for (const l of lines) expect(textWidth(l, font)).toBeLessThanOrEqual(width);
	});

	it('wraps bold text sooner than regular text', () => {
		// 178 wide in regular text, 204 in bold.
		expect(wrapText('Platform Engineer Track', 190, 14)).toEqual(['Platform Engineer Track']);
		expect(wrapText('Platform Engineer Track', 190, 14, Infinity, true)).toEqual([
			'Platform Engineer',
			'Track'
		]);
	});
});

describe('truncate / textWidth', () => {
	it('truncates only what does not fit', () => {
		expect(truncate('P4', 40, 12)).toBe('P4');
		expect(truncate('Platform Architect', 60, 12)).toMatch(/^Plat.*…$/);
		expect(textWidth('Bold', 12, true)).toBeGreaterThan(textWidth('Bold', 12));
	});

	it.each([
		// narrower, wider (same length)
		['illi', 'mmmm'],
		['abcd', 'ABCD'],
		['a b ', 'abcd']
	])('%j is narrower than %j', (narrow, wide) => {
		expect(textWidth(narrow, 13)).toBeLessThan(textWidth(wide, 13));
	});

	it('scales with the font size', () => {
		expect(Math.round(textWidth('Level 4', 26))).toBe(Math.round(2 * textWidth('Level 4', 13)));
		expect(textWidth('', 13)).toBe(0);
	});
});

describe('wrapping and cutting any text', () => {
	// Seeded random texts: wide, narrow and plain letters, digits, accents, emoji, runs of spaces.
	const random = mulberry32(13);
	const PIECES = [
		'm',
		'W',
		'i',
		'l',
		'.',
		'a',
		'e',
		'A',
		'Z',
		'0',
		'7',
		'é',
		'ß',
		'😀',
		'—',
		' ',
		'  ',
		'\t'
	];
	const texts = Array.from({ length: 300 }, () =>
		Array.from(
			{ length: Math.floor(random() * 90) },
			() => PIECES[Math.floor(random() * PIECES.length)]!
		).join('')
	);

	it('a cut text fits, and is the start of the text with "…" after it', () => {
		for (const [i, text] of texts.entries()) {
			const width = 10 + (i % 20) * 12;
			const bold = i % 3 === 0;
			const out = truncate(text, width, 12, bold);
			if (out === text) {
				expect(textWidth(text, 12, bold)).toBeLessThanOrEqual(width);
				continue;
			}
			if (out === '') continue;
			expect(textWidth(out, 12, bold), JSON.stringify({ text, width })).toBeLessThanOrEqual(width);
			expect(out.endsWith('…')).toBe(true);
			expect(text.startsWith(out.slice(0, -1))).toBe(true);
			// The longest such start: when no space was trimmed off it, one more code unit (with its
			// "…") would not fit.
			if (!/\s/.test(text[out.length - 1]!)) {
				expect(textWidth(`${text.slice(0, out.length)}…`, 12, bold)).toBeGreaterThan(width);
			}
		}
	});

	it('every wrapped line fits, and the lines hold the words in order', () => {
		for (const [i, text] of texts.entries()) {
			const width = 40 + (i % 15) * 20;
			const maxLines = 1 + (i % 4);
			const lines = wrapText(text, width, 12, maxLines);
			const words = text.split(/\s+/).filter(Boolean);
			expect(lines.length).toBeLessThanOrEqual(Math.min(maxLines, words.length));
			for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
			// Word by word, in order: a word cut with "…" (too wide for a line, or where the text
			// stops) shows its start; otherwise it is whole. Uncut, every word is shown.
			let next = 0;
			for (const line of lines) {
				for (const token of line.split(' ')) {
					const word = words[next++]!;
					if (token.endsWith('…')) expect(word.startsWith(token.slice(0, -1))).toBe(true);
					else expect(token).toBe(word);
				}
			}
			if (!lines.some((l) => l.endsWith('…'))) expect(next).toBe(words.length);
		}
	});
});

describe('tooltipBox', () => {
	const chart = { width: 960, height: 600 };

	it.each([
		// placement, mark y, where the box goes
		['above', 200, 'above'],
		['above', 10, 'below'],
		['below', 100, 'below'],
		['below', 540, 'above']
	] as const)('placement %s: a mark at y %s gets its tooltip %s it', (placement, y, side) => {
		const mark = { x: 900, y, width: 50, height: 40 };
		const box = tooltipBox(
			'Heading',
			['A longer paragraph that has to wrap over lines.', 'Answered 3 of 4'],
			mark,
			chart,
			{ placement, maxWidth: 200 }
		);
		expect(box.lines[0]).toMatchObject({ text: 'Heading', strong: true });
		expect(box.lines.at(-1)).toMatchObject({ text: 'Answered 3 of 4', strong: false });
		expect(box.lines.length).toBeGreaterThan(3);
		expect(box.x + box.width).toBeLessThanOrEqual(960);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(600);
		if (side === 'above') expect(box.y + box.height).toBeLessThanOrEqual(y);
		else expect(box.y).toBeGreaterThanOrEqual(y + 40);
	});

	describe('placement beside (a dot of the skill curve)', () => {
		const curve = { width: 400, height: 300 };
		const dot = (x: number, y: number) => ({ x: x - 5, y: y - 5, width: 10, height: 10 });
		const beside = { placement: 'beside', fontSize: 10 } as const;

		it.each([
			// dot centre, where the box goes
			[{ x: 50, y: 150 }, 'right'],
			[{ x: 390, y: 150 }, 'left']
		])('%j → %s of the dot', (at, side) => {
			const mark = dot(at.x, at.y);
			const box = tooltipBox('Framework name', ['Level 4'], mark, curve, beside);
			if (side === 'right') expect(box.x).toBe(mark.x + mark.width + 6);
			else expect(box.x + box.width).toBeLessThanOrEqual(mark.x);
			expect(box.y).toBeLessThan(at.y);
			expect(box.y + box.height).toBeGreaterThan(at.y);
		});

		it('stays inside the chart at its top and bottom edges', () => {
			const top = tooltipBox('a', ['b', 'c'], dot(50, 2), curve, beside);
			const bottom = tooltipBox('a', ['b', 'c'], dot(50, 299), curve, beside);
			expect(top.y).toBe(0);
			expect(bottom.y + bottom.height).toBeLessThanOrEqual(300);
		});

		it('is as wide as its longest line, a line per short text, the heading strong', () => {
			const box = tooltipBox('short', ['a much longer line'], dot(50, 150), curve, beside);
			expect(box.width).toBe(Math.ceil(textWidth('a much longer line', 10)) + 16);
			expect(box.lines.map((l) => [l.text, l.strong])).toEqual([
				['short', true],
				['a much longer line', false]
			]);
			expect(box.lines[1]!.y).toBeGreaterThan(box.lines[0]!.y);
			expect(box.lines.every((l) => l.x > box.x && l.y < box.y + box.height)).toBe(true);
		});
	});
});
