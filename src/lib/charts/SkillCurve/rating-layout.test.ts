import { describe, expect, it } from 'vitest';
import { textWidth } from '../shared/text';
import {
	layoutRatings,
	RATINGS_NARROW,
	RATINGS_WIDE,
	type RatingInput,
	type RatingVariant
} from './rating-layout';
import type { RatingView } from './types';

// Round numbers: a plot from x = 0 to 300 with no gap between ratings, so each of 15 bands is 20
// wide (band i centred at 20i + 10); the plot from y = 16 (room for the axis title) to 332, so
// y(proficiency) = 324 − 50 × proficiency.
const TEST: RatingVariant = {
	width: 300,
	plotHeight: 316,
	margin: { top: 0, right: 0, bottom: 0, left: 0 },
	yLabels: 'side',
	labelWidth: 100,
	fontSize: 10,
	radius: 4,
	groupGap: 0,
	bandLabels: 'word',
	legend: false
};
const x = (band: number) => 20 * band + 10;
const y = (p: number) => 324 - 50 * p;

const RATINGS = [
	'Unsatisfactory',
	'Development Needed',
	'Consistently Delivers',
	'Leading',
	'Transformative'
];
/** The rubric's 15 bands: five ratings, each Low, Mid and High. */
const bands: RatingView[] = RATINGS.flatMap((name) =>
	['Low', 'Mid', 'High'].map((band) => ({
		step: `${name.toLowerCase().replace(/ /g, '-')}-${band.toLowerCase()}`,
		name,
		band
	}))
);

/** A rubric with points at the given band indexes: {index: proficiency}. */
const rubric = (values: Record<number, number>, ratings = bands): RatingInput => ({
	framework: 'rubric',
	name: 'Senior Platform Engineer',
	color: '#e69f00',
	ratings,
	points: Object.entries(values).map(([i, proficiency]) => ({
		step: ratings[Number(i)]!.step,
		proficiency
	}))
});

const subpaths = (d: string) => d.split('M').filter(Boolean);

describe('layoutRatings: the ratings in order, grouped by rating', () => {
	it('fifteen bands across the plot, five ratings, every band labelled', () => {
		const layout = layoutRatings(rubric({}), TEST);
		expect(layout.slots.map((s) => s.x)).toEqual(bands.map((_, i) => x(i)));
		expect(layout.slots.map((s) => s.label)).toEqual(bands.map((b) => b.band));
		expect(layout.groups.map((g) => [g.name, g.x0, g.x1])).toEqual(
			RATINGS.map((name, i) => [name, 60 * i, 60 * (i + 1)])
		);
		expect(layout.separators).toEqual([60, 120, 180, 240]);
		expect([layout.rows, layout.cols]).toEqual([1, 15]);
		expect(layout.marks).toEqual([]);
		expect(layout.d).toBe('');
	});

	it.each<[string, Record<number, number>, [number, number][], string[]]>([
		// name, points {band: proficiency}, marks [x, y], line sub-paths
		['one band only: a dot, no line', { 6: 4 }, [[x(6), y(4)]], []],
		[
			'neighbouring bands join, across ratings too',
			{ 1: 2, 2: 2, 3: 3 },
			[
				[x(1), y(2)],
				[x(2), y(2)],
				[x(3), y(3)]
			],
			[`${x(1)},${y(2)}L${x(2)},${y(2)}L${x(3)},${y(3)}`]
		],
		[
			'a band without a point leaves a gap (no interpolation)',
			{ 0: 1, 1: 1, 3: 3, 14: 6 },
			[
				[x(0), y(1)],
				[x(1), y(1)],
				[x(3), y(3)],
				[x(14), y(6)]
			],
			[`${x(0)},${y(1)}L${x(1)},${y(1)}`]
		],
		[
			'proficiency 0 and 6 at the two ends',
			{ 0: 0, 14: 6 },
			[
				[x(0), y(0)],
				[x(14), y(6)]
			],
			[]
		]
	])('%s', (_name, values, marks, paths) => {
		const layout = layoutRatings(rubric(values), TEST);
		expect(layout.marks.map((m) => [m.x, m.y])).toEqual(marks);
		expect(subpaths(layout.d)).toEqual(paths);
	});

	it('each mark says its rating and band, keyed as on the skill curve, one keyboard column per band', () => {
		const layout = layoutRatings(rubric({ 10: 5, 4: 3 }), TEST);
		expect(layout.marks.map((m) => [m.id, m.rating, m.band, m.proficiency, m.row, m.col])).toEqual([
			['rubric/development-needed-mid', 'Development Needed', 'Mid', 3, 0, 4],
			['rubric/leading-mid', 'Leading', 'Mid', 5, 0, 10]
		]);
	});

	it('a gap between ratings keeps the bands of one rating together', () => {
		const layout = layoutRatings(rubric({}), { ...TEST, groupGap: 15 });
		// (300 − 4 × 15) / 15 = 16 per band.
		expect(layout.slots.slice(0, 4).map((s) => s.x)).toEqual([8, 24, 40, 8 + 3 * 16 + 15]);
		expect(layout.separators[0]).toBe(48 + 7.5);
		for (const g of layout.groups) {
			const inside = layout.slots.filter((s) => s.x > g.x0 && s.x < g.x1);
			expect(inside).toHaveLength(3);
		}
	});

	it('ratings without bands: one rating per step, no band labels', () => {
		const plain: RatingView[] = ['Below', 'Meets', 'Exceeds'].map((name) => ({
			step: name.toLowerCase(),
			name,
			band: ''
		}));
		const layout = layoutRatings(rubric({ 0: 2, 1: 3, 2: 4 }, plain), TEST);
		expect(layout.groups.map((g) => g.name)).toEqual(['Below', 'Meets', 'Exceeds']);
		expect(layout.slots.every((s) => s.label === '')).toBe(true);
		expect(layout.slots.map((s) => s.x)).toEqual([50, 150, 250]);
		expect(subpaths(layout.d)).toHaveLength(1);
	});

	it('no ratings at all: the axes only', () => {
		const layout = layoutRatings(rubric({}, []), TEST);
		expect([layout.slots, layout.groups, layout.marks]).toEqual([[], [], []]);
		expect(layout.height).toBeGreaterThan(layout.plot.y1);
	});
});

