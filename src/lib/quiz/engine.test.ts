import { describe, expect, it } from 'vitest';
import {
	STOP,
	available,
	createEngine,
	entropy,
	expectedEntropy,
	nextItem,
	prior,
	questionLimit,
	replay,
	respond,
	startState,
	stopReason,
	topStep,
	undo,
	update,
	type EngineBank,
	type QuizState,
	type Response
} from './engine';
import { CONSISTENTLY, NOT_YET, SKIP, SOMETIMES, USUALLY, type AnswerCode } from './model';

/** A bank with one statement per entry of `itemSteps`, each its own group unless given. */
function bank(
	stepCount: number,
	itemSteps: number[],
	model: EngineBank['model'] = 'cumulative',
	groups?: string[]
): EngineBank {
	return {
		model,
		steps: Array.from({ length: stepCount }, (_, i) => `s${i}`),
		items: itemSteps.map((step, i) => ({ step, group: groups?.[i] ?? `g${i}` }))
	};
}

const sum = (p: readonly number[]) => p.reduce((a, b) => a + b, 0);
const massFrom = (p: readonly number[], from: number) => sum(p.slice(from));
const round = (p: readonly number[]) => p.map((x) => Math.round(x * 1000) / 1000);

/** Plays a quiz to its end with `answerFor(item)`, returning the states. */
function play(engine: ReturnType<typeof createEngine>, answerFor: (item: number) => AnswerCode) {
	let state = startState(engine);
	while (stopReason(engine, state) === null) {
		const item = nextItem(engine, state)!;
		state = respond(engine, state, item, answerFor(item));
	}
	return state;
}

describe('update (ladder: cumulative)', () => {
	const engine = createEngine(bank(7, [3]), 1);
	const uniform = prior(7);

	it.each([
		[CONSISTENTLY, 'up'],
		[USUALLY, 'up'],
		[SOMETIMES, 'down'],
		[NOT_YET, 'down']
	] as const)('answer %i to a statement at step 3 moves the mass %s', (answer, direction) => {
		const after = update(engine, uniform, 0, answer);
		const before = massFrom(uniform, 3);
		if (direction === 'up') expect(massFrom(after, 3)).toBeGreaterThan(before);
		else expect(massFrom(after, 3)).toBeLessThan(before);
		expect(sum(after)).toBeCloseTo(1, 12);
		expect(after.every((p) => p > 0)).toBe(true);
	});

	it('weighs the ends of the scale more than the middle', () => {
		const shift = (answer: AnswerCode) => massFrom(update(engine, uniform, 0, answer), 3) - 4 / 7;
		expect(shift(CONSISTENTLY)).toBeGreaterThanOrEqual(shift(USUALLY));
		expect(shift(USUALLY)).toBeGreaterThan(0);
		expect(shift(NOT_YET)).toBeLessThan(shift(SOMETIMES));
		expect(shift(SOMETIMES)).toBeLessThan(0);
	});

	it('treats every step above the statement alike (a yes is evidence for all of them)', () => {
		const after = update(engine, uniform, 0, CONSISTENTLY);
		expect(after[4]).toBeCloseTo(after[6]!, 3);
		expect(after[1]).toBeCloseTo(after[0]!, 3);
	});
});

describe('update (rating rubric: ideal point)', () => {
	const engine = createEngine(bank(7, [3], 'ideal-point'), 1);

	it('a yes peaks the distribution at the statement’s band, falling off with distance', () => {
		const after = update(engine, prior(7), 0, CONSISTENTLY);
		expect(topStep(after)).toBe(3);
		expect(after[2]).toBeGreaterThan(after[1]!);
		expect(after[1]).toBeGreaterThan(after[0]!);
		expect(after[4]).toBeCloseTo(after[2]!, 12);
		expect(sum(after)).toBeCloseTo(1, 12);
	});

	it('a no makes the statement’s band the least likely', () => {
		const after = update(engine, prior(7), 0, NOT_YET);
		expect(Math.min(...after)).toBe(after[3]);
		expect(sum(after)).toBeCloseTo(1, 12);
	});
});

