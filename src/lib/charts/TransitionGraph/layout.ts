// Track-transition graph as an arc diagram: every track stands in one column, grouped by framework
// (individual contributor → lead → management → role inside a group), and each transition is an
// arc in the gutter to the left of that column. An arc diagram keeps Speedoc's "any track to any
// track" (15 pairs among 6 tracks) legible as nested arcs, and fits a 360 px phone in one column.
import { pathRound } from 'd3-path';
import type { TrackFamily, TransitionKind } from '$lib/model/schema';
import { TRANSITION_KIND_LABELS } from '$lib/frameworks/labels';
import { wrapText } from '../shared/text';

// The transitions page imports the kind labels from here.
export { TRANSITION_KIND_LABELS } from '$lib/frameworks/labels';

export interface GraphTrack {
	id: string;
	name: string;
	family: TrackFamily;
}

export interface GraphFramework {
	id: string;
	name: string;
	color: string;
	tracks: GraphTrack[];
}

/** Where a transition starts or ends; `framework` is always given (resolved by the loader). */
export interface GraphEnd {
	framework: string;
	track: string;
}

export interface GraphTransition {
	id: string;
	from: GraphEnd;
	to: GraphEnd;
	kind: TransitionKind;
	bidirectional: boolean;
}

export interface GroupMark {
	/** The framework id. */
	id: string;
	name: string;
	color: string;
	/** The band behind the group's tracks. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** The framework's name, wrapped, with each line's baseline. */
	titleLines: { text: string; y: number }[];
}

export interface NodeMark {
	/** `<framework>/<track>`: the same key as the page's `?from=`. */
	id: string;
	framework: string;
	track: string;
	name: string;
	family: TrackFamily;
	color: string;
	/** Centre of the track's dot. */
	x: number;
	y: number;
	/** Its row in keyboard order. */
	row: number;
	labelX: number;
	/** Baselines of the name lines, then of the family line. */
	nameLines: { text: string; y: number }[];
	familyY: number;
	/** How many drawn edges touch it. */
	degree: number;
}

export interface EdgeMark {
	/** The first transition's id (stable). */
	id: string;
	kind: TransitionKind;
	/** Node ids, as the first transition states them. */
	source: string;
	target: string;
	/** The transitions drawn by this edge: duplicates and reverse moves of the same kind merge. */
	transitions: string[];
	/** Arrowheads at the source (some move comes back) and the target. */
	arrowAtSource: boolean;
	arrowAtTarget: boolean;
	path: string;
	/** Closed triangles, one per arrowhead. */
	arrows: string[];
}

export interface LegendMark {
	kind: TransitionKind;
	label: string;
	/** A short sample of the kind's line. */
	path: string;
	textX: number;
	textY: number;
}

export interface TransitionLayout {
	width: number;
	height: number;
	legend: LegendMark[];
	groups: GroupMark[];
	nodes: NodeMark[];
	edges: EdgeMark[];
	/** Keyboard grid: one row per node; column 0 is the node, then its edges top to bottom. */
	rows: { node: string; edges: string[] }[];
	cols: number;
}

/** Moves first; `comparable` (the same craft elsewhere, not a move) last, drawn without arrows. */
const KIND_ORDER: TransitionKind[] = ['promotion', 'lateral', 'sibling', 'next-role', 'comparable'];
const FAMILY_ORDER: TrackFamily[] = ['individual-contributor', 'lead', 'management', 'role'];

export const nodeKey = (end: GraphEnd) => `${end.framework}/${end.track}`;

// Sizes in viewBox units; the SVG is drawn 360 wide so its 14-unit text stays ≥ 12 px on a phone.
const PAD = 8;
const NODE_R = 7;
const NAME_LINE = 17;
const FAMILY_LINE = 15;
const ROW_GAP = 12;
const TITLE_LINE = 18;
const LEGEND_LINE = 22;
/** Track names are 14-unit text; framework names the same, bold. */
const FONT = 14;

interface MergedEdge {
	id: string;
	kind: TransitionKind;
	source: string;
	target: string;
	transitions: string[];
	arrowAtSource: boolean;
	arrowAtTarget: boolean;
}

/**
 * One drawn edge per pair of tracks and kind: a bidirectional transition, or two that point at
 * each other, become one edge with arrowheads at both ends. Transitions whose tracks are missing
 * are left out (the validator rejects them in bundled data).
 */
