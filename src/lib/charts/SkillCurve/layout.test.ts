import { describe, expect, it } from 'vitest';
import {
	layoutSkillCurve,
	NARROW,
	overlaps,
	SPARK,
	spanText,
	stepAndLevel,
	WIDE,
	type CurveInput,
	type RoleInput,
	type Variant
} from './layout';
import { textWidth } from '../shared/text';
import type { Span } from './types';

// Round numbers: columns 100 wide from x = 40 (P1 centre 90, P4 centre 390), and
// y(proficiency) = 608 − 100 × proficiency.
const TEST: Variant = {
	width: 740,
	plotHeight: 616,
	margin: { top: 0, right: 0, bottom: 20, left: 40 },
	yLabels: 'none',
	labelWidth: 100,
	fontSize: 10,
	radius: 4,
	spacing: 10,
	lane: 20,
	dodge: 2,
	legend: false
};
const cx = (level: number) => 40 + 100 * (level - 1) + 50;
const y = (p: number) => 608 - 100 * p;
/** The middle of a range: where its dot goes. */
const mid = (min: number, max: number) => (cx(min) + cx(max)) / 2;

/** A framework with one step per common level, e.g. {1: 1, 2: 2}. */
function ladder(framework: string, values: Record<number, number>): CurveInput {
	return {
		framework,
		name: framework,
		color: '#000',
		points: Object.entries(values).map(([level, proficiency]) => ({
			step: `level-${level}`,
			label: `Level ${level}`,
			placement: { min: Number(level), max: Number(level) },
			proficiency
		}))
	};
}

/** A framework whose steps sit where it says: [step, min, max, proficiency]. */
function placed(framework: string, steps: [string, number, number, number][]): CurveInput {
	return {
		framework,
		name: framework,
		color: '#111',
		points: steps.map(([step, min, max, proficiency]) => ({
			step,
			label: step,
			placement: { min, max },
			proficiency
		}))
	};
}

/** Sub-paths of an SVG path: each "M" starts one. */
const subpaths = (d: string) => d.split('M').filter(Boolean);

describe('layoutSkillCurve: shapes of data', () => {
	it('empty data: the axes, no line, no mark', () => {
		const layout = layoutSkillCurve([], TEST);
		expect(layout.columns.map((c) => [c.label, c.x0, c.x1])).toEqual([
			['P1', 40, 140],
			['P2', 140, 240],
			['P3', 240, 340],
			['P4', 340, 440],
			['P5', 440, 540],
			['P6', 540, 640],
			['P7', 640, 740]
		]);
		expect(layout.lines).toEqual([]);
		expect(layout.marks).toEqual([]);
		expect(layout.roles).toEqual([]);
		expect([layout.rows, layout.cols]).toEqual([0, 0]);
		expect(layout.band).toBeNull();
	});

	it.each<[string, CurveInput, string[], [number, number][]]>([
		// name, curve, expected sub-paths, expected marks [x, y]
		['one step only: a dot, no line', ladder('one', { 4: 3 }), [], [[cx(4), y(3)]]],
		[
			'not applicable at Levels 1–3: the line starts at P4',
			ladder('pe', { 4: 2, 5: 3, 6: 4, 7: 4 }),
			[`${cx(4)},${y(2)}L${cx(5)},${y(3)}L${cx(6)},${y(4)}L${cx(7)},${y(4)}`],
			[
				[cx(4), y(2)],
				[cx(5), y(3)],
				[cx(6), y(4)],
				[cx(7), y(4)]
			]
		],
		[
			'missing steps: a gap, not an interpolation',
			ladder('gap', { 1: 1, 2: 2, 5: 5, 6: 5 }),
			[`${cx(1)},${y(1)}L${cx(2)},${y(2)}`, `${cx(5)},${y(5)}L${cx(6)},${y(5)}`],
			[
				[cx(1), y(1)],
				[cx(2), y(2)],
				[cx(5), y(5)],
				[cx(6), y(5)]
			]
		],
		[
			'every level, proficiency 0 included',
			ladder('all', { 1: 0, 2: 1, 3: 2, 4: 3, 5: 4, 6: 5, 7: 6 }),
			[[1, 2, 3, 4, 5, 6, 7].map((l) => `${cx(l)},${y(l - 1)}`).join('L')],
			[1, 2, 3, 4, 5, 6, 7].map((l) => [cx(l), y(l - 1)])
		]
	])('%s', (_name, curve, paths, points) => {
		const layout = layoutSkillCurve([curve], TEST);
		expect(subpaths(layout.lines[0]!.d)).toEqual(paths);
		expect(layout.marks.map((m) => [m.x, m.y])).toEqual(points);
		expect(layout.marks.every((m) => m.span === null)).toBe(true);
	});

	it('points off the common scale are listed, not drawn, and break the line', () => {
		const curve = ladder('x', { 2: 2 });
		curve.points.push({ step: 'extra', label: 'Extra', placement: null, proficiency: 3 });
		curve.points.push({ ...ladder('x', { 3: 3 }).points[0]! });
		const layout = layoutSkillCurve([curve], TEST);
		expect(layout.marks.map((m) => m.step)).toEqual(['level-2', 'level-3']);
		expect(layout.offScale).toEqual([{ framework: 'x', step: 'extra' }]);
		expect(layout.lines[0]!.d).toBe('');
	});

	it('keys are stable: framework and step', () => {
		const layout = layoutSkillCurve([ladder('ipe', { 3: 3 }), ladder('pe', { 2: 2 })], TEST);
		expect(layout.marks.map((m) => m.id)).toEqual(['ipe/level-3', 'pe/level-2']);
	});
});

