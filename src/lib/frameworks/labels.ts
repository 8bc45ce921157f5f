// Words for the data model's enums, the same on every page and chart.
import type { Coverage, Framework, TrackFamily, TransitionKind } from '../model/schema';

export const COVERAGE_LABELS: Record<Coverage, string> = {
	defined: 'defined',
	'not-applicable': 'not applicable',
	'not-documented': 'not documented'
};

export const TRACK_FAMILY_LABELS: Record<TrackFamily, string> = {
	'individual-contributor': 'individual contributor',
	lead: 'lead',
	management: 'management',
	role: 'role'
};

export const TRANSITION_KIND_LABELS: Record<TransitionKind, string> = {
	promotion: 'promotion',
	lateral: 'lateral move',
	sibling: 'sibling focus',
	'next-role': 'next role',
	comparable: 'comparable elsewhere'
};

export const FRAMEWORK_KIND_LABELS: Record<Framework['kind'], string> = {
	ladder: 'career ladder',
	'rating-rubric': 'rating rubric'
};

const NUMBER_WORDS = [
	'no',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten'
];

/** A count in running text: "five" up to ten, digits beyond. */
export function countWord(n: number): string {
	return NUMBER_WORDS[n] ?? String(n);
}

/** "1 step", "7 steps": a count with its noun, singular for one. */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
	return `${n} ${n === 1 ? noun : nouns}`;
}
