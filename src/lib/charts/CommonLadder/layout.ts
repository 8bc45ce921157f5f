// The cross-framework ladder: every framework's steps on the common P1–P7 scale, one lane per
// framework (one per group of its tracks that share the same coverage), as plain coordinates.
import { scaleBand } from 'd3-scale';
import type { Coverage, Dimension, Framework } from '../../model/schema';
import { COVERAGE_LABELS } from '../../frameworks/labels';
import { textWidth, truncate, wrapText } from '../shared/text';

export const LEVELS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface LadderStep {
	id: string;
	label: string;
	title?: string;
	/** Position on the common scale, or null when the step has none. */
	level: number | null;
	/** Why it sits there (curated). */
	basis: string;
	/** Short text that says the most about the step: ownership, scope, years or title. */
	key?: string;
	/** Longer text for the tooltip: the summary, else the key dimension in full. */
	detail?: string;
}

export interface LadderTrack {
	id: string;
	name: string;
	/** Coverage per step id; the source's words for it when it gives some ("N/A"). */
	coverage: Record<string, { status: Coverage; sourceText?: string }>;
}

export interface LadderFramework {
	id: string;
	name: string;
	kind: Framework['kind'];
	color: string;
	steps: LadderStep[];
	tracks: LadderTrack[];
}

/** "0–1", "2+", "15–22": years of experience as the ladder shows them. */
export function formatYears(years: NonNullable<Dimension['years']>): string {
	if (years.max === undefined) return `${years.min}+`;
	return years.max === years.min ? `${years.min}` : `${years.min}–${years.max}`;
}

const KEY_KINDS = ['ownership', 'scope'] as const;

/** The slice of a framework the ladder needs (pure: the page's server load and tests share it). */
export function ladderFramework(fw: Framework, color: string): LadderFramework {
	return {
		id: fw.id,
		name: fw.name,
		kind: fw.kind,
		color,
		steps: fw.steps.map((s) => {
			const keyDimension = KEY_KINDS.map((k) => s.dimensions.find((d) => d.kind === k)).find(
				Boolean
			);
			// Years first: where a source gives them for every step (002), they read as a ladder.
			const years = s.dimensions.find((d) => d.years)?.years;
			const key =
				(years ? `${formatYears(years)} years` : undefined) ?? keyDimension?.text ?? s.title;
			const detail =
				s.summary ??
				(keyDimension ? `${keyDimension.label}: ${keyDimension.text}` : undefined) ??
				s.dimensions.find((d) => d.kind === 'experience')?.text;
			return {
				id: s.id,
				label: s.label,
				...(s.title === undefined ? {} : { title: s.title }),
				level: s.common.level,
				basis: s.common.basis,
				...(key === undefined ? {} : { key }),
				...(detail === undefined ? {} : { detail })
			};
		}),
		tracks: fw.tracks.map((t) => ({
			id: t.id,
			name: t.name,
			coverage: Object.fromEntries(
				t.steps.map((ts) => [
					ts.step,
					{
						status: ts.status,
						...(ts.sourceText === undefined ? {} : { sourceText: ts.sourceText })
					}
				])
			)
		}))
	};
}

export interface Lane {
	id: string;
	framework: string;
	tracks: LadderTrack[];
}

/**
 * A framework's tracks grouped by coverage: tracks that cover the same steps the same way share
 * a lane (Speedoc's six undocumented tracks are one lane), tracks that differ get their own.
 */
export function lanesOf(fw: LadderFramework): Lane[] {
	const bySignature = new Map<string, LadderTrack[]>();
	for (const track of fw.tracks) {
		const signature = fw.steps.map((s) => track.coverage[s.id]?.status ?? 'none').join(',');
		bySignature.set(signature, [...(bySignature.get(signature) ?? []), track]);
	}
	return [...bySignature.values()].map((tracks) => ({
		id: `${fw.id}--${tracks[0]!.id}`,
		framework: fw.id,
		tracks
	}));
}

export type Orientation = 'vertical' | 'horizontal';

export interface TextLine {
	key: string;
	text: string;
	x: number;
	y: number;
	/** Bold and a size larger (a mark's name, as against its detail). */
	strong?: boolean;
	/** A font size of its own, where the usual one would not fit. */
	size?: number;
}

