// Level progression of one framework: a row per step (top to bottom, in the source's order), a
// column per track showing its coverage and statement count, and beside them how the step
// dimensions grow: years of experience on a scale, ownership/scope as a labelled progression,
// and for a rating rubric the progression signal out of each band. A track with nothing at any
// step gets no column of empty boxes: a line under the drawing says why it is empty.
import { max, ticks } from 'd3-array';
import type { Coverage, Dimension, Framework, Step, Track } from '../../model/schema';
import { cellPath } from '../../frameworks/paths';
import { formatYears, shortLabel, type TextLine } from '../shared/labels';
import { textWidth, truncate, wrapText } from '../shared/text';

export interface ProgressionTrack {
	id: string;
	name: string;
	steps: { step: string; status: Coverage; sourceText?: string; count: number }[];
	/**
	 * For a track with nothing at any step: the one line that says why, naming every track that
	 * shares the reason (those tracks carry the same line, word for word).
	 */
	note?: string;
}

export interface ProgressionSignal {
	step: string;
	/** How many progression signals the band lists. */
	count: number;
	/** The first, verbatim, with its statement id (its anchor on the cell page). */
	first: { id: string; text: string };
}

export interface ProgressionInput {
	framework: { id: string; kind: Framework['kind'] };
	steps: Pick<Step, 'id' | 'label' | 'title' | 'summary' | 'dimensions'>[];
	tracks: ProgressionTrack[];
	signals: ProgressionSignal[];
}

/** The section a rating rubric gives the sentences that say what moves a person up a band. */
export const SIGNAL_SECTION = 'Progression Signal';

/** A track that has nothing at any step: drawn as a line of text, not a column of empty boxes. */
export const isEmptyTrack = (t: { steps: readonly { status: Coverage }[] }) =>
	t.steps.every((c) => c.status === 'not-documented');

const listOf = (names: string[]) =>
	names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * Why each empty track is empty, read from the framework: a sibling focus or a next role that a
 * transition names, a track described as a whole but not step by step, or a bare name. Tracks
 * with the same reason share one line. Built at build time, so its words ship as data.
 */
function emptyTrackNotes(fw: Framework): Map<string, string> {
	const per = fw.kind === 'rating-rubric' ? 'band by band' : 'level by level';
	const groups = new Map<string, Track[]>();
	for (const t of fw.tracks.filter((t) => isEmptyTrack(t))) {
		const move = fw.transitions.find(
			(m) =>
				(m.kind === 'sibling' || m.kind === 'next-role') &&
				((m.to.track === t.id && (m.to.framework ?? fw.id) === fw.id) || m.from.track === t.id)
		);
		const from = move?.kind === 'next-role' && move.to.track === t.id ? move.from.step : undefined;
		const key = move ? `${move.kind} ${from ?? ''}` : t.description ? 'described' : 'named';
		groups.set(key, [...(groups.get(key) ?? []), t]);
	}
	const notes = new Map<string, string>();
	for (const [key, list] of groups) {
		const one = list.length === 1;
		const [kind, fromStep] = key.split(' ');
		const from = fw.steps.find((s) => s.id === fromStep)?.label;
		const why =
			kind === 'sibling'
				? `${one ? 'a sibling focus' : 'sibling focuses'} the source names but does not describe`
				: kind === 'next-role'
					? `${one ? 'the next role' : 'next roles'}${from ? ` (from ${from})` : ''}, which the source names but does not describe`
					: kind === 'described'
						? `${one ? 'a track the source describes in a paragraph' : 'tracks the source describes in a paragraph each'}, not ${per}`
						: `${one ? 'a track' : 'tracks'} the source names but does not describe ${per}`;
		const line = `${listOf(list.map((t) => t.name))}: ${why}.`;
		for (const t of list) notes.set(t.id, line);
	}
	return notes;
}

/** Statement counts per track and step, and each band's progression signals, from a framework. */
export function progressionInput(fw: Framework): ProgressionInput {
	const notes = emptyTrackNotes(fw);
	const count = new Map<string, number>();
	for (const s of fw.statements) {
		const key = `${s.track}/${s.step}`;
		count.set(key, (count.get(key) ?? 0) + 1);
	}
	const signals = fw.steps.flatMap((step): ProgressionSignal[] => {
		const list = fw.statements.filter((s) => s.step === step.id && s.section === SIGNAL_SECTION);
		return list.length === 0
			? []
			: [{ step: step.id, count: list.length, first: { id: list[0]!.id, text: list[0]!.text } }];
	});
	return {
		framework: { id: fw.id, kind: fw.kind },
		steps: fw.steps,
		tracks: fw.tracks.map((t) => ({
			id: t.id,
			name: t.name,
			steps: t.steps.map((ts) => ({ ...ts, count: count.get(`${t.id}/${ts.step}`) ?? 0 })),
			...(notes.has(t.id) ? { note: notes.get(t.id) } : {})
		})),
		signals
	};
}

