// The cross-framework ladder: every framework's steps on the common P1–P7 scale, one lane per
// framework (one per group of its tracks that share the same coverage), as plain coordinates.
import { scaleBand } from 'd3-scale';
import type { Coverage, Framework } from '../../model/schema';
import { COVERAGE_LABELS } from '../../frameworks/labels';
import { cellPath, frameworkPath } from '../../frameworks/paths';
import { formatRange, placementOf, type Placement } from '../../frameworks/queries';
import { formatYears, shortLabel, type TextLine } from '../shared/labels';
import { textWidth, truncate, wrapText } from '../shared/text';

// Shared with the other charts; they live in ../shared/labels so a chart that needs only these does
// not load the ladder's layout.
export { formatYears, shortLabel, type TextLine };

export const LEVELS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface LadderStep {
	id: string;
	label: string;
	title?: string;
	/** Where it sits on the common scale (one level or a range), or null when it has none. */
	placement: Placement | null;
	/** Why it sits there (curated). */
	basis: string;
	/** The step this one repeats word for word (it sits where that one sits). */
	sameAs?: string;
	/** A rating rubric's role: this "step" stands for the role's rating bands, which are not levels. */
	role?: { ratings: number; first: string; last: string };
	/** Where the mark opens, when not the step's own cell page. */
	href?: string;
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
	/** Tracks with no place on the common scale (a rubric's roles that are named, not placed). */
	unplacedTracks: string[];
}

const KEY_KINDS = ['ownership', 'scope'] as const;

/** The slice of a framework the ladder needs (pure: the page's server load and tests share it). */
export function ladderFramework(fw: Framework, color: string): LadderFramework {
	if (fw.kind === 'rating-rubric') return ladderRubric(fw, color);
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
				placement: placementOf(s.common),
				basis: s.common.basis,
				...(s.common.sameAs === undefined ? {} : { sameAs: s.common.sameAs }),
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
		})),
		unplacedTracks: []
	};
}

/**
 * A rating rubric on the ladder: each role (track) it places is one mark where the role sits; its
 * ratings are an ordered scale within the role, not levels, so they are not drawn as steps.
 */
function ladderRubric(fw: Framework, color: string): LadderFramework {
	const placed = fw.tracks.filter((t) => t.common && placementOf(t.common));
	const first = fw.steps[0]!;
	const last = fw.steps.at(-1)!;
	const roleId = (trackId: string) => `role-${trackId}`;
	return {
		id: fw.id,
		name: fw.name,
		kind: fw.kind,
		color,
		steps: placed.map((t) => ({
			id: roleId(t.id),
			label: t.name,
			title: 'role',
			placement: placementOf(t.common!),
			basis: t.common!.basis,
			role: { ratings: fw.steps.length, first: stepLabel(first), last: stepLabel(last) },
			href: frameworkPath(fw.id),
			...(t.description === undefined ? {} : { detail: t.description })
		})),
		tracks: placed.map((t) => ({
			id: t.id,
			name: t.name,
			coverage: {
				[roleId(t.id)]: {
					status: t.steps.some((s) => s.status === 'defined') ? 'defined' : 'not-documented'
				}
			}
		})),
		unplacedTracks: fw.tracks.filter((t) => !placed.includes(t)).map((t) => t.name)
	};
}

