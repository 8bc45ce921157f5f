import { describe, expect, it } from 'vitest';
import {
	clusterNotes,
	layoutSkillCurve,
	NARROW,
	SPARK,
	stepAndLevel,
	WIDE,
	type CurveInput,
	type Variant
} from './layout';

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

/** A framework with one step per common level, e.g. {1: 1, 2: 2}. */
function ladder(framework: string, values: Record<number, number>, prefix = 'level'): CurveInput {
	return {
		framework,
		name: framework,
		color: '#000',
		points: Object.entries(values).map(([level, proficiency]) => ({
			step: `${prefix}-${level}`,
			label: `Level ${level}`,
			level: Number(level),
			proficiency
		}))
	};
}

/** The rating rubric's shape: several bands, all at P4. */
const rubric = (proficiencies: number[]): CurveInput => ({
	framework: 'rubric',
	name: 'Rubric',
	color: '#111',
	points: proficiencies.map((proficiency, i) => ({
		step: `band-${i + 1}`,
		label: `Band ${i + 1}`,
		level: 4,
		proficiency
	}))
});

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
		expect(layout.clusters).toEqual([]);
		expect([layout.rows, layout.cols]).toEqual([0, 7]);
		expect(layout.band).toBeNull();
	});

	it.each<[string, CurveInput, string[], [number, number][]]>([
		// name, curve, expected sub-paths, expected marks [x, y]
		[
			'one step only (Vaarst: Level 4): a flat step and one point',
			ladder('vaarst', { 4: 3 }),
			[`340,${y(3)}L440,${y(3)}`],
			[[cx(4), y(3)]]
		],
		[
			'not applicable at Levels 1–3 (Platform Engineer): the line starts at P4',
			ladder('pe', { 4: 2, 5: 3, 6: 4, 7: 4 }),
			[`340,${y(2)}L440,${y(2)}L440,${y(3)}L540,${y(3)}L540,${y(4)}L740,${y(4)}`],
			[4, 5, 6, 7].map((l) => [cx(l), y(l === 4 ? 2 : l === 5 ? 3 : 4)])
		],
		[
			'missing steps: a gap, not an interpolation',
			ladder('ipe', { 2: 2, 5: 5 }),
			[`140,${y(2)}L240,${y(2)}`, `440,${y(5)}L540,${y(5)}`],
			[
				[cx(2), y(2)],
				[cx(5), y(5)]
			]
		],
		[
			'every level, proficiency 0 included',
			ladder('all', { 1: 0, 2: 1, 3: 2, 4: 3, 5: 4, 6: 5, 7: 6 }),
			[
				`40,${y(0)}L140,${y(0)}L140,${y(1)}L240,${y(1)}L240,${y(2)}L340,${y(2)}L340,${y(3)}L440,${y(3)}L440,${y(4)}L540,${y(4)}L540,${y(5)}L640,${y(5)}L640,${y(6)}L740,${y(6)}`
			],
			[1, 2, 3, 4, 5, 6, 7].map((l) => [cx(l), y(l - 1)])
		]
	])('%s', (_name, curve, paths, points) => {
		const layout = layoutSkillCurve([curve], TEST);
		expect(subpaths(layout.lines[0]!.d)).toEqual(paths);
		expect(layout.marks.map((m) => [m.x, m.y])).toEqual(points);
		expect(layout.marks.every((m) => !m.clustered)).toBe(true);
		expect(layout.clusters).toEqual([]);
	});

	it('several steps on one level (the rubric) make a cluster, not a line', () => {
		const layout = layoutSkillCurve([rubric([1, 3, 3, 5])], TEST);
		expect(layout.lines[0]!.d).toBe('');
		expect(layout.clusters).toEqual([
			{
				framework: 'rubric',
				color: '#111',
				level: 4,
				x: cx(4),
				y0: y(5),
				y1: y(1),
				count: 4,
				labelY: y(1) + 16 // below the bottom dot (radius 4 + font 10 + 2)
			}
		]);
		// Equal proficiencies side by side, in band order; the others centred.
		expect(layout.marks.map((m) => [m.step, m.x, m.y, m.clustered])).toEqual([
			['band-1', cx(4), y(1), true],
			['band-2', cx(4) - 5, y(3), true],
			['band-3', cx(4) + 5, y(3), true],
			['band-4', cx(4), y(5), true]
		]);
	});

	it.each([
		// proficiencies, where the cluster's label goes
		[[2, 6], y(2) + 16],
		[[0, 6], null], // no room below or above
		[[0, 5], y(5) - 10] // bottom at 0: above the top dot (radius 4 + 6)
	])('a cluster of %j is labelled at %j', (values, labelY) => {
		expect(layoutSkillCurve([rubric(values)], TEST).clusters[0]!.labelY).toBe(labelY);
	});

	it('fifteen bands of one proficiency are squeezed into their column', () => {
		const layout = layoutSkillCurve([rubric(Array<number>(15).fill(2))], TEST);
		const xs = layout.marks.map((m) => m.x);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(340);
		expect(Math.max(...xs)).toBeLessThanOrEqual(440);
		expect(new Set(xs).size).toBe(15);
	});

	it('ties: equal values stay visible side by side, each on its own line', () => {
		const layout = layoutSkillCurve(
			[ladder('a', { 1: 1, 2: 2 }), ladder('b', { 1: 1, 2: 2 })],
			TEST
		);
		const [a1, , b1] = layout.marks;
		expect([a1!.x, b1!.x]).toEqual([cx(1) - 10, cx(1) + 10]);
		expect([a1!.y, b1!.y]).toEqual([y(1) - 1, y(1) + 1]);
		expect(layout.lines[0]!.d).not.toBe(layout.lines[1]!.d);
	});

	it('only the frameworks with a point in a column take a lane there', () => {
		const layout = layoutSkillCurve([ladder('a', { 1: 1, 2: 2 }), ladder('b', { 2: 3 })], TEST);
		expect(layout.marks.map((m) => [m.id, m.x])).toEqual([
			['a/level-1', cx(1)],
			['a/level-2', cx(2) - 10],
			['b/level-2', cx(2) + 10]
		]);
	});

	it('a ladder and the rubric share the P4 column in lanes', () => {
		const layout = layoutSkillCurve([ladder('ipe', { 3: 3, 4: 4 }), rubric([1, 4, 4])], TEST);
		const atP4 = layout.marks.filter((m) => m.level === 4);
		// Lanes: 20 for the ladder, 22 for the rubric (two dots 10 apart), centred on P4.
		expect(atP4.map((m) => [m.framework, m.x])).toEqual([
			['ipe', cx(4) - 11],
			['rubric', cx(4) + 10],
			['rubric', cx(4) + 5],
			['rubric', cx(4) + 15]
		]);
		expect(layout.clusters.map((c) => c.x)).toEqual([cx(4) + 10]);
	});

	it('points off the common scale are listed, not drawn', () => {
		const curve = ladder('x', { 2: 2 });
		curve.points.push({ step: 'extra', label: 'Extra', level: null, proficiency: 3 });
		const layout = layoutSkillCurve([curve], TEST);
		expect(layout.marks.map((m) => m.step)).toEqual(['level-2']);
		expect(layout.offScale).toEqual([{ framework: 'x', step: 'extra' }]);
	});

	it('keys are stable: framework and step', () => {
		const layout = layoutSkillCurve([ladder('ipe', { 3: 3 }), rubric([2])], TEST);
		expect(layout.marks.map((m) => m.id)).toEqual(['ipe/level-3', 'rubric/band-1']);
	});
});