export type ColumnKind = 'label' | 'track' | 'years' | 'key' | 'signal';

export interface Column {
	id: string;
	kind: ColumnKind;
	x: number;
	width: number;
	/** Header lines; rotated (reading upwards) when the column is too narrow for them. */
	header: TextLine[];
	rotated: boolean;
}

export interface YearsBar {
	key: string;
	/** Where the solid part runs: min → max, or min → min + a little when open-ended ("2+"). */
	x1: number;
	x2: number;
	/** The dashed tail of an open-ended range, from after its label to the end of the axis. */
	tail?: number;
	tailEnd?: number;
	y: number;
	label: TextLine;
}

export interface ProgressionMark {
	id: string;
	kind: 'cell' | 'years' | 'key' | 'signal';
	row: number;
	col: number;
	x: number;
	y: number;
	width: number;
	height: number;
	href: string;
	label: string;
	heading: string;
	paragraphs: string[];
	/** Track cells: coverage and a bar for the statement count. */
	status?: Coverage;
	bar?: { x: number; y: number; width: number; height: number };
	lines: TextLine[];
	/** Years of experience: one bar per value the source gives (two where it disagrees). */
	years?: YearsBar[];
	/** A labelled progression (ownership): the dot on its spine, growing step by step. */
	dot?: { cx: number; cy: number; r: number };
	/** A signal: the arrow from this band towards the next. */
	arrow?: { x: number; y1: number; y2: number };
}

export interface ProgressionLayout {
	width: number;
	height: number;
	fontSize: number;
	columns: Column[];
	rows: { id: string; y: number; height: number; lines: TextLine[]; stripe: boolean }[];
	/** A rating rubric's ratings, each over its three bands. */
	groups: { id: string; y: number; height: number; line: TextLine }[];
	yearsAxis?: { ticks: { value: number; x: number }[]; y: number; y1: number; y2: number };
	spine?: { x: number; y1: number; y2: number };
	marks: ProgressionMark[];
	/** Under the rows: why each track with nothing at any step has no column, one line each. */
	notes: { id: string; lines: TextLine[] }[];
	gridRows: number;
	gridCols: number;
}

const COVERAGE_WORDS: Record<Coverage, string> = {
	defined: 'defined',
	'not-applicable': 'not applicable',
	'not-documented': 'not documented'
};

const TEXT_KINDS: readonly Dimension['kind'][] = ['ownership', 'scope', 'autonomy'];

function stepName(s: { label: string; title?: string }): string {
	return s.title ? `${s.label} (${s.title})` : s.label;
}

/** The text dimension worth a column: the first kind that at least two steps give. */
function textKind(steps: ProgressionInput['steps']): Dimension['kind'] | undefined {
	return TEXT_KINDS.find(
		(k) => steps.filter((s) => s.dimensions.some((d) => d.kind === k)).length >= 2
	);
}

interface Sizes {
	font: number;
	narrow: boolean;
	labelMax: number;
	yearsWidth: number;
	textWidth: number;
	signalWidth: number;
	trackMin: number;
	trackMax: number;
	rowHeight: number;
}

const sizesFor = (width: number): Sizes =>
	width < 500
		? {
				font: 12,
				narrow: true,
				labelMax: 66,
				yearsWidth: 150,
				textWidth: 122,
				signalWidth: 150,
				trackMin: 26,
				trackMax: 90,
				rowHeight: 34
			}
		: width < 900
			? {
					font: 13,
					narrow: false,
					labelMax: 100,
					yearsWidth: 220,
					textWidth: 240,
					signalWidth: 300,
					trackMin: 50,
					trackMax: 130,
					rowHeight: 36
				}
			: {
					font: 13,
					narrow: false,
					labelMax: 170,
					yearsWidth: 330,
					textWidth: 330,
					signalWidth: 460,
					trackMin: 60,
					trackMax: 150,
					rowHeight: 36
				};