function stepLabel(step: { label: string; title?: string }): string {
	return step.title ? `${step.title} · ${step.label.replace(/^Level \d+ · /, '')}` : step.label;
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

export interface LadderMark {
	/** Stable: framework, lane and common level(s). */
	id: string;
	framework: string;
	lane: string;
	/** The levels the mark spans (one, or a range). */
	placement: Placement;
	/** Grid position for arrow keys, in reading order of the drawing. */
	row: number;
	col: number;
	x: number;
	y: number;
	width: number;
	height: number;
	status: Coverage;
	color: string;
	/** The step ids this mark stands for (a step and its word-for-word repeats, or a role). */
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
}

/** Steps (or a rubric's roles) of one framework with no place on the common scale. */
export interface Unplaced {
	framework: string;
	name: string;
	steps: string[];
	why: string;
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
	/** The levels the cell spans. */
	placement: Placement;
	/** Side by side within the lane where ranges overlap: this cell's column and the count. */
	sub: number;
	subs: number;
	steps: LadderStep[];
	status: Coverage;
	sourceText?: string;
}

const placementKey = (p: Placement) => `${p.min}-${p.max}`;

/**
 * Side-by-side columns for overlapping ranges within a lane, as a calendar lays out events: each
 * cluster of overlapping cells gets as many columns as it needs, cells on their own keep the
 * whole lane.
 */
function assignColumns(cells: Cell[]): void {
	const sorted = [...cells].sort(
		(a, b) => a.placement.min - b.placement.min || a.placement.max - b.placement.max
	);
	let cluster: Cell[] = [];
	let clusterMax = 0;
	const close = () => {
		const ends: number[] = [];
		for (const cell of cluster) {
			const free = ends.findIndex((end) => end < cell.placement.min);
			cell.sub = free === -1 ? ends.length : free;
			ends[cell.sub] = cell.placement.max;
		}
		for (const cell of cluster) cell.subs = ends.length;
		cluster = [];
	};
	for (const cell of sorted) {
		if (cluster.length > 0 && cell.placement.min > clusterMax) close();
		clusterMax =
			cluster.length === 0 ? cell.placement.max : Math.max(clusterMax, cell.placement.max);
		cluster.push(cell);
	}
	close();
}

/** What a lane shows: its steps grouped by where they sit, with their (shared) coverage. */
function cellsOf(frameworks: readonly LadderFramework[]): {
	lanes: { fw: LadderFramework; lane: Lane }[];
	cells: Cell[];
	/** Sub-columns before each lane, and in all (the keyboard grid's columns). */
	offsets: number[];
	columns: number;
} {
	const all = frameworks.flatMap((fw) => lanesOf(fw).map((lane) => ({ fw, lane })));
	const cells: Cell[] = [];
	const lanes: typeof all = [];
	for (const { fw, lane } of all) {
		const track = lane.tracks[0]!;
		// Steps that share a placement are one mark (a step and its word-for-word repeat).
		const groups = new Map<string, LadderStep[]>();
		for (const step of fw.steps) {
			if (!step.placement || !track.coverage[step.id]) continue;
			const key = placementKey(step.placement);
			groups.set(key, [...(groups.get(key) ?? []), step]);
		}
		if (groups.size === 0) continue;
		const laneIndex = lanes.length;
		lanes.push({ fw, lane });
		const own: Cell[] = [...groups.values()].map((steps) => {
			const statuses = steps.map((s) => track.coverage[s.id]?.status ?? 'not-documented');
			// A group of several steps is "defined" if any of them is.
			const status: Coverage = statuses.includes('defined')
				? 'defined'
				: statuses.every((s) => s === 'not-applicable')
					? 'not-applicable'
					: 'not-documented';
			const sourceText = track.coverage[steps[0]!.id]?.sourceText;
			return {
				fw,
				lane,
				laneIndex,
				placement: steps[0]!.placement!,
				sub: 0,
				subs: 1,
				steps,
				status,
				...(sourceText === undefined ? {} : { sourceText })
			};
		});
		assignColumns(own);
		cells.push(...own);
	}
	const offsets: number[] = [];
	let columns = 0;
	lanes.forEach((_, i) => {
		offsets.push(columns);
		columns += Math.max(1, ...cells.filter((c) => c.laneIndex === i).map((c) => c.subs));
	});
	return { lanes, cells, offsets, columns };
}

function stepName(s: Pick<LadderStep, 'label' | 'title'>): string {
	return s.title && s.title !== 'role' ? `${s.label} (${s.title})` : s.label;
}

/** "Level 6 and Level 7 (repeats Level 6)": a step with its word-for-word repeats. */
function groupName(steps: readonly LadderStep[]): string {
	if (steps.length === 1) return stepName(steps[0]!);
	const names = steps.map((s) => {
		const original = s.sameAs ? steps.find((o) => o.id === s.sameAs) : undefined;
		return original ? `${s.label} (repeats ${original.label})` : stepName(s);
	});
	return joinNames(names);
}

function describe(cell: Cell): Pick<LadderMark, 'label' | 'heading' | 'paragraphs' | 'href'> {
	const { fw, lane, steps, status, placement } = cell;
	const trackNames = lane.tracks.map((t) => t.name);
	const first = steps[0]!;
	const where = formatRange(placement);
	const ranged = placement.min !== placement.max;
	const href = first.href ?? cellPath(fw.id, lane.tracks[0]!.id, first.id);
	if (first.role) {
		const { ratings, first: low, last: high } = first.role;
		return {
			href,
			heading: `${fw.name} · the ${first.label} role at ${where}`,
			paragraphs: [
				`A role, not a ladder: ${fw.name} rates performance in the ${first.label} role on ${ratings} ordered ratings (${low} … ${high}). The ratings sit within the role; they are not levels.`,
				`Why ${where}: ${first.basis}`,
				'Opens the rubric.'
			],
			label: `${fw.name}: the ${first.label} role, rated on ${ratings} ratings, at ${where}`
		};
	}
	const coverage =
		status === 'not-applicable'
			? `Not applicable for ${joinNames(trackNames)}${cell.sourceText ? `: the source says “${cell.sourceText}”` : ''}.`
			: status === 'not-documented'
				? `${fw.tracks.length > 1 ? `Not documented for ${joinNames(trackNames)}` : 'Not documented'}: the source names ${steps.length > 1 ? 'them' : 'this step'} but describes no ${trackNames.length > 1 ? 'track' : 'statement'} there.`
				: `Defined for ${joinNames(trackNames)}.`;
	const name = groupName(steps);
	const repeat = steps.find((s) => s.sameAs);
	return {
		href,
		heading: `${fw.name} · ${name}`,
		paragraphs: [
			coverage,
			...(first.detail && steps.length === 1 ? [first.detail] : []),
			`Why ${where}${ranged ? ' (a range: its content spans these levels)' : ''}: ${(repeat ?? first).basis}`
		],
		label: `${fw.name}${fw.tracks.length > 1 ? `, ${trackNames.join(', ')}` : ''}: ${name}, ${COVERAGE_LABELS[status]}, at ${where}`
	};
}

/**
 * What the ladder shows, in words, from the frameworks it is given: the level where most of them
 * line up, ranges, roles rated within themselves, steps no track applies to, and frameworks that
 * document none of their tracks.
 */
export function ladderDescription(frameworks: readonly LadderFramework[]): string {
	const sentences = [
		"Each framework's steps placed on the common levels P1 (bottom) to P7 (top); a step whose content spans several levels is drawn across them."
	];

	// Where frameworks line up: the level with the most frameworks that have one step there alone.
	const single = LEVELS.map((level) => ({
		level,
		steps: frameworks.flatMap((fw) => {
			const here = fw.steps.filter(
				(s) => !s.role && s.placement?.min === level && s.placement.max === level
			);
			return here.length === 1 ? [`${fw.name} ${stepName(here[0]!)}`] : [];
		})
	}));
	const aligned = single.reduce((best, l) => (l.steps.length > best.steps.length ? l : best));
	if (aligned.steps.length > 1) {
		sentences.push(`${joinNames(aligned.steps)} sit on the same level, P${aligned.level}.`);
	}

	for (const fw of frameworks) {
		const placed = fw.steps.filter((s) => s.placement && !s.role);
		const keys = new Set(placed.map((s) => formatRange(s.placement)));
		if (placed.length > 1 && keys.size === 1) {
			sentences.push(`All ${placed.length} steps of ${fw.name} sit at ${[...keys][0]}.`);
		}
		for (const role of fw.steps.filter((s) => s.role)) {
			sentences.push(
				`${fw.name} rates one role, ${role.label}, placed at ${formatRange(role.placement)}; its ${role.role!.ratings} ratings are within the role, not levels.`
			);
		}
		const ranged = fw.steps.filter(
			(s) => !s.role && s.placement && s.placement.min !== s.placement.max
		);
		if (ranged.length > 0) {
			sentences.push(
				`${fw.name}: ${joinNames(ranged.map((s) => `${s.label} spans ${formatRange(s.placement)}`))}.`
			);
		}
		for (const s of fw.steps.filter((x) => x.sameAs)) {
			const original = fw.steps.find((o) => o.id === s.sameAs);
			if (original) {
				sentences.push(
					`${fw.name}: ${s.label} repeats ${original.label} word for word and sits with it.`
				);
			}
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

/**
 * What the ladder cannot place, named under the chart: the same for every drawing, so worked out
 * from the frameworks rather than from one drawing (a phone then lays out only its own).
 */
export const ladderUnplaced = (frameworks: readonly LadderFramework[]): Unplaced[] =>
	frameworks
		.map((fw) => {
			const off = fw.steps.filter((s) => s.placement === null);
			const steps = off.map((s) => s.label);
			const notApplicable = off.every((s) =>
				fw.tracks.every((t) => t.coverage[s.id]?.status === 'not-applicable')
			);
			return steps.length > 0
				? {
						framework: fw.id,
						name: fw.name,
						steps,
						why: notApplicable
							? 'not applicable in the source, so not placed'
							: 'not on the common scale'
					}
				: {
						framework: fw.id,
						name: fw.name,
						steps: fw.unplacedTracks,
						why: 'named as a role but not described, so not placed'
					};
		})
		.filter((u) => u.steps.length > 0);

function boxLines(
	cell: Cell,
	box: { x: number; y: number; width: number; height: number },
	font: number,
	compact: boolean
): TextLine[] {
	const { steps, status } = cell;
	const first = steps[0]!;
	const inner = box.width - 10;
	const strong = (text: string) => ({ text, strong: true });
	const plain = (text: string) => ({ text, strong: false });
	// How many lines the box has room for (a range spans several levels and has more).
	const room = Math.max(1, Math.floor((box.height - 6) / (font + 3)));
	let texts: { text: string; strong: boolean; size?: number }[];
	if (compact) {
		const head = first.role ? 'Role' : steps.map((s) => shortLabel(s.label)).join(' = ');
		const second = first.role
			? `${first.role.ratings} ratings`
			: status === 'not-applicable'
				? (cell.sourceText ?? 'N/A')
				: (first.title ?? first.key);
		texts = [strong(truncate(head, inner, font, true))];
		// On a phone a second word is shown only when it fits whole: a cut word says nothing.
		if (second && textWidth(second, font - 1) <= inner) texts.push(plain(second));
	} else if (first.role) {
		const name = wrapText(first.label, inner, font, Math.min(3, room - 1), true);
		texts = [...name.map(strong), plain(`role · ${first.role.ratings} ratings`)];
	} else if (steps.length > 1) {
		// A step and its word-for-word repeat: both names, then what the repeat is.
		const joined = (label: (s: LadderStep) => string) => steps.map(label).join(' · ');
		// Short labels ("L6 · L7") where the full ones would be cut.
		const full = wrapText(
			joined((s) => s.label),
			inner,
			font,
			2,
			true
		);
		const names = full.some((l) => l.endsWith('…'))
			? wrapText(
					joined((s) => shortLabel(s.label)),
					inner,
					font,
					2,
					true
				)
			: full;
		const repeat = steps.find((s) => s.sameAs);
		const original = repeat && steps.find((s) => s.id === repeat.sameAs);
		const why = repeat && original ? `${repeat.label} repeats ${original.label}` : 'same place';
		texts = [
			...names.map(strong),
			...wrapText(why, inner, font - 1, Math.max(1, room - names.length)).map(plain)
		];
	} else {
		const full = stepName(first);
		const head = textWidth(full, font, true) <= inner ? full : first.label;
		const rest =
			status === 'not-applicable'
				? (cell.sourceText ?? 'not applicable')
				: head === full && first.key === first.title
					? undefined
					: (first.key ?? (status === 'not-documented' ? 'not documented' : undefined));
		texts = [
			strong(truncate(head, inner, font, true)),
			...(rest ? wrapText(rest, inner, font - 1, Math.min(3, room - 1)).map(plain) : [])
		];
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
	const { lanes, cells, offsets, columns } = cellsOf(frameworks);
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
		const { min, max } = cell.placement;
		const gap = 4;
		const subWidth = (laneWidth - gap * (cell.subs - 1)) / cell.subs;
		const box = {
			x: x(cell.lane.id)! + cell.sub * (subWidth + gap),
			y: y(max)! + 4,
			width: subWidth,
			height: levelHeight * (max - min + 1) - 8
		};
		return {
			id: `${cell.lane.id}--p${min}${max === min ? '' : `-p${max}`}`,
			framework: cell.fw.id,
			lane: cell.lane.id,
			placement: cell.placement,
			row: LEVELS.length - max,
			col: offsets[cell.laneIndex]! + cell.sub,
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
		cols: columns
	};
}

function horizontalLayout(frameworks: readonly LadderFramework[], width: number): LadderLayout {
	const font = 12;
	const { lanes, cells, offsets, columns } = cellsOf(frameworks);
	const x = scaleBand<number>().domain(LEVELS).range([0, width]).paddingInner(0.08);
	const axisHeight = 22;
	const boxHeight = 40;
	const subGap = 3;

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
			// Overlapping ranges stack in rows of their own within the lane.
			const subs = Math.max(1, ...cells.filter((c) => c.lane.id === lane.id).map((c) => c.subs));
			cursor += subs * boxHeight + (subs - 1) * subGap + 8;
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
		const { min, max } = cell.placement;
		const box = {
			x: x(min)!,
			y: laneTop.get(cell.lane.id)! + cell.sub * (boxHeight + subGap),
			width: x(max)! + x.bandwidth() - x(min)!,
			height: boxHeight
		};
		return {
			id: `${cell.lane.id}--p${min}${max === min ? '' : `-p${max}`}`,
			framework: cell.fw.id,
			lane: cell.lane.id,
			placement: cell.placement,
			row: offsets[cell.laneIndex]! + cell.sub,
			col: min - 1,
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
		rows: columns,
		cols: LEVELS.length
	};
}

export interface LadderTableRow {
	level: number | null;
	cells: {
		framework: string;
		steps: {
			id: string;
			text: string;
			/** "P2–P3" when the step spans a range (it is listed on every level it covers). */
			range?: string;
			key?: string;
			href: string;
			basis: string;
		}[];
		/** Coverage that is not "defined", per lane: "SRE, DevOps tooling: not documented". */
		notes: string[];
	}[];
}

/** The same placement as a table: a row per common level, a column per framework. */
export function ladderTable(frameworks: readonly LadderFramework[]): LadderTableRow[] {
	const levels: (number | null)[] = [...LEVELS];
	if (frameworks.some((fw) => fw.steps.some((s) => s.placement === null))) levels.push(null);
	return levels.map((level) => ({
		level,
		cells: frameworks.map((fw) => {
			const steps = fw.steps.filter((s) =>
				level === null
					? s.placement === null
					: s.placement !== null && s.placement.min <= level && level <= s.placement.max
			);
			const lanes = lanesOf(fw);
			const primary =
				fw.tracks.find((t) => steps.some((s) => t.coverage[s.id]?.status === 'defined')) ??
				fw.tracks[0];
			const href = (s: LadderStep) => s.href ?? cellPath(fw.id, primary?.id ?? '', s.id);
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
			return {
				framework: fw.id,
				notes: steps.length > 0 ? notes : [],
				steps: steps.map((s) => ({
					id: s.id,
					text: s.role ? `${s.label} (a role rated on ${s.role.ratings} ratings)` : stepName(s),
					...(s.placement && s.placement.min !== s.placement.max
						? { range: formatRange(s.placement) }
						: {}),
					...(s.key && s.key !== s.title ? { key: s.key } : {}),
					href: href(s),
					basis: s.basis
				}))
			};
		})
	}));
}