describe('layoutSkillCurve: a step on a range is drawn as the range', () => {
	it.each<[string, [string, number, number, number][], [number, number][], (number[] | null)[]]>([
		// name, steps [id, min, max, proficiency], dots [x, y], bars [x0, x1] or null
		[
			'one range (Vaarst Level 4 at P2–P3): a bar from P2 to P3, the dot in the middle',
			[['level-4', 2, 3, 3]],
			[[mid(2, 3), y(3)]],
			[[cx(2), cx(3)]]
		],
		[
			'overlapping ranges (Platform Engineer Levels 4–6): each keeps its own bar',
			[
				['level-4', 2, 3, 2],
				['level-5', 3, 4, 3],
				['level-6', 4, 5, 4]
			],
			[
				[mid(2, 3), y(2)],
				[mid(3, 4), y(3)],
				[mid(4, 5), y(4)]
			],
			[
				[cx(2), cx(3)],
				[cx(3), cx(4)],
				[cx(4), cx(5)]
			]
		],
		[
			'a step that repeats another (Level 7 = Level 6): dots side by side on one bar',
			[
				['level-6', 4, 5, 4],
				['level-7', 4, 5, 4]
			],
			[
				[mid(4, 5) - 5, y(4)],
				[mid(4, 5) + 5, y(4)]
			],
			[
				[cx(4), cx(5)],
				[cx(4), cx(5)]
			]
		],
		[
			'a ladder mixing levels and ranges (Speedoc L5 P5, L6 P5–P6, L7 P6–P7)',
			[
				['level-5', 5, 5, 4],
				['level-6', 5, 6, 5],
				['level-7', 6, 7, 5]
			],
			[
				[cx(5), y(4)],
				[mid(5, 6), y(5)],
				[mid(6, 7), y(5)]
			],
			[null, [cx(5), cx(6)], [cx(6), cx(7)]]
		],
		['the widest range: P1–P7', [['all', 1, 7, 3]], [[cx(4), y(3)]], [[cx(1), cx(7)]]]
	])('%s', (_name, steps, dots, bars) => {
		const layout = layoutSkillCurve([placed('f', steps)], TEST);
		expect(layout.marks.map((m) => [m.x, m.y])).toEqual(dots);
		expect(layout.marks.map((m) => (m.span ? [m.span.x0, m.span.x1] : null))).toEqual(bars);
		expect(layout.marks.map((m) => m.placement)).toEqual(
			steps.map(([, min, max]) => ({ min, max }))
		);
		// Every dot sits on its own bar.
		for (const m of layout.marks) {
			if (m.span) expect(m.x).toBeGreaterThanOrEqual(m.span.x0);
			if (m.span) expect(m.x).toBeLessThanOrEqual(m.span.x1);
		}
		// The line joins the dots in step order, through the middle of each range.
		if (dots.length > 1) {
			expect(subpaths(layout.lines[0]!.d)).toEqual([dots.map(([x, py]) => `${x},${py}`).join('L')]);
		}
	});

	it('ranges that neither touch nor overlap leave a gap', () => {
		const layout = layoutSkillCurve(
			[
				placed('f', [
					['a', 1, 2, 1],
					['b', 3, 3, 2],
					['c', 5, 6, 4]
				])
			],
			TEST
		);
		expect(subpaths(layout.lines[0]!.d)).toEqual([`140,${y(1)}L${cx(3)},${y(2)}`]);
	});

	it('frameworks keep their lanes across columns, so a bar stays straight', () => {
		const layout = layoutSkillCurve(
			[ladder('a', { 2: 1, 3: 3 }), placed('b', [['level-4', 2, 3, 3]])],
			TEST
		);
		// Two frameworks: lanes of 20, centred (−10, +10); vertical offsets −1, +1.
		expect(layout.marks.map((m) => [m.id, m.x, m.y])).toEqual([
			['a/level-2', cx(2) - 10, y(1) - 1],
			['a/level-3', cx(3) - 10, y(3) - 1],
			['b/level-4', mid(2, 3) + 10, y(3) + 1]
		]);
		expect(layout.marks[2]!.span).toEqual({ x0: cx(2) + 10, x1: cx(3) + 10 });
	});
});

