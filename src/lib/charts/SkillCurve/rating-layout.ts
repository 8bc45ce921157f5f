// A rating rubric's curve as geometry, in a panel of its own: proficiency (0–6, the same axis as
// the skill curve) by performance rating within one role. Ratings are not levels, so the x axis
// is the rubric's ordered bands (Low, Mid, High), grouped by rating (Unsatisfactory … Transformative),
// never the common scale. Pure: data + a size variant in, coordinates and path strings out.
import { polyline } from '../shared/polyline';
import { textWidth, wrapText } from '../shared/text';
import {
	legendRows,
	proficiencyAxis,
	proficiencyKey,
	round,
	type KeyItem,
	type LegendItem,
	type Variant,
	type YTick
} from './layout';
import type { RatingView } from './types';

export interface RatingInput {
	framework: string;
	name: string;
	color: string;
	/** Every band of the rubric, in order, with a point or not. */
	ratings: RatingView[];
	points: { step: string; proficiency: number }[];
}

export interface RatingVariant extends Pick<
	Variant,
	'width' | 'plotHeight' | 'margin' | 'labelWidth' | 'fontSize' | 'radius'
> {
	yLabels: 'side' | 'numbers';
	/** A colour legend on top (a phone: the panel stands apart from the curve's legend). */
	legend: boolean;
	/** Extra room between two ratings' bands. */
	groupGap: number;
	/** Band names in full ("Mid") or by their initial ("M") where a band is too narrow. */
	bandLabels: 'word' | 'initial';
}

export const RATINGS_WIDE: RatingVariant = {
	width: 760,
	plotHeight: 250,
	margin: { top: 8, right: 12, bottom: 10, left: 168 },
	yLabels: 'side',
	labelWidth: 150,
	fontSize: 13,
	radius: 5,
	groupGap: 12,
	bandLabels: 'word',
	legend: false
};

export const RATINGS_NARROW: RatingVariant = {
	width: 360,
	plotHeight: 260,
	margin: { top: 6, right: 6, bottom: 8, left: 24 },
	yLabels: 'numbers',
	labelWidth: 0,
	fontSize: 13,
	radius: 4,
	groupGap: 6,
	bandLabels: 'initial',
	legend: true
};

export interface RatingSlot {
	step: string;
	x: number;
	/** The band's name as drawn under it ("Mid" or "M"), empty when the rating has no bands. */
	label: string;
}

export interface RatingGroup {
	/** The rating: "Consistently Delivers". */
	name: string;
	x0: number;
	x1: number;
	/** Its name, wrapped; centred on `labelX`, first baseline at `labelY`. */
	lines: string[];
	labelX: number;
	labelY: number;
	/** A name that dropped below its neighbours' gets a leader from its bracket down to it. */
	leader: { x: number; y0: number; y1: number } | null;
}

export interface RatingMark {
	/** `<framework>/<step>`, as on the skill curve. */
	id: string;
	framework: string;
	name: string;
	step: string;
	rating: string;
	band: string;
	proficiency: number;
	color: string;
	x: number;
	y: number;
	row: number;
	col: number;
}

export interface RatingLayout {
	width: number;
	height: number;
	plot: { x0: number; x1: number; y0: number; y1: number };
	yTicks: YTick[];
	yTitle: { x: number; y: number; anchor: 'start' | 'end' };
	legend: LegendItem[];
	/** The words of the axis's numbers, when the axis shows numbers only. */
	key: KeyItem[];
	/** Baseline of the band names, and of the brackets that group them by rating. */
	bandY: number;
	bracketY: number;
	slots: RatingSlot[];
	groups: RatingGroup[];
	/** Between two ratings: where a light rule goes. */
	separators: number[];
	xTitle: { x: number; y: number; text: string };
	/** The line through the bands with points, broken where a band has none. */
	d: string;
	marks: RatingMark[];
	rows: number;
	cols: number;
}

/** Consecutive bands of one rating, in order. */
function groupsOf(ratings: readonly RatingView[]): RatingView[][] {
	const groups: RatingView[][] = [];
	for (const r of ratings) {
		const last = groups.at(-1);
		if (last && last[0]!.name === r.name) last.push(r);
		else groups.push([r]);
	}
	return groups;
}