describe('skips', () => {
	const engine = createEngine(bank(5, [1, 2, 3]), 1);

	it('a skip leaves the distribution exactly as it was, but counts as asked', () => {
		const start = respond(engine, startState(engine), 0, CONSISTENTLY);
		const skipped = respond(engine, start, 1, SKIP);
		expect(skipped.posterior).toEqual(start.posterior);
		expect(skipped.responses).toHaveLength(2);
		expect(available(engine, skipped)).toEqual([2]);
	});
});

describe('selection', () => {
	it('asks the statement that splits the steps most evenly first', () => {
		const engine = createEngine(bank(7, [0, 6, 3]), 1);
		expect(nextItem(engine, startState(engine))).toBe(2);
		const h = (i: number) => expectedEntropy(engine, prior(7), i);
		expect(h(2)).toBeLessThan(h(0));
		expect(h(2)).toBeLessThan(h(1));
	});

	it.each([
		[CONSISTENTLY, (step: number) => step > 3],
		[NOT_YET, (step: number) => step < 3]
	] as const)(
		'after answer %i at step 3, asks on the side the answer points to',
		(answer, side) => {
			const engine = createEngine(bank(7, [0, 1, 2, 3, 4, 5, 6]), 1);
			const first = startState(engine);
			const asked = nextItem(engine, first)!;
			expect(engine.bank.items[asked]!.step).toBe(3);
			const next = nextItem(engine, respond(engine, first, asked, answer))!;
			expect(side(engine.bank.items[next]!.step)).toBe(true);
		}
	);

	it('never asks a statement twice, nor a word-for-word repeat of one asked', () => {
		const engine = createEngine(bank(5, [2, 2, 2], 'cumulative', ['same', 'same', 'other']), 1);
		let state = respond(engine, startState(engine), 0, CONSISTENTLY);
		expect(available(engine, state)).toEqual([2]);
		const second = nextItem(engine, state)!;
		expect(second).toBe(2);
		state = respond(engine, state, second, CONSISTENTLY);
		expect(nextItem(engine, state)).toBeNull();
		expect(stopReason(engine, state)).toBe('exhausted');
		expect(questionLimit(engine)).toBe(2);
	});

	it('breaks ties between equally informative statements by the seeded order', () => {
		// Ten statements at the same step are equally informative: only the seed decides.
		const tied = bank(3, new Array(10).fill(1));
		const firsts = new Set(
			[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => {
				const engine = createEngine(tied, seed);
				const first = nextItem(engine, startState(engine))!;
				expect(engine.rank[first]).toBe(0);
				return first;
			})
		);
		expect(firsts.size).toBeGreaterThan(1);
	});
});

describe('determinism', () => {
	const itemSteps = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6];
	const person = 4;
	const answer = (engine: ReturnType<typeof createEngine>) => (item: number) =>
		engine.bank.items[item]!.step <= person ? CONSISTENTLY : NOT_YET;

	it('the same seed and answers give the same questions in the same order', () => {
		const run = (seed: number) => {
			const engine = createEngine(bank(7, itemSteps), seed);
			return play(engine, answer(engine)).responses.map((r) => r.item);
		};
		expect(run(42)).toEqual(run(42));
		const orders = new Set([1, 2, 3, 4, 5].map((seed) => run(seed).join(',')));
		expect(orders.size).toBeGreaterThan(1);
	});

	it('replaying the responses reproduces the state', () => {
		const engine = createEngine(bank(7, itemSteps), 9);
		const played = play(engine, answer(engine));
		const replayed = replay(engine, played.responses);
		expect(replayed.posterior).toEqual(played.posterior);
		expect(replayed.responses).toEqual(played.responses);
	});
});