describe('layoutRatings: variants', () => {
	const all = rubric(Object.fromEntries(bands.map((_, i) => [i, Math.min(6, Math.floor(i / 2))])));

	it.each([
		['WIDE', RATINGS_WIDE, ['Low', 'Mid', 'High']],
		['NARROW', RATINGS_NARROW, ['L', 'M', 'H']]
	] as const)(
		'%s: marks inside the plot; rating names inside the chart and never overlapping',
		(_, variant, names) => {
			const layout = layoutRatings(all, variant);
			expect(layout.slots.slice(0, 3).map((s) => s.label)).toEqual(names);
			for (const m of layout.marks) {
				expect(m.x).toBeGreaterThan(layout.plot.x0);
				expect(m.x).toBeLessThan(layout.plot.x1);
				expect(m.y).toBeGreaterThanOrEqual(layout.plot.y0);
				expect(m.y).toBeLessThanOrEqual(layout.plot.y1);
			}
			const small = variant.fontSize - 1;
			const boxes = layout.groups.map((g) => {
				const w = Math.max(...g.lines.map((l) => textWidth(l, small, true)));
				return {
					x0: g.labelX - w / 2,
					x1: g.labelX + w / 2,
					y0: g.labelY - small,
					y1: g.labelY + (g.lines.length - 1) * small * 1.2
				};
			});
			for (const [i, a] of boxes.entries()) {
				expect(a.x0).toBeGreaterThanOrEqual(0);
				expect(a.x1).toBeLessThanOrEqual(layout.width);
				expect(a.y1).toBeLessThan(layout.xTitle.y - small);
				for (const b of boxes.slice(i + 1)) {
					const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 < b.y0 || b.y1 < a.y0;
					expect(apart, `${layout.groups[i]!.name} overlaps another`).toBe(true);
				}
			}
			expect(layout.height).toBeGreaterThan(layout.xTitle.y);
		}
	);

	it('WIDE: every rating name on one row, under its bands', () => {
		const layout = layoutRatings(all, RATINGS_WIDE);
		expect(new Set(layout.groups.map((g) => g.labelY)).size).toBe(1);
		expect(layout.groups.every((g) => g.leader === null)).toBe(true);
		for (const g of layout.groups) {
			expect(g.labelX).toBeGreaterThan(g.x0);
			expect(g.labelX).toBeLessThan(g.x1);
		}
	});

	it('NARROW: a name too wide for its bands drops a row, with a leader up to its bands', () => {
		const layout = layoutRatings(all, RATINGS_NARROW);
		const dropped = layout.groups.filter((g) => g.leader !== null);
		expect(dropped.length).toBeGreaterThan(0);
		for (const g of dropped) {
			expect(g.leader!.x).toBeGreaterThan(g.x0);
			expect(g.leader!.x).toBeLessThan(g.x1);
			expect(g.leader!.y1).toBeLessThan(g.labelY);
		}
		expect(layout.xTitle.text).toContain('L, M, H');
	});

	it('NARROW: numbers left of the plot, their words in a key below, a colour legend on top', () => {
		const layout = layoutRatings(all, RATINGS_NARROW);
		const fs = RATINGS_NARROW.fontSize;
		expect(layout.yTicks.map((t) => t.lines)).toEqual(Array.from({ length: 7 }, () => []));
		for (const t of layout.yTicks) {
			expect(t.x).toBeLessThan(layout.plot.x0);
			expect(t.x - textWidth(`${t.value}`, fs, true)).toBeGreaterThanOrEqual(0);
		}
		expect(layout.legend.map((l) => [l.framework, l.name])).toEqual([
			['rubric', 'Senior Platform Engineer']
		]);
		expect(layout.legend[0]!.y + fs).toBeLessThan(layout.yTitle.y - fs);
		expect(layout.yTitle.y).toBeLessThan(layout.plot.y0);
		expect(layout.key.map((k) => k.value)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		for (const k of layout.key) {
			expect(k.y - fs).toBeGreaterThan(layout.xTitle.y);
			expect(k.y).toBeLessThan(layout.height);
		}
		// The desktop keeps the words beside the axis.
		const wide = layoutRatings(all, RATINGS_WIDE);
		expect([wide.legend, wide.key]).toEqual([[], []]);
	});
});
