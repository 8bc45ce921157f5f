// The skill growth curve as geometry: one line per framework over the common scale P1–P7,
// proficiency 0–6 upwards. Pure: data + a size variant in, coordinates and path strings out.
//
// Choices the data forces:
// - A step on one level is a dot at the centre of its column. A step on a range (P2–P3) is drawn
//   as that range: a bar with end caps from the centre of P2 to the centre of P3, its dot in the
//   middle. Ranges of one framework may overlap (P2–P3, then P3–P4): each keeps its own bar.
// - A framework's line joins its dots in step order, through the middle of each range. Two steps
//   whose places are neither next to each other nor overlapping leave a gap (no interpolation).
// - Dots of one framework at the same place and proficiency (a step that repeats another) sit
//   side by side; every framework has its own lane (a small horizontal offset, the same in every
//   column, so a bar stays straight) and a small vertical offset, so equal values stay visible.
// - A rating rubric is not drawn here: its ratings are not levels (see rating-layout.ts). Its
//   role may be shown under the axis as a labelled span where the role sits.
//
// The two scales are seven equal columns and seven evenly spaced whole numbers, written out
// rather than taken from d3-scale: this page ships its layout to the browser, and d3-scale's shared
// chunk (interpolators, colours, number formats) would cost a sixth of the page's JavaScript budget
// for two lines of arithmetic. d3-path writes the lines (../shared/polyline), broken at gaps here.
import { polyline } from '../shared/polyline';
import { PROFICIENCY_LABELS } from '../../model/proficiency';
import { textWidth, wrapText } from '../shared/text';
import type { Span } from './types';
import { LEVELS, overlaps, spanText, stepAndLevel } from './span';

export { LEVELS, overlaps, spanText, stepAndLevel };

export interface PointInput {
	step: string;
	/** The step's name, e.g. "Level 4 (Mid)". */
	label: string;
	/** Where the step sits on the common scale; null keeps the point off the chart. */
	placement: Span | null;
	proficiency: number;
}

export interface CurveInput {
	framework: string;
	name: string;
	color: string;
	/** In the framework's step order. */
	points: PointInput[];
}

/** A rating rubric's role, marked where it sits under the axis (its ratings are drawn apart). */
export interface RoleInput {
	framework: string;
	/** "Senior Platform Engineer". */
	name: string;
	color: string;
	placement: Span;
}

export interface Variant {
	width: number;
	/** Height of the plotting area; the chart adds its margins and legend rows. */
	plotHeight: number;
	margin: { top: number; right: number; bottom: number; left: number };
	/**
	 * Proficiency labels beside the axis; numbers only beside it, their words in a key under the
	 * chart (a phone: nothing of the axis inside the plot, where lines and dots would cross it); or
	 * none.
	 */
	yLabels: 'side' | 'numbers' | 'none';
	/** The widest a line of a side label may be (side labels only). */
	labelWidth: number;
	fontSize: number;
	radius: number;
	/**
	 * Horizontal distance between dots of one framework at the same place and proficiency: more
	 * than a dot's hit area (radius + 6), so each can be pointed at.
	 */
	spacing: number;
	/** The widest a framework's lane may be. */
	lane: number;
	/** Vertical distance between the lines of neighbouring frameworks. */
	dodge: number;
	legend: boolean;
}

/** Desktop: labels beside the axis, legend on top. */
export const WIDE: Variant = {
	width: 760,
	plotHeight: 360,
	margin: { top: 16, right: 12, bottom: 56, left: 168 },
	yLabels: 'side',
	labelWidth: 150,
	fontSize: 13,
	radius: 5,
	spacing: 14,
	lane: 12,
	dodge: 3.5,
	legend: true
};

/** Phone: a narrow viewBox so text stays readable; numbers on the axis, words in a key below. */
export const NARROW: Variant = {
	width: 360,
	plotHeight: 340,
	margin: { top: 6, right: 6, bottom: 52, left: 24 },
	yLabels: 'numbers',
	labelWidth: 0,
	fontSize: 13,
	radius: 4,
	spacing: 12,
	lane: 9,
	dodge: 3,
	legend: true
};

/** The index's small curve: no text at all. */
export const SPARK: Variant = {
	width: 140,
	plotHeight: 44,
	margin: { top: 4, right: 2, bottom: 4, left: 2 },
	yLabels: 'none',
	labelWidth: 0,
	fontSize: 0,
	radius: 1.8,
	spacing: 2.6,
	lane: 3,
	dodge: 0.8,
	legend: false
};

export interface Column {
	level: number;
	label: string;
	x0: number;
	x1: number;
	cx: number;
	/** Inside the highlighted range. */
	inRange: boolean;
}

