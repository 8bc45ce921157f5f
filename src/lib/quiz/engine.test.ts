import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SELECTION,
	STOP,
	answersPerStep,
	available,
	createEngine,
	entropy,
	expectedEntropy,
	marginal,
	nextItem,
	prior,
	questionLimit,
	relateChances,
	replay,
	respond,
	startState,
	stopReason,
	topStep,
	undo,
	worths,
	type Engine,
	type EngineBank,
	type EngineItem,
	type QuizState,
	type Response
} from './engine';
import {
	CONSISTENTLY,
	DEFAULT_PARAMS,
	NOT_YET,
	RATING_PARAMS,
	SKIP,
	SOMETIMES,
	USUALLY,
	type AnswerCode
} from './model';

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

/** A bank of hand-made statements (ranges, sources) on `stepCount` steps. */
const itemsBank = (stepCount: number, items: EngineItem[]): EngineBank => ({
	model: 'cumulative',
	steps: Array.from({ length: stepCount }, (_, i) => `s${i}`),
	items
});

/** The distribution over steps after one answer to `item`, from the start. */
const after = (engine: Engine, item: number, answer: AnswerCode) =>
	respond(engine, startState(engine), item, answer).posterior;

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

	it('starts from every step equally likely, in every answer style', () => {
		const start = startState(engine);
		expect(round(start.posterior)).toEqual(round(uniform));
		expect(start.joint).toHaveLength(DEFAULT_PARAMS.styles.length);
		expect(round(start.joint.map(sum))).toEqual(round(DEFAULT_PARAMS.styles.map((s) => s.share)));
	});

	it.each([
		[CONSISTENTLY, 'up'],
		[USUALLY, 'up'],
		[SOMETIMES, 'down'],
		[NOT_YET, 'down']
	] as const)('answer %i to a statement at step 3 moves the mass %s', (answer, direction) => {
		const p = after(engine, 0, answer);
		const before = massFrom(uniform, 3);
		if (direction === 'up') expect(massFrom(p, 3)).toBeGreaterThan(before);
		else expect(massFrom(p, 3)).toBeLessThan(before);
		expect(sum(p)).toBeCloseTo(1, 12);
		expect(p.every((x) => x > 0)).toBe(true);
	});

	it('weighs the ends of the scale more than the middle', () => {
		const shift = (answer: AnswerCode) => massFrom(after(engine, 0, answer), 3) - 4 / 7;
		expect(shift(CONSISTENTLY)).toBeGreaterThanOrEqual(shift(USUALLY));
		expect(shift(USUALLY)).toBeGreaterThan(0);
		expect(shift(NOT_YET)).toBeLessThan(shift(SOMETIMES));
		expect(shift(SOMETIMES)).toBeLessThan(0);
	});

	it('treats every step above the statement alike (a yes is evidence for all of them)', () => {
		const p = after(engine, 0, CONSISTENTLY);
		expect(p[4]).toBeCloseTo(p[6]!, 3);
		expect(p[1]).toBeCloseTo(p[0]!, 3);
	});

	it('the posterior is the joint summed over answer styles', () => {
		const state = respond(engine, startState(engine), 0, SOMETIMES);
		expect(state.posterior).toEqual(marginal(state.joint));
	});
});