export interface LadderMark {
	/** Stable: framework, lane and common level. */
	id: string;
	framework: string;
	lane: string;
	level: number;
	/** Grid position for arrow keys, in reading order of the drawing. */
	row: number;
	col: number;
	x: number;
	y: number;
	width: number;
	height: number;
	status: Coverage;
	color: string;
	/** The step ids this mark stands for (15 for the rubric's block). */
	steps: string[];
	href: string;
	lines: TextLine[];
	/** Accessible name: framework, lane, step(s), status, level. */
	label: string;
	/** Tooltip heading and paragraphs. */
	heading: string;
	paragraphs: string[];
}

export interface LadderLayout {
	orientation: Orientation;
	width: number;
	height: number;
	fontSize: number;
	/** Framework names: a size up where there is room. */
	nameFontSize: number;
	/** Level bands (stripes) with their "P4" label position. */
	levels: {
		level: number;
		x: number;
		y: number;
		width: number;
		height: number;
		labelX: number;
		/** Baselines of the "P4" label: one per axis (a phone's long chart repeats it below). */
		labelYs: number[];
	}[];
	axisTitle: { text: string; x: number; y: number; rotate: number };
	frameworks: {
		id: string;
		color: string;
		/** The framework's colour: a bar over its lanes (vertical) or a square by its name. */
		swatch: { x: number; y: number; width: number; height: number };
		lines: TextLine[];
	}[];
	lanes: { id: string; lines: TextLine[] }[];
	marks: LadderMark[];
	rows: number;
	cols: number;
	/** Steps with no place on the common scale, by framework (named under the chart). */
	unplaced: { framework: string; name: string; steps: string[] }[];
}

function stepName(s: Pick<LadderStep, 'label' | 'title'>): string {
	return s.title ? `${s.label} (${s.title})` : s.label;
}

/** "Level 4" → "L4" where space is short; other labels stay as they are. */
export function shortLabel(label: string): string {
	return label.replace(/^Level\s+/, 'L');
}

