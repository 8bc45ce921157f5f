import { describe, expect, it } from 'vitest';
import {
	layoutTransitions,
	mergeTransitions,
	neighbourhood,
	type GraphFramework,
	type GraphTransition,
	type TransitionLayout
} from './layout';
import type { TrackFamily, TransitionKind } from '$lib/model/schema';
import { textWidth } from '../shared/text';

const fw = (id: string, tracks: [string, TrackFamily][], name = id.toUpperCase()) =>
	({
		id,
		name,
		color: '#123456',
		tracks: tracks.map(([track, family]) => ({ id: track, name: track, family }))
	}) satisfies GraphFramework;

const move = (
	id: string,
	from: string,
	to: string,
	kind: TransitionKind = 'lateral',
	bidirectional = false
): GraphTransition => {
	const [ff, ft] = from.split('/') as [string, string];
	const [tf, tt] = to.split('/') as [string, string];
	return {
		id,
		from: { framework: ff, track: ft },
		to: { framework: tf, track: tt },
		kind,
		bidirectional
	};
};

/** Every number in a path string. */
const numbers = (path: string) => [...path.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
/** A path's first and last points. */
function ends(path: string) {
	const n = numbers(path);
	return { start: [n[0]!, n[1]!], end: [n.at(-2)!, n.at(-1)!] };
}
const round = (n: number) => Math.round(n);

const speedoc = fw('speedoc', [
	['support', 'individual-contributor'],
	['qa', 'individual-contributor'],
	['platform', 'individual-contributor'],
	['development', 'individual-contributor'],
	['tech-lead', 'lead'],
	['engineering-management', 'management']
]);
const allPairs = speedoc.tracks.flatMap((a, i) =>
	speedoc.tracks
		.slice(i + 1)
		.map((b) => move(`${a.id}-${b.id}`, `speedoc/${a.id}`, `speedoc/${b.id}`, 'lateral', true))
);
/** Speedoc as its source says it: one sentence for every pair. */
const SENTENCE = 'Transitions to other tracks can be made';
const allPairsOneSentence = allPairs.map((t) => ({ ...t, evidence: SENTENCE }));

describe('layoutTransitions: shapes of data', () => {
	it.each<{
		name: string;
		frameworks: GraphFramework[];
		transitions: GraphTransition[];
		nodes: string[];
		edges: number;
		degrees: number[];
		legend: TransitionKind[];
	}>([
		{
			name: 'empty data',
			frameworks: [],
			transitions: [],
			nodes: [],
			edges: 0,
			degrees: [],
			legend: []
		},
		{
			name: 'a single track',
			frameworks: [fw('vaarst', [['devops-engineer', 'individual-contributor']])],
			transitions: [],
			nodes: ['vaarst/devops-engineer'],
			edges: 0,
			degrees: [0],
			legend: []
		},
		{
			name: 'a framework whose tracks have no transitions',
			frameworks: [
				fw('a', [
					['a1', 'individual-contributor'],
					['a2', 'individual-contributor']
				]),
				fw('quiet', [
					['q1', 'individual-contributor'],
					['q2', 'management']
				])
			],
			transitions: [move('t', 'a/a1', 'a/a2', 'sibling')],
			nodes: ['a/a1', 'a/a2', 'quiet/q1', 'quiet/q2'],
			edges: 1,
			degrees: [1, 1, 0, 0],
			legend: ['sibling']
		},
		{
			name: 'all pairs of six tracks (Speedoc)',
			frameworks: [speedoc],
			transitions: allPairs,
			nodes: speedoc.tracks.map((t) => `speedoc/${t.id}`),
			edges: 15,
			degrees: [5, 5, 5, 5, 5, 5],
			legend: ['lateral']
		},
		{
			name: 'transitions pointing at unknown tracks are left out',
			frameworks: [fw('a', [['a1', 'individual-contributor']])],
			transitions: [move('t', 'a/a1', 'b/nope'), move('u', 'a/ghost', 'a/a1')],
			nodes: ['a/a1'],
			edges: 0,
			degrees: [0],
			legend: []
		}
	])('$name', ({ frameworks, transitions, nodes, edges, degrees, legend }) => {
		const layout = layoutTransitions(frameworks, transitions);
		expect(layout.nodes.map((n) => n.id)).toEqual(nodes);
		expect(layout.nodes.map((n) => n.degree)).toEqual(degrees);
		expect(layout.edges).toHaveLength(edges);
		expect(layout.legend.map((l) => l.kind)).toEqual(legend);
		expect(layout.rows.map((r) => r.node)).toEqual(nodes);
		expect(layout.rows.map((r) => r.edges.length)).toEqual(degrees);
		expect(layout.cols).toBe(1 + Math.max(0, ...degrees));
		expect(layout.groups).toHaveLength(frameworks.filter((f) => f.tracks.length > 0).length);
		expectInside(layout);
	});
});

/** Points along a path of M, L, C and Z commands (cubics sampled), as drawn. */
function drawnPoints(path: string): [number, number][] {
	const points: [number, number][] = [];
	for (const [, command, args] of path.matchAll(/([MLCZ])([^MLCZ]*)/g)) {
		const n = numbers(args!);
		if (command === 'M' || command === 'L') points.push([n[0]!, n[1]!]);
		if (command === 'C') {
			const [x0, y0] = points.at(-1)!;
			const [x1, y1, x2, y2, x3, y3] = n as [number, number, number, number, number, number];
			for (let t = 0.1; t <= 1.001; t += 0.1) {
				const u = 1 - t;
				points.push([
					u ** 3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t ** 3 * x3,
					u ** 3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t ** 3 * y3
				]);
			}
		}
	}
	return points;
}

/** Everything drawn is at finite coordinates inside the viewBox. */
function expectInside(layout: TransitionLayout) {
	expect(Number.isFinite(layout.height)).toBe(true);
	expect(layout.height).toBeGreaterThan(0);
	const points: [number, number][] = [];
	for (const n of layout.nodes) {
		points.push(
			[n.x, n.y],
			[n.labelX, n.familyY],
			...n.nameLines.map((l) => [n.labelX, l.y] as [number, number])
		);
	}
	for (const e of layout.edges) {
		for (const path of [e.path, ...e.arrows]) points.push(...drawnPoints(path));
	}
	for (const g of layout.groups) points.push([g.x, g.y], [g.x + g.width, g.y + g.height]);
	for (const h of layout.hubs) {
		for (const path of [h.path, ...h.arrows]) points.push(...drawnPoints(path));
		points.push([h.hit.x, h.hit.y], [h.hit.x + h.hit.width, h.hit.y + h.hit.height]);
		for (const line of h.label.lines) {
			points.push([h.label.x - textWidth(line.text, 13, true), line.y], [h.label.x, line.y]);
		}
	}
	// Legend text ends inside too: an SVG that overflows makes a phone's page scroll sideways.
	for (const l of layout.legend) {
		points.push(
			...drawnPoints(l.path),
			[l.textX, l.textY],
			[l.textX + textWidth(l.label, 13), l.textY]
		);
	}
	for (const [x, y] of points) {
		expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
		expect(x >= 0 && x <= layout.width, `x ${x}`).toBe(true);
		expect(y >= 0 && y <= layout.height, `y ${y}`).toBe(true);
	}
}

describe('layoutTransitions: placement', () => {
	it('stacks tracks in one column, individual contributor → lead → management → role', () => {
		const layout = layoutTransitions(
			[
				fw('a', [
					['boss', 'management'],
					['role', 'role'],
					['ic', 'individual-contributor'],
					['lead', 'lead']
				])
			],
			[]
		);
		expect(layout.nodes.map((n) => n.track)).toEqual(['ic', 'lead', 'boss', 'role']);
		expect(new Set(layout.nodes.map((n) => n.x)).size).toBe(1);
		const ys = layout.nodes.map((n) => n.y);
		expect(ys).toEqual([...ys].sort((a, b) => a - b));
		expect(layout.nodes.map((n) => n.row)).toEqual([0, 1, 2, 3]);
	});

	it('wraps a long track name and makes room for the second line', () => {
		const long = 'Infrastructure & Platform Engineering';
		const layout = layoutTransitions(
			[
				{
					id: 'ipe',
					name: long,
					color: '#000',
					tracks: [
						{ id: 'ipe', name: long, family: 'individual-contributor' },
						{ id: 'sre', name: 'SRE', family: 'individual-contributor' }
					]
				}
			],
			[]
		);
		const [first, second] = layout.nodes;
		expect(first!.nameLines.map((l) => l.text)).toEqual([
			'Infrastructure & Platform',
			'Engineering'
		]);
		expect(second!.nameLines.map((l) => l.text)).toEqual(['SRE']);
		// The second track starts below the first one's family line.
		expect(second!.y - 12).toBeGreaterThan(first!.familyY);
		expect(layout.groups[0]!.titleLines.length).toBe(2);
	});

	it('keeps a framework linked to the one just placed next to it, and its linked track at the near end', () => {
		// b links to d; c has nothing to do with either.
		const layout = layoutTransitions(
			[
				fw('b', [
					['b1', 'individual-contributor'],
					['b2', 'individual-contributor'],
					['b3', 'individual-contributor']
				]),
				fw('c', [['c1', 'individual-contributor']]),
				fw('d', [['d1', 'individual-contributor']])
			],
			[move('x', 'd/d1', 'b/b1', 'sibling')]
		);
		expect(layout.groups.map((g) => g.id)).toEqual(['b', 'd', 'c']);
		expect(layout.nodes.map((n) => n.id)).toEqual(['b/b2', 'b/b3', 'b/b1', 'd/d1', 'c/c1']);
	});

	it('draws a cross-framework edge from its source to its target, arrowhead at the target', () => {
		const layout = layoutTransitions(
			[
				fw('ipe', [['devops-tooling', 'individual-contributor']]),
				fw('vaarst', [['devops', 'individual-contributor']])
			],
			[move('x', 'vaarst/devops', 'ipe/devops-tooling', 'sibling')]
		);
		const [edge] = layout.edges;
		const source = layout.nodes.find((n) => n.id === 'vaarst/devops')!;
		const target = layout.nodes.find((n) => n.id === 'ipe/devops-tooling')!;
		expect(edge).toMatchObject({
			source: source.id,
			target: target.id,
			kind: 'sibling',
			arrowAtSource: false,
			arrowAtTarget: true
		});
		const { start, end } = ends(edge!.path);
		expect(start.map(round)).toEqual([round(source.x - 9), round(source.y)]);
		expect(end.map(round)).toEqual([round(target.x - 9), round(target.y)]);
		// The arc bows into the gutter, left of the tracks.
		expect(Math.min(...drawnPoints(edge!.path).map(([x]) => x))).toBeLessThan(source.x - 20);
		expect(edge!.arrows).toHaveLength(1);
		expect(round(numbers(edge!.arrows[0]!)[1]!)).toBe(round(target.y));
	});

	it('spreads the ends of a busy track so arcs do not meet at one point', () => {
		const layout = layoutTransitions([speedoc], allPairs);
		const platform = layout.nodes.find((n) => n.track === 'platform')!;
		const touching = layout.edges.filter(
			(e) => e.source === platform.id || e.target === platform.id
		);
		const portYs = touching.map((e) => {
			const { start, end } = ends(e.path);
			return round((e.source === platform.id ? start : end)[1]!);
		});
		expect(new Set(portYs).size).toBe(5);
		for (const y of portYs) expect(Math.abs(y - platform.y)).toBeLessThanOrEqual(13);
		// Every move goes both ways: two arrowheads each.
		expect(layout.edges.every((e) => e.arrows.length === 2)).toBe(true);
	});

	it('draws a move within one track as a small loop beside it', () => {
		const layout = layoutTransitions(
			[fw('a', [['ic', 'individual-contributor']])],
			[move('p', 'a/ic', 'a/ic', 'promotion')]
		);
		const [edge] = layout.edges;
		expect(edge!.source).toBe(edge!.target);
		const { start, end } = ends(edge!.path);
		expect(round(start[0]!)).toBe(round(end[0]!));
		expect(end[1]! - start[1]!).toBe(6);
		expect(edge!.arrows).toHaveLength(1);
		expect(layout.rows[0]!.edges).toEqual(['p']);
	});

	it('orders a track’s transitions in the keyboard grid by where the other end is', () => {
		const layout = layoutTransitions([speedoc], allPairs);
		const qa = layout.rows.find((r) => r.node === 'speedoc/qa')!;
		expect(qa.edges).toEqual([
			'support-qa',
			'qa-platform',
			'qa-development',
			'qa-tech-lead',
			'qa-engineering-management'
		]);
	});
});

describe('layoutTransitions: a group of transitions is one hub', () => {
	const layout = layoutTransitions([speedoc], allPairsOneSentence);
	const ids = speedoc.tracks.map((t) => `speedoc/${t.id}`);

	it('draws Speedoc’s 15 pairs citing one sentence as one hub, no arcs', () => {
		expect(layout.edges).toHaveLength(0);
		expect(layout.hubs).toHaveLength(1);
		const [hub] = layout.hubs;
		expect(hub!.kind).toBe('lateral');
		expect(hub!.tracks).toEqual(ids);
		expect(hub!.transitions).toEqual(allPairs.map((t) => t.id));
		// Every pair is still there, with its transition.
		expect(hub!.pairs).toHaveLength(15);
		expect(hub!.pairs.every((p) => p.transitions.length === 1)).toBe(true);
		expect(new Set(hub!.pairs.flatMap((p) => p.transitions)).size).toBe(15);
		// An arrowhead into each track; the legend still names the kind.
		expect(hub!.arrows).toHaveLength(6);
		expect(layout.legend.map((l) => l.kind)).toEqual(['lateral']);
		expect(hub!.label.lines.map((l) => l.text)).toEqual(['any ↔ any', '15 pairs']);
		expectInside(layout);
	});

	it('gives each track one keyboard stop for the hub, and counts its five transitions', () => {
		expect(layout.rows.map((r) => r.edges)).toEqual(ids.map(() => [layout.hubs[0]!.id]));
		expect(layout.cols).toBe(2);
		expect(layout.nodes.map((n) => n.degree)).toEqual([1, 1, 1, 1, 1, 1]);
		expect(layout.nodes.map((n) => n.transitions)).toEqual([5, 5, 5, 5, 5, 5]);
	});

	it('puts a tick into every track from a spine in the gutter', () => {
		const hub = layout.hubs[0]!;
		const n = numbers(hub.path);
		const spineX = n[0]!;
		const node = layout.nodes[0]!;
		expect(spineX).toBeLessThan(node.x - 20);
		// The spine runs from the first track to the last.
		expect(round(n[1]!)).toBeLessThanOrEqual(round(layout.nodes[0]!.y));
		expect(round(n[3]!)).toBeGreaterThanOrEqual(round(layout.nodes.at(-1)!.y));
		// Each arrowhead's tip is at a track's dot.
		const tips = hub.arrows.map((a) => round(numbers(a)[1]!));
		expect(tips).toEqual(layout.nodes.map((t) => round(t.y)));
	});

	it('has a tap target at least 24 wide and tall that stops short of the tracks’ targets', () => {
		const { hit } = layout.hubs[0]!;
		expect(hit.width).toBeGreaterThanOrEqual(24);
		expect(hit.height).toBeGreaterThanOrEqual(24);
		for (const node of layout.nodes) expect(hit.x + hit.width).toBeLessThanOrEqual(node.x - 12);
	});

	it('reaches every track of the hub from any of them', () => {
		const near = neighbourhood(layout, 'speedoc/qa');
		expect([...near.nodes].sort()).toEqual([...ids].sort());
		expect([...near.edges]).toEqual([layout.hubs[0]!.id]);
	});

	it('keeps other transitions of a hub’s tracks as arcs beside it', () => {
		const withPe = layoutTransitions(
			[speedoc, fw('pe', [['platform-engineer', 'individual-contributor']])],
			[
				...allPairsOneSentence,
				move('pe', 'pe/platform-engineer', 'speedoc/platform', 'comparable', true)
			]
		);
		expect(withPe.hubs).toHaveLength(1);
		expect(withPe.edges.map((e) => e.id)).toEqual(['pe']);
		expect(withPe.edges[0]!.arrows).toHaveLength(0);
		const platform = withPe.rows.find((r) => r.node === 'speedoc/platform')!;
		expect(platform.edges).toEqual([withPe.hubs[0]!.id, 'pe']);
		expect(withPe.nodes.find((n) => n.id === 'speedoc/platform')!.transitions).toBe(6);
		expectInside(withPe);
	});

	it.each<{ name: string; transitions: GraphTransition[]; hubs: number; edges: number }>([
		{
			name: 'a near-clique stays as arcs',
			transitions: allPairsOneSentence.slice(1),
			hubs: 0,
			edges: 14
		},
		{
			name: 'one pair citing another sentence leaves every pair as an arc',
			transitions: allPairsOneSentence.map((t, i) =>
				i === 0 ? { ...t, evidence: 'Support may move to QA.' } : t
			),
			hubs: 0,
			edges: 15
		},
		{
			name: 'one-way moves are not any ↔ any',
			transitions: allPairsOneSentence.map((t) => ({ ...t, bidirectional: false })),
			hubs: 0,
			edges: 15
		}
	])('$name', ({ transitions, hubs, edges }) => {
		const drawn = layoutTransitions([speedoc], transitions);
		expect(drawn.hubs).toHaveLength(hubs);
		expect(drawn.edges).toHaveLength(edges);
	});
});

describe('layoutTransitions: legend', () => {
	it('wraps its kinds so that none runs past the right edge of a phone-wide SVG', () => {
		const kinds: TransitionKind[] = ['lateral', 'sibling', 'next-role', 'comparable', 'promotion'];
		const layout = layoutTransitions(
			[
				fw(
					'a',
					kinds.map((k) => [k, 'individual-contributor'])
				)
			],
			kinds.map((k, i) => move(k, `a/${k}`, `a/${kinds[(i + 1) % kinds.length]}`, k))
		);
		expect(layout.legend.map((l) => l.kind)).toEqual([
			'promotion',
			'lateral',
			'sibling',
			'next-role',
			'comparable'
		]);
		for (const l of layout.legend) {
			expect(l.textX + textWidth(l.label, 13)).toBeLessThanOrEqual(layout.width - 8);
		}
		expect(new Set(layout.legend.map((l) => l.textY)).size).toBeGreaterThan(1);
	});
});

describe('mergeTransitions: duplicate and two-way moves are drawn once', () => {
	const known = new Set(['f/a', 'f/b']);
	it.each<{
		name: string;
		transitions: GraphTransition[];
		edges: { transitions: string[]; arrowAtSource: boolean; arrowAtTarget: boolean }[];
	}>([
		{
			name: 'one-way move',
			transitions: [move('t1', 'f/a', 'f/b')],
			edges: [{ transitions: ['t1'], arrowAtSource: false, arrowAtTarget: true }]
		},
		{
			name: 'bidirectional move',
			transitions: [move('t1', 'f/a', 'f/b', 'lateral', true)],
			edges: [{ transitions: ['t1'], arrowAtSource: true, arrowAtTarget: true }]
		},
		{
			name: 'a move and its reverse',
			transitions: [move('t1', 'f/a', 'f/b'), move('t2', 'f/b', 'f/a')],
			edges: [{ transitions: ['t1', 't2'], arrowAtSource: true, arrowAtTarget: true }]
		},
		{
			name: 'the same move twice',
			transitions: [move('t1', 'f/a', 'f/b'), move('t2', 'f/a', 'f/b')],
			edges: [{ transitions: ['t1', 't2'], arrowAtSource: false, arrowAtTarget: true }]
		},
		{
			name: 'a comparison, even both ways, is not a move: no arrowheads',
			transitions: [move('t1', 'f/a', 'f/b', 'comparable', true)],
			edges: [{ transitions: ['t1'], arrowAtSource: false, arrowAtTarget: false }]
		},
		{
			name: 'two kinds between the same tracks stay apart',
			transitions: [move('t1', 'f/a', 'f/b', 'lateral'), move('t2', 'f/a', 'f/b', 'sibling')],
			edges: [
				{ transitions: ['t1'], arrowAtSource: false, arrowAtTarget: true },
				{ transitions: ['t2'], arrowAtSource: false, arrowAtTarget: true }
			]
		}
	])('$name', ({ transitions, edges }) => {
		expect(
			mergeTransitions(transitions, known).map(({ transitions, arrowAtSource, arrowAtTarget }) => ({
				transitions,
				arrowAtSource,
				arrowAtTarget
			}))
		).toEqual(edges);
	});

	it('draws two kinds between the same tracks as two distinct arcs', () => {
		const layout = layoutTransitions(
			[
				fw('f', [
					['a', 'individual-contributor'],
					['b', 'individual-contributor']
				])
			],
			[move('t1', 'f/a', 'f/b', 'lateral'), move('t2', 'f/a', 'f/b', 'sibling')]
		);
		const [lateral, sibling] = layout.edges;
		expect(lateral!.path).not.toBe(sibling!.path);
		const leftmost = (path: string) => Math.min(...drawnPoints(path).map(([x]) => x));
		expect(leftmost(sibling!.path)).toBeLessThan(leftmost(lateral!.path));
		expect(layout.rows[0]!.edges).toEqual(['t1', 't2']);
	});
});

describe('neighbourhood', () => {
	const layout = layoutTransitions(
		[speedoc, fw('pe', [['platform-engineer', 'individual-contributor']])],
		[...allPairs, move('x', 'pe/platform-engineer', 'speedoc/platform', 'sibling', true)]
	);
	it.each([
		['speedoc/platform', 7, 6],
		['pe/platform-engineer', 2, 1],
		['speedoc/qa', 6, 5]
	])('%s: %i tracks, %i transitions', (node, nodes, edges) => {
		const near = neighbourhood(layout, node);
		expect(near.nodes.size).toBe(nodes);
		expect(near.nodes.has(node)).toBe(true);
		expect(near.edges.size).toBe(edges);
	});

	it('of an unknown track is just that key', () => {
		const near = neighbourhood(layout, 'nope/nothing');
		expect([...near.nodes]).toEqual(['nope/nothing']);
		expect(near.edges.size).toBe(0);
	});
});
