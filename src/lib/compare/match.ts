// What changes from one cell to another, matched by meaning rather than position. Pure.
//
// Sentence by sentence, by their words:
// - same: the same words in the same order (case, punctuation and spacing aside); `exact` when
//   the text is identical too. A stray "- " is a change of punctuation, shown in the diff.
// - near: a near-copy, with a word-level diff: at least MIN_SHARED shared words that carry
//   meaning (two sentences sharing only "to the and" are not copies), and either nearly all words
//   shared in order (CLOSE) or most of them (NEAR) changed in at most MAX_HUNKS places: "Does not
//   represent … credibly" → "Represents … credibly" is one sentence edited, while a template
//   ("… with the depth and scope of a principal practitioner") filled with other words is not.
//   Within one framework, a near-copy stays in its section (a dampener is not a progression
//   signal). Paired one to one, the most alike first.
// - new / gone: a sentence with no copy in the other cell.
// Skill by skill, by the skills the sentences evidence and the framework's growth curves:
// - grows / eases / stays: both cells ask for the skill, the later at a higher / lower / the same
//   proficiency (stays, too, when a proficiency is not given); new / gone: only one cell does.
// Each skill's group holds its sentences of both cells, so "grows: mentoring 3 → 4" shows what
// was asked and what is asked now; sentences without a skill are grouped by their section.
import type { CompareCell, CompareStatement } from './cell';
import { likeness, wordDiff, words, type DiffPart } from './text';

/** Shared words (in order) over the words of both, from which an edited sentence is a near-copy. */
export const NEAR = 0.4;
/** …and from which it is one however many places changed. */
export const CLOSE = 0.75;
/** Places changed, at most, in a near-copy below CLOSE. */
export const MAX_HUNKS = 3;
/** Shared words that carry meaning, at least, for a near-copy. */
export const MIN_SHARED = 3;

/** Whether two sentences' words make one a near-copy of the other (see the top of this file). */
export function isNearCopy(a: readonly string[], b: readonly string[]): number | null {
	const { similarity, sharedContent, hunks } = likeness(a, b);
	if (sharedContent < MIN_SHARED) return null;
	return similarity >= CLOSE || (similarity >= NEAR && hunks <= MAX_HUNKS) ? similarity : null;
}

export type MatchKind = 'same' | 'near' | 'new' | 'gone';
export type SkillVerdict = 'stays' | 'grows' | 'eases' | 'new' | 'gone';

export interface SkillChange {
	skill: string;
	name: string;
	/** Proficiency in the earlier cell: null when it does not ask for the skill, or gives none. */
	from: number | null;
	to: number | null;
	verdict: SkillVerdict;
}

export interface StatementMatch {
	kind: MatchKind;
	/** The earlier sentence; absent for new. */
	before?: CompareStatement;
	/** The later sentence; absent for gone. */
	after?: CompareStatement;
	/** For same and near: shared words in order over the words of both, 0–1. */
	similarity?: number;
	/** For near, and same that is not exact: what changed. */
	diff?: DiffPart[];
	/** For same: the text is identical (whitespace aside), not only its words. */
	exact?: boolean;
}

/** One skill's sentences in both cells, or the sentences of one section that name no skill. */
export interface MatchGroup {
	/** `skill:<id>`, or `section:<perspective>|<section>`. */
	key: string;
	skill?: SkillChange;
	section?: { section?: string; perspective?: string };
	/** Copies and near-copies. */
	pairs: StatementMatch[];
	/** Later sentences with no copy. */
	added: CompareStatement[];
	/** Earlier sentences with no copy. */
	removed: CompareStatement[];
}