describe('answer styles', () => {
	// Six statements per step 0–4. Answers by step: [at steps 0–1, at step 2, at steps 3–4].
	const steps = [0, 1, 2, 3, 4].flatMap((s) => new Array<number>(6).fill(s));
	const engine = createEngine(bank(5, steps), 1);
	const answersOf = ([low, two, high]: readonly AnswerCode[]) =>
		steps.map((step, item): Response => ({
			item,
			answer: step <= 1 ? low! : step === 2 ? two! : high!
		}));
	const likeliestStyle = (state: QuizState) => {
		const shares = state.joint.map(sum);
		return DEFAULT_PARAMS.styles[shares.indexOf(Math.max(...shares))]!.name;
	};

	it.each([
		['Consistently, then Not yet', [CONSISTENTLY, CONSISTENTLY, NOT_YET], 2, 'plain'],
		[
			'Consistently, Sometimes at step 2, then Not yet',
			[CONSISTENTLY, SOMETIMES, NOT_YET],
			1,
			'plain'
		],
		// Usually and Sometimes for what they do, Not yet for the rest: one notch low.
		['Usually, Sometimes at step 2, then Not yet', [USUALLY, SOMETIMES, NOT_YET], 2, 'modest'],
		// Usually for what they do, Sometimes for the rest: the middle of the scale.
		['Usually, then Sometimes', [USUALLY, USUALLY, SOMETIMES], 2, 'mild']
	] as const)('%s → step %i, read as %s', (_, answers, step, style) => {
		const state = replay(engine, answersOf(answers));
		expect(topStep(state.posterior)).toBe(step);
		expect(Math.max(...state.posterior)).toBeGreaterThan(0.8);
		expect(likeliestStyle(state)).toBe(style);
	});

	it('with one style only, a modest Sometimes would be read as a plain Not yet', () => {
		const plainOnly = {
			...DEFAULT_PARAMS,
			styles: [{ ...DEFAULT_PARAMS.styles[0]!, share: 1 }]
		};
		const state = replay(
			createEngine(bank(5, steps), 1, plainOnly),
			answersOf([USUALLY, SOMETIMES, NOT_YET])
		);
		expect(topStep(state.posterior)).toBe(1);
	});
});

describe('statements on a range of steps', () => {
	// Item 0 sits on steps 2–3; items 1 and 2 at step 2 and at step 3 alone.
	const engine = createEngine(
		itemsBank(7, [
			{ step: 2, to: 3, group: 'range' },
			{ step: 2, group: 'two' },
			{ step: 3, group: 'three' }
		]),
		1
	);

	it('a yes to a P2–P3 statement says less about P2 than a yes to a P3 one, more than a P2 one', () => {
		const atTwo = (item: number) => after(engine, item, CONSISTENTLY)[2]!;
		expect(atTwo(0)).toBeLessThan(atTwo(1));
		expect(atTwo(0)).toBeGreaterThan(atTwo(2));
	});

	it.each([CONSISTENTLY, NOT_YET])(
		'its likelihood is the average of its steps’ (answer %i)',
		(answer) => {
			const range = engine.likelihood[0]![0]![answer]!;
			const two = engine.likelihood[0]![1]![answer]!;
			const three = engine.likelihood[0]![2]![answer]!;
			range.forEach((p, s) => expect(p).toBeCloseTo((two[s]! + three[s]!) / 2, 12));
		}
	);

	it('a yes rises across the range: more likely at its top step than at its lowest', () => {
		const yes = engine.likelihood[0]![0]![CONSISTENTLY]!;
		expect(yes[1]).toBeLessThan(yes[2]!);
		expect(yes[2]).toBeLessThan(yes[3]!);
		expect(yes[3]).toBeLessThan(yes[5]!);
	});

	it('counts for each of its steps in equal parts of what the quiz knows per step', () => {
		const state = replay(engine, [
			{ item: 0, answer: CONSISTENTLY },
			{ item: 2, answer: NOT_YET }
		]);
		expect(answersPerStep(engine, state)).toEqual([0, 0, 0.5, 1.5, 0, 0, 0]);
	});
});

describe('each kind of bank has its own model', () => {
	it.each([
		['cumulative', DEFAULT_PARAMS],
		['ideal-point', RATING_PARAMS]
	] as const)('%s', (model, params) => {
		const engine = createEngine(bank(7, [3], model), 1);
		expect(engine.styleShares).toEqual(params.styles.map((s) => s.share));
		expect(engine.likelihood).toEqual(createEngine(bank(7, [3], model), 1, params).likelihood);
	});
});

