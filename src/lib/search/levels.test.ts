import { describe, expect, it } from 'vitest';
import { loadBundled } from '../../../scripts/bundled';
import { overlap, parseLevels, SENIORITY_WORDS, withoutPhrases } from './levels';

const found = (query: string) => parseLevels(query).phrases.map((p) => [p.text, p.range]);

describe('parseLevels', () => {
	it.each([
		// The common scale's own names, in any case.
		['terraform P4', [['P4', [4, 4]]]],
		['terraform p4', [['p4', [4, 4]]]],
		['P7', [['P7', [7, 7]]]],
		// "Level N", "Lvl N", "LN": the common scale's PN, whatever a framework calls its own steps.
		['Terraform level 4', [['level 4', [4, 4]]]],
		['platform engineer level 5', [['level 5', [5, 5]]]],
		['LEVEL 3', [['LEVEL 3', [3, 3]]]],
		['level4', [['level4', [4, 4]]]],
		['lvl 4', [['lvl 4', [4, 4]]]],
		['lvl4 terraform', [['lvl4', [4, 4]]]],
		['L4', [['L4', [4, 4]]]],
		['l4', [['l4', [4, 4]]]],
		['kubernetes L4', [['L4', [4, 4]]]],
		// Ranges, either way round.
		['P4–P5', [['P4–P5', [4, 5]]]],
		['p4-p5 architecture', [['p4-p5', [4, 5]]]],
		['P4-5', [['P4-5', [4, 5]]]],
		['p5 - p4', [['p5 - p4', [4, 5]]]],
		['levels 4 to 5', [['levels 4 to 5', [4, 5]]]],
		['level 2-3', [['level 2-3', [2, 3]]]],
		// Seniority words: a word may name a range.
		['mentoring senior', [['senior', [4, 5]]]],
		['Seniors', [['Seniors', [4, 5]]]],
		['sénior', [['sénior', [4, 5]]]],
		['senior-level engineers', [['senior-level', [4, 5]]]],
		['junior', [['junior', [1, 2]]]],
		['mentors juniors', [['juniors', [1, 2]]]],
		['mid', [['mid', [3, 3]]]],
		['mid-level', [['mid-level', [3, 3]]]],
		['Mid level engineers', [['Mid level', [3, 3]]]],
		['principal engineer', [['principal', [6, 6]]]],
		['staff', [['staff', [7, 7]]]],
		['distinguished', [['distinguished', [7, 7]]]],
		['intern', [['intern', [1, 1]]]],
		['new grad', [['new grad', [1, 1]]]],
		['New Graduate', [['New Graduate', [1, 1]]]],
		// Two phrases: "senior level 4" is "senior" and "level 4", not "senior level" and "4".
		[
			'senior level 4',
			[
				['senior', [4, 5]],
				['level 4', [4, 4]]
			]
		],
		[
			'p7 staff',
			[
				['p7', [7, 7]],
				['staff', [7, 7]]
			]
		]
	] as [string, [string, [number, number]][]][])('%j → %j', (query, phrases) => {
		expect(found(query)).toEqual(phrases);
	});

	it.each([
		// No level without a number, and no number without its prefix.
		'level',
		'levels',
		'4',
		'4 production clusters',
		'Led a Kubernetes version upgrade across 4 production clusters',
		'l 4',
		'p 4',
		// Off the scale.
		'p0',
		'p8',
		'level 9',
		'P45',
		// Inside a word, or joined to one by a hyphen.
		'mp4',
		'p4-kubernetes',
		'mid-sized',
		'seniority',
		'internal platform',
		'staffing',
		'nonsenior',
		'mentoring intermediate engineers',
		'',
		'   '
	])('%j names no level', (query) => {
		expect(found(query)).toEqual([]);
	});

	it('collapses whitespace and gives positions in the collapsed query', () => {
		const { query, phrases } = parseLevels('  terraform   P4 ');
		expect(query).toBe('terraform P4');
		expect(phrases).toEqual([{ text: 'P4', start: 10, end: 12, range: [4, 4] }]);
	});

	it('never throws on hostile text', () => {
		for (const query of ['<script>alert(1)</script>', '%E0%A4%A', '((((', '\\p{L}', 'ß İ ﬁ']) {
			expect(() => parseLevels(query)).not.toThrow();
		}
	});
});

describe('withoutPhrases', () => {
	it.each([
		['terraform P4', 'terraform'],
		['P4 terraform modules', 'terraform modules'],
		['mentoring senior engineers', 'mentoring engineers'],
		['senior', ''],
		['p4-p5 architecture', 'architecture']
	])('%j → %j', (query, rest) => {
		const { query: typed, phrases } = parseLevels(query);
		expect(withoutPhrases(typed, phrases)).toBe(rest);
	});
});

describe('overlap', () => {
	it.each([
		[[[4, 5]], [4, 5]],
		[
			[
				[4, 5],
				[4, 4]
			],
			[4, 4]
		],
		[
			[
				[1, 2],
				[7, 7]
			],
			null
		],
		[[], null]
	] as [[number, number][], [number, number] | null][])('%j → %j', (ranges, expected) => {
		expect(overlap(ranges)).toEqual(expected);
	});
});

describe('SENIORITY_WORDS', () => {
	it('maps each word once, to a range of the scale', () => {
		const words = SENIORITY_WORDS.flatMap((entry) => entry.words);
		expect(new Set(words).size).toBe(words.length);
		for (const { range } of SENIORITY_WORDS) {
			expect(range[0]).toBeGreaterThanOrEqual(1);
			expect(range[1]).toBeLessThanOrEqual(7);
			expect(range[0]).toBeLessThanOrEqual(range[1]);
		}
	});

	it('is grounded in the reference framework: each basis quotes its level guidelines', () => {
		const reference = loadBundled().frameworks.find(
			(f) => f.id === 'infrastructure-platform-engineering'
		)!;
		const texts = [
			...reference.steps.flatMap((s) => [
				s.title ?? '',
				s.summary ?? '',
				...s.dimensions.map((d) => d.text)
			]),
			...reference.statements.map((s) => s.text)
		].join('\n');
		for (const { basis } of SENIORITY_WORDS) {
			const quotes = [...basis.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
			expect(quotes.length, basis).toBeGreaterThan(0);
			for (const quote of quotes) expect(texts, quote).toContain(quote);
		}
	});

	it('the reference places the words where the table does', () => {
		// P7's title names staff and distinguished; P1 the new graduate and the intern.
		const reference = loadBundled().frameworks.find(
			(f) => f.id === 'infrastructure-platform-engineering'
		)!;
		const step = (id: string) => reference.steps.find((s) => s.id === id)!;
		expect(step('p7').title).toBe('Staff / Distinguished Professional');
		expect(step('p1').dimensions.some((d) => d.text.includes('new graduate or intern'))).toBe(true);
		const range = (word: string) => SENIORITY_WORDS.find((e) => e.words.includes(word))!.range;
		expect(range('staff')).toEqual([7, 7]);
		expect(range('distinguished')).toEqual([7, 7]);
		expect(range('intern')).toEqual([1, 1]);
		expect(range('principal')).toEqual([6, 6]);
		expect(range('senior')).toEqual([4, 5]);
		expect(range('mid')).toEqual([3, 3]);
		expect(range('junior')).toEqual([1, 2]);
	});
});
