// Layout of the result's distribution chart: one horizontal bar per step (steps read top to bottom
// like a list, and a rubric's 15 long band names fit), the bar's length its probability. Pure: d3
// computes positions, the component only draws them.
import { ticks } from 'd3-array';
import { scaleBand } from 'd3-scale';
import { tooltipBox, type TooltipBox } from '$lib/charts/shared/text';

export interface DistributionInput {
	steps: readonly { id: string; label: string }[];
	/** One probability per step (0–1); a missing or invalid value draws no bar. */
	probabilities: readonly (number | null | undefined)[];
	/** The suggested step's index, highlighted. */
	suggested: number | null;
}

export interface DistributionBar {
	id: string;
	index: number;
	label: string;
	/** The probability, or null when missing. */
	value: number | null;
	/** "83%", or "–" when missing. */
	valueLabel: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Baseline of the row's text. */
	textY: number;
	/** Where the value label starts (just right of the bar). */
	valueX: number;
	suggested: boolean;
	/** Keyboard grid position: the bars are one list (one row, a column per bar). */
	row: number;
	col: number;
}

export interface DistributionLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number };
	bars: DistributionBar[];
	ticks: { value: number; x: number; label: string }[];
	/** Where the step labels end (they are right-aligned to it). */
	labelX: number;
	/** The horizontal extent of a row (label, bar and value): the focus ring and hover area. */
	row: { x: number; width: number };
	xTitle: { x: number; y: number; text: string };
	yTitle: { x: number; y: number; text: string };
	/** Keyboard grid size. */
	rows: number;
	cols: number;
}

/** viewBox units; at 360 wide a phone shows the 13-unit text at about 12 px. */
export const FONT_SIZE = 13;
const ROW = 28;
const CHAR = 7.2;
const VALUE_SPACE = 40;
const Y_TITLE_SPACE = 20;

/** A rounded percentage that never claims certainty it does not have: "<1%", ">99%". */
export function percentLabel(p: number): string {
	if (p > 0 && p < 0.005) return '<1%';
	if (p < 1 && p >= 0.995) return '>99%';
	return `${Math.round(p * 100)}%`;
}

const valid = (p: number | null | undefined): p is number =>
	typeof p === 'number' && Number.isFinite(p) && p >= 0;

export function distributionLayout(input: DistributionInput, width = 360): DistributionLayout {
	const longest = Math.max(0, ...input.steps.map((s) => s.label.length));
	const labelX = Y_TITLE_SPACE + Math.ceil(longest * CHAR) + 6;
	const plot = {
		left: labelX + 6,
		right: width - VALUE_SPACE,
		top: 6,
		bottom: 6 + Math.max(1, input.steps.length) * ROW
	};
	// Probability to x, clamped to 0–1: written out, as d3-scale's scaleLinear would put its
	// interpolators and number formats (~10 kB gzipped) into the chunk that the ladder and the
	// framework pages share for scaleBand, over their JavaScript budget.
	const x = (p: number) => plot.left + Math.min(1, Math.max(0, p)) * (plot.right - plot.left);
	const y = scaleBand<string>()
		.domain(input.steps.map((s) => s.id))
		.range([plot.top, plot.bottom])
		.paddingInner(0.25)
		.paddingOuter(0.125);

	const bars = input.steps.map((step, index) => {
		const raw = input.probabilities[index];
		const value = valid(raw) ? Math.min(1, raw) : null;
		const top = y(step.id)!;
		const barWidth = value === null ? 0 : x(value) - plot.left;
		return {
			id: step.id,
			index,
			label: step.label,
			value,
			valueLabel: value === null ? '–' : percentLabel(value),
			x: plot.left,
			y: top,
			width: barWidth,
			height: y.bandwidth(),
			textY: top + y.bandwidth() / 2 + FONT_SIZE * 0.35,
			valueX: plot.left + barWidth + 4,
			suggested: input.suggested === index,
			row: 0,
			col: index
		};
	});

	return {
		width,
		height: plot.bottom + 40,
		plot,
		bars,
		ticks: ticks(0, 1, 3).map((t) => ({ value: t, x: x(t), label: percentLabel(t) })),
		labelX,
		row: { x: Y_TITLE_SPACE - 2, width: width - Y_TITLE_SPACE },
		xTitle: { x: (plot.left + plot.right) / 2, y: plot.bottom + 36, text: 'Probability' },
		yTitle: { x: 12, y: (plot.top + plot.bottom) / 2, text: 'Step' },
		rows: 1,
		cols: bars.length
	};
}

/**
 * The tooltip of bar `index`: the step's `name`, how likely it is and its `details`, under the
 * bar's row (above it near the bottom), inside the viewBox; null when there is no such bar.
 */
export function distributionTooltip(
	layout: DistributionLayout,
	index: number,
	name: string,
	details: readonly string[] = []
): TooltipBox | null {
	const bar = layout.bars[index];
	if (!bar) return null;
	const likely =
		bar.value === null
			? 'No value'
			: `${bar.valueLabel} likely${bar.suggested ? ' · the suggested step' : ''}`;
	return tooltipBox(
		name,
		[likely, ...details],
		{ x: layout.row.x, y: bar.y, width: layout.row.width, height: bar.height },
		layout,
		{ placement: 'below', maxWidth: layout.width - 28, fontSize: FONT_SIZE }
	);
}