export function mergeTransitions(
	transitions: readonly GraphTransition[],
	known: ReadonlySet<string>
): MergedEdge[] {
	const byPair = new Map<string, MergedEdge>();
	for (const t of transitions) {
		const from = nodeKey(t.from);
		const to = nodeKey(t.to);
		if (!known.has(from) || !known.has(to)) continue;
		const pair = [from, to].sort().join(' ');
		const key = `${pair} ${t.kind}`;
		let edge = byPair.get(key);
		if (!edge) {
			edge = {
				id: t.id,
				kind: t.kind,
				source: from,
				target: to,
				transitions: [],
				arrowAtSource: false,
				arrowAtTarget: false
			};
			byPair.set(key, edge);
		}
		edge.transitions.push(t.id);
		// A comparison points nowhere: no arrowheads.
		if (t.kind === 'comparable') continue;
		const forward = from === edge.source;
		if (forward || t.bidirectional) edge.arrowAtTarget = true;
		if (!forward || t.bidirectional) edge.arrowAtSource = true;
	}
	return [...byPair.values()];
}

/**
 * Frameworks in the given order, except that a framework linked to the one just placed comes
 * next, so cross-framework arcs stay short.
 */
function orderFrameworks(
	frameworks: readonly GraphFramework[],
	edges: readonly MergedEdge[]
): GraphFramework[] {
	const frameworkOf = (node: string) => node.slice(0, node.indexOf('/'));
	const links = (a: string, b: string) =>
		edges.filter((e) => {
			const ends = [frameworkOf(e.source), frameworkOf(e.target)];
			return ends.includes(a) && ends.includes(b) && a !== b;
		}).length;
	const rest = [...frameworks];
	const ordered: GraphFramework[] = [];
	while (rest.length > 0) {
		const last = ordered.at(-1);
		let pick = 0;
		if (last) {
			let best = 0;
			rest.forEach((fw, i) => {
				const n = links(last.id, fw.id);
				if (n > best) [best, pick] = [n, i];
			});
		}
		ordered.push(...rest.splice(pick, 1));
	}
	return ordered;
}

/**
 * A group's tracks by family; within a family, tracks linked to an earlier framework first and
 * to a later one last, so their cross-framework arcs do not run past the whole group.
 */
