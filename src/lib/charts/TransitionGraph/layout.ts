// Track-transition graph as an arc diagram: every track stands in one column, grouped by framework
// (individual contributor → lead → management → role inside a group), and each transition is an
// arc in the gutter to the left of that column. A group of transitions that joins every two of its
// tracks with one sentence (Speedoc's "any track to any track") is one hub instead of a hairball:
// a bracket in the gutter with a tick to each of its tracks. It fits a 360 px phone in one column.
import { pathRound } from 'd3-path';
import type { TrackFamily, TransitionKind } from '$lib/model/schema';
import { TRANSITION_KIND_LABELS } from '$lib/frameworks/labels';
import { textWidth, wrapText } from '../shared/text';
import { findTransitionGroups, groupPairs } from './groups';

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
	/** Set when the move starts or ends at a given step (such moves are never grouped). */
	step?: unknown;
}

export interface GraphTransition {
	id: string;
	from: GraphEnd;
	to: GraphEnd;
	kind: TransitionKind;
	bidirectional: boolean;
	/** The source sentence: transitions citing the same one may be drawn as one hub. */
	evidence?: string;
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
	/** How many drawn edges and hubs touch it (its columns in the keyboard grid). */
	degree: number;
	/** How many transitions start or end at it, whether drawn as edges or inside a hub. */
	transitions: number;
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
	/**
	 * How far left of the tracks it bows. Arcs are drawn deepest first, so that where the targets
	 * of nested arcs overlap the inner one is on top and the outer one is reachable outside it.
	 */
	reach: number;
}

/** Two tracks of a hub, and the transitions between them. */
export interface HubPair {
	source: string;
	target: string;
	transitions: string[];
}