describe('undo', () => {
	const engine = createEngine(bank(7, [0, 1, 2, 3, 4, 5, 6]), 3);

	it('restores the previous state exactly (the same object), any number of times', () => {
		const s0 = startState(engine);
		const s1 = respond(engine, s0, nextItem(engine, s0)!, CONSISTENTLY);
		const s2 = respond(engine, s1, nextItem(engine, s1)!, NOT_YET);
		const s3 = respond(engine, s2, nextItem(engine, s2)!, SKIP);
		expect(undo(s3)).toBe(s2);
		expect(undo(undo(s3))).toBe(s1);
		expect(undo(undo(undo(s3)))).toBe(s0);
		expect(undo(s0)).toBe(s0);
		expect(nextItem(engine, undo(s2))).toBe(nextItem(engine, s1));
	});

	it('a different answer after undo gives a different distribution', () => {
		const s0 = startState(engine);
		const item = nextItem(engine, s0)!;
		const yes = respond(engine, s0, item, CONSISTENTLY);
		const no = respond(engine, undo(yes), item, NOT_YET);
		expect(no.responses).toEqual([{ item, answer: NOT_YET }]);
		expect(round(no.posterior)).not.toEqual(round(yes.posterior));
	});
});

describe('stopping rule', () => {
	const engine = createEngine(
		bank(
			7,
			new Array(30).fill(0).map((_, i) => i % 7)
		),
		1
	);
	const confident = [0.9, 0.1 / 6, 0.1 / 6, 0.1 / 6, 0.1 / 6, 0.1 / 6, 0.1 / 6];
	const unsure = [0.79, 0.21 / 6, 0.21 / 6, 0.21 / 6, 0.21 / 6, 0.21 / 6, 0.21 / 6];
	const state = (answers: AnswerCode[], posterior: number[]): QuizState => ({
		responses: answers.map((answer, item): Response => ({ item, answer })),
		posterior,
		previous: null
	});
	const yes = (n: number) => new Array<AnswerCode>(n).fill(CONSISTENTLY);
	const skips = (n: number) => new Array<AnswerCode>(n).fill(SKIP);

	it.each([
		['5 answers, 90% on one step', yes(5), confident, null],
		['6 answers, 90% on one step', yes(6), confident, 'confident'],
		['6 answers, 79% on one step', yes(6), unsure, null],
		['5 answers and a skip, 90%', [...yes(5), SKIP], confident, null],
		['19 answers, 79%', yes(19), unsure, null],
		['20 answers, 79%', yes(20), unsure, 'limit'],
		['20 skips, the prior', skips(20), prior(7), 'limit']
	] as const)('%s → %s', (_, answers, posterior, expected) => {
		expect(stopReason(engine, state([...answers], [...posterior]))).toBe(expected);
	});

	it(`stops a consistent respondent between ${STOP.minAnswers} and ${STOP.maxQuestions} questions`, () => {
		const played = play(engine, (item) =>
			engine.bank.items[item]!.step <= 3 ? CONSISTENTLY : NOT_YET
		);
		expect(played.responses.length).toBeGreaterThanOrEqual(STOP.minAnswers);
		expect(played.responses.length).toBeLessThanOrEqual(STOP.maxQuestions);
		expect(stopReason(engine, played)).toBe('confident');
		expect(topStep(played.posterior)).toBe(3);
	});
});

describe('degenerate banks', () => {
	it('one step: nothing to learn, so every statement is equally (un)informative', () => {
		const engine = createEngine(bank(1, [0, 0]), 1);
		expect(startState(engine).posterior).toEqual([1]);
		expect(expectedEntropy(engine, [1], 0)).toBe(0);
	});

	it('an empty bank stops at once', () => {
		const engine = createEngine(bank(3, []), 1);
		expect(nextItem(engine, startState(engine))).toBeNull();
		expect(stopReason(engine, startState(engine))).toBe('exhausted');
	});

	it('topStep gives a tie to the lower step', () => {
		expect(topStep([0.4, 0.4, 0.2])).toBe(0);
		expect(topStep([0.2, 0.4, 0.4])).toBe(1);
	});

	it('entropy: uniform over 8 is 3 bits, certainty is 0', () => {
		expect(entropy(prior(8))).toBeCloseTo(3, 12);
		expect(entropy([1, 0, 0])).toBe(0);
	});
});