function orderTracks(
	fw: GraphFramework,
	groupIndex: ReadonlyMap<string, number>,
	edges: readonly MergedEdge[]
): GraphTrack[] {
	const here = groupIndex.get(fw.id)!;
	const pull = (track: GraphTrack) => {
		const key = `${fw.id}/${track.id}`;
		let sum = 0;
		for (const e of edges) {
			const other = e.source === key ? e.target : e.target === key ? e.source : undefined;
			if (other === undefined) continue;
			const there = groupIndex.get(other.slice(0, other.indexOf('/')))!;
			sum += Math.sign(there - here);
		}
		return Math.sign(sum);
	};
	return fw.tracks
		.map((track, index) => ({ track, index, pull: pull(track) }))
		.sort(
			(a, b) =>
				FAMILY_ORDER.indexOf(a.track.family) - FAMILY_ORDER.indexOf(b.track.family) ||
				a.pull - b.pull ||
				a.index - b.index
		)
		.map((t) => t.track);
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A right-pointing arrowhead whose tip is at (x, y). */
function arrowhead(x: number, y: number): string {
	const p = pathRound(1);
	p.moveTo(x, y);
	p.lineTo(x - 6, y - 2.5);
	p.lineTo(x - 6, y + 2.5);
	p.closePath();
	return p.toString();
}

export function layoutTransitions(
	frameworks: readonly GraphFramework[],
	transitions: readonly GraphTransition[],
	{ width = 360 }: { width?: number } = {}
): TransitionLayout {
	const known = new Set(frameworks.flatMap((fw) => fw.tracks.map((t) => `${fw.id}/${t.id}`)));
	const merged = mergeTransitions(transitions, known);

	// Legend: the kinds drawn, two to a line.
	const kinds = KIND_ORDER.filter((k) => merged.some((e) => e.kind === k));
	const legendColumn = (width - 2 * PAD) / 2;
	const legend: LegendMark[] = kinds.map((kind, i) => {
		const x = PAD + (i % 2) * legendColumn;
		const y = PAD + Math.floor(i / 2) * LEGEND_LINE + 10;
		return {
			kind,
			label: TRANSITION_KIND_LABELS[kind],
			path: `M${x},${y}L${x + 34},${y}`,
			textX: x + 42,
			textY: y + 5
		};
	});
	let y = legend.length === 0 ? PAD : PAD + Math.ceil(legend.length / 2) * LEGEND_LINE + 10;

	// The gutter holds the arcs; labels take the rest of the width.
	const nodeX = round(PAD + width * 0.36);
	const labelX = nodeX + NODE_R + 8;
	const nameWidth = Math.max(60, width - PAD - labelX);
	const bandX = nodeX - NODE_R - 8;
	const titleWidth = Math.max(60, width - PAD - bandX - 10);

	const ordered = orderFrameworks(frameworks, merged);
	const groupIndex = new Map(ordered.map((fw, i) => [fw.id, i]));
	const groups: GroupMark[] = [];
	const nodes: NodeMark[] = [];
	for (const fw of ordered) {
		if (fw.tracks.length === 0) continue;
		const top = y;
		const titleLines = wrapText(fw.name, titleWidth, FONT, Infinity, true).map((text, i) => ({
			text,
			y: top + 22 + i * TITLE_LINE
		}));
		y = top + 22 + (titleLines.length - 1) * TITLE_LINE + 12;
		for (const track of orderTracks(fw, groupIndex, merged)) {
			const lines = wrapText(track.name, nameWidth, FONT);
			const dotY = y + 12;
			const nameLines = lines.map((text, i) => ({ text, y: dotY + 5 + i * NAME_LINE }));
			const familyY = dotY + 5 + (lines.length - 1) * NAME_LINE + FAMILY_LINE;
			nodes.push({
				id: `${fw.id}/${track.id}`,
				framework: fw.id,
				track: track.id,
				name: track.name,
				family: track.family,
				color: fw.color,
				x: nodeX,
				y: dotY,
				row: nodes.length,
				labelX,
				nameLines,
				familyY,
				degree: 0
			});
			y = familyY + ROW_GAP;
		}
		groups.push({
			id: fw.id,
			name: fw.name,
			color: fw.color,
			x: bandX,
			y: top,
			width: width - PAD - bandX,
			height: y - top,
			titleLines
		});
		y += 10;
	}
	const height = round(y + PAD);

	// Ports: a node's edges meet its dot at spread-out points, ordered by where the other end is,
	// so arcs to tracks above leave from the top and arcs do not pile onto one point.
	const nodeById = new Map(nodes.map((n) => [n.id, n]));
	const incident = new Map<string, MergedEdge[]>(nodes.map((n) => [n.id, []]));
	for (const e of merged) {
		incident.get(e.source)!.push(e);
		if (e.target !== e.source) incident.get(e.target)!.push(e);
	}
	const otherY = (node: string, e: MergedEdge) =>
		nodeById.get(e.source === node ? e.target : e.source)!.y;
	const port = new Map<string, number>();
	const rows = nodes.map((n) => {
		const list = [...incident.get(n.id)!].sort(
			(a, b) =>
				otherY(n.id, a) - otherY(n.id, b) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
		);
		n.degree = list.length;
		const spread = list.length > 1 ? Math.min(5.5, 26 / (list.length - 1)) : 0;
		list.forEach((e, i) => port.set(`${n.id} ${e.id}`, n.y + (i - (list.length - 1) / 2) * spread));
		return { node: n.id, edges: list.map((e) => e.id) };
	});

	// Edges of different kinds between the same two tracks bow out by different amounts.
	const pairCount = new Map<string, number>();
	const portX = nodeX - NODE_R - 2;
	const maxBulge = portX - PAD - 2;
	const edges: EdgeMark[] = merged.map((e) => {
		const y1 = port.get(`${e.source} ${e.id}`)!;
		const y2 = port.get(`${e.target} ${e.id}`)!;
		const pair = [e.source, e.target].sort().join(' ');
		const nth = pairCount.get(pair) ?? 0;
		pairCount.set(pair, nth + 1);
		const p = pathRound(1);
		const arrows: string[] = [];
		if (e.source === e.target) {
			// A move within one track (a promotion between its steps): a small loop.
			const reach = 26 + nth * 8;
			p.moveTo(portX, y1 - 3);
			p.bezierCurveTo(portX - reach, y1 - 18, portX - reach, y1 + 18, portX, y1 + 3);
			if (e.arrowAtTarget || e.arrowAtSource) arrows.push(arrowhead(portX, y1 + 3));
		} else {
			// A cubic with horizontal ends bulges 3/4 of its control offset to the left.
			const bulge = Math.min(maxBulge, 14 + Math.abs(y2 - y1) * 0.42 + nth * 10);
			const c = portX - bulge / 0.75;
			p.moveTo(portX, y1);
			p.bezierCurveTo(c, y1, c, y2, portX, y2);
			if (e.arrowAtSource) arrows.push(arrowhead(portX, y1));
			if (e.arrowAtTarget) arrows.push(arrowhead(portX, y2));
		}
		return { ...e, path: p.toString(), arrows };
	});

	return {
		width,
		height,
		legend,
		groups,
		nodes,
		edges,
		rows,
		cols: 1 + Math.max(0, ...nodes.map((n) => n.degree))
	};
}

/** A track, the tracks one transition away, and the edges between them. */
export function neighbourhood(
	layout: Pick<TransitionLayout, 'edges'>,
	node: string
): { nodes: Set<string>; edges: Set<string> } {
	const nodes = new Set([node]);
	const edges = new Set<string>();
	for (const e of layout.edges) {
		if (e.source === node || e.target === node) {
			edges.add(e.id);
			nodes.add(e.source);
			nodes.add(e.target);
		}
	}
	return { nodes, edges };
}