/** A group of transitions joining every two of its tracks both ways, drawn as one bracket. */
export interface HubMark {
	/** The group's id (`group:<first transition>`). */
	id: string;
	kind: TransitionKind;
	/** Its tracks (node ids), top to bottom as drawn. */
	tracks: string[];
	/** Every transition it stands for. */
	transitions: string[];
	/** Every pair of its tracks, in the group's order (the data table lists each). */
	pairs: HubPair[];
	/** The spine and a tick to each track. */
	path: string;
	/** Arrowheads into each track (none for a comparison). */
	arrows: string[];
	/** The tap and hover target: the spine, its ticks and its label, clear of the tracks. */
	hit: { x: number; y: number; width: number; height: number };
	/** "any ↔ any" and the number of pairs, right-aligned at `x`, left of the spine. */
	label: { x: number; lines: { text: string; y: number }[] };
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
	hubs: HubMark[];
	/**
	 * Keyboard grid: one row per node; column 0 is the node, then its edges and hubs (by id)
	 * top to bottom.
	 */
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
const LEGEND_FONT = 13;
/** Track names are 14-unit text; framework names the same, bold. */
const FONT = 14;
const HUB_FONT = 13;
/** How far left of the tracks' ports a hub's spine stands, and the next hub further on. */
const HUB_OFFSET = 24;
const HUB_STEP = 12;

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

/** Two tracks drawn as linked (an edge, or two tracks of a hub). */
type Link = Pick<MergedEdge, 'source' | 'target'>;

/**
 * Frameworks in the given order, except that a framework linked to the one just placed comes
 * next, so cross-framework arcs stay short.
 */
function orderFrameworks(
	frameworks: readonly GraphFramework[],
	edges: readonly Link[]
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
	edges: readonly Link[]
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
	const drawable = transitions.filter(
		(t) => known.has(nodeKey(t.from)) && known.has(nodeKey(t.to))
	);
	// "Any ↔ any" groups become hubs; every other transition an edge.
	const groups = findTransitionGroups(drawable);
	const grouped = new Set(groups.flatMap((g) => g.transitions.map((t) => t.id)));
	const merged = mergeTransitions(
		drawable.filter((t) => !grouped.has(t.id)),
		known
	);
	const groupLinks: Link[] = groups.flatMap((g) =>
		groupPairs(g).map(([source, target]) => ({ source, target }))
	);
	const links: Link[] = [...merged, ...groupLinks];

	// Legend: the kinds drawn, as many to a line as fit.
	const kinds = KIND_ORDER.filter(
		(k) => merged.some((e) => e.kind === k) || groups.some((g) => g.kind === k)
	);
	const legend: LegendMark[] = [];
	let legendX = PAD;
	let legendY = PAD + 10;
	for (const kind of kinds) {
		const label = TRANSITION_KIND_LABELS[kind];
		const itemWidth = 42 + Math.ceil(textWidth(label, LEGEND_FONT));
		if (legendX > PAD && legendX + itemWidth > width - PAD) {
			legendX = PAD;
			legendY += LEGEND_LINE;
		}
		legend.push({
			kind,
			label,
			path: `M${legendX},${legendY}L${legendX + 34},${legendY}`,
			textX: legendX + 42,
			textY: legendY + 5
		});
		legendX += itemWidth + 18;
	}
	let y = legend.length === 0 ? PAD : legendY + LEGEND_LINE;

	// The gutter holds the arcs; labels take the rest of the width.
	const nodeX = round(PAD + width * 0.36);
	const labelX = nodeX + NODE_R + 8;
	const nameWidth = Math.max(60, width - PAD - labelX);
	const bandX = nodeX - NODE_R - 8;
	const titleWidth = Math.max(60, width - PAD - bandX - 10);

	const ordered = orderFrameworks(frameworks, links);
	const groupIndex = new Map(ordered.map((fw, i) => [fw.id, i]));
	const bands: GroupMark[] = [];
	const nodes: NodeMark[] = [];
	for (const fw of ordered) {
		if (fw.tracks.length === 0) continue;
		const top = y;
		const titleLines = wrapText(fw.name, titleWidth, FONT, Infinity, true).map((text, i) => ({
			text,
			y: top + 22 + i * TITLE_LINE
		}));
		y = top + 22 + (titleLines.length - 1) * TITLE_LINE + 12;
		for (const track of orderTracks(fw, groupIndex, links)) {
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
				degree: 0,
				transitions: drawable.filter(
					(t) =>
						nodeKey(t.from) === `${fw.id}/${track.id}` || nodeKey(t.to) === `${fw.id}/${track.id}`
				).length
			});
			y = familyY + ROW_GAP;
		}
		bands.push({
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
	const nodeById = new Map(nodes.map((n) => [n.id, n]));

	// A hub's tracks top to bottom; its middle is where its label goes.
	const hubSpans = groups.map((g) => {
		const ys = g.tracks.map((t) => nodeById.get(t)!.y);
		return {
			group: g,
			tracks: [...g.tracks].sort((a, b) => nodeById.get(a)!.y - nodeById.get(b)!.y),
			top: Math.min(...ys),
			bottom: Math.max(...ys)
		};
	});

	// Ports: a node's edges meet its dot at spread-out points, ordered by where the other end is,
	// so arcs to tracks above leave from the top and arcs do not pile onto one point. A hub's other
	// end is its middle.
	type Incident = { id: string; kind: TransitionKind; otherY: number };
	const incident = new Map<string, Incident[]>(nodes.map((n) => [n.id, []]));
	for (const e of merged) {
		incident.get(e.source)!.push({ id: e.id, kind: e.kind, otherY: nodeById.get(e.target)!.y });
		if (e.target !== e.source) {
			incident.get(e.target)!.push({ id: e.id, kind: e.kind, otherY: nodeById.get(e.source)!.y });
		}
	}
	for (const h of hubSpans) {
		for (const t of h.tracks) {
			incident.get(t)!.push({ id: h.group.id, kind: h.group.kind, otherY: (h.top + h.bottom) / 2 });
		}
	}
	const port = new Map<string, number>();
	const rows = nodes.map((n) => {
		const list = [...incident.get(n.id)!].sort(
			(a, b) => a.otherY - b.otherY || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
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
		let reach: number;
		if (e.source === e.target) {
			// A move within one track (a promotion between its steps): a small loop.
			const control = 26 + nth * 8;
			reach = control * 0.75;
			p.moveTo(portX, y1 - 3);
			p.bezierCurveTo(portX - control, y1 - 18, portX - control, y1 + 18, portX, y1 + 3);
			if (e.arrowAtTarget || e.arrowAtSource) arrows.push(arrowhead(portX, y1 + 3));
		} else {
			// A cubic with horizontal ends bulges 3/4 of its control offset to the left. Nested arcs
			// stand about 20 apart at their far points, so each has a stretch of its own to tap.
			reach = Math.min(maxBulge, 14 + Math.abs(y2 - y1) * 0.5 + nth * 10);
			const c = portX - reach / 0.75;
			p.moveTo(portX, y1);
			p.bezierCurveTo(c, y1, c, y2, portX, y2);
			if (e.arrowAtSource) arrows.push(arrowhead(portX, y1));
			if (e.arrowAtTarget) arrows.push(arrowhead(portX, y2));
		}
		return { ...e, path: p.toString(), arrows, reach: round(reach) };
	});

	// Hubs: a spine in the gutter with a tick into each of its tracks; hubs that overlap stand
	// further out. The target spans the spine, its ticks and its label, and stops short of the
	// tracks' own targets (which start 12 left of the dots).
	const hubs: HubMark[] = [];
	for (const h of hubSpans) {
		const depth = hubs.filter((o) => {
			const top = nodeById.get(o.tracks[0]!)!.y;
			const bottom = nodeById.get(o.tracks.at(-1)!)!.y;
			return top <= h.bottom && bottom >= h.top;
		}).length;
		const spineX = round(portX - HUB_OFFSET - depth * HUB_STEP);
		const ports = h.tracks.map((t) => port.get(`${t} ${h.group.id}`)!);
		const p = pathRound(1);
		p.moveTo(spineX, Math.min(...ports));
		p.lineTo(spineX, Math.max(...ports));
		for (const py of ports) {
			p.moveTo(spineX, py);
			p.lineTo(portX, py);
		}
		const pairs = groupPairs(h.group).map(([source, target]) => ({
			source,
			target,
			transitions: h.group.transitions
				.filter((t) => {
					const ends = [nodeKey(t.from), nodeKey(t.to)];
					return ends.includes(source) && ends.includes(target);
				})
				.map((t) => t.id)
		}));
		const middle = (h.top + h.bottom) / 2;
		const labelRight = spineX - 6;
		const lines = [
			{ text: h.group.kind === 'comparable' ? 'any ≈ any' : 'any ↔ any', y: middle - 2 },
			{ text: `${pairs.length} pairs`, y: middle + 14 }
		];
		const labelWidth = Math.max(...lines.map((l) => textWidth(l.text, HUB_FONT, true)));
		const hitLeft = Math.max(PAD / 2, Math.min(spineX - 12, labelRight - labelWidth - 4));
		const hitTop = Math.min(h.top - 12, middle - 16);
		const hitBottom = Math.max(h.bottom + 12, middle + 20);
		hubs.push({
			id: h.group.id,
			kind: h.group.kind,
			tracks: h.tracks,
			transitions: h.group.transitions.map((t) => t.id),
			pairs,
			path: p.toString(),
			arrows: h.group.kind === 'comparable' ? [] : ports.map((py) => arrowhead(portX, py)),
			hit: {
				x: round(hitLeft),
				y: round(hitTop),
				width: round(nodeX - 12 - hitLeft),
				height: round(hitBottom - hitTop)
			},
			label: { x: round(labelRight), lines: lines.map((l) => ({ ...l, y: round(l.y) })) }
		});
	}

	return {
		width,
		height,
		legend,
		groups: bands,
		nodes,
		edges,
		hubs,
		rows,
		cols: 1 + Math.max(0, ...nodes.map((n) => n.degree))
	};
}

/** A track, the tracks one transition away, and the edges and hubs (by id) that join them. */
export function neighbourhood(
	layout: Pick<TransitionLayout, 'edges' | 'hubs'>,
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
	for (const h of layout.hubs) {
		if (!h.tracks.includes(node)) continue;
		edges.add(h.id);
		for (const t of h.tracks) nodes.add(t);
	}
	return { nodes, edges };
}
