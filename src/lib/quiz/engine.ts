// The placement engine: a probability distribution over a bank's steps, updated by Bayes' rule
// after each answer, asking next the statement expected to reduce uncertainty most. Pure and
// deterministic: the same bank, seed and answers always give the same questions and result.
import type { ModelKind } from './banks';
import { DEFAULT_PARAMS, SKIP, likelihoodTable, type AnswerCode, type ModelParams } from './model';
import { shuffledIndices } from '../random';

/** What the engine needs of a bank (tests build small ones by hand). */
export interface EngineBank {
	model: ModelKind;
	steps: readonly unknown[];
	items: readonly { step: number; group: string }[];
}

export interface Response {
	/** Index into the bank's items. */
	item: number;
	answer: AnswerCode;
}

export interface Engine {
	bank: EngineBank;
	seed: number;
	stepCount: number;
	/** `table[statementStep][answer][personStep]` (see ./model). */
	table: number[][][];
	/** Seeded tie-break order: among equally informative statements, the lowest rank is asked. */
	rank: number[];
}

/** The stopping rule (issue 5). */
export const STOP = {
	/** Stop once one step holds at least this much probability… */
	confidence: 0.8,
	/** …after at least this many answers (skips are not answers)… */
	minAnswers: 6,
	/** …or after this many questions, skips included, so a quiz stays short whatever happens. */
	maxQuestions: 20
} as const;

export type StopReason = 'confident' | 'limit' | 'exhausted';

/**
 * One moment of a quiz. Immutable: an answer makes a new state that points back to this one, so
 * undo returns the previous state itself, not a recomputation.
 */
export interface QuizState {
	readonly responses: readonly Response[];
	readonly posterior: readonly number[];
	readonly previous: QuizState | null;
}

export function createEngine(
	bank: EngineBank,
	seed: number,
	params: ModelParams = DEFAULT_PARAMS
): Engine {
	const stepCount = bank.steps.length;
	const order = shuffledIndices(bank.items.length, seed);
	const rank: number[] = new Array<number>(bank.items.length);
	order.forEach((item, position) => (rank[item] = position));
	return { bank, seed, stepCount, table: likelihoodTable(bank.model, stepCount, params), rank };
}

/** Every step equally likely: the quiz assumes nothing before the first answer. */
export function prior(stepCount: number): number[] {
	return new Array<number>(stepCount).fill(1 / stepCount);
}

export function startState(engine: Engine): QuizState {
	return { responses: [], posterior: prior(engine.stepCount), previous: null };
}

/** Bayes' rule for one answer; a skip leaves the distribution as it is. */
export function update(
	engine: Engine,
	posterior: readonly number[],
	item: number,
	answer: AnswerCode
): number[] {
	if (answer === SKIP) return [...posterior];
	const likelihood = engine.table[engine.bank.items[item]!.step]![answer]!;
	const next = posterior.map((p, s) => p * likelihood[s]!);
	const total = next.reduce((a, b) => a + b, 0);
	return next.map((p) => p / total);
}

export function respond(
	engine: Engine,
	state: QuizState,
	item: number,
	answer: AnswerCode
): QuizState {
	return {
		responses: [...state.responses, { item, answer }],
		posterior: update(engine, state.posterior, item, answer),
		previous: state
	};
}

/** Back: the state before the last response (the first state stays where it is). */
export function undo(state: QuizState): QuizState {
	return state.previous ?? state;
}

/** The state after these responses, as if they had been given one by one. */
export function replay(engine: Engine, responses: readonly Response[]): QuizState {
	return responses.reduce(
		(state, r) => respond(engine, state, r.item, r.answer),
		startState(engine)
	);
}

export function entropy(p: readonly number[]): number {
	let h = 0;
	for (const x of p) if (x > 0) h -= x * Math.log2(x);
	return h;
}

/** The entropy the distribution is expected to have after answering `item`. */
export function expectedEntropy(
	engine: Engine,
	posterior: readonly number[],
	item: number
): number {
	const byAnswer = engine.table[engine.bank.items[item]!.step]!;
	let expected = 0;
	for (const likelihood of byAnswer) {
		const joint = posterior.map((p, s) => p * likelihood[s]!);
		const chance = joint.reduce((a, b) => a + b, 0);
		if (chance > 0) expected += chance * entropy(joint.map((j) => j / chance));
	}
	return expected;
}

/** Items still worth asking: not asked, and no word-for-word repeat of one asked. */
export function available(engine: Engine, state: QuizState): number[] {
	const asked = new Set(state.responses.map((r) => r.item));
	const groups = new Set([...asked].map((i) => engine.bank.items[i]!.group));
	return engine.bank.items
		.map((item, i) => ({ item, i }))
		.filter(({ item, i }) => !asked.has(i) && !groups.has(item.group))
		.map(({ i }) => i);
}

/** Differences below this are rounding, not information: the seeded order decides. */
const TIE = 1e-9;

/** The most informative statement to ask next, or null when none is left. */
export function nextItem(engine: Engine, state: QuizState): number | null {
	let best: number | null = null;
	let bestEntropy = Infinity;
	for (const i of available(engine, state)) {
		const h = expectedEntropy(engine, state.posterior, i);
		const better = h < bestEntropy - TIE;
		const tie = !better && h <= bestEntropy + TIE;
		if (better || (tie && engine.rank[i]! < engine.rank[best!]!)) {
			best = i;
			bestEntropy = Math.min(h, bestEntropy);
		}
	}
	return best;
}

export function answeredCount(state: QuizState): number {
	return state.responses.filter((r) => r.answer !== SKIP).length;
}

/** Why the quiz should stop now, or null to keep asking. */
export function stopReason(engine: Engine, state: QuizState): StopReason | null {
	if (answeredCount(state) >= STOP.minAnswers && Math.max(...state.posterior) >= STOP.confidence) {
		return 'confident';
	}
	if (state.responses.length >= STOP.maxQuestions) return 'limit';
	if (available(engine, state).length === 0) return 'exhausted';
	return null;
}

/** The most likely step; a tie goes to the lower step (the more modest suggestion). */
export function topStep(posterior: readonly number[]): number {
	let best = 0;
	posterior.forEach((p, s) => {
		if (p > posterior[best]! + TIE) best = s;
	});
	return best;
}

/** How many questions this quiz can ask at most: for the progress bar. */
export function questionLimit(engine: Engine): number {
	const groups = new Set(engine.bank.items.map((i) => i.group));
	return Math.min(STOP.maxQuestions, groups.size);
}
