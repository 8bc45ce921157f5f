// What a finished (or stopped) quiz says: the suggested step, how sure, why, and what the next
// step asks for. Pure: the result page recomputes it from the answers in its link.
import type { Bank } from './banks';
import {
	answeredCount,
	describes,
	replay,
	stopReason,
	topStep,
	type Engine,
	type QuizState,
	type StopReason
} from './engine';
import { NOT_YET, SKIP, SOMETIMES, USUALLY, type AnswerCode } from './model';

/** Fewer answers than this suggest nothing: the distribution is shown, not a step. */
export const MIN_ANSWERS_FOR_SUGGESTION = 3;

/** How many of the most influential answers "why" lists. */
const WHY_COUNT = 5;

/** An answer that moved the result, and which way. */
export interface Influence {
	item: number;
	answer: AnswerCode;
	/** How much of the final distribution this answer moved (total variation, 0–1). */
	shift: number;
	/** Whether it pulled the placement up or down the steps. */
	direction: 'up' | 'down';
}

export interface Placement {
	answered: number;
	skipped: number;
	posterior: number[];
	/** Index of the suggested step, or null when there are not enough answers. */
	suggested: number | null;
	/**
	 * The steps the bank cannot tell apart from the suggestion, itself included (lowest first):
	 * a step with no statements of its own (Level 7 repeating Level 6) is indistinguishable from
	 * its neighbour below. Just the suggestion when nothing is ambiguous; empty without one.
	 */
	together: number[];
	/**
	 * Where the suggestion sits on the common scale (P4, or a range: a track's Level 6 at P4–P5),
	 * or null when it has no place there or there is no suggestion.
	 */
	range: { min: number; max: number } | null;
	/** The probability of the suggestion (of `together`: the top step's when it is alone). */
	confidence: number;
	/** `confidence` in words. */
	sureness: string;
	stop: StopReason | null;
	why: Influence[];
	/** The step above the suggestion, when there is one. */
	next: number | null;
	/**
	 * The next step's statements (those that start there, a P4–P5 one included at P4) answered
	 * Not yet or Sometimes: a growth plan.
	 */
	growth: { item: number; answer: AnswerCode }[];
	/** The next step's statements answered Usually or Consistently. */
	alreadyThere: { item: number; answer: AnswerCode }[];
	/** The next step's statements the quiz did not ask. */
	notAsked: number[];
	/** Skills of the growth plan (most frequent first). */
	skills: string[];
	/**
	 * "below" when the suggestion is the lowest step and no answer said yes to its statements;
	 * "above" when it is the top of a ladder and no answer said no to its statements: the bank may
	 * not reach where the person is.
	 */
	edge: 'below' | 'above' | null;
}

export function surenessWords(p: number): string {
	if (p >= 0.9) return 'very sure';
	if (p >= 0.8) return 'fairly sure';
	if (p >= 0.6) return 'leaning towards it';
	if (p >= 0.4) return 'unsure';
	return 'very unsure';
}

const totalVariation = (a: readonly number[], b: readonly number[]) =>
	a.reduce((sum, x, i) => sum + Math.abs(x - b[i]!), 0) / 2;

const mean = (p: readonly number[]) => p.reduce((sum, x, i) => sum + x * i, 0);

/**
 * The answers that moved the result most: each answer is left out in turn and the distribution
 * recomputed; the bigger the difference, the more the result rests on that answer.
 */
function influences(engine: Engine, state: QuizState): Influence[] {
	const final = state.posterior;
	return state.responses
		.filter((r) => r.answer !== SKIP)
		.map((r) => {
			const without = replay(
				engine,
				state.responses.filter((other) => other !== r)
			).posterior;
			return {
				item: r.item,
				answer: r.answer,
				shift: totalVariation(final, without),
				direction: mean(final) >= mean(without) ? ('up' as const) : ('down' as const)
			};
		})
		.filter((i) => i.shift >= 0.005)
		.sort((a, b) => b.shift - a.shift || a.item - b.item)
		.slice(0, WHY_COUNT);
}

export function place(engine: Engine, bank: Bank, state: QuizState): Placement {
	const answered = answeredCount(state);
	const posterior = [...state.posterior];
	const top = topStep(posterior);
	const suggested = answered >= MIN_ANSWERS_FOR_SUGGESTION ? top : null;
	const answerOf = new Map(state.responses.map((r) => [r.item, r.answer]));

	const together = suggested === null ? [] : indistinct(bank, suggested);
	const placed = together.flatMap((s) => bank.steps[s]!.placement ?? []);
	const range =
		placed.length === 0
			? null
			: {
					min: Math.min(...placed.map((p) => p.min)),
					max: Math.max(...placed.map((p) => p.max))
				};
	const highest = together.at(-1);
	const confidence =
		together.length > 0 ? together.reduce((sum, s) => sum + posterior[s]!, 0) : posterior[top]!;
	const next = highest !== undefined && highest + 1 < bank.steps.length ? highest + 1 : null;
	const growth: Placement['growth'] = [];
	const alreadyThere: Placement['alreadyThere'] = [];
	const notAsked: number[] = [];
	if (next !== null) {
		bank.items.forEach((item, i) => {
			if (item.step !== next) return;
			const answer = answerOf.get(i);
			if (answer === undefined || answer === SKIP) notAsked.push(i);
			else if (answer === NOT_YET || answer === SOMETIMES) growth.push({ item: i, answer });
			else alreadyThere.push({ item: i, answer });
		});
	}

	const skillCount = new Map<string, number>();
	for (const i of [...growth.map((g) => g.item), ...notAsked]) {
		for (const skill of bank.items[i]!.skills)
			skillCount.set(skill, (skillCount.get(skill) ?? 0) + 1);
	}
	const skills = [...skillCount]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([skill]) => skill);

	return {
		answered,
		skipped: state.responses.length - answered,
		posterior,
		suggested,
		together,
		range,
		confidence,
		sureness: surenessWords(confidence),
		stop: stopReason(engine, state),
		why: influences(engine, state),
		next,
		growth,
		alreadyThere,
		notAsked,
		skills,
		edge: edge(bank, state, together)
	};
}

/** The run of steps around `step` that only silent steps (no statements of their own) separate. */
export function indistinct(bank: Pick<Bank, 'steps' | 'items'>, step: number): number[] {
	const silent = (s: number) => !bank.items.some((item) => describes(item, s));
	let low = step;
	while (low > 0 && silent(low)) low--;
	let high = step;
	while (high + 1 < bank.steps.length && silent(high + 1)) high++;
	return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

function edge(bank: Bank, state: QuizState, together: number[]): Placement['edge'] {
	if (together.length === 0) return null;
	/** Whether any answer about statements of `step` was on the yes (or the no) side. */
	const any = (step: number, yes: boolean) =>
		state.responses.some(
			(r) =>
				r.answer !== SKIP && describes(bank.items[r.item]!, step) && r.answer >= USUALLY === yes
		);
	// The lowest step suggested with no yes to its statements: the person may be below the track.
	if (together[0] === 0 && !any(0, true)) return 'below';
	// The top suggested with no no to the top documented step (a silent top step has none).
	const reachesTop = together.at(-1) === bank.steps.length - 1;
	if (bank.model === 'cumulative' && reachesTop && !any(together[0]!, false)) return 'above';
	return null;
}
