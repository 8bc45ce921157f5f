import { describe, expect, it } from 'vitest';
import {
	distributionLayout,
	distributionTooltip,
	percentLabel,
	type DistributionInput
} from './layout';

const steps = (labels: string[]) => labels.map((label, i) => ({ id: `s${i}`, label }));
const r = (n: number) => Math.round(n);

describe('distributionLayout', () => {
	it.each([
		['empty data', { steps: [], probabilities: [], suggested: null }, 0],
		[
			'one step only (Vaarst: Level 4)',
			{ steps: steps(['Level 4']), probabilities: [1], suggested: 0 },
			1
		],
		[
			'P1–P7',
			{
				steps: steps(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']),
				probabilities: [0, 0, 0.1, 0.8, 0.1, 0, 0],
				suggested: 3
			},
			7
		],
		[
			'the rubric’s 15 bands',
			{
				steps: steps(
					Array.from(
						{ length: 15 },
						(_, i) => `Level ${1 + Math.floor(i / 3)} · ${['Low', 'Mid', 'High'][i % 3]}`
					)
				),
				probabilities: new Array(15).fill(1 / 15),
				suggested: null
			},
			15
		]
	] as [string, DistributionInput, number][])(
		'%s: one bar per step, inside the viewBox',
		(_, input, count) => {
			const layout = distributionLayout(input);
			expect(layout.bars).toHaveLength(count);
			expect(layout.width).toBe(360);
			for (const bar of layout.bars) {
				expect(bar.x).toBe(layout.plot.left);
				expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right + 1e-9);
				expect(bar.y).toBeGreaterThanOrEqual(layout.plot.top);
				expect(bar.y + bar.height).toBeLessThanOrEqual(layout.plot.bottom + 1e-9);
				expect(bar.valueX).toBeLessThan(layout.width);
			}
			expect(layout.height).toBeGreaterThan(layout.plot.bottom);
			// Bars read top to bottom in step order, never overlapping.
			for (let i = 1; i < layout.bars.length; i++) {
				expect(layout.bars[i]!.y).toBeGreaterThanOrEqual(
					layout.bars[i - 1]!.y + layout.bars[i - 1]!.height
				);
			}
		}
	);

	it('bar length is proportional to the probability; labels are rounded percentages', () => {
		const layout = distributionLayout({
			steps: steps(['P1', 'P2', 'P3']),
			probabilities: [0.25, 0.5, 0.25],
			suggested: 1
		});
		const full = layout.plot.right - layout.plot.left;
		expect(layout.bars.map((b) => r((100 * b.width) / full))).toEqual([25, 50, 25]);
		expect(layout.bars.map((b) => b.valueLabel)).toEqual(['25%', '50%', '25%']);
		expect(layout.bars.map((b) => b.suggested)).toEqual([false, true, false]);
	});

	it('ties draw equal bars, and only the suggested one is highlighted', () => {
		const layout = distributionLayout({
			steps: steps(['Level 6', 'Level 7']),
			probabilities: [0.5, 0.5],
			suggested: 0
		});
		expect(layout.bars[0]!.width).toBe(layout.bars[1]!.width);
		expect(layout.bars.filter((b) => b.suggested).map((b) => b.id)).toEqual(['s0']);
	});

	it('missing or invalid values draw no bar and say so; values over 1 are clamped', () => {
		const layout = distributionLayout({
			steps: steps(['A', 'B', 'C', 'D', 'E']),
			probabilities: [null, Number.NaN, -0.2, 1.4],
			suggested: null
		});
		expect(layout.bars.map((b) => b.value)).toEqual([null, null, null, 1, null]);
		expect(layout.bars.map((b) => b.valueLabel)).toEqual(['–', '–', '–', '100%', '–']);
		expect(layout.bars.map((b) => r(b.width))).toEqual([
			0,
			0,
			0,
			r(layout.plot.right - layout.plot.left),
			0
		]);
	});

	it('long labels push the plot right, so they never run into the bars', () => {
		const short = distributionLayout({ steps: steps(['P1']), probabilities: [1], suggested: 0 });
		const long = distributionLayout({
			steps: steps(['Level 3 · High']),
			probabilities: [1],
			suggested: 0
		});
		expect(long.plot.left).toBeGreaterThan(short.plot.left);
		expect(long.labelX).toBeLessThan(long.plot.left);
		expect(r(long.labelX)).toBe(127);
	});

	it('axis: ticks at 0%, 50% and 100%, titled', () => {
		const layout = distributionLayout({
			steps: steps(['P1', 'P2']),
			probabilities: [0.3, 0.7],
			suggested: 1
		});
		expect(layout.ticks.map((t) => t.label)).toEqual(['0%', '50%', '100%']);
		expect(r(layout.ticks[0]!.x)).toBe(r(layout.plot.left));
		expect(r(layout.ticks[2]!.x)).toBe(r(layout.plot.right));
		expect(layout.xTitle.text).toBe('Probability');
		expect(layout.yTitle.text).toBe('Step');
	});
});

describe('distributionTooltip', () => {
	const seven = distributionLayout({
		steps: steps(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']),
		probabilities: [0, 0, 0.1, 0.8, 0.1, null as unknown as number, 0],
		suggested: 3
	});

	it.each([
		// bar, name, details, expected lines, where
		[0, 'P1', [], ['P1', '0% likely'], 'below'],
		[
			3,
			'P4 (Senior)',
			['Answered 3 of 4 statements'],
			['P4 (Senior)', '80% likely · the suggested step', 'Answered 3 of 4 statements'],
			'below'
		],
		[5, 'P6', [], ['P6', 'No value'], 'below'],
		[6, 'P7', ['one', 'two', 'three'], ['P7', '0% likely', 'one', 'two', 'three'], 'above']
	])('bar %i (%s %j): its lines, then %j, %s its row', (index, name, details, lines, where) => {
		const box = distributionTooltip(seven, index, name, details)!;
		const bar = seven.bars[index]!;
		expect(box.lines.map((l) => l.text)).toEqual(lines);
		expect(box.lines[0]!.strong).toBe(true);
		if (where === 'below') expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height);
		else expect(box.y + box.height).toBeLessThanOrEqual(bar.y);
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(seven.width);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(seven.height);
	});

	it('wraps a long detail inside the chart, and has none for a missing bar', () => {
		const detail = 'Answered yes to every statement of this step, and to most of the one above it';
		const box = distributionTooltip(seven, 1, 'P2', [detail])!;
		expect(box.lines.length).toBeGreaterThan(3);
		expect(box.x + box.width).toBeLessThanOrEqual(seven.width);
		expect(distributionTooltip(seven, 7, 'P8')).toBeNull();
		const empty = distributionLayout({ steps: [], probabilities: [], suggested: null });
		expect(distributionTooltip(empty, 0, 'P1')).toBeNull();
	});

	it('bars are one keyboard row, a column each in step order', () => {
		expect([seven.rows, seven.cols]).toEqual([1, 7]);
		expect(seven.bars.map((b) => [b.row, b.col])).toEqual([0, 1, 2, 3, 4, 5, 6].map((c) => [0, c]));
	});
});

describe('percentLabel', () => {
	it.each([
		[0, '0%'],
		[0.004, '<1%'],
		[0.005, '1%'],
		[0.834, '83%'],
		[0.994, '99%'],
		[0.9995, '>99%'],
		[1, '100%']
	])('%f → %s', (p, label) => {
		expect(percentLabel(p)).toBe(label);
	});
});
