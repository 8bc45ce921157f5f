// "Any track ↔ any track": when one sentence of a source allows every move among a set of tracks
// (Speedoc: 15 pairs among 6 tracks), those transitions are one statement and are shown once, as
// a group. Detected from the data alone, never by framework id, and shared by the graph and the
// page's list so both say the same thing.
import type { TransitionKind } from '$lib/model/schema';

export interface GroupableEnd {
	framework: string;
	track: string;
	/** A move from or to a given step says something about that step: never grouped. */
	step?: unknown;
}

export interface Groupable {
	id: string;
	from: GroupableEnd;
	to: GroupableEnd;
	kind: TransitionKind;
	bidirectional: boolean;
	/** The source sentence; transitions group only when theirs is the same. */
	evidence?: string;
}

export interface TransitionGroup<T extends Groupable = Groupable> {
	/** `group:` and the first transition's id: stable while the data is. */
	id: string;
	kind: TransitionKind;
	/** The one sentence every transition of the group cites (whitespace-normalised). */
	evidence: string;
	/** Its tracks (`<framework>/<track>`), in the order the transitions first name them. */
	tracks: string[];
	/** Every transition it stands for, in data order. */
	transitions: T[];
}

/** The smallest set of tracks that reads better as "any ↔ any" than as pairs. */
export const MIN_GROUP_TRACKS = 3;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const endKey = (end: GroupableEnd) => `${end.framework}/${end.track}`;

/**
 * The groups in `transitions`. Transitions of one kind that cite the same sentence (and name no
 * step) are linked into connected sets of tracks; a set is a group when it has at least
 * {@link MIN_GROUP_TRACKS} tracks and every two of them are joined both ways (one bidirectional
 * transition, or a move and its reverse). A set that misses one pair, or has a move one way only,
 * is not "any ↔ any" and stays as pairs.
 */
export function findTransitionGroups<T extends Groupable>(
	transitions: readonly T[]
): TransitionGroup<T>[] {
	// Candidates by kind and sentence, in data order.
	const classes = new Map<string, T[]>();
	for (const t of transitions) {
		if (t.evidence === undefined || t.from.step !== undefined || t.to.step !== undefined) continue;
		const evidence = squash(t.evidence);
		if (evidence === '') continue;
		const key = `${t.kind}\n${evidence}`;
		classes.set(key, [...(classes.get(key) ?? []), t]);
	}

	const groups: TransitionGroup<T>[] = [];
	for (const members of classes.values()) {
		for (const component of components(members)) {
			const group = asGroup(component);
			if (group) groups.push(group);
		}
	}
	const position = new Map(transitions.map((t, i) => [t.id, i]));
	return groups.sort(
		(a, b) => position.get(a.transitions[0]!.id)! - position.get(b.transitions[0]!.id)!
	);
}

/** Transitions split into sets that share tracks (union–find over track keys). */
function components<T extends Groupable>(transitions: readonly T[]): T[][] {
	const parent = new Map<string, string>();
	const root = (key: string): string => {
		let r = key;
		while (parent.get(r) !== r) r = parent.get(r)!;
		parent.set(key, r);
		return r;
	};
	for (const t of transitions) {
		for (const key of [endKey(t.from), endKey(t.to)]) if (!parent.has(key)) parent.set(key, key);
		parent.set(root(endKey(t.from)), root(endKey(t.to)));
	}
	const byRoot = new Map<string, T[]>();
	for (const t of transitions) {
		const r = root(endKey(t.from));
		byRoot.set(r, [...(byRoot.get(r) ?? []), t]);
	}
	return [...byRoot.values()];
}

/** The component as a group, when it joins every two of its 3+ tracks both ways. */
function asGroup<T extends Groupable>(transitions: readonly T[]): TransitionGroup<T> | null {
	const tracks: string[] = [];
	const ways = new Set<string>();
	for (const t of transitions) {
		const from = endKey(t.from);
		const to = endKey(t.to);
		// A move within one track is not a move between two of the set.
		if (from === to) return null;
		for (const key of [from, to]) if (!tracks.includes(key)) tracks.push(key);
		ways.add(`${from} ${to}`);
		if (t.bidirectional || t.kind === 'comparable') ways.add(`${to} ${from}`);
	}
	if (tracks.length < MIN_GROUP_TRACKS) return null;
	for (const a of tracks) {
		for (const b of tracks) {
			if (a !== b && !ways.has(`${a} ${b}`)) return null;
		}
	}
	return {
		id: `group:${transitions[0]!.id}`,
		kind: transitions[0]!.kind,
		evidence: squash(transitions[0]!.evidence!),
		tracks,
		transitions: [...transitions]
	};
}

export type ListItem<T extends Groupable> =
	| { type: 'group'; id: string; group: TransitionGroup<T> }
	| { type: 'transition'; id: string; transition: T };

/**
 * `transitions` as a reader lists them: each group once, where its first transition stood, and
 * every other transition on its own.
 */
export function listTransitions<T extends Groupable>(transitions: readonly T[]): ListItem<T>[] {
	const groups = findTransitionGroups(transitions);
	const groupOf = new Map<string, TransitionGroup<T>>();
	for (const g of groups) for (const t of g.transitions) groupOf.set(t.id, g);
	const items: ListItem<T>[] = [];
	const listed = new Set<string>();
	for (const t of transitions) {
		const group = groupOf.get(t.id);
		if (!group) items.push({ type: 'transition', id: t.id, transition: t });
		else if (!listed.has(group.id)) {
			listed.add(group.id);
			items.push({ type: 'group', id: group.id, group });
		}
	}
	return items;
}

/** Every unordered pair of a group's tracks, in the group's track order. */
export function groupPairs(group: Pick<TransitionGroup, 'tracks'>): [string, string][] {
	return group.tracks.flatMap((a, i) =>
		group.tracks.slice(i + 1).map((b) => [a, b] as [string, string])
	);
}
