// The skill growth curve as geometry: one step line per framework over the common scale P1–P7,
// proficiency 0–6 upwards. Pure: data + a size variant in, coordinates and path strings out.
//
// Choices the data forces:
// - A level with one point of a framework is held flat across its column (a step chart); steps
//   next to each other join with a riser, a level without a point leaves a gap (no interpolation).
// - A level with several points of one framework (the rating rubric: 15 bands, all at P4) is a
//   cluster, not a line: a vertical range from its lowest to its highest proficiency with one dot
//   per band, dots of equal proficiency side by side in band order. Joining them would draw a
//   progression along P1–P7 that the source does not make.
// - Each framework has its own lane inside every column (dots side by side) and a small vertical
//   offset, so frameworks with equal values do not hide each other.
//
// The two scales are seven equal columns and seven evenly spaced whole numbers, written out
// rather than taken from d3-scale: this page ships its layout to the browser, and d3-scale's shared
// chunk (interpolators, colours, number formats) would cost a sixth of the page's JavaScript budget
// for two lines of arithmetic. d3-shape still draws the lines (gaps included).
import { line } from 'd3-shape';
import { PROFICIENCY_LABELS } from '../../model/proficiency';
import { textWidth, wrapText } from '../shared/text';

export const LEVELS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface PointInput {
	step: string;
	/** The step's name, e.g. "Level 4 (Mid)". */
	label: string;
	/** Position on the common scale; null keeps the point off the chart. */
	level: number | null;
	proficiency: number;
}

export interface CurveInput {
	framework: string;
	name: string;
	color: string;
	/** In the framework's step order. */
	points: PointInput[];
}

export interface Variant {
	width: number;
	/** Height of the plotting area; the chart adds its margins and legend rows. */
	plotHeight: number;
	margin: { top: number; right: number; bottom: number; left: number };
	/** Proficiency labels beside the axis, above their gridline inside the plot, or none. */
	yLabels: 'side' | 'inline' | 'none';
	/** The widest a line of a side label may be (side labels only). */
	labelWidth: number;
	fontSize: number;
	radius: number;
	/** Horizontal distance between the dots of a cluster. */
	spacing: number;
	/** Lane width of a framework with one point per level. */
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
	spacing: 11,
	lane: 16,
	dodge: 3.5,
	legend: true
};

/** Phone: a narrow viewBox so text stays readable; labels sit above their gridlines. */
export const NARROW: Variant = {
	width: 360,
	plotHeight: 400,
	margin: { top: 22, right: 6, bottom: 52, left: 22 },
	yLabels: 'inline',
	labelWidth: 0,
	fontSize: 13,
	radius: 4,
	spacing: 7.5,
	lane: 9,
	dodge: 3,
	legend: false
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
	/** The label's lines, wrapped as if the value stood before the first. */
	lines: string[];
	/** Where the label starts or ends, and the baseline of its first line. */
	x: number;
	textY: number;
	anchor: 'start' | 'end';
}

export interface CurveLine {
	framework: string;
	color: string;
	/** SVG path data; empty when the framework has no single-point level. */
	d: string;
}

export interface Cluster {
	framework: string;
	color: string;
	level: number;
	x: number;
	/** Top (highest proficiency) and bottom of the range. */
	y0: number;
	y1: number;
	count: number;
	/** Baseline of the cluster's label: below its bottom dot, else above its top one, else none. */
	labelY: number | null;
}