describe('layoutSkillCurve: keyboard grid', () => {
	it('one row per framework; columns by place (ranges at their middle), each cell once', () => {
		const layout = layoutSkillCurve(
			[
				ladder('ipe', { 2: 2, 3: 3, 4: 4 }),
				placed('pe', [
					['level-4', 2, 3, 2],
					['level-6', 4, 5, 4],
					['level-7', 4, 5, 4]
				])
			],
			TEST
		);
		// Places: P2, P2–P3, P3, P4, P4–P5 (twice) → 6 columns.
		expect([layout.rows, layout.cols]).toEqual([2, 6]);
		expect(layout.marks.map((m) => [m.id, m.row, m.col])).toEqual([
			['ipe/level-2', 0, 0],
			['ipe/level-3', 0, 2],
			['ipe/level-4', 0, 3],
			['pe/level-4', 1, 1],
			['pe/level-6', 1, 4],
			['pe/level-7', 1, 5]
		]);
		const cells = new Set(layout.marks.map((m) => `${m.row},${m.col}`));
		expect(cells.size).toBe(layout.marks.length);
	});
});

describe('layoutSkillCurve: highlighted range', () => {
	it.each([
		[{ from: 2, to: 5 }, 140, 400, 'P2–P5', ['P2', 'P3', 'P4', 'P5']],
		[{ from: 4, to: 4 }, 340, 100, 'P4', ['P4']],
		[{ from: 1, to: 7 }, 40, 700, 'P1–P7', ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']]
	])('%j → x %i, width %i', (range, x, width, label, inRange) => {
		const layout = layoutSkillCurve([ladder('a', { 1: 1 })], TEST, range);
		expect(layout.band).toEqual({ x, width, label });
		expect(layout.columns.filter((c) => c.inRange).map((c) => c.label)).toEqual(inRange);
	});

	it.each<[{ from: number; to: number } | null, string[]]>([
		// A step is inside when its place overlaps the range.
		[null, ['p2', 'r23', 'r45', 'p6']],
		[{ from: 3, to: 4 }, ['r23', 'r45']],
		[{ from: 5, to: 5 }, ['r45']],
		[{ from: 6, to: 7 }, ['p6']],
		[{ from: 1, to: 1 }, []]
	])('range %j: the steps inside are %j', (range, inside) => {
		const layout = layoutSkillCurve(
			[
				placed('f', [
					['p2', 2, 2, 1],
					['r23', 2, 3, 2],
					['r45', 4, 5, 3],
					['p6', 6, 6, 4]
				])
			],
			TEST,
			range
		);
		expect(layout.marks.filter((m) => m.inRange).map((m) => m.step)).toEqual(inside);
	});
});

const role: RoleInput = {
	framework: 'rubric',
	name: 'Senior Platform Engineer',
	color: '#e69f00',
	placement: { min: 4, max: 5 }
};

describe('layoutSkillCurve: a rating rubric’s role under the axis', () => {
	it('WIDE: a bracket from P4 to P5 and a label that says it is a role, below the level labels', () => {
		const without = layoutSkillCurve([ladder('a', { 1: 1 })], WIDE);
		const layout = layoutSkillCurve([ladder('a', { 1: 1 })], WIDE, null, [role]);
		const [marker] = layout.roles;
		const p4 = layout.columns[3]!;
		const p5 = layout.columns[4]!;
		expect([marker!.x0, marker!.x1]).toEqual([p4.cx, p5.cx]);
		expect(marker!.lines.join(' ')).toBe(
			'Senior Platform Engineer: one role at P4–P5, its ratings drawn below'
		);
		expect(marker!.y).toBeGreaterThan(layout.plot.y1 + WIDE.fontSize * 1.4);
		expect(marker!.labelX).toBeGreaterThanOrEqual(layout.plot.x0);
		expect(layout.xTitle.y).toBeGreaterThan(marker!.labelY);
		// The chart grows by the marker's rows; the rubric adds no point and no line.
		expect(layout.height).toBeGreaterThan(without.height);
		expect(layout.marks).toHaveLength(1);
		expect(layout.lines).toHaveLength(1);
	});

	it('NARROW: the label wraps inside the plot', () => {
		const layout = layoutSkillCurve([], NARROW, null, [role]);
		const [marker] = layout.roles;
		expect(marker!.lines.length).toBeGreaterThan(1);
		expect(marker!.labelX).toBeLessThanOrEqual(layout.plot.x1);
	});

	it('SPARK: a bar along the bottom, no text', () => {
		const layout = layoutSkillCurve([], SPARK, null, [role]);
		expect(layout.roles[0]!.lines).toEqual([]);
		expect(layout.roles[0]!.y).toBeLessThanOrEqual(layout.plot.y1);
		expect(layout.height).toBe(52);
	});
});

describe('layoutSkillCurve: variants', () => {
	const curves = [
		{
			...ladder('infrastructure-platform-engineering', { 1: 1, 7: 6 }),
			name: 'Infrastructure & Platform Engineering'
		},
		{
			...placed('platform-engineer', [
				['level-6', 4, 5, 4],
				['level-7', 4, 5, 4]
			]),
			name: 'Platform Engineer Track'
		},
		{ ...placed('vaarst', [['level-4', 2, 3, 3]]), name: 'DevOps Engineer' },
		{ ...ladder('speedoc-engineering', { 1: 1 }), name: 'Speedoc Engineering Career Tracks' }
	];

	it.each([
		['WIDE', WIDE],
		['NARROW', NARROW],
		['SPARK', SPARK]
	] as const)(
		'%s: every mark and bar inside the plot, higher proficiency higher up',
		(_, variant) => {
			const layout = layoutSkillCurve(curves, variant);
			for (const m of layout.marks) {
				for (const x of [m.x, m.span?.x0 ?? m.x, m.span?.x1 ?? m.x]) {
					expect(x).toBeGreaterThanOrEqual(layout.plot.x0);
					expect(x).toBeLessThanOrEqual(layout.plot.x1);
				}
				expect(m.y).toBeGreaterThanOrEqual(layout.plot.y0);
				expect(m.y).toBeLessThanOrEqual(layout.plot.y1);
			}
			const top = layout.marks.find((m) => m.proficiency === 6)!;
			const bottom = layout.marks.find((m) => m.proficiency === 1)!;
			expect(top.y).toBeLessThan(bottom.y);
			expect(layout.height).toBeGreaterThan(layout.plot.y1);
		}
	);

	it.each([
		['WIDE', WIDE],
		['NARROW', NARROW]
	] as const)('%s: two dots on one bar are further apart than a dot’s hit area', (_, variant) => {
		const layout = layoutSkillCurve(curves, variant);
		const [six, seven] = layout.marks.filter((m) => m.framework === 'platform-engineer');
		expect(seven!.x - six!.x).toBeGreaterThan(variant.radius + 6);
	});

	it('WIDE: labels beside the axis, wrapped, and a legend that wraps to the width', () => {
		const layout = layoutSkillCurve(curves, WIDE);
		expect(layout.yTicks.map((t) => t.lines)).toEqual([
			['not expected'],
			['follows / assists'],
			['applies with', 'guidance'],
			['independent'],
			['leads and teaches'],
			['sets direction for', 'the organisation'],
			['shapes the industry']
		]);
		expect(layout.yTicks.every((t) => t.x < layout.plot.x0)).toBe(true);
		expect(layout.key).toEqual([]);
		expect(layout.legend.map((l) => l.framework)).toEqual(curves.map((c) => c.framework));
		const rows = new Set(layout.legend.map((l) => l.y));
		expect(rows.size).toBe(2);
		expect(layout.legend[0]!.y).toBeLessThan(layout.plot.y0);
	});

	it('NARROW: no label inside the plot (numbers beside it, words in a key), and a legend', () => {
		const layout = layoutSkillCurve(curves, NARROW, null, [role]);
		const { plot } = layout;
		const inside = (x0: number, x1: number, y0: number, y1: number) =>
			x1 > plot.x0 && x0 < plot.x1 && y1 > plot.y0 && y0 < plot.y1;
		const fs = NARROW.fontSize;
		// The axis: a number per proficiency, right-aligned left of the plot, on its gridline.
		expect(layout.yTicks.map((t) => [t.value, t.lines])).toEqual(
			[0, 1, 2, 3, 4, 5, 6].map((v) => [v, []])
		);
		for (const t of layout.yTicks) {
			expect(t.x - textWidth(`${t.value}`, fs, true)).toBeGreaterThanOrEqual(0);
			expect(t.x).toBeLessThan(plot.x0);
			expect(Math.abs(t.textY - fs * 0.35 - t.y)).toBeLessThan(1);
		}
		// The axis title, above the plot.
		expect(
			inside(layout.yTitle.x, layout.yTitle.x + 80, layout.yTitle.y - fs, layout.yTitle.y + 3)
		).toBe(false);
		// The words of the numbers, in a key under the axis title, inside the width.
		expect(layout.key.map((k) => `${k.value} ${k.label}`)).toEqual([
			'0 not expected',
			'1 follows / assists',
			'2 applies with guidance',
			'3 independent',
			'4 leads and teaches',
			'5 sets direction for the organisation',
			'6 shapes the industry'
		]);
		for (const k of layout.key) {
			expect(k.y - fs).toBeGreaterThan(layout.xTitle.y);
			expect(k.x + textWidth(`${k.value} ${k.label}`, fs - 1, true)).toBeLessThanOrEqual(
				NARROW.width
			);
			expect(k.y).toBeLessThan(layout.height);
		}
		// A colour legend above the plot, one item per framework.
		expect(layout.legend.map((l) => l.framework)).toEqual(curves.map((c) => c.framework));
		for (const l of layout.legend) {
			expect(l.y + fs * 1.2).toBeLessThan(layout.yTitle.y - fs);
			expect(l.x + 24 + textWidth(l.name, fs)).toBeLessThanOrEqual(NARROW.width);
		}
	});

	it('SPARK: no text', () => {
		const layout = layoutSkillCurve(curves, SPARK);
		expect(layout.yTicks).toEqual([]);
		expect(layout.legend).toEqual([]);
		expect(layout.height).toBe(52);
	});
});

describe('spanText, overlaps and stepAndLevel', () => {
	it.each<[Span | null, string | null]>([
		[{ min: 4, max: 4 }, 'P4'],
		[{ min: 2, max: 3 }, 'P2–P3'],
		[null, null]
	])('spanText(%j) → %j', (span, text) => {
		expect(spanText(span)).toBe(text);
	});

	it.each<[Span | null, { from: number; to: number }, boolean]>([
		[{ min: 2, max: 3 }, { from: 3, to: 5 }, true], // shares P3
		[{ min: 2, max: 3 }, { from: 4, to: 5 }, false],
		[{ min: 4, max: 5 }, { from: 5, to: 5 }, true],
		[{ min: 1, max: 7 }, { from: 4, to: 4 }, true],
		[{ min: 6, max: 6 }, { from: 2, to: 5 }, false],
		[null, { from: 1, to: 7 }, false]
	])('overlaps(%j, %j) → %j', (span, range, expected) => {
		expect(overlaps(span, range)).toBe(expected);
	});

	it.each<[string, Span | null, string]>([
		['Level 6', { min: 6, max: 6 }, 'Level 6 · P6'],
		['Level 4 (Mid)', { min: 2, max: 3 }, 'Level 4 (Mid) · P2–P3'],
		['P6', { min: 6, max: 6 }, 'P6'],
		[
			'P7 (Staff / Distinguished Professional)',
			{ min: 7, max: 7 },
			'P7 (Staff / Distinguished Professional)'
		],
		['P1', { min: 4, max: 4 }, 'P1 · P4'],
		['Extra', null, 'Extra']
	])('%j at %j → %j', (label, placement, expected) => {
		expect(stepAndLevel(label, placement)).toBe(expected);
	});
});
