// What the comparison page shows, from two to four cells: each cell's header, their guidelines row
// by row, and for each cell against the next what stays, grows, is new and is gone. Pure, plain
// data: prerendered pages get it from the build, the /compare page computes it in the browser.
import { CELL_PARAMS } from '../url/compare-view';
import { cellKey, type CompareCell, type CompareDimension, type CompareStatement } from './cell';
import { compareCells, type MatchGroup, type SkillChange, type SkillVerdict } from './match';
import { shownKey } from './words';

/** At most this many cells side by side (`a`, `b`, `c`, `d`). */
export const MAX_CELLS = CELL_PARAMS.length;

/** A cell as the page heads it: everything but its sentences, which the pairs hold. */
export type CellHeader = Omit<CompareCell, 'statements' | 'proficiency' | 'skillNames'> & {
	/** Unique on the page (the same cell may be compared with itself): its place and its ids. */
	key: string;
	statementCount: number;
	/** How the page names it next to the others: "Level 5", "Platform · Level 3". */
	short: string;
};

/** `promotion`: a later step of the same framework. `across`: anything else (another track, another
 * organisation, an earlier step), where "new" and "gone" would say more than the source does. */
export type Relation = 'promotion' | 'across';

export type BucketKind = SkillVerdict | 'other';

/** A group as the page shows it: named, with an anchor, and which of its sentences were shown
 * in full in an earlier group of the same pair (a sentence of several skills is in each). */
export interface GroupView extends MatchGroup {
	title: string;
	anchor: string;
	/** `shownKey(side, sentence id)` (the later one, for a pair) → the group that shows it in full. */
	shownIn: Record<string, { title: string; anchor: string }>;
	/** Every sentence of the group is quoted in full elsewhere: the page names the skill only. */
	echo: boolean;
	/** For an echo: the groups that quote its sentences. */
	quotedIn: { title: string; anchor: string }[];
}

export interface Bucket {
	kind: BucketKind;
	title: string;
	groups: GroupView[];
}

export interface PairView {
	/** Indices into the cells. */
	from: number;
	to: number;
	relation: Relation;
	identical: boolean;
	/** The data note saying the source repeats itself, when it does here. */
	repeatNote?: string;
	/** When identical: the sentences both say, once each. */
	shared: CompareStatement[];
	/** In a sentence or two, what changes. */
	summary: string;
	counts: { same: number; near: number; new: number; gone: number };
	skills: SkillChange[];
	/** Stays, grows, new, eases, gone (by skill), then the sentences without a skill (by section). */
	buckets: Bucket[];
	/** How the page labels the two sides: "Level 5 said" / "Level 6 says". */
	said: string;
	says: string;
}

export interface DimensionRow {
	key: string;
	label: string;
	/** One entry per cell, in order: its dimensions of this kind (often one, none, or two). */
	cells: {
		/** The cell's key. */
		key: string;
		values: { id: string; label: string; text: string }[];
		/** Whether it says something other than the cell before it. */
		changed: boolean;
	}[];
}

export interface ComparisonView {
	cells: CellHeader[];
	dimensions: DimensionRow[];
	pairs: PairView[];
}

const KIND_LABELS: Record<CompareDimension['kind'], string> = {
	scope: 'Scope',
	ownership: 'Ownership',
	autonomy: 'Autonomy',
	complexity: 'Complexity',
	collaboration: 'Collaboration',
	knowledge: 'Knowledge',
	impact: 'Impact',
	'decision-rights': 'Decision rights',
	leadership: 'Leadership',
	experience: 'Experience'
};
const KIND_ORDER = Object.keys(KIND_LABELS) as CompareDimension['kind'][];

// In the order people ask: what stays, what grows, what is new, then what eases or goes.
const BUCKET_ORDER: SkillVerdict[] = ['stays', 'grows', 'new', 'eases', 'gone'];

function shortName(cell: CompareCell, others: readonly CompareCell[]): string {
	const rest = others.filter((o) => o !== cell);
	if (rest.every((o) => o.framework.id === cell.framework.id && o.track.id === cell.track.id)) {
		return cell.step.name;
	}
	const clash = rest.some(
		(o) => o.framework.id !== cell.framework.id && o.track.name === cell.track.name
	);
	return `${clash ? `${cell.framework.name}, ` : ''}${cell.track.name} · ${cell.step.name}`;
}