export interface Mark {
	/** `<framework>/<step>`: stable across views. */
	id: string;
	framework: string;
	name: string;
	step: string;
	label: string;
	level: number;
	proficiency: number;
	color: string;
	x: number;
	y: number;
	/** Part of a cluster (several points of the framework on one level). */
	clustered: boolean;
	/** Keyboard grid position: one row per framework, columns by level then step order. */
	row: number;
	col: number;
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
	clusters: Cluster[];
	marks: Mark[];
	legend: LegendItem[];
	/** Keyboard grid size. */
	rows: number;
	cols: number;
	/** Points that have no place on the common scale. */
	offScale: { framework: string; step: string }[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** "Level 6 · P6", or just "P6" when the step's label already is the common level. */
export function stepAndLevel(label: string, level: number | null): string {
	if (level === null || label === `P${level}` || label.startsWith(`P${level} `)) return label;
	return `${label} · P${level}`;
}

/**
 * Each cluster in words, in drawing order: "Senior Platform Engineer: 15 rating bands at P4".
 * `curves` give the frameworks' names and kinds.
 */
export function clusterNotes(
	clusters: readonly Pick<Cluster, 'framework' | 'level' | 'count'>[],
	curves: readonly { framework: string; name: string; kind?: 'ladder' | 'rating-rubric' }[]
): string[] {
	return clusters.map((c) => {
		const curve = curves.find((k) => k.framework === c.framework);
		const unit = curve?.kind === 'rating-rubric' ? 'rating bands' : 'steps';
		return `${curve?.name ?? c.framework}: ${c.count} ${unit} at P${c.level}`;
	});
}

/** Legend items in rows that fit `width`, starting at (x, y). */
function legendRows(
	curves: readonly CurveInput[],
	x0: number,
	width: number,
	y: number,
	fontSize: number
): { items: LegendItem[]; rows: number } {
	const items: LegendItem[] = [];
	const rowHeight = fontSize * 1.6;
	let x = x0;
	let row = 0;
	for (const c of curves) {
		const w = 26 + textWidth(c.name, fontSize) + 18;
		if (x > x0 && x + w > x0 + width) {
			row += 1;
			x = x0;
		}
		items.push({ framework: c.framework, name: c.name, color: c.color, x, y: y + row * rowHeight });
		x += w;
	}
	return { items, rows: curves.length === 0 ? 0 : row + 1 };
}

/** The points of one framework on one level, by level. */
function byLevel(points: readonly PointInput[]): Map<number, PointInput[]> {
	const map = new Map<number, PointInput[]>();
	for (const p of points) {
		if (p.level === null) continue;
		map.set(p.level, [...(map.get(p.level) ?? []), p]);
	}
	return map;
}

/** Most points of equal proficiency on one level: how wide a cluster gets. */
function widestCluster(levels: Map<number, PointInput[]>): number {
	let widest = 0;
	for (const points of levels.values()) {
		if (points.length < 2) continue;
		const counts = new Map<number, number>();
		for (const p of points) counts.set(p.proficiency, (counts.get(p.proficiency) ?? 0) + 1);
		widest = Math.max(widest, ...counts.values());
	}
	return widest;
}

export function layoutSkillCurve(
	curves: readonly CurveInput[],
	variant: Variant,
	range: { from: number; to: number } | null = null
): SkillCurveLayout {
	const { width, margin, fontSize } = variant;
	const legend = variant.legend
		? legendRows(curves, margin.left, width - margin.left - margin.right, margin.top, fontSize)
		: { items: [], rows: 0 };
	const legendHeight = legend.rows * fontSize * 1.6;
	// Room above the plot for the y-axis title (and, inline, the top label).
	const titleRoom = variant.yLabels === 'none' ? 0 : fontSize * 1.6;
	const x0 = margin.left;
	const x1 = width - margin.right;
	const y0 = margin.top + legendHeight + titleRoom;
	const y1 = y0 + variant.plotHeight;
	const height = y1 + margin.bottom;

	const bandwidth = (x1 - x0) / LEVELS.length;
	const columnLeft = (level: number) => x0 + (level - 1) * bandwidth;
	// Inline labels need room above the top gridline.
	const topPad = variant.yLabels === 'inline' ? fontSize * 1.4 : variant.radius + 4;
	// Proficiency is a whole number 0–6: evenly spaced, 0 at the bottom.
	const yBottom = y1 - variant.radius - 4;
	const yStep = (yBottom - (y0 + topPad)) / (PROFICIENCY_LABELS.length - 1);
	const y = (value: number) => yBottom - value * yStep;

	const columns: Column[] = LEVELS.map((level) => {
		const left = columnLeft(level);
		return {
			level,
			label: `P${level}`,
			x0: round(left),
			x1: round(left + bandwidth),
			cx: round(left + bandwidth / 2),
			inRange: range !== null && level >= range.from && level <= range.to
		};
	});

	const yTicks: YTick[] =
		variant.yLabels === 'none'
			? []
			: PROFICIENCY_LABELS.map((label, value) => {
					const ty = y(value);
					if (variant.yLabels === 'inline') {
						return {
							value,
							y: round(ty),
							lines: [label],
							x: x0 + 2,
							textY: round(ty - 5),
							anchor: 'start' as const
						};
					}
					const lines = wrapText(`${value} ${label}`, variant.labelWidth, fontSize);
					lines[0] = lines[0]!.slice(`${value} `.length);
					const lineHeight = fontSize * 1.15;
					return {
						value,
						y: round(ty),
						lines,
						x: x0 - 8,
						// Centre the block of lines on the gridline (0.35em: baseline to middle).
						textY: round(ty - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35),
						anchor: 'end' as const
					};
				});

	// Lanes: inside each column, the frameworks with points there side by side, in page order.
	const levelsOf = curves.map((c) => byLevel(c.points));
	const lanes = LEVELS.map((level) => {
		const widths = levelsOf.map((levels) => {
			const here = levels.get(level);
			if (!here) return 0;
			const widest = widestCluster(new Map([[level, here]]));
			const cluster = widest === 0 ? 0 : (widest - 1) * variant.spacing + 2 * variant.radius + 4;
			return Math.max(variant.lane, cluster);
		});
		const total = widths.reduce((a, b) => a + b, 0);
		const room = bandwidth - 2 * variant.radius;
		const squeeze = total > room ? room / total : 1;
		const centres: number[] = [];
		let offset = (-total * squeeze) / 2;
		for (const w of widths) {
			centres.push(offset + (w * squeeze) / 2);
			offset += w * squeeze;
		}
		return { centres, squeeze };
	});
	const n = curves.length;
	const dodgeOf = (i: number) => (i - (n - 1) / 2) * variant.dodge;

	// Keyboard columns: as many per level as the most points any framework has there.
	const slots = LEVELS.map((level) =>
		Math.max(1, ...levelsOf.map((levels) => levels.get(level)?.length ?? 0))
	);
	const slotStart = LEVELS.map((_, i) => slots.slice(0, i).reduce((a, b) => a + b, 0));

	const lines: CurveLine[] = [];
	const clusters: Cluster[] = [];
	const marks: Mark[] = [];
	const offScale: { framework: string; step: string }[] = [];
	const path = line<[number, number] | null>()
		.defined((d) => d !== null)
		.x((d) => d![0])
		.y((d) => d![1])
		.digits(1);

	curves.forEach((curve, row) => {
		const levels = levelsOf[row]!;
		const dy = dodgeOf(row);
		const vertices: ([number, number] | null)[] = [];
		for (const [i, level] of LEVELS.entries()) {
			const here = levels.get(level);
			const column = columns[i]!;
			const lane = lanes[i]!;
			const laneX = column.cx + lane.centres[row]!;
			const slot = slotStart[i]!;
			if (here?.length === 1) {
				const p = here[0]!;
				const py = y(p.proficiency) + dy;
				const previous = vertices.at(-1);
				// Equal neighbours: extend the flat step rather than add a riser of zero height.
				if (previous && previous[1] === py) vertices[vertices.length - 1] = [column.x1, py];
				else vertices.push([column.x0, py], [column.x1, py]);
				marks.push(
					mark(curve, p, level, laneX, py, false, row, slot + Math.floor((slots[i]! - 1) / 2))
				);
				continue;
			}
			vertices.push(null);
			if (!here) continue;
			// A cluster: equal proficiencies side by side, in step order.
			const seen = new Map<number, number>();
			const counts = new Map<number, number>();
			for (const p of here) counts.set(p.proficiency, (counts.get(p.proficiency) ?? 0) + 1);
			here.forEach((p, j) => {
				const k = seen.get(p.proficiency) ?? 0;
				seen.set(p.proficiency, k + 1);
				const spread = (k - (counts.get(p.proficiency)! - 1) / 2) * variant.spacing * lane.squeeze;
				marks.push(
					mark(curve, p, level, laneX + spread, y(p.proficiency) + dy, true, row, slot + j)
				);
			});
			const values = here.map((p) => p.proficiency);
			const top = Math.max(...values);
			const bottom = Math.min(...values);
			// Below, where inline axis labels (drawn above their gridlines) leave room.
			const labelY =
				bottom > 0
					? y(bottom) + dy + variant.radius + fontSize + 2
					: top < PROFICIENCY_LABELS.length - 1
						? y(top) + dy - variant.radius - 6
						: null;
			clusters.push({
				framework: curve.framework,
				color: curve.color,
				level,
				x: round(laneX),
				y0: round(y(top) + dy),
				y1: round(y(bottom) + dy),
				count: here.length,
				labelY: labelY === null ? null : round(labelY)
			});
		}
		for (const p of curve.points) {
			if (p.level === null) offScale.push({ framework: curve.framework, step: p.step });
		}
		lines.push({ framework: curve.framework, color: curve.color, d: path(vertices) ?? '' });
	});

	const first = range && columns[range.from - 1];
	const last = range && columns[range.to - 1];
	return {
		width,
		height: round(height),
		plot: { x0, x1, y0: round(y0), y1: round(y1) },
		columns,
		yTicks,
		xTitle: { x: round((x0 + x1) / 2), y: round(y1 + fontSize * 3) },
		yTitle:
			variant.yLabels === 'side'
				? { x: x0 - 8, y: round(y0 - fontSize * 0.6), anchor: 'end' }
				: { x: x0, y: round(y0 - fontSize * 0.6), anchor: 'start' },
		band:
			first && last
				? {
						x: first.x0,
						width: round(last.x1 - first.x0),
						label: range.from === range.to ? first.label : `${first.label}–${last.label}`
					}
				: null,
		lines,
		clusters,
		marks,
		legend: legend.items.map((l) => ({ ...l, x: round(l.x), y: round(l.y) })),
		rows: curves.length,
		cols: slots.reduce((a, b) => a + b, 0),
		offScale
	};
}

function mark(
	curve: CurveInput,
	p: PointInput,
	level: number,
	x: number,
	y: number,
	clustered: boolean,
	row: number,
	col: number
): Mark {
	return {
		id: `${curve.framework}/${p.step}`,
		framework: curve.framework,
		name: curve.name,
		step: p.step,
		label: p.label,
		level,
		proficiency: p.proficiency,
		color: curve.color,
		x: round(x),
		y: round(y),
		clustered,
		row,
		col
	};
}