export function layoutRatings(input: RatingInput, variant: RatingVariant): RatingLayout {
	const { width, margin, fontSize, radius } = variant;
	const small = fontSize - 1;
	const x0 = margin.left;
	const x1 = width - margin.right;
	const legend = variant.legend
		? legendRows([input], x0, x1 - x0, margin.top, fontSize)
		: { items: [], height: 0 };
	const y0 = margin.top + legend.height + fontSize * 1.6; // room for the axis title
	const y1 = y0 + variant.plotHeight;
	const axis = proficiencyAxis(variant, x0, y0, y1);

	const groups = groupsOf(input.ratings);
	const count = input.ratings.length;
	const slotWidth = count === 0 ? 0 : (x1 - x0 - variant.groupGap * (groups.length - 1)) / count;
	const slots: RatingSlot[] = [];
	const groupBoxes: { name: string; x0: number; x1: number }[] = [];
	const separators: number[] = [];
	let left = x0;
	groups.forEach((bands, g) => {
		if (g > 0) {
			separators.push(round(left + variant.groupGap / 2));
			left += variant.groupGap;
		}
		const start = left;
		for (const band of bands) {
			const label = variant.bandLabels === 'initial' ? band.band.slice(0, 1) : band.band;
			slots.push({ step: band.step, x: round(left + slotWidth / 2), label });
			left += slotWidth;
		}
		groupBoxes.push({ name: bands[0]!.name, x0: start, x1: left });
	});

	// Names under their bands; a name wider than its rating's bands drops to the next row rather
	// than overlap its neighbour.
	const bandY = y1 + small * 1.3;
	const hasBands = slots.some((s) => s.label !== '');
	const bracketY = hasBands ? bandY + small * 0.6 : y1 + 4;
	const lineHeight = small * 1.2;
	const rowEnds: number[] = [];
	const placed = groupBoxes.map((box) => {
		// Names are bold.
		const widest = Math.max(...box.name.split(/\s+/).map((w) => textWidth(w, small, true)));
		const lines = wrapText(box.name, Math.max(box.x1 - box.x0, widest), small, 2, true);
		const w = Math.max(...lines.map((l) => textWidth(l, small, true)));
		const centre = (box.x0 + box.x1) / 2;
		const labelX = Math.min(Math.max(centre, 2 + w / 2), width - 2 - w / 2);
		let row = rowEnds.findIndex((end) => end + 6 <= labelX - w / 2);
		if (row === -1) row = rowEnds.push(-Infinity) - 1;
		rowEnds[row] = labelX + w / 2;
		return { box, lines, labelX, row };
	});
	const rowHeights = rowEnds.map((_, r) =>
		Math.max(...placed.filter((p) => p.row === r).map((p) => p.lines.length * lineHeight))
	);
	const rowTop = (r: number) => bracketY + 4 + rowHeights.slice(0, r).reduce((a, b) => a + b, 0);
	const labelled: RatingGroup[] = placed.map(({ box, lines, labelX, row }) => ({
		name: box.name,
		x0: round(box.x0),
		x1: round(box.x1),
		lines,
		labelX: round(labelX),
		labelY: round(rowTop(row) + small),
		leader:
			row === 0
				? null
				: {
						x: round((box.x0 + box.x1) / 2),
						y0: round(bracketY),
						y1: round(rowTop(row) + 1)
					}
	}));
	const labelsEnd = rowTop(rowHeights.length);

	const points = new Map(input.points.map((p) => [p.step, p]));
	const ratingOf = new Map(input.ratings.map((r) => [r.step, r]));
	const marks: RatingMark[] = [];
	const runs: [number, number][][] = [[]];
	slots.forEach((slot, col) => {
		const p = points.get(slot.step);
		if (!p) {
			runs.push([]);
			return;
		}
		const rating = ratingOf.get(slot.step)!;
		const y = round(axis.y(p.proficiency));
		runs.at(-1)!.push([slot.x, y]);
		marks.push({
			id: `${input.framework}/${slot.step}`,
			framework: input.framework,
			name: input.name,
			step: slot.step,
			rating: rating.name,
			band: rating.band,
			proficiency: p.proficiency,
			color: input.color,
			x: slot.x,
			y,
			row: 0,
			col
		});
	});
	const d = runs
		.filter((r) => r.length > 1)
		.map((r) => polyline(r))
		.join('');

	const text =
		variant.bandLabels === 'initial' && hasBands
			? 'Rating (L, M, H: low, mid, high band)'
			: 'Performance rating within the role';
	const titleY = labelsEnd + fontSize * 1.5;
	const key =
		variant.yLabels === 'numbers'
			? proficiencyKey(4, width - 8, titleY + fontSize * 1.5, small)
			: { items: [], height: 0 };
	return {
		width,
		height: round(titleY + margin.bottom + radius + key.height),
		plot: { x0, x1, y0: round(y0), y1: round(y1) },
		yTicks: axis.ticks,
		yTitle: axis.title,
		legend: legend.items,
		key: key.items,
		bandY: round(bandY),
		bracketY: round(bracketY),
		slots,
		groups: labelled,
		separators,
		xTitle: { x: round((x0 + x1) / 2), y: round(titleY), text },
		d,
		marks,
		rows: 1,
		cols: count
	};
}