export function bucketTitle(kind: BucketKind, relation: Relation, from: string, to: string) {
	const promotion = relation === 'promotion';
	switch (kind) {
		case 'grows':
			return promotion ? 'Grows' : `Asks more in ${to}`;
		case 'new':
			return promotion ? `New at ${to}` : `Only in ${to}`;
		case 'stays':
			return promotion ? 'Stays' : 'In both, at the same proficiency';
		case 'eases':
			return `Asks less in ${to}`;
		case 'gone':
			return promotion ? `Gone: only at ${from}` : `Only in ${from}`;
		case 'other':
			return 'Sentences that name no skill';
	}
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function summarise(
	from: CompareCell,
	to: CompareCell,
	names: { from: string; to: string },
	pair: ReturnType<typeof compareCells>,
	relation: Relation
): string {
	if (pair.identical) {
		return relation === 'promotion'
			? `${names.to} repeats ${names.from} word for word: the source describes no change between them.`
			: `${names.to} and ${names.from} say the same, word for word.`;
	}
	const a = from.statements.length;
	const b = to.statements.length;
	if (a + b === 0) {
		const only = (c: CompareCell, n: string) =>
			c.dimensions.length > 0 ? `${n} has step guidelines only` : `${n} says nothing here`;
		return `Neither has sentences to compare: ${only(from, names.from)}; ${only(to, names.to)}.`;
	}
	const k = (kind: string) => pair.matches.filter((m) => m.kind === kind).length;
	const [same, near, added, gone] = [k('same'), k('near'), k('new'), k('gone')];
	const parts: string[] = [];
	if (same + near === 0) {
		parts.push(
			a === 0
				? relation === 'promotion'
					? `${names.from} has no sentences; all ${count(b, 'sentence')} of ${names.to} are new.`
					: `${names.from} has no sentences; ${names.to} has ${count(b, 'sentence')}.`
				: b === 0
					? `${names.to} has no sentences; ${names.from} has ${count(a, 'sentence')}.`
					: relation === 'promotion'
						? `${names.to} shares no sentence with ${names.from}: its ${count(b, 'sentence')} are new.`
						: `${names.to} and ${names.from} share no sentence.`
		);
	} else {
		const kept = [
			same > 0 ? `${same} the same word for word` : '',
			near > 0 ? `${near} nearly the same` : ''
		].filter(Boolean);
		parts.push(
			`Of ${names.to}’s ${count(b, 'sentence')}, ${kept.join(' and ')}; ${added} ${added === 1 ? 'is' : 'are'} new.`
		);
		if (gone > 0)
			parts.push(
				`${count(gone, 'sentence')} of ${names.from} ${gone === 1 ? 'has' : 'have'} no copy.`
			);
	}
	const by = (v: SkillVerdict) => pair.skills.filter((s) => s.verdict === v).length;
	const skillParts = [
		by('grows') > 0 ? `${by('grows')} ${relation === 'promotion' ? 'grow' : 'asked more'}` : '',
		by('new') > 0 ? `${by('new')} ${relation === 'promotion' ? 'new' : `only in ${names.to}`}` : '',
		by('eases') > 0 ? `${by('eases')} asked less` : '',
		by('gone') > 0
			? `${by('gone')} ${relation === 'promotion' ? 'no longer named' : `only in ${names.from}`}`
			: '',
		by('stays') > 0 ? `${by('stays')} the same` : ''
	].filter(Boolean);
	if (skillParts.length > 0) parts.push(`Skills: ${skillParts.join(', ')}.`);
	return parts.join(' ');
}

function groupTitle(g: MatchGroup): string {
	if (g.skill) return g.skill.name;
	return [g.section?.perspective, g.section?.section].filter(Boolean).join(' · ') || 'Other';
}

/**
 * A sentence of several skills is in each of their groups: it is quoted in full once, where it
 * matters most (what is new, then what grows, eases, stays, goes), and referred to elsewhere.
 */
const QUOTE_FIRST: BucketKind[] = ['new', 'grows', 'eases', 'stays', 'gone', 'other'];

function buckets(
	groups: readonly MatchGroup[],
	relation: Relation,
	from: string,
	to: string,
	prefix: string
): Bucket[] {
	const kinds: BucketKind[] = [...BUCKET_ORDER, 'other'];
	const byKind = new Map(
		kinds.map((kind) => [
			kind,
			groups
				.filter((g) => (kind === 'other' ? !g.skill : g.skill?.verdict === kind))
				.map((g): GroupView => ({
					...g,
					title: groupTitle(g),
					anchor: `${prefix}-${g.key.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
					shownIn: {},
					echo: false,
					quotedIn: []
				}))
		])
	);
	const seen = new Map<string, { title: string; anchor: string }>();
	for (const kind of QUOTE_FIRST) {
		for (const g of byKind.get(kind)!) {
			const keys = [
				...g.pairs.map((m) => shownKey('after', m.after!.id)),
				...g.removed.map((s) => shownKey('before', s.id)),
				...g.added.map((s) => shownKey('after', s.id))
			];
			for (const key of keys) {
				const first = seen.get(key);
				if (first) g.shownIn[key] = first;
				else seen.set(key, { title: g.title, anchor: g.anchor });
			}
			const quoted = Object.values(g.shownIn);
			g.echo = keys.length > 0 && quoted.length === keys.length;
			if (g.echo) {
				g.quotedIn = [...new Map(quoted.map((q) => [q.anchor, q])).values()];
			}
		}
	}
	return kinds
		.map((kind) => ({
			kind,
			title: bucketTitle(kind, relation, from, to),
			groups: byKind.get(kind)!
		}))
		.filter((b) => b.groups.length > 0);
}

function dimensionRows(cells: readonly CompareCell[], keys: readonly string[]): DimensionRow[] {
	const kinds = KIND_ORDER.filter((kind) =>
		cells.some((c) => c.dimensions.some((d) => d.kind === kind))
	);
	return kinds.map((kind) => {
		const values = cells.map((c) =>
			c.dimensions
				.filter((d) => d.kind === kind)
				.map((d) => ({ id: d.id, label: d.label, text: d.text }))
		);
		const said = values.map((v) => v.map((d) => d.text.replace(/\s+/g, ' ').trim()).join('\n'));
		return {
			key: kind,
			label: KIND_LABELS[kind],
			cells: values.map((v, i) => ({
				key: keys[i]!,
				values: v,
				changed: i === 0 || said[i] !== said[i - 1]
			}))
		};
	});
}

/** Compare each cell with the next: a with b, b with c, c with d. */
export function comparisonView(cells: readonly CompareCell[]): ComparisonView {
	const shown = cells.slice(0, MAX_CELLS);
	const headers: CellHeader[] = shown.map((cell, i) => {
		const { statements, proficiency: _p, skillNames: _n, ...rest } = cell;
		return {
			...rest,
			key: `${CELL_PARAMS[i]}:${cellKey(cell.ref)}`,
			statementCount: statements.length,
			short: shortName(cell, shown)
		};
	});
	const pairs: PairView[] = [];
	for (let i = 0; i + 1 < shown.length; i++) {
		const from = shown[i]!;
		const to = shown[i + 1]!;
		const relation: Relation =
			from.framework.id === to.framework.id && to.step.index > from.step.index
				? 'promotion'
				: 'across';
		const pair = compareCells(from, to);
		const names = { from: headers[i]!.short, to: headers[i + 1]!.short };
		const repeats =
			(to.repeats?.step === from.step.id && to.framework.id === from.framework.id
				? to.repeats
				: undefined) ??
			(from.repeats?.step === to.step.id && to.framework.id === from.framework.id
				? from.repeats
				: undefined);
		const k = (kind: string) => pair.matches.filter((m) => m.kind === kind).length;
		pairs.push({
			from: i,
			to: i + 1,
			relation,
			identical: pair.identical,
			...(repeats?.note ? { repeatNote: repeats.note } : {}),
			shared: pair.identical ? pair.matches.flatMap((m) => m.after ?? []) : [],
			summary: summarise(from, to, names, pair, relation),
			counts: { same: k('same'), near: k('near'), new: k('new'), gone: k('gone') },
			skills: pair.skills,
			buckets: buckets(pair.groups, relation, names.from, names.to, `pair-${i}`),
			said: `${names.from} ${relation === 'promotion' ? 'said' : 'says'}`,
			says: `${names.to} says`
		});
	}
	return {
		cells: headers,
		dimensions: dimensionRows(
			shown,
			headers.map((h) => h.key)
		),
		pairs
	};
}