/** The layout of one framework's progression for a chart `width` wide (a phone: ~328). */
export function progressionLayout(input: ProgressionInput, width: number): ProgressionLayout {
	const s = sizesFor(width);
	const font = s.font;
	const { steps } = input;
	// Only tracks with something at some step get a column; the others get a line of text.
	const tracks = input.tracks.filter((t) => !isEmptyTrack(t));
	const emptyTracks = input.tracks.filter(isEmptyTrack);
	const rubric = input.framework.kind === 'rating-rubric';
	const signals = new Map(input.signals.map((sig) => [sig.step, sig]));
	const hasYears = steps.some((st) => st.dimensions.some((d) => d.years));
	const kind = textKind(steps);
	const hasSignals = signals.size > 0;

	// A rubric's bands are grouped under their rating ("Level 1 · Unsatisfactory"), each band
	// then named by what is left of its label ("Low").
	// On a phone "Level 4" becomes "L4" (the tooltip and the table keep the full label).
	const rowLabel = (st: (typeof steps)[number]) =>
		rubric && st.title
			? (st.label.split(' · ')[1] ?? st.label)
			: s.narrow
				? shortLabel(st.label)
				: st.label;

	// Columns, left to right.
	const labelWidth = Math.min(
		s.labelMax,
		Math.max(
			32,
			...steps.map((st) => textWidth(rowLabel(st), font, true)),
			...steps.map((st) => (!rubric && st.title ? textWidth(st.title, font - 2) * 0.6 + 10 : 0))
		) + 14
	);
	const dims: { kind: ColumnKind; width: number }[] = [
		...(hasYears ? [{ kind: 'years' as const, width: s.yearsWidth }] : []),
		...(kind ? [{ kind: 'key' as const, width: s.textWidth }] : []),
		...(hasSignals ? [{ kind: 'signal' as const, width: s.signalWidth }] : [])
	];
	const dimsWidth = dims.reduce((sum, d) => sum + d.width, 0);
	const trackWidth = Math.max(
		s.trackMin,
		Math.min(
			// A lone track may widen, except on a phone, where its neighbours need the room.
			s.trackMax * (tracks.length === 1 && !s.narrow ? 1.6 : 1),
			(width - labelWidth - dimsWidth) / Math.max(1, tracks.length)
		)
	);
	// On a phone, or with no track drawn, the last dimension column takes the room the tracks leave
	// (up to a readable measure).
	if ((s.narrow || tracks.length === 0) && dims.length > 0) {
		const others = dims.slice(0, -1).reduce((sum, d) => sum + d.width, 0);
		dims.at(-1)!.width = Math.max(
			60,
			Math.min(640, width - labelWidth - trackWidth * tracks.length - others)
		);
	}

	const trackTitle = (t: ProgressionTrack) => {
		const start = t.steps.findIndex((c) => c.status === 'defined');
		// Where a track starts later than the framework's first step, its header says so.
		return start > 0 ? `${t.name} · from ${steps[start]!.label}` : t.name;
	};
	const fitsFlat = (title: string, inner: number) =>
		wrapText(title, inner, font - 1, 3, true).every((l) => !l.endsWith('…'));
	// Track headers turn upright together, when any of them is too long to lie flat.
	const rotateTracks = tracks.some((t) => !fitsFlat(trackTitle(t), trackWidth - 6));

	const columns: Column[] = [];
	let x = 0;
	const push = (id: string, k: ColumnKind, w: number, title: string) => {
		const gap = k === 'label' ? 0 : 6;
		const inner = w - gap;
		const rotated = k === 'track' && rotateTracks;
		columns.push({
			id,
			kind: k,
			x: x + gap,
			width: inner,
			rotated,
			// Upright headers take two lines side by side when the column has room for them.
			header: (rotated
				? wrapText(title, 160, font - 1, inner >= 2 * font ? 2 : 1, true)
				: wrapText(title, inner, font - 1, 3, true)
			).map((text, i) => ({ key: `${i}`, text, x: x + gap, y: 0 }))
		});
		x += w;
	};
	push('label', 'label', labelWidth, rubric ? 'Band' : 'Step');
	for (const t of tracks) push(`track-${t.id}`, 'track', trackWidth, trackTitle(t));
	const textLabel = kind
		? (steps.flatMap((st) => st.dimensions).find((d) => d.kind === kind)?.label ?? kind)
		: '';
	for (const d of dims) {
		const title =
			d.kind === 'years'
				? 'Years of experience'
				: d.kind === 'key'
					? textLabel
					: s.narrow
						? 'Signal to the next band'
						: 'Progression signal out of the band (the first of each)';
		push(d.kind, d.kind, d.width, title);
	}

	// Header height: flat headers stack their lines; rotated ones need their length.
	const lineStep = font + 2;
	const flatHeight = Math.max(
		...columns.filter((c) => !c.rotated).map((c) => c.header.length * lineStep)
	);
	const rotatedHeight = Math.max(
		0,
		...columns
			.filter((c) => c.rotated)
			.flatMap((c) => c.header.map((l) => textWidth(l.text, font - 1, true) + 8))
	);
	const axisRoom = hasYears ? 18 : 0;
	const headerHeight = Math.max(flatHeight + axisRoom, rotatedHeight) + 10;
	for (const c of columns) {
		c.header = c.header.map((line, i) =>
			c.rotated
				? {
						...line,
						x: c.x + c.width / 2 + 4 + (i - (c.header.length - 1) / 2) * (font + 1),
						y: headerHeight - 8
					}
				: { ...line, y: font + i * lineStep }
		);
	}
	const col = (k: ColumnKind) => columns.find((c) => c.kind === k);
	const yearsCol = col('years');
	const keyCol = col('key');
	const signalCol = col('signal');

	// Rows: each step, grown to fit its wrapped text; a rubric's ratings get a header row.
	const keyLines = new Map(
		steps.map((st) => {
			const d = kind ? st.dimensions.find((dim) => dim.kind === kind) : undefined;
			return [st.id, d && keyCol ? wrapText(d.text, keyCol.width - 22, font - 1, 4) : []];
		})
	);
	const signalLines = new Map(
		steps.map((st) => {
			const sig = signals.get(st.id);
			return [
				st.id,
				sig && signalCol
					? wrapText(sig.first.text, signalCol.width - 24, font - 1, s.narrow ? 3 : 2)
					: []
			];
		})
	);
	const yearsOf = (st: (typeof steps)[number]) => st.dimensions.filter((d) => d.years);
	// A step's title under its label, when it fits in whole words (else the tooltip has it).
	const titleLines = (st: (typeof steps)[number]) => {
		const lines = !rubric && st.title ? wrapText(st.title, labelWidth - 10, font - 2, 3) : [];
		return lines.some((l) => l.endsWith('…')) ? [] : lines;
	};

	const rows: ProgressionLayout['rows'] = [];
	const groups: ProgressionLayout['groups'] = [];
	let y = headerHeight;
	let previousTitle: string | undefined;
	steps.forEach((st, i) => {
		if (rubric && st.title && st.title !== previousTitle) {
			const rating = st.label.split(' · ')[0];
			groups.push({
				id: `group-${st.id}`,
				y,
				height: 24,
				line: { key: '0', text: `${rating} · ${st.title}`, x: 4, y: y + 17 }
			});
			y += 24;
		}
		previousTitle = st.title;
		const text = Math.max(keyLines.get(st.id)!.length, signalLines.get(st.id)!.length);
		const height = Math.max(
			s.rowHeight,
			text * (font + 2) + 12,
			yearsOf(st).length * 16 + 12,
			(1 + titleLines(st).length) * (font + 1) + 12
		);
		const labelLines: TextLine[] = [
			{
				key: 'label',
				text: truncate(rowLabel(st), labelWidth - 8, font, true),
				x: 4,
				y: 0,
				strong: true
			},
			...titleLines(st).map((t, j) => ({ key: `title-${j}`, text: t, x: 4, y: 0 }))
		];
		const top = y + height / 2 - ((labelLines.length - 1) * (font + 1)) / 2 + font * 0.35;
		rows.push({
			id: st.id,
			y,
			height,
			stripe: i % 2 === 1,
			lines: labelLines.map((l, j) => ({ ...l, y: top + j * (font + 1) }))
		});
		y += height;
	});
	const rowsEnd = y;
	// Why the empty tracks have no column: a line each (wrapped on a phone), under the rows.
	const notes = [
		...new Set(emptyTracks.map((t) => t.note ?? `${t.name}: not described at any step.`))
	].map((text, i) => {
		const lines = wrapText(text, width - 8, font - 1).map((line, j) => ({
			key: `${j}`,
			text: line,
			x: 4,
			y: y + 8 + (j + 1) * (font + 2)
		}));
		y += 8 + lines.length * (font + 2);
		return { id: `note-${i}`, lines };
	});
	const height = y + 6;

	// Years of experience: one linear scale for the whole column.
	const maxYears =
		max(steps.flatMap((st) => yearsOf(st).map((d) => d.years!.max ?? d.years!.min))) ?? 0;
	const yearsMax = Math.max(5, Math.ceil((maxYears + 3) / 5) * 5);
	const yearsRange: [number, number] = yearsCol
		? [yearsCol.x + 6, yearsCol.x + yearsCol.width - 40]
		: [0, 0];
	// A straight map, not d3-scale's scaleLinear: that one brings its interpolators and number
	// formats (~8 kB gzipped) into the page for a single line of arithmetic.
	const years =
		yearsCol &&
		((value: number) => yearsRange[0] + (value / yearsMax) * (yearsRange[1] - yearsRange[0]));

	// Statement bars share one scale so that counts compare across tracks and steps.
	const maxCount = max(tracks.flatMap((t) => t.steps.map((c) => c.count))) ?? 0;

	const firstTrackFor = (stepId: string) =>
		tracks.find((t) => t.steps.some((c) => c.step === stepId && c.status === 'defined')) ??
		input.tracks[0];
	const cellHref = (trackId: string | undefined, stepId: string, anchor?: string) =>
		cellPath(input.framework.id, trackId ?? '', stepId, anchor);

	const marks: ProgressionMark[] = [];
	const trackCols = columns.filter((c) => c.kind === 'track');
	steps.forEach((st, r) => {
		const row = rows[r]!;
		const mid = row.y + row.height / 2;
		tracks.forEach((t, c) => {
			const cell = t.steps.find((ts) => ts.step === st.id);
			const status: Coverage = cell?.status ?? 'not-documented';
			const count = cell?.count ?? 0;
			const column = trackCols[c]!;
			const box = { x: column.x, y: row.y + 3, width: column.width, height: row.height - 6 };
			const countText =
				status === 'defined'
					? `${count}`
					: status === 'not-applicable'
						? (cell?.sourceText ?? 'N/A')
						: '';
			const barRoom = box.width - textWidth(`${maxCount}`, font) - 14;
			const bar =
				status === 'defined' && maxCount > 0 && barRoom >= 16
					? {
							x: box.x + 5,
							y: mid - 4,
							width: Math.max(2, (barRoom * count) / maxCount),
							height: 8
						}
					: undefined;
			marks.push({
				id: `${t.id}--${st.id}`,
				kind: 'cell',
				row: r,
				col: c,
				...box,
				status,
				...(bar ? { bar } : {}),
				lines: countText
					? [
							{
								key: 'count',
								text: countText,
								x: bar ? bar.x + bar.width + 4 : box.x + box.width / 2,
								y: mid + font * 0.35
							}
						]
					: [],
				href: cellHref(t.id, st.id),
				label: `${t.name} at ${stepName(st)}: ${COVERAGE_WORDS[status]}${status === 'defined' ? `, ${count} statement${count === 1 ? '' : 's'}` : ''}`,
				heading: `${t.name} · ${stepName(st)}`,
				paragraphs: [
					status === 'defined'
						? `${count} statement${count === 1 ? '' : 's'} in the source.`
						: status === 'not-applicable'
							? `Not applicable${cell?.sourceText ? `: the source says “${cell.sourceText}”` : ''}.`
							: 'Not documented: the source describes no statements for this track here.',
					...(st.summary ? [st.summary] : [])
				]
			});
		});

		let c = tracks.length;
		const yearDims = yearsOf(st);
		if (yearsCol && years) {
			if (yearDims.length > 0) {
				const end = yearsRange[1];
				const bars = yearDims.map((d, j): YearsBar => {
					const y0 = mid + (j - (yearDims.length - 1) / 2) * 16;
					const x1 = years(d.years!.min);
					const open = d.years!.max === undefined;
					const x2 = open ? x1 + 6 : Math.max(x1 + 3, years(d.years!.max!));
					const text = formatYears(d.years!);
					const labelX = x2 + 7;
					// An open range ("8+") goes on as a dashed line after its label.
					const tail = labelX + textWidth(text, font - 1) + 4;
					return {
						key: d.id,
						x1,
						x2,
						...(open && tail < end ? { tail, tailEnd: end } : {}),
						y: y0,
						label: { key: d.id, text, x: labelX, y: y0 + font * 0.35 }
					};
				});
				const values = yearDims.map((d) => formatYears(d.years!));
				const disagree = new Set(values).size > 1;
				marks.push({
					id: `years--${st.id}`,
					kind: 'years',
					row: r,
					col: c,
					x: yearsCol.x,
					y: row.y + 3,
					width: yearsCol.width,
					height: row.height - 6,
					years: bars,
					lines: [],
					href: cellHref(firstTrackFor(st.id)?.id, st.id, yearDims[0]!.id),
					label: `${stepName(st)}: ${values.join(' or ')} years of experience${disagree ? ' (the source gives two values)' : ''}`,
					heading: `${stepName(st)} · years of experience`,
					paragraphs: [
						...yearDims.map((d) => `${d.label}: ${d.text}`),
						...(disagree
							? [`The source disagrees with itself here: ${values.join(' and ')} years.`]
							: [])
					]
				});
			}
			c += 1;
		}
		if (keyCol) {
			const d = st.dimensions.find((dim) => dim.kind === kind);
			const lines = keyLines.get(st.id)!;
			if (d) {
				const cx = keyCol.x + 8;
				const top = mid - ((lines.length - 1) * (font + 2)) / 2 + (font - 1) * 0.35;
				marks.push({
					id: `key--${st.id}`,
					kind: 'key',
					row: r,
					col: c,
					x: keyCol.x,
					y: row.y + 3,
					width: keyCol.width,
					height: row.height - 6,
					// The dot grows with the step: the progression reads at a glance.
					dot: { cx, cy: mid, r: 3 + (4 * r) / Math.max(1, steps.length - 1) },
					lines: lines.map((text, j) => ({
						key: `${j}`,
						text,
						x: keyCol.x + 20,
						y: top + j * (font + 2)
					})),
					href: cellHref(firstTrackFor(st.id)?.id, st.id, d.id),
					label: `${stepName(st)}, ${d.label}: ${d.text}`,
					heading: `${stepName(st)} · ${d.label}`,
					paragraphs: [d.text]
				});
			}
			c += 1;
		}
		if (signalCol) {
			const sig = signals.get(st.id);
			const lines = signalLines.get(st.id)!;
			if (sig) {
				const top = mid - ((lines.length - 1) * (font + 2)) / 2 + (font - 1) * 0.35;
				const next = steps[r + 1];
				const track = firstTrackFor(st.id);
				marks.push({
					id: `signal--${st.id}`,
					kind: 'signal',
					row: r,
					col: c,
					x: signalCol.x,
					y: row.y + 3,
					width: signalCol.width,
					height: row.height - 6,
					arrow: { x: signalCol.x + 8, y1: mid - 8, y2: row.y + row.height + 2 },
					lines: lines.map((text, j) => ({
						key: `${j}`,
						text,
						x: signalCol.x + 20,
						y: top + j * (font + 2)
					})),
					href: cellHref(track?.id, st.id, sig.first.id),
					label: `Progression signal out of ${stepName(st)}${next ? ` towards ${stepName(next)}` : ''}: ${sig.first.text}`,
					heading: `${stepName(st)}: ${sig.count} progression signal${sig.count === 1 ? '' : 's'}${next ? ` towards ${stepName(next)}` : ''}`,
					paragraphs: [
						`“${sig.first.text}”`,
						...(sig.count > 1 ? [`and ${sig.count - 1} more on the band’s page.`] : []),
						`${track?.steps.find((ts) => ts.step === st.id)?.count ?? 0} statements in this band.`
					]
				});
			}
		}
	});

	const gridCols = tracks.length + dims.length;
	return {
		width,
		height,
		fontSize: font,
		columns,
		rows,
		groups,
		...(yearsCol && years
			? {
					yearsAxis: {
						ticks: ticks(0, yearsMax, 5).map((value) => ({ value, x: years(value) })),
						y: headerHeight - 6,
						y1: headerHeight,
						y2: rowsEnd
					}
				}
			: {}),
		...(keyCol && rows.length > 1
			? {
					spine: {
						x: keyCol.x + 8,
						y1: rows[0]!.y + rows[0]!.height / 2,
						y2: rows.at(-1)!.y + rows.at(-1)!.height / 2
					}
				}
			: {}),
		marks,
		notes,
		gridRows: steps.length,
		gridCols
	};
}