describe('update (rating rubric: ideal point)', () => {
	const engine = createEngine(bank(7, [3], 'ideal-point'), 1);

	it('a yes peaks the distribution at the statement’s band, falling off with distance', () => {
		const p = after(engine, 0, CONSISTENTLY);
		expect(topStep(p)).toBe(3);
		expect(p[2]).toBeGreaterThan(p[1]!);
		expect(p[1]).toBeGreaterThan(p[0]!);
		expect(p[4]).toBeCloseTo(p[2]!, 12);
		expect(sum(p)).toBeCloseTo(1, 12);
	});

	it('a no makes the statement’s band the least likely', () => {
		const p = after(engine, 0, NOT_YET);
		expect(Math.min(...p)).toBe(p[3]);
		expect(sum(p)).toBeCloseTo(1, 12);
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
		const h = (i: number) => expectedEntropy(engine, startState(engine).joint, i);
		expect(h(2)).toBeLessThan(h(0));
		expect(h(2)).toBeLessThan(h(1));
	});

	it.each([
		[CONSISTENTLY, 'above'],
		[NOT_YET, 'below']
	] as const)('after answer %i to the first statement, asks %s it', (answer, side) => {
		const engine = createEngine(bank(7, [0, 1, 2, 3, 4, 5, 6]), 1);
		const first = startState(engine);
		const asked = nextItem(engine, first)!;
		// Steps 3 and 4 split seven steps most evenly (3 below and 4 from it, or 4 and 3).
		const step = engine.bank.items[asked]!.step;
		expect([3, 4]).toContain(step);
		const next = engine.bank.items[nextItem(engine, respond(engine, first, asked, answer))!]!;
		expect(side === 'above' ? next.step > step : next.step < step).toBe(true);
	});

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

describe('skips tell the engine which sources the person relates to', () => {
	// Two sources with three statements at each of seven steps: the same information in both.
	const twoSources = itemsBank(
		7,
		[0, 1, 2, 3, 4, 5, 6].flatMap((step) =>
			['a', 'b'].flatMap((framework) =>
				[1, 2, 3].map((n) => ({ step, group: `${framework}${step}-${n}`, source: { framework } }))
			)
		)
	);
	const sourceOf = (engine: Engine, item: number) => engine.bank.items[item]!.source!.framework;
	const itemOf = (framework: string, step: number, n = 1) =>
		twoSources.items.findIndex((i) => i.group === `${framework}${step}-${n}`);

	it.each([
		['nothing yet', [], 'equal'],
		['one skip from a', [[itemOf('a', 3), SKIP]], 'a lower'],
		[
			'two answers from a',
			[
				[itemOf('a', 3), CONSISTENTLY],
				[itemOf('a', 4), NOT_YET]
			],
			'a higher'
		],
		[
			'a skip, then an answer from a',
			[
				[itemOf('a', 3), SKIP],
				[itemOf('a', 4), NOT_YET]
			],
			'equal'
		]
	] as const)('%s: the chance of an answer from a vs b is %s', (_, pairs, expected) => {
		const engine = createEngine(twoSources, 1);
		const state = replay(
			engine,
			pairs.map(([item, answer]) => ({ item, answer }))
		);
		const chance = relateChances(engine, state);
		const [a, b] = [chance.get('a')!, chance.get('b')!];
		if (expected === 'equal') expect(a).toBeCloseTo(b, 12);
		else if (expected === 'a lower') expect(a).toBeLessThan(b / 2);
		else expect(a).toBeGreaterThan(b);
	});

	it('each further skip from a source lowers its chance again', () => {
		const engine = createEngine(twoSources, 1);
		const skips = [3, 4, 5].map((step) => ({ item: itemOf('a', step), answer: SKIP }) as const);
		const chances = [0, 1, 2, 3].map((n) =>
			relateChances(engine, replay(engine, skips.slice(0, n))).get('a')!
		);
		for (let n = 1; n < chances.length; n++) expect(chances[n]).toBeLessThan(chances[n - 1]!);
	});

	it.each([1, 2, 3, 4, 5])(
		'after a skip, the next statement comes from the other source (seed %i)',
		(seed) => {
			const engine = createEngine(twoSources, seed);
			const first = nextItem(engine, startState(engine))!;
			const next = nextItem(engine, respond(engine, startState(engine), first, SKIP))!;
			expect(sourceOf(engine, next)).not.toBe(sourceOf(engine, first));
		}
	);

	/** A person at step 4 who answers source a's statements and skips b's: the skips it costs. */
	const skipsOf = (engine: Engine) => {
		const state = play(engine, (item) => {
			const statement = engine.bank.items[item]!;
			if (statement.source!.framework === 'b') return SKIP;
			return statement.step <= 4 ? CONSISTENTLY : NOT_YET;
		});
		return { state, skips: state.responses.filter((r) => r.answer === SKIP).length };
	};

	it.each([1, 2, 3, 4, 5])(
		'someone who skips one source is placed from the other (seed %i)',
		(seed) => {
			const engine = createEngine(twoSources, seed);
			const { state, skips } = skipsOf(engine);
			expect(skips).toBeLessThanOrEqual(2);
			expect(topStep(state.posterior)).toBe(4);
			expect(stopReason(engine, state)).toBe('confident');
		}
	);

	it('without learning from skips, the same person is asked the skipped source again and again', () => {
		const deaf = {
			...DEFAULT_SELECTION,
			relate: { prior: 0.5, answersIfRelates: 0.5, answersIfNot: 0.5 }
		};
		const total = (selection: typeof DEFAULT_SELECTION) =>
			[1, 2, 3, 4, 5].reduce(
				(n, seed) => n + skipsOf(createEngine(twoSources, seed, DEFAULT_PARAMS, selection)).skips,
				0
			);
		expect(total(deaf)).toBeGreaterThan(2 * total(DEFAULT_SELECTION));
	});
});

describe('a bank crowded at one step does not crowd the questions', () => {
	// Twenty statements at step 3, five at every other step. A person at step 2 answers step 3's
	// statements yes and no in turn ("it depends"), the others from their step.
	const crowded = bank(7, [
		...new Array<number>(20).fill(3),
		...[0, 1, 2, 4, 5, 6].flatMap((step) => new Array<number>(5).fill(step))
	]);
	const firstTen = (selection: typeof DEFAULT_SELECTION) => {
		const engine = createEngine(crowded, 1, DEFAULT_PARAMS, selection);
		let state = startState(engine);
		let atThree = 0;
		for (let n = 0; n < 10; n++) {
			const item = nextItem(engine, state)!;
			const step = crowded.items[item]!.step;
			const answer =
				step === 3
					? atThree++ % 2 === 0
						? CONSISTENTLY
						: NOT_YET
					: step <= 2
						? CONSISTENTLY
						: NOT_YET;
			state = respond(engine, state, item, answer);
		}
		return state.responses.map((r) => crowded.items[r.item]!.step);
	};

	it('at most half of the first ten questions are at the crowded step', () => {
		expect(firstTen(DEFAULT_SELECTION).filter((s) => s === 3).length).toBeLessThanOrEqual(5);
	});

	it('without the repeat penalty, the crowded step takes most of them', () => {
		const steps = firstTen({ ...DEFAULT_SELECTION, repeat: 1 });
		expect(steps.filter((s) => s === 3).length).toBeGreaterThan(5);
	});

	it.each([
		['nothing asked', [], [1, 1, 1]],
		['two answers at step 3', [3, 3], [1, 1, DEFAULT_SELECTION.repeat ** 2]],
		['a skip at step 3 (not an answer)', ['skip'], [1, 1, 1]]
	] as const)('spread after %s', (_, asked, [atZero, atTwo, atThree]) => {
		const engine = createEngine(crowded, 1);
		const responses = asked.map((step, n): Response =>
			step === 'skip' ? { item: n, answer: SKIP } : { item: n, answer: CONSISTENTLY }
		);
		const w = worths(engine, replay(engine, responses));
		const spreadAt = (step: number) => w.find((x) => crowded.items[x.item]!.step === step)!.spread;
		expect(spreadAt(0)).toBeCloseTo(atZero, 12);
		expect(spreadAt(2)).toBeCloseTo(atTwo, 12);
		expect(spreadAt(3)).toBeCloseTo(atThree, 12);
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
		joint: [posterior],
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
		expect(expectedEntropy(engine, startState(engine).joint, 0)).toBe(0);
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
