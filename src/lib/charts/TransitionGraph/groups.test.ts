import { describe, expect, it } from 'vitest';
import { findTransitionGroups, groupPairs, listTransitions, type Groupable } from './groups';
import type { TransitionKind } from '$lib/model/schema';

const SAME = 'Transitions to other tracks can be made.';

/** A transition between two `<framework>/<track>` keys; both ways unless told. */
const move = (
	from: string,
	to: string,
	{
		kind = 'lateral',
		bidirectional = true,
		evidence = SAME,
		step
	}: {
		kind?: TransitionKind;
		bidirectional?: boolean;
		/** null: none given. */
		evidence?: string | null;
		step?: string;
	} = {}
): Groupable => {
	const [ff, ft] = from.split('/') as [string, string];
	const [tf, tt] = to.split('/') as [string, string];
	return {
		id: `${from}>${to}:${kind}`,
		from: { framework: ff, track: ft, ...(step !== undefined && { step }) },
		to: { framework: tf, track: tt },
		kind,
		bidirectional,
		...(evidence !== null && { evidence })
	};
};

/** Every pair of `tracks` (keys `f/<track>`), one transition each. */
const clique = (tracks: string[], options: Parameters<typeof move>[2] = {}) =>
	tracks.flatMap((a, i) => tracks.slice(i + 1).map((b) => move(`f/${a}`, `f/${b}`, options)));

describe('findTransitionGroups', () => {
	it.each<{ name: string; transitions: Groupable[]; groups: string[][] }>([
		{ name: 'no transitions', transitions: [], groups: [] },
		{
			name: 'a clique of 3, both ways, one sentence',
			transitions: clique(['a', 'b', 'c']),
			groups: [['f/a', 'f/b', 'f/c']]
		},
		{
			name: 'a clique of 6 (Speedoc): one group, tracks in the order first named',
			transitions: clique(['support', 'qa', 'platform', 'development', 'tech-lead', 'em']),
			groups: [['f/support', 'f/qa', 'f/platform', 'f/development', 'f/tech-lead', 'f/em']]
		},
		{
			name: 'two tracks are a pair, not a group',
			transitions: clique(['a', 'b']),
			groups: []
		},
		{
			name: 'a near-clique (one pair missing of 4 tracks) is not grouped',
			transitions: clique(['a', 'b', 'c', 'd']).filter((t) => t.id !== 'f/a>f/d:lateral'),
			groups: []
		},
		{
			name: 'a star (one track to every other, the others not linked) is not grouped',
			transitions: [move('f/hub', 'f/a'), move('f/hub', 'f/b'), move('f/hub', 'f/c')],
			groups: []
		},
		{
			name: 'a clique of one-way moves is not "any ↔ any"',
			transitions: clique(['a', 'b', 'c'], { bidirectional: false }),
			groups: []
		},
		{
			name: 'one-way moves that go both ways between every two tracks are',
			transitions: [
				...clique(['a', 'b', 'c'], { bidirectional: false }),
				move('f/b', 'f/a', { bidirectional: false }),
				move('f/c', 'f/a', { bidirectional: false }),
				move('f/c', 'f/b', { bidirectional: false })
			],
			groups: [['f/a', 'f/b', 'f/c']]
		},
		{
			name: 'a clique with one pair of another kind is not grouped',
			transitions: [
				move('f/a', 'f/b'),
				move('f/a', 'f/c'),
				move('f/b', 'f/c', { kind: 'sibling' })
			],
			groups: []
		},
		{
			name: 'two cliques of two kinds over the same tracks: two groups',
			transitions: [...clique(['a', 'b', 'c']), ...clique(['a', 'b', 'c'], { kind: 'sibling' })],
			groups: [
				['f/a', 'f/b', 'f/c'],
				['f/a', 'f/b', 'f/c']
			]
		},
		{
			name: 'mixed evidence: a pair citing another sentence breaks the clique',
			transitions: [
				move('f/a', 'f/b'),
				move('f/a', 'f/c'),
				move('f/b', 'f/c', { evidence: 'QA may move to Platform.' })
			],
			groups: []
		},
		{
			name: 'the same sentence, spaced differently, is the same evidence',
			transitions: [
				move('f/a', 'f/b'),
				move('f/a', 'f/c', { evidence: `  ${SAME.replace(/ /g, '\n ')}` }),
				move('f/b', 'f/c')
			],
			groups: [['f/a', 'f/b', 'f/c']]
		},
		{
			name: 'transitions without evidence are never grouped',
			transitions: clique(['a', 'b', 'c'], { evidence: null }),
			groups: []
		},
		{
			name: 'a move from a given step says something of its own: not grouped',
			transitions: [move('f/a', 'f/b', { step: 'p3' }), move('f/a', 'f/c'), move('f/b', 'f/c')],
			groups: []
		},
		{
			name: 'two separate cliques citing one sentence are two groups',
			transitions: [...clique(['a', 'b', 'c']), ...clique(['x', 'y', 'z'])],
			groups: [
				['f/a', 'f/b', 'f/c'],
				['f/x', 'f/y', 'f/z']
			]
		},
		{
			name: 'a clique joined by one more pair to a fourth track is a near-clique',
			transitions: [...clique(['a', 'b', 'c']), move('f/c', 'f/d')],
			groups: []
		},
		{
			name: 'comparisons point nowhere: a clique of them is a group',
			transitions: clique(['a', 'b', 'c'], { kind: 'comparable', bidirectional: false }),
			groups: [['f/a', 'f/b', 'f/c']]
		},
		{
			name: 'a clique across frameworks',
			transitions: [move('x/a', 'y/b'), move('x/a', 'z/c'), move('y/b', 'z/c')],
			groups: [['x/a', 'y/b', 'z/c']]
		}
	])('$name', ({ transitions, groups }) => {
		expect(findTransitionGroups(transitions).map((g) => g.tracks)).toEqual(groups);
	});

	it('keeps every transition of a group, its kind, its sentence and a stable id', () => {
		const transitions = clique(['a', 'b', 'c', 'd']);
		const [group] = findTransitionGroups(transitions);
		expect(group).toMatchObject({
			id: `group:${transitions[0]!.id}`,
			kind: 'lateral',
			evidence: SAME
		});
		expect(group!.transitions).toEqual(transitions);
		expect(groupPairs(group!)).toHaveLength(6);
	});
});

describe('listTransitions', () => {
	it('lists a group once, where its first transition stood, and the rest on their own', () => {
		const before = move('g/x', 'g/y', { evidence: 'Other.' });
		const after = move('g/y', 'g/z', { kind: 'sibling' });
		const group = clique(['a', 'b', 'c']);
		const items = listTransitions([before, ...group, after]);
		expect(items.map((i) => i.type)).toEqual(['transition', 'group', 'transition']);
		expect(items.map((i) => i.id)).toEqual([before.id, `group:${group[0]!.id}`, after.id]);
	});

	it('lists every transition on its own when nothing groups', () => {
		const transitions = [move('f/a', 'f/b'), move('f/a', 'f/c')];
		expect(listTransitions(transitions).map((i) => i.type)).toEqual(['transition', 'transition']);
	});
});