describe('layoutSkillCurve: keyboard grid', () => {
	it('one row per framework; columns by level, a cluster taking one per band', () => {
		const layout = layoutSkillCurve(
			[ladder('ipe', { 3: 3, 4: 4, 5: 5 }), rubric([1, 2, 3]), ladder('vaarst', { 4: 3 })],
			TEST
		);
		expect([layout.rows, layout.cols]).toEqual([3, 9]);
		expect(layout.marks.map((m) => [m.id, m.row, m.col])).toEqual([
			['ipe/level-3', 0, 2],
			['ipe/level-4', 0, 4], // middle of P4's three columns
			['ipe/level-5', 0, 6],
			['rubric/band-1', 1, 3],
			['rubric/band-2', 1, 4],
			['rubric/band-3', 1, 5],
			['vaarst/level-4', 2, 4]
		]);
		const cells = new Set(layout.marks.map((m) => `${m.row},${m.col}`));
		expect(cells.size).toBe(layout.marks.length);
	});
});

describe('layoutSkillCurve: range band', () => {
	it.each([
		[{ from: 2, to: 5 }, 140, 400, 'P2–P5', ['P2', 'P3', 'P4', 'P5']],
		[{ from: 4, to: 4 }, 340, 100, 'P4', ['P4']],
		[{ from: 1, to: 7 }, 40, 700, 'P1–P7', ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']]
	])('%j → x %i, width %i', (range, x, width, label, inRange) => {
		const layout = layoutSkillCurve([ladder('a', { 1: 1 })], TEST, range);
		expect(layout.band).toEqual({ x, width, label });
		expect(layout.columns.filter((c) => c.inRange).map((c) => c.label)).toEqual(inRange);
	});
});

describe('layoutSkillCurve: variants', () => {
	const curves = [
		{
			...ladder('infrastructure-platform-engineering', { 1: 1, 7: 6 }),
			name: 'Infrastructure & Platform Engineering'
		},
		{ ...ladder('platform-engineer', { 5: 3 }), name: 'Platform Engineer Track' },
		{ ...rubric([1, 5]), name: 'Senior Platform Engineer' },
		{ ...ladder('vaarst-devops-engineer', { 4: 3 }), name: 'DevOps Engineer' }
	];

	it.each([
		['WIDE', WIDE],
		['NARROW', NARROW],
		['SPARK', SPARK]
	] as const)('%s: every mark inside the plot, higher proficiency higher up', (_name, variant) => {
		const layout = layoutSkillCurve(curves, variant);
		for (const m of layout.marks) {
			expect(m.x).toBeGreaterThanOrEqual(layout.plot.x0);
			expect(m.x).toBeLessThanOrEqual(layout.plot.x1);
			expect(m.y).toBeGreaterThanOrEqual(layout.plot.y0);
			expect(m.y).toBeLessThanOrEqual(layout.plot.y1);
		}
		const top = layout.marks.find((m) => m.proficiency === 6)!;
		const bottom = layout.marks.find((m) => m.proficiency === 1)!;
		expect(top.y).toBeLessThan(bottom.y);
		expect(layout.height).toBeGreaterThan(layout.plot.y1);
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
		expect(layout.yTicks.every((t) => t.anchor === 'end' && t.x < layout.plot.x0)).toBe(true);
		expect(layout.legend.map((l) => l.framework)).toEqual(curves.map((c) => c.framework));
		const rows = new Set(layout.legend.map((l) => l.y));
		expect(rows.size).toBe(2);
		expect(layout.legend[0]!.y).toBeLessThan(layout.plot.y0);
	});

	it('NARROW: labels above their gridlines inside the plot, no legend', () => {
		const layout = layoutSkillCurve(curves, NARROW);
		expect(layout.yTicks[5]!.lines).toEqual(['sets direction for the organisation']);
		for (const t of layout.yTicks) {
			expect(t.textY).toBeLessThan(t.y);
			expect(t.x).toBeGreaterThan(layout.plot.x0);
		}
		expect(layout.legend).toEqual([]);
	});

	it('SPARK: no text', () => {
		const layout = layoutSkillCurve(curves, SPARK);
		expect(layout.yTicks).toEqual([]);
		expect(layout.legend).toEqual([]);
		expect(layout.height).toBe(52);
	});
});

describe('clusterNotes', () => {
	const kinds = [
		{ framework: 'rubric', name: 'Rubric', kind: 'rating-rubric' as const },
		{ framework: 'ipe', name: 'IPE', kind: 'ladder' as const }
	];
	const twoAtP5 = {
		...ladder('ipe', {}),
		points: [
			{ step: 'a', label: 'A', level: 5, proficiency: 2 },
			{ step: 'b', label: 'B', level: 5, proficiency: 3 }
		]
	};
	it.each([
		['empty data', [], []],
		['one step only', [ladder('ipe', { 4: 3 })], []],
		['ladder steps on their own levels', [ladder('ipe', { 1: 1, 2: 2, 3: 3 })], []],
		['the rubric: its bands at P4', [rubric([1, 2, 2])], ['Rubric: 3 rating bands at P4']],
		[
			'ties: a ladder with two steps on one level, beside the rubric',
			[rubric([3, 3]), twoAtP5],
			['Rubric: 2 rating bands at P4', 'IPE: 2 steps at P5']
		],
		[
			'missing values: steps off the scale are no cluster',
			[{ ...rubric([1]), points: [...rubric([1, 2]).points.map((p) => ({ ...p, level: null }))] }],
			[]
		]
	] as [string, CurveInput[], string[]][])('%s', (_, curves, notes) => {
		expect(clusterNotes(layoutSkillCurve(curves, TEST).clusters, kinds)).toEqual(notes);
	});

	it('names a framework it has no name for by its id', () => {
		expect(clusterNotes([{ framework: 'x', level: 2, count: 4 }], [])).toEqual([
			'x: 4 steps at P2'
		]);
	});
});

describe('stepAndLevel', () => {
	it.each([
		['Level 6', 6, 'Level 6 · P6'],
		['P6', 6, 'P6'],
		['P7 (Staff / Distinguished Professional)', 7, 'P7 (Staff / Distinguished Professional)'],
		['Level 2 · Low (Development Needed)', 4, 'Level 2 · Low (Development Needed) · P4'],
		['P1', 4, 'P1 · P4'],
		['Extra', null, 'Extra']
	])('%j at %j → %j', (label, level, expected) => {
		expect(stepAndLevel(label, level)).toBe(expected);
	});
});
