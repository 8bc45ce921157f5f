// Words in a query that name a level of the common P1–P7 scale ("P4", "level 4", "L4", "senior"),
// found so that search can narrow to that level through the level filter and match the rest of
// the query as text. Pure: which of them are really part of a name ("Senior Platform Engineer")
// is decided by the searcher, which knows the names (see ./searcher, `read`).
import { fold } from './fold';

/** A range of the common scale, inclusive: [min, max]. */
export type LevelRange = readonly [number, number];

/**
 * Seniority words and the common levels they name, grounded in the reference framework's own level
 * guidelines and responsibilities (data/frameworks/infrastructure-platform-engineering.json, from
 * source 002). A word may name a range. Words are matched whole, case and accents aside; a
 * trailing "-level" / " level" is part of the word ("senior-level", "mid-level"). "Intermediate"
 * is left out: the rubric uses it as content ("mentoring of intermediate and junior engineers")
 * and the reference names that level "mid-level".
 */
export const SENIORITY_WORDS: readonly {
	words: readonly string[];
	range: LevelRange;
	/** Where the reference framework says so. */
	basis: string;
}[] = [
	{
		words: ['intern', 'interns', 'new grad', 'new grads', 'new graduate', 'new graduates'],
		range: [1, 1],
		basis: 'P1: "0–1 years; new graduate or intern".'
	},
	{
		words: ['junior', 'juniors'],
		range: [1, 2],
		basis: 'P2 "may mentor junior staff" and P3 "Mentors junior engineers": juniors sit below P3.'
	},
	{
		words: ['mid', 'midlevel'],
		range: [3, 3],
		basis: 'P4 "Mentors mid-level engineers": the level below P4.'
	},
	{
		words: ['senior', 'seniors'],
		range: [4, 5],
		basis:
			'P1 "reporting to senior engineers", P6 "mentorship to senior engineers": between P3 and P6; ' +
			"the rating rubric's Senior Platform Engineer role sits at P4–P5."
	},
	{
		words: ['principal', 'principals'],
		range: [6, 6],
		basis: 'P6 "principal platform expert"; P7 "mentorship to principal and senior engineers".'
	},
	{
		words: ['staff', 'distinguished'],
		range: [7, 7],
		basis: 'P7 "Staff / Distinguished Professional", "Staff-level individual contributor".'
	}
];

/** A level phrase found in a query. */
export interface LevelPhrase {
	/** As typed ("Level 4", "senior"). */
	text: string;
	/** Where it is in the (whitespace-collapsed) query: [start, end). */
	start: number;
	end: number;
	range: LevelRange;
}

export interface ParsedLevels {
	/** The query with inner whitespace collapsed and trimmed: the positions refer to it. */
	query: string;
	phrases: LevelPhrase[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[- ]?');

/** A number of the scale, with the prefixes people write before it. */
const NUMBER = String.raw`(?:p|l|lvl\s?|levels?\s?)([1-7])`;
const TO = String.raw`\s?(?:-|–|—|\sto\s)\s?`;
const SENIORITY = SENIORITY_WORDS.flatMap((entry) => entry.words)
	.sort((a, b) => b.length - a.length)
	.map(escape)
	.join('|');

/**
 * One level phrase: a number with its prefix, optionally a range ("P4–P5", "levels 4 to 5",
 * "P4-5"), or a seniority word. Whole words only: not inside another word nor joined to one by a
 * hyphen ("mid-sized" is not "mid"); "senior level" is one phrase, "senior level 4" is two.
 */
const PHRASE = new RegExp(
	String.raw`(?<![\p{L}\p{N}_])(?<![\p{L}\p{N}_]-)` +
		String.raw`(?:${NUMBER}(?:${TO}(?:p|l|lvl\s?|level\s?)?([1-7]))?|(${SENIORITY})(?:[- ]level(?!\s?\d))?)` +
		String.raw`(?![\p{L}\p{N}_])(?!-[\p{L}\p{N}])`,
	'gu'
);

const byWord = new Map(
	SENIORITY_WORDS.flatMap((entry) =>
		entry.words.map((word) => [word.replace(/[- ]/g, ''), entry.range] as const)
	)
);

/** The level phrases of a query, left to right. Never throws; finds none in most queries. */
export function parseLevels(query: string): ParsedLevels {
	const collapsed = query.replace(/\s+/g, ' ').trim();
	const folded = fold(collapsed);
	const phrases: LevelPhrase[] = [];
	for (const m of folded.matchAll(PHRASE)) {
		let range: LevelRange;
		if (m[1]) {
			const a = Number(m[1]);
			const b = m[2] ? Number(m[2]) : a;
			range = [Math.min(a, b), Math.max(a, b)];
		} else {
			range = byWord.get(m[3]!.replace(/[- ]/g, ''))!;
		}
		const end = m.index + m[0].length;
		phrases.push({ text: collapsed.slice(m.index, end), start: m.index, end, range });
	}
	return { query: collapsed, phrases };
}

/** The query without the given phrases, whitespace tidied. */
export function withoutPhrases(query: string, phrases: readonly LevelPhrase[]): string {
	let out = '';
	let at = 0;
	for (const p of phrases) {
		out += query.slice(at, p.start) + ' ';
		at = p.end;
	}
	return (out + query.slice(at)).replace(/\s+/g, ' ').trim();
}

/** The levels every phrase names (their overlap), or null when they do not overlap. */
export function overlap(ranges: readonly LevelRange[]): LevelRange | null {
	if (ranges.length === 0) return null;
	const min = Math.max(...ranges.map((r) => r[0]));
	const max = Math.min(...ranges.map((r) => r[1]));
	return min <= max ? [min, max] : null;
}