export interface YTick {
	value: number;
	y: number;
	/** The label's lines, wrapped as if the value stood before the first; none beside numbers. */
	lines: string[];
	/** Where the label ends (left of the plot), and the baseline of its first line. */
	x: number;
	textY: number;
}

/** One proficiency of the key under a phone's chart: its number and words, where they start. */
export interface KeyItem {
	value: number;
	label: string;
	x: number;
	y: number;
}

export interface CurveLine {
	framework: string;
	color: string;
	/** SVG path data; empty when the framework has fewer than two joined points. */
	d: string;
}

export interface Mark {
	/** `<framework>/<step>`: stable across views. */
	id: string;
	framework: string;
	name: string;
	step: string;
	label: string;
	placement: Span;
	proficiency: number;
	color: string;
	x: number;
	y: number;
	/** The ends of a range's bar (at the centres of its lowest and highest levels); null for one level. */
	span: { x0: number; x1: number } | null;
	/** Overlaps the highlighted range (true when nothing is highlighted). */
	inRange: boolean;
	/** Keyboard grid position: one row per framework, columns by place then step order. */
	row: number;
	col: number;
}

export interface RoleMark {
	framework: string;
	color: string;
	placement: Span;
	/** The bracket's ends and height. */
	x0: number;
	x1: number;
	y: number;
	/** The label's lines, centred on `labelX`, the first at `labelY`; none in the sparkline. */
	lines: string[];
	labelX: number;
	labelY: number;
}

export interface LegendItem {
	framework: string;
	name: string;
	color: string;
	x: number;
	y: number;
}

export interface SkillCurveLayout {
	width: number;
	height: number;
	plot: { x0: number; x1: number; y0: number; y1: number };
	columns: Column[];
	yTicks: YTick[];
	/** Axis titles. */
	xTitle: { x: number; y: number };
	yTitle: { x: number; y: number; anchor: 'start' | 'end' };
	band: { x: number; width: number; label: string } | null;
	lines: CurveLine[];
	marks: Mark[];
	roles: RoleMark[];
	legend: LegendItem[];
	/** The words of the axis's numbers, when the axis shows numbers only. */
	key: KeyItem[];
	/** Keyboard grid size. */
	rows: number;
	cols: number;
	/** Points that have no place on the common scale. */
	offScale: { framework: string; step: string }[];
}

export const round = (n: number) => Math.round(n * 10) / 10;

/** The proficiency scale (0 at the bottom) and its labels, shared with the ratings panel. */
export function proficiencyAxis(
	variant: Pick<Variant, 'yLabels' | 'labelWidth' | 'fontSize' | 'radius'>,
	x0: number,
	y0: number,
	y1: number
): { y: (value: number) => number; ticks: YTick[]; title: SkillCurveLayout['yTitle'] } {
	const { fontSize } = variant;
	const numbers = variant.yLabels === 'numbers';
	const yBottom = y1 - variant.radius - 4;
	const yStep = (yBottom - (y0 + variant.radius + 4)) / (PROFICIENCY_LABELS.length - 1);
	const y = (value: number) => yBottom - value * yStep;
	const ticks: YTick[] =
		variant.yLabels === 'none'
			? []
			: PROFICIENCY_LABELS.map((label, value) => {
					const ty = y(value);
					const lines = numbers ? [] : wrapText(`${value} ${label}`, variant.labelWidth, fontSize);
					if (lines[0]) lines[0] = lines[0].slice(`${value} `.length);
					return {
						value,
						y: round(ty),
						lines,
						x: x0 - (numbers ? 6 : 8),
						// Centre the block of lines on the gridline (0.35em: baseline to middle).
						textY: round(
							ty - (Math.max(0, lines.length - 1) * fontSize * 1.15) / 2 + fontSize * 0.35
						)
					};
				});
	return {
		y,
		ticks,
		// Above the plot: over the side labels' right edge, or from the numbers' left.
		title: numbers
			? { x: 4, y: round(y0 - fontSize * 0.6), anchor: 'start' }
			: { x: x0 - 8, y: round(y0 - fontSize * 0.6), anchor: 'end' }
	};
}

/** Places for items `widths` wide, in rows `rowHeight` apart that fit `width` from (x0, y). */
function flow(widths: readonly number[], x0: number, width: number, y: number, rowHeight: number) {
	let x = x0;
	let row = 0;
	const at = widths.map((w) => {
		if (x > x0 && x + w > x0 + width) {
			row += 1;
			x = x0;
		}
		x += w;
		return { x: round(x - w), y: round(y + row * rowHeight) };
	});
	return { at, height: widths.length === 0 ? 0 : (row + 1) * rowHeight };
}