export interface PairComparison {
	/** In the later cell's order, then the gone ones in the earlier cell's order. */
	matches: StatementMatch[];
	/** Every skill either cell asks for, in the later cell's order, then the earlier's. */
	skills: SkillChange[];
	/** Skill groups in `skills` order, then section groups in source order. */
	groups: MatchGroup[];
	/** Both cells say the same thing word for word (sentences, guidelines, summary), and say something. */
	identical: boolean;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Which skills a cell asks for: those its sentences evidence and those it gives a proficiency. */
function asked(cell: CompareCell): string[] {
	return [
		...new Set([...cell.statements.flatMap((s) => s.skills), ...Object.keys(cell.proficiency)])
	];
}

export function skillChanges(from: CompareCell, to: CompareCell): SkillChange[] {
	const before = new Set(asked(from));
	const after = new Set(asked(to));
	const order = [...new Set([...after, ...before])];
	return order.map((skill) => {
		const a = before.has(skill) ? (from.proficiency[skill] ?? null) : null;
		const b = after.has(skill) ? (to.proficiency[skill] ?? null) : null;
		const verdict: SkillVerdict = !before.has(skill)
			? 'new'
			: !after.has(skill)
				? 'gone'
				: a === null || b === null || a === b
					? 'stays'
					: b > a
						? 'grows'
						: 'eases';
		return {
			skill,
			name: to.skillNames[skill] ?? from.skillNames[skill] ?? skill,
			from: a,
			to: b,
			verdict
		};
	});
}

const sectionKey = (s: CompareStatement) => `section:${s.perspective ?? ''}|${s.section ?? ''}`;

interface Candidate {
	i: number;
	j: number;
	same: boolean;
	exact: boolean;
	similarity: number;
}

/** Pairs the earlier sentences with the later ones: copies, then near-copies, one to one. */
export function matchStatements(
	a: readonly CompareStatement[],
	b: readonly CompareStatement[],
	{ sameSection = false }: { sameSection?: boolean } = {}
): StatementMatch[] {
	const wa = a.map((s) => words(s.text));
	const wb = b.map((s) => words(s.text));
	const candidates: Candidate[] = [];
	for (let i = 0; i < a.length; i++) {
		for (let j = 0; j < b.length; j++) {
			const same = wa[i]!.length > 0 && wa[i]!.join(' ') === wb[j]!.join(' ');
			if (same) {
				const exact = squash(a[i]!.text) === squash(b[j]!.text);
				candidates.push({ i, j, same, exact, similarity: 1 });
				continue;
			}
			if (sameSection && sectionKey(a[i]!) !== sectionKey(b[j]!)) continue;
			const similarity = isNearCopy(wa[i]!, wb[j]!);
			if (similarity !== null) candidates.push({ i, j, same, exact: false, similarity });
		}
	}
	// Best first: exact copies, copies, then the most alike; ties go to the closest positions.
	candidates.sort(
		(x, y) =>
			Number(y.exact) - Number(x.exact) ||
			Number(y.same) - Number(x.same) ||
			y.similarity - x.similarity ||
			Math.abs(x.i - x.j) - Math.abs(y.i - y.j) ||
			x.j - y.j
	);
	const pairOfAfter = new Map<number, Candidate>();
	const paired = new Set<number>();
	for (const c of candidates) {
		if (pairOfAfter.has(c.j) || paired.has(c.i)) continue;
		pairOfAfter.set(c.j, c);
		paired.add(c.i);
	}
	const matches: StatementMatch[] = b.map((after, j) => {
		const pair = pairOfAfter.get(j);
		if (!pair) return { kind: 'new', after };
		const before = a[pair.i]!;
		return {
			kind: pair.same ? 'same' : 'near',
			before,
			after,
			similarity: pair.similarity,
			...(pair.same ? { exact: pair.exact } : {}),
			...(pair.exact ? {} : { diff: wordDiff(before.text, after.text) })
		};
	});
	a.forEach((before, i) => {
		if (!paired.has(i)) matches.push({ kind: 'gone', before });
	});
	return matches;
}

/** Every skill's sentences in both cells; the sentences that name no skill, by section. */
function groupMatches(matches: readonly StatementMatch[], skills: readonly SkillChange[]) {
	const groups = new Map<string, MatchGroup>();
	for (const skill of skills) {
		groups.set(`skill:${skill.skill}`, {
			key: `skill:${skill.skill}`,
			skill,
			pairs: [],
			added: [],
			removed: []
		});
	}
	for (const m of matches) {
		const tags = [...new Set([...(m.after?.skills ?? []), ...(m.before?.skills ?? [])])];
		const keys =
			tags.length > 0 ? tags.map((k) => `skill:${k}`) : [sectionKey((m.after ?? m.before)!)];
		for (const key of keys) {
			let group = groups.get(key);
			if (!group) {
				const s = (m.after ?? m.before)!;
				group = {
					key,
					section: {
						...(s.section === undefined ? {} : { section: s.section }),
						...(s.perspective === undefined ? {} : { perspective: s.perspective })
					},
					pairs: [],
					added: [],
					removed: []
				};
				groups.set(key, group);
			}
			if (m.kind === 'new') group.added.push(m.after!);
			else if (m.kind === 'gone') group.removed.push(m.before!);
			else group.pairs.push(m);
		}
	}
	return [...groups.values()];
}

/** What changes from one cell to another: sentence by sentence and skill by skill. */
export function compareCells(from: CompareCell, to: CompareCell): PairComparison {
	const a = from.statements;
	const b = to.statements;
	const matches = matchStatements(a, b, { sameSection: from.framework.id === to.framework.id });
	const skills = skillChanges(from, to);
	const dimensions = (cell: CompareCell) =>
		cell.dimensions.map((d) => `${d.kind}:${squash(d.label)}:${squash(d.text)}`).join('\n');
	const says = a.length > 0 || from.dimensions.length > 0 || !!from.step.summary;
	const identical =
		says &&
		a.length === b.length &&
		matches.every((m) => m.kind === 'same' && m.exact === true) &&
		dimensions(from) === dimensions(to) &&
		squash(from.step.summary ?? '') === squash(to.step.summary ?? '');
	return { matches, skills, groups: groupMatches(matches, skills), identical };
}