function joinNames(names: readonly string[]): string {
	return names.length <= 2
		? names.join(' and ')
		: `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

interface Cell {
	fw: LadderFramework;
	lane: Lane;
	laneIndex: number;
	level: number;
	steps: LadderStep[];
	status: Coverage;
	sourceText?: string;
}

/** What a lane shows at one level: its steps there and their (shared) coverage. */
function cellsOf(frameworks: readonly LadderFramework[]): {
	lanes: { fw: LadderFramework; lane: Lane }[];
	cells: Cell[];
} {
	const lanes = frameworks.flatMap((fw) => lanesOf(fw).map((lane) => ({ fw, lane })));
	const cells: Cell[] = [];
	lanes.forEach(({ fw, lane }, laneIndex) => {
		for (const level of LEVELS) {
			const steps = fw.steps.filter((s) => s.level === level);
			if (steps.length === 0) continue;
			const track = lane.tracks[0]!;
			const statuses = steps.map((s) => track.coverage[s.id]?.status ?? 'not-documented');
			// A block of several steps is "defined" if any of them is.
			const status: Coverage = statuses.includes('defined')
				? 'defined'
				: statuses.every((s) => s === 'not-applicable')
					? 'not-applicable'
					: 'not-documented';
			const sourceText = track.coverage[steps[0]!.id]?.sourceText;
			cells.push({
				fw,
				lane,
				laneIndex,
				level,
				steps,
				status,
				...(sourceText === undefined ? {} : { sourceText })
			});
		}
	});
	return { lanes, cells };
}

function describe(cell: Cell): Pick<LadderMark, 'label' | 'heading' | 'paragraphs' | 'href'> {
	const { fw, lane, steps, status, level } = cell;
	const trackNames = lane.tracks.map((t) => t.name);
	const first = steps[0]!;
	const href = `/frameworks/${fw.id}/${lane.tracks[0]!.id}/${first.id}`;
	const many = steps.length > 1;
	const unit = fw.kind === 'rating-rubric' ? 'rating bands' : 'steps';
	const what = many
		? `${steps.length} ${unit}, ${first.label} to ${steps.at(-1)!.label}`
		: stepName(first);
	const coverage =
		status === 'not-applicable'
			? `Not applicable for ${joinNames(trackNames)}${cell.sourceText ? `: the source says “${cell.sourceText}”` : ''}.`
			: status === 'not-documented'
				? `${fw.tracks.length > 1 ? `Not documented for ${joinNames(trackNames)}` : 'Not documented'}: the source names ${many ? 'them' : 'this step'} but describes no ${trackNames.length > 1 ? 'track' : 'statement'} there.`
				: `${many ? 'Defined' : 'Defined'} for ${joinNames(trackNames)}.`;
	const detail = many ? undefined : first.detail;
	const heading = many
		? `${fw.name} · ${trackNames.join(', ')} · ${steps.length} ${unit}`
		: `${fw.name} · ${stepName(first)}`;
	return {
		href,
		heading,
		paragraphs: [
			coverage,
			...(detail ? [detail] : []),
			`Why P${level}: ${first.basis}`,
			...(many ? [`From ${first.label} to ${steps.at(-1)!.label}; opens ${first.label}.`] : [])
		],
		label: `${fw.name}${fw.tracks.length > 1 ? `, ${trackNames.join(', ')}` : ''}: ${what}, ${COVERAGE_LABELS[status]}, at P${level}`
	};
}

/**
 * What the ladder shows, in words, from the frameworks it is given: the level where most of them
 * line up, frameworks whose steps all sit on one level, steps no track applies to, and frameworks
 * that document none of their tracks.
 */
export function ladderDescription(frameworks: readonly LadderFramework[]): string {
	const sentences = ["Each framework's steps placed on the common levels P1 (bottom) to P7 (top)."];

	// Where frameworks line up: the level with the most frameworks that have one step there.
	const single = LEVELS.map((level) => ({
		level,
		steps: frameworks.flatMap((fw) => {
			const here = fw.steps.filter((s) => s.level === level);
			return here.length === 1 ? [`${fw.name} ${stepName(here[0]!)}`] : [];
		})
	}));
	const aligned = single.reduce((best, l) => (l.steps.length > best.steps.length ? l : best));
	if (aligned.steps.length > 1) {
		sentences.push(`${joinNames(aligned.steps)} sit on the same level, P${aligned.level}.`);
	}

	for (const fw of frameworks) {
		const placed = fw.steps.filter((s) => s.level !== null);
		const levels = new Set(placed.map((s) => s.level));
		if (placed.length > 1 && levels.size === 1) {
			const level = `P${placed[0]!.level}`;
			sentences.push(
				fw.kind === 'rating-rubric'
					? `The ${fw.name} rating rubric rates one role, so all ${placed.length} of its rating bands sit at ${level}.`
					: `All ${placed.length} steps of ${fw.name} sit at ${level}.`
			);
		}
	}

	for (const fw of frameworks) {
		const covered = (s: LadderStep, status: Coverage) =>
			fw.tracks.length > 0 && fw.tracks.every((t) => t.coverage[s.id]?.status === status);
		const notApplicable = fw.steps.filter((s) => covered(s, 'not-applicable'));
		if (notApplicable.length > 0) {
			const labels = joinNames(notApplicable.map((s) => s.label));
			sentences.push(
				`${fw.name}: ${labels} ${notApplicable.length === 1 ? 'is' : 'are'} not applicable.`
			);
		}
		const defined = fw.steps.some((s) =>
			fw.tracks.some((t) => t.coverage[s.id]?.status === 'defined')
		);
		if (fw.steps.length > 0 && fw.tracks.length > 0 && !defined) {
			sentences.push(`${fw.name}: no track is documented at any level.`);
		}
	}
	return sentences.join(' ');
}

export interface LadderOptions {
	orientation: Orientation;
	width: number;
}

/** The whole ladder: vertical (wide screens: P7 on top, a column per lane) or horizontal (phones). */
export function ladderLayout(
	frameworks: readonly LadderFramework[],
	{ orientation, width }: LadderOptions
): LadderLayout {
	return orientation === 'vertical'
		? verticalLayout(frameworks, width)
		: horizontalLayout(frameworks, width);
}

const unplacedOf = (frameworks: readonly LadderFramework[]) =>
	frameworks
		.map((fw) => ({
			framework: fw.id,
			name: fw.name,
			steps: fw.steps.filter((s) => s.level === null).map((s) => s.label)
		}))
		.filter((u) => u.steps.length > 0);

function boxLines(
	cell: Cell,
	box: { x: number; y: number; width: number; height: number },
	font: number,
	compact: boolean
): TextLine[] {
	const { steps, fw, lane, status } = cell;
	const first = steps[0]!;
	const inner = box.width - 10;
	const many = steps.length > 1;
	const unit = fw.kind === 'rating-rubric' ? 'rating bands' : 'steps';
	const strong = (text: string) => ({ text, strong: true });
	const plain = (text: string) => ({ text, strong: false });
	let texts: { text: string; strong: boolean; size?: number }[];
	if (compact) {
		const head = many ? `${steps.length}` : shortLabel(first.label);
		const second = many
			? fw.kind === 'rating-rubric'
				? 'bands'
				: 'steps'
			: status === 'not-applicable'
				? (cell.sourceText ?? 'N/A')
				: (first.title ?? first.key);
		texts = [strong(truncate(head, inner, font, true))];
		// On a phone a second word is shown only when it fits whole: a cut word says nothing.
		if (second && textWidth(second, font - 1) <= inner) texts.push(plain(second));
	} else if (many) {
		// A block (the rubric's 15 bands): its track's name on up to two lines, then its count;
		// a name that would be cut is left to the lane's header above.
		const names = wrapText(lane.tracks.map((t) => t.name).join(', '), inner, font - 1, 2);
		const what = `${steps.length} ${unit}`;
		// Under a name the count keeps to one line, a size smaller if it must.
		const countSize = textWidth(what, font, true) > inner ? font - 1 : font;
		const named = !names.some((l) => l.endsWith('…')) && textWidth(what, countSize, true) <= inner;
		const count = wrapText(what, inner, named ? countSize : font, 2, true).map((text) => ({
			text,
			strong: true,
			...(named ? { size: countSize } : {})
		}));
		texts = named ? [...names.map(plain), ...count] : count;
	} else {
		const full = stepName(first);
		const head = textWidth(full, font, true) <= inner ? full : first.label;
		const rest =
			status === 'not-applicable'
				? (cell.sourceText ?? 'not applicable')
				: head === full && first.key === first.title
					? undefined
					: (first.key ?? (status === 'not-documented' ? 'not documented' : undefined));
		texts = [strong(head), ...(rest ? wrapText(rest, inner, font - 1, 2).map(plain) : [])];
	}
	const lineHeight = font + 3;
	const top = box.y + box.height / 2 - ((texts.length - 1) * lineHeight) / 2 + font * 0.35;
	return texts.map((line, i) => ({
		key: `${i}`,
		text: line.text,
		x: box.x + box.width / 2,
		y: top + i * lineHeight,
		strong: line.strong,
		...(line.size === undefined ? {} : { size: line.size })
	}));
}

function verticalLayout(frameworks: readonly LadderFramework[], width: number): LadderLayout {
	const font = 13;
	const axis = 62;
	const { lanes, cells } = cellsOf(frameworks);
	const x = scaleBand<string>()
		.domain(lanes.map((l) => l.lane.id))
		.range([axis, width])
		.paddingInner(0.06);
	const laneWidth = x.bandwidth();
	// Framework names a size up, when the lanes are wide enough for it.
	const nameFont = laneWidth >= 110 ? font + 1 : laneWidth >= 90 ? font : font - 1;

	// Header: framework names over their lanes, then the lane's tracks when a framework has several.
	const nameLines = new Map(
		frameworks.map((fw) => {
			const span = lanes.filter((l) => l.fw.id === fw.id).length;
			const w = span * x.step() - (x.step() - laneWidth);
			return [fw.id, wrapText(fw.name, w, nameFont, 3, true)];
		})
	);
	const laneLines = new Map(
		lanes.map(({ fw, lane }) => [
			lane.id,
			fw.tracks.length > 1
				? wrapText(lane.tracks.map((t) => t.name).join(', '), laneWidth - 4, font - 1, 3)
				: []
		])
	);
	const nameHeight = Math.max(1, ...[...nameLines.values()].map((l) => l.length)) * (nameFont + 3);
	const laneHeight = Math.max(0, ...[...laneLines.values()].map((l) => l.length)) * (font + 2);
	const top = 10 + nameHeight + laneHeight + 12;
	const levelHeight = 66;
	const height = top + levelHeight * LEVELS.length + 8;
	const y = scaleBand<number>()
		.domain([...LEVELS].reverse())
		.range([top, top + levelHeight * LEVELS.length]);

	const frameworkRows = frameworks
		.filter((fw) => lanes.some((l) => l.fw.id === fw.id))
		.map((fw) => {
			const own = lanes.filter((l) => l.fw.id === fw.id);
			const x1 = x(own[0]!.lane.id)!;
			const x2 = x(own.at(-1)!.lane.id)! + laneWidth;
			return {
				id: fw.id,
				color: fw.color,
				swatch: { x: x1, y: 2, width: x2 - x1, height: 5 },
				lines: nameLines.get(fw.id)!.map((text, i) => ({
					key: `${i}`,
					text,
					x: x1,
					y: 10 + nameFont + i * (nameFont + 3)
				}))
			};
		});

	const marks = cells.map((cell): LadderMark => {
		const box = {
			x: x(cell.lane.id)!,
			y: y(cell.level)! + 4,
			width: laneWidth,
			height: levelHeight - 8
		};
		return {
			id: `${cell.lane.id}--p${cell.level}`,
			framework: cell.fw.id,
			lane: cell.lane.id,
			level: cell.level,
			row: LEVELS.length - cell.level,
			col: cell.laneIndex,
			...box,
			status: cell.status,
			color: cell.fw.color,
			steps: cell.steps.map((s) => s.id),
			lines: boxLines(cell, box, font, false),
			...describe(cell)
		};
	});

	return {
		orientation: 'vertical',
		width,
		height,
		fontSize: font,
		nameFontSize: nameFont,
		levels: LEVELS.map((level) => ({
			level,
			x: axis - 30,
			y: y(level)!,
			width: width - axis + 30,
			height: levelHeight,
			labelX: axis - 10,
			labelYs: [y(level)! + levelHeight / 2 + font * 0.35]
		})),
		axisTitle: {
			text: 'Common scale',
			x: 12,
			y: top + (levelHeight * LEVELS.length) / 2,
			rotate: -90
		},
		frameworks: frameworkRows,
		lanes: lanes.map(({ lane }) => ({
			id: lane.id,
			lines: laneLines.get(lane.id)!.map((text, i) => ({
				key: `${i}`,
				text,
				x: x(lane.id)!,
				y: 10 + nameHeight + font + i * (font + 2)
			}))
		})),
		marks,
		rows: LEVELS.length,
		cols: lanes.length,
		unplaced: unplacedOf(frameworks)
	};
}

function horizontalLayout(frameworks: readonly LadderFramework[], width: number): LadderLayout {
	const font = 12;
	const { lanes, cells } = cellsOf(frameworks);
	const x = scaleBand<number>().domain(LEVELS).range([0, width]).paddingInner(0.08);
	const axisHeight = 22;
	const boxHeight = 40;

	// Rows top to bottom: a framework's name, then per lane its tracks (when several) and its boxes.
	let cursor = axisHeight + 6;
	const frameworkRows: LadderLayout['frameworks'] = [];
	const laneRows: LadderLayout['lanes'] = [];
	const laneTop = new Map<string, number>();
	for (const fw of frameworks) {
		const own = lanes.filter((l) => l.fw.id === fw.id);
		if (own.length === 0) continue;
		const start = cursor;
		const name = wrapText(fw.name, width - 18, font + 1, 2, true);
		const lines = name.map((text, i) => ({
			key: `${i}`,
			text,
			x: 16,
			y: cursor + font + 2 + i * (font + 4)
		}));
		cursor += name.length * (font + 4) + 6;
		for (const { lane } of own) {
			const trackLines =
				fw.tracks.length > 1
					? wrapText(lane.tracks.map((t) => t.name).join(', '), width - 12, font, 2)
					: [];
			laneRows.push({
				id: lane.id,
				lines: trackLines.map((text, i) => ({
					key: `${i}`,
					text,
					x: 10,
					y: cursor + font + i * (font + 2)
				}))
			});
			cursor += trackLines.length * (font + 2) + (trackLines.length ? 4 : 0);
			laneTop.set(lane.id, cursor);
			cursor += boxHeight + 8;
		}
		frameworkRows.push({
			id: fw.id,
			color: fw.color,
			swatch: { x: 0, y: start + 4, width: 11, height: 11 },
			lines
		});
		cursor += 10;
	}
	const height = cursor + axisHeight - 10;

	const marks = cells.map((cell): LadderMark => {
		const box = {
			x: x(cell.level)!,
			y: laneTop.get(cell.lane.id)!,
			width: x.bandwidth(),
			height: boxHeight
		};
		return {
			id: `${cell.lane.id}--p${cell.level}`,
			framework: cell.fw.id,
			lane: cell.lane.id,
			level: cell.level,
			row: cell.laneIndex,
			col: cell.level - 1,
			...box,
			status: cell.status,
			color: cell.fw.color,
			steps: cell.steps.map((s) => s.id),
			lines: boxLines(cell, box, font, true),
			...describe(cell)
		};
	});

	return {
		orientation: 'horizontal',
		width,
		height,
		fontSize: font,
		nameFontSize: font + 1,
		levels: LEVELS.map((level) => ({
			level,
			x: x(level)!,
			y: 0,
			width: x.bandwidth(),
			height,
			labelX: x(level)! + x.bandwidth() / 2,
			labelYs: [font + 4, height - 6]
		})),
		axisTitle: { text: '', x: 0, y: 0, rotate: 0 },
		frameworks: frameworkRows,
		lanes: laneRows,
		marks,
		rows: lanes.length,
		cols: LEVELS.length,
		unplaced: unplacedOf(frameworks)
	};
}

export interface LadderTableRow {
	level: number | null;
	cells: {
		framework: string;
		steps: { id: string; text: string; key?: string; href: string; basis: string }[];
		/** Coverage that is not "defined", per lane: "SRE, DevOps tooling: not documented". */
		notes: string[];
		/** More than a few steps at one level are summarised ("15 rating bands"). */
		summary?: { text: string; range: string; href: string; basis: string };
	}[];
}

/** The same placement as a table: a row per common level, a column per framework. */
export function ladderTable(frameworks: readonly LadderFramework[]): LadderTableRow[] {
	const levels: (number | null)[] = [...LEVELS];
	if (frameworks.some((fw) => fw.steps.some((s) => s.level === null))) levels.push(null);
	return levels.map((level) => ({
		level,
		cells: frameworks.map((fw) => {
			const steps = fw.steps.filter((s) => s.level === level);
			const lanes = lanesOf(fw);
			const primary =
				fw.tracks.find((t) => steps.some((s) => t.coverage[s.id]?.status === 'defined')) ??
				fw.tracks[0];
			const href = (s: LadderStep) => `/frameworks/${fw.id}/${primary?.id}/${s.id}`;
			const notes = lanes.flatMap((lane) => {
				const coverage = lane.tracks[0]!.coverage[steps[0]?.id ?? ''];
				if (!coverage || coverage.status === 'defined') return [];
				const who =
					fw.tracks.length === 1
						? ''
						: lane.tracks.length === fw.tracks.length && lane.tracks.length > 2
							? `all ${lane.tracks.length} tracks: `
							: `${lane.tracks.map((t) => t.name).join(', ')}: `;
				const words = COVERAGE_LABELS[coverage.status];
				return [`${who}${words}${coverage.sourceText ? ` (“${coverage.sourceText}”)` : ''}`];
			});
			const unit = fw.kind === 'rating-rubric' ? 'rating bands' : 'steps';
			return {
				framework: fw.id,
				notes: steps.length > 0 ? notes : [],
				...(steps.length > 3
					? {
							steps: [],
							summary: {
								text: `${steps.length} ${unit}`,
								range: `${steps[0]!.label} … ${steps.at(-1)!.label}`,
								href: href(steps[0]!),
								basis: steps[0]!.basis
							}
						}
					: {
							steps: steps.map((s) => ({
								id: s.id,
								text: stepName(s),
								...(s.key && s.key !== s.title ? { key: s.key } : {}),
								href: href(s),
								basis: s.basis
							}))
						})
			};
		})
	}));
}