/** The colour legend: a line and a name per framework, in rows that fit `width`. */
export function legendRows(
	curves: readonly Pick<CurveInput, 'framework' | 'name' | 'color'>[],
	x0: number,
	width: number,
	y: number,
	fontSize: number
): { items: LegendItem[]; height: number } {
	const { at, height } = flow(
		curves.map((c) => 26 + textWidth(c.name, fontSize) + 18),
		x0,
		width,
		y,
		fontSize * 1.6
	);
	return {
		items: curves.map((c, i) => ({
			framework: c.framework,
			name: c.name,
			color: c.color,
			...at[i]!
		})),
		height
	};
}

/** The words of the proficiency numbers, in rows that fit `width`; `y` is the first baseline. */
export function proficiencyKey(
	x0: number,
	width: number,
	y: number,
	fontSize: number
): { items: KeyItem[]; height: number } {
	const { at, height } = flow(
		// In two columns where they fit, so the key reads as a table, not a ragged paragraph.
		PROFICIENCY_LABELS.map((label, value) =>
			textWidth(`${value} ${label}`, fontSize, true) + 8 <= width / 2 ? width / 2 : width
		),
		x0,
		width,
		y,
		fontSize * 1.4
	);
	return {
		items: PROFICIENCY_LABELS.map((label, value) => ({ value, label, ...at[value]! })),
		height
	};
}

/** What a role's marker says under the axis. */
export const roleText = (role: Pick<RoleInput, 'name' | 'placement'>) =>
	`${role.name}: one role at ${spanText(role.placement)}, its ratings drawn below`;

/** The points drawn, each with its place: those with a place on the scale. */
type Placed = PointInput & { placement: Span };

export function layoutSkillCurve(
	curves: readonly CurveInput[],
	variant: Variant,
	range: { from: number; to: number } | null = null,
	roleInputs: readonly RoleInput[] = []
): SkillCurveLayout {
	const { width, margin, fontSize, radius } = variant;
	const legend = variant.legend
		? legendRows(curves, margin.left, width - margin.left - margin.right, margin.top, fontSize)
		: { items: [], height: 0 };
	const legendHeight = legend.height;
	// Room above the plot for the y-axis title.
	const titleRoom = variant.yLabels === 'none' ? 0 : fontSize * 1.6;
	const x0 = margin.left;
	const x1 = width - margin.right;
	const y0 = margin.top + legendHeight + titleRoom;
	const y1 = y0 + variant.plotHeight;

	const bandwidth = (x1 - x0) / LEVELS.length;
	const cxOf = (level: number) => x0 + (level - 0.5) * bandwidth;
	const axis = proficiencyAxis(variant, x0, y0, y1);

	const columns: Column[] = LEVELS.map((level) => ({
		level,
		label: `P${level}`,
		x0: round(x0 + (level - 1) * bandwidth),
		x1: round(x0 + level * bandwidth),
		cx: round(cxOf(level)),
		inRange: range !== null && level >= range.from && level <= range.to
	}));

	// Roles under the axis: a bracket over the levels the role spans, its label below it.
	const textual = variant.yLabels !== 'none';
	const small = fontSize - 1;
	const roles: RoleMark[] = [];
	let below = y1 + fontSize * 1.4; // baseline of the level labels
	for (const role of roleInputs) {
		const { min, max } = role.placement;
		const inset = min === max ? bandwidth * 0.2 : 0;
		const rx0 = cxOf(min) - (min === max ? bandwidth / 2 - inset : 0);
		const rx1 = cxOf(max) + (min === max ? bandwidth / 2 - inset : 0);
		if (!textual) {
			roles.push({
				framework: role.framework,
				color: role.color,
				placement: role.placement,
				x0: round(rx0),
				x1: round(rx1),
				y: round(y1 - 1.5),
				lines: [],
				labelX: round((rx0 + rx1) / 2),
				labelY: round(y1)
			});
			continue;
		}
		const lines = wrapText(roleText(role), x1 - x0, small);
		const widest = Math.max(...lines.map((l) => textWidth(l, small)));
		const centre = (rx0 + rx1) / 2;
		const labelX = Math.min(Math.max(centre, x0 + widest / 2), x1 - widest / 2);
		const y = below + fontSize * 0.9;
		roles.push({
			framework: role.framework,
			color: role.color,
			placement: role.placement,
			x0: round(rx0),
			x1: round(rx1),
			y: round(y),
			lines,
			labelX: round(labelX),
			labelY: round(y + small * 1.3)
		});
		below = y + small * 1.3 + (lines.length - 1) * small * 1.2;
	}
	// Numbers on the axis: their words in a key under the axis title.
	const xTitleY = below + fontSize * 1.6;
	const key =
		variant.yLabels === 'numbers'
			? proficiencyKey(4, width - 8, xTitleY + fontSize * 1.5, small)
			: { items: [], height: 0 };
	const height = below + margin.bottom - fontSize * 1.4 + key.height;

	const n = curves.length;
	const lane = n <= 1 ? 0 : Math.max(0, Math.min(variant.lane, (bandwidth - 2 * radius - 8) / n));
	const laneOf = (row: number) => (row - (n - 1) / 2) * lane;
	const dodgeOf = (row: number) => (row - (n - 1) / 2) * variant.dodge;

	// Keyboard columns: one per place (in half levels: the middle of a range), as many at a place
	// as the most points any framework has there.
	const placedOf = curves.map((c) => c.points.filter((p): p is Placed => p.placement !== null));
	const position = (p: Placed) => p.placement.min + p.placement.max; // twice the middle
	const slots = new Map<number, number>();
	for (const placed of placedOf) {
		const counts = new Map<number, number>();
		for (const p of placed) counts.set(position(p), (counts.get(position(p)) ?? 0) + 1);
		for (const [pos, count] of counts) slots.set(pos, Math.max(slots.get(pos) ?? 0, count));
	}
	const slotStart = new Map<number, number>();
	let cols = 0;
	for (const pos of [...slots.keys()].sort((a, b) => a - b)) {
		slotStart.set(pos, cols);
		cols += slots.get(pos)!;
	}

	const lines: CurveLine[] = [];
	const marks: Mark[] = [];
	const offScale: { framework: string; step: string }[] = [];
	/** Runs of joined dots; a dot joined to nothing draws no line. */
	const pathOf = (vertices: readonly ([number, number] | null)[]) => {
		const runs: [number, number][][] = [[]];
		for (const v of vertices) {
			if (v) runs.at(-1)!.push(v);
			else runs.push([]);
		}
		return runs
			.filter((r) => r.length > 1)
			.map((r) => polyline(r))
			.join('');
	};

	curves.forEach((curve, row) => {
		const placed = placedOf[row]!;
		const dx = laneOf(row);
		const dy = dodgeOf(row);
		// Dots at the same place and proficiency side by side, in step order.
		const key = (p: Placed) => `${position(p)}:${p.proficiency}`;
		const groups = new Map<string, number>();
		for (const p of placed) groups.set(key(p), (groups.get(key(p)) ?? 0) + 1);
		const isPlaced = (p: PointInput): p is Placed => p.placement !== null;
		const seen = new Map<string, number>();
		const atPosition = new Map<number, number>();
		const vertices: ([number, number] | null)[] = [];
		let previous: Span | null = null;
		for (const p of curve.points) {
			if (!isPlaced(p)) {
				offScale.push({ framework: curve.framework, step: p.step });
				vertices.push(null);
				previous = null;
				continue;
			}
			const { min, max } = p.placement;
			const k = seen.get(key(p)) ?? 0;
			seen.set(key(p), k + 1);
			const spread = (k - (groups.get(key(p))! - 1) / 2) * variant.spacing;
			const x = cxOf((min + max) / 2) + dx + spread;
			const y = axis.y(p.proficiency) + dy;
			// Not next to the previous step's place, nor overlapping it: a gap.
			if (previous && min > previous.max + 1) vertices.push(null);
			vertices.push([x, y]);
			previous = p.placement;
			const pos = position(p);
			const j = atPosition.get(pos) ?? 0;
			atPosition.set(pos, j + 1);
			marks.push({
				id: `${curve.framework}/${p.step}`,
				framework: curve.framework,
				name: curve.name,
				step: p.step,
				label: p.label,
				placement: { min, max },
				proficiency: p.proficiency,
				color: curve.color,
				x: round(x),
				y: round(y),
				span: min === max ? null : { x0: round(cxOf(min) + dx), x1: round(cxOf(max) + dx) },
				inRange: range === null || overlaps(p.placement, range),
				row,
				col: slotStart.get(pos)! + j
			});
		}
		lines.push({ framework: curve.framework, color: curve.color, d: pathOf(vertices) });
	});

	const first = range && columns[range.from - 1];
	const last = range && columns[range.to - 1];
	return {
		width,
		height: round(height),
		plot: { x0, x1, y0: round(y0), y1: round(y1) },
		columns,
		yTicks: axis.ticks,
		xTitle: { x: round((x0 + x1) / 2), y: round(xTitleY) },
		yTitle: axis.title,
		band:
			first && last
				? {
						x: first.x0,
						width: round(last.x1 - first.x0),
						label: range.from === range.to ? first.label : `${first.label}–${last.label}`
					}
				: null,
		lines,
		marks,
		roles,
		legend: legend.items,
		key: key.items,
		rows: curves.length,
		cols,
		offScale
	};
}
