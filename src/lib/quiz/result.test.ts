import { describe, expect, it } from 'vitest';
import { catalog } from '../frameworks/catalog.server';
import { PLATFORM_FAMILY, allBanks, type Bank } from './banks';
import {
	createEngine,
	nextItem,
	prior,
	respond,
	startState,
	stopReason,
	type Engine,
	type QuizState
} from './engine';
import { CONSISTENTLY, NOT_YET, SKIP, SOMETIMES, USUALLY, type AnswerCode } from './model';
import { MIN_ANSWERS_FOR_SUGGESTION, indistinct, place, surenessWords } from './result';

const banks = allBanks(catalog.frameworks);
const bank = (id: string) => banks.find((b) => b.id === id)!;
const reference = bank('infrastructure-platform-engineering/infrastructure-platform');
const family = bank(`family/${PLATFORM_FAMILY.id}`);
const platformEngineer = bank('platform-engineer/platform-engineer');
const rubric = bank('senior-platform-engineer-rubric/senior-platform-engineer');

function play(engine: Engine, answerFor: (item: number) => AnswerCode): QuizState {
	let state = startState(engine);
	while (stopReason(engine, state) === null) {
		const item = nextItem(engine, state)!;
		state = respond(engine, state, item, answerFor(item));
	}
	return state;
}

/** A person at `step` on a ladder, answering from the statements' true steps. */
const ladderPerson = (b: Bank, step: number) => (item: number) =>
	b.items[item]!.step <= step ? CONSISTENTLY : NOT_YET;

/** A person in band `step` of a rubric: its statements describe them, the others do not. */
const rubricPerson = (b: Bank, step: number) => (item: number) =>
	b.items[item]!.step === step ? CONSISTENTLY : NOT_YET;

describe('placing consistent people', () => {
	it.each([
		[reference, ladderPerson],
		[family, ladderPerson],
		[rubric, rubricPerson]
	] as const)('$id: every true step, three seeds', (b, person) => {
		for (let step = 0; step < b.steps.length; step++) {
			for (const seed of [1, 2, 3]) {
				const engine = createEngine(b, seed);
				const placement = place(engine, b, play(engine, person(b, step)));
				expect(placement.suggested, `step ${step}, seed ${seed}`).toBe(step);
			}
		}
	});

	it('002 at P4: stops confident within 6–10 questions, with a growth plan from P5', () => {
		const engine = createEngine(reference, 7);
		const state = play(engine, ladderPerson(reference, 3));
		const p = place(engine, reference, state);
		expect(p.stop).toBe('confident');
		expect(state.responses.length).toBeGreaterThanOrEqual(6);
		expect(state.responses.length).toBeLessThanOrEqual(10);
		expect(p.confidence).toBeGreaterThanOrEqual(0.8);
		expect(p.together).toEqual([3]);
		expect(p.next).toBe(4);
		const p5 = reference.items.flatMap((item, i) => (item.step === 4 ? [i] : []));
		const covered = [
			...p.growth.map((g) => g.item),
			...p.alreadyThere.map((g) => g.item),
			...p.notAsked
		];
		expect(covered.sort((a, b) => a - b)).toEqual(p5);
		expect(p.growth.every((g) => g.answer === NOT_YET)).toBe(true);
		expect(p.alreadyThere).toEqual([]);
		const skills = new Set(
			[...p.growth.map((g) => g.item), ...p.notAsked].flatMap((i) => reference.items[i]!.skills)
		);
		expect(new Set(p.skills)).toEqual(skills);
	});
});

describe('the family quiz', () => {
	const reference = 'infrastructure-platform-engineering';
	/** 002's statements answered from 002's own level `step`; every other statement skipped. */
	const onlyReference = (step: number) => (item: number) => {
		const statement = family.items[item]!;
		if (statement.source.framework !== reference) return SKIP;
		return statement.step <= step ? CONSISTENTLY : NOT_YET;
	};

	it.each([1, 2, 3, 4, 5, 6, 7])(
		'someone at P%i who relates only to 002 is placed there, sure, in few questions',
		(level) => {
			for (const seed of [1, 2, 3]) {
				const engine = createEngine(family, seed);
				const state = play(engine, onlyReference(level - 1));
				const p = place(engine, family, state);
				expect(p.suggested, `seed ${seed}`).toBe(level - 1);
				expect(p.stop).toBe('confident');
				expect(p.skipped).toBeLessThanOrEqual(2);
				expect(state.responses.length).toBeLessThanOrEqual(10);
			}
		}
	);

	// Issue 8: a mid-level engineer answering P1–P3 statements Consistently or Usually and the rest
	// Sometimes or Not yet was asked P4 statements 19 times out of 20 and left very unsure.
	it('a mid-level engineer is placed at P3, with questions spread over the levels', () => {
		for (const seed of [1, 2, 3, 4]) {
			const engine = createEngine(family, seed);
			const state = play(engine, (item) => {
				const { to } = family.items[item]!;
				const n = item % 2;
				return to <= 2
					? ([CONSISTENTLY, USUALLY] as const)[n]!
					: ([SOMETIMES, NOT_YET] as const)[n]!;
			});
			const p = place(engine, family, state);
			expect(p.suggested, `seed ${seed}`).toBe(2);
			expect(p.stop).toBe('confident');
			const perPlace = new Map<string, number>();
			for (const r of state.responses) {
				const { step, to } = family.items[r.item]!;
				perPlace.set(`${step}-${to}`, (perPlace.get(`${step}-${to}`) ?? 0) + 1);
			}
			expect(Math.max(...perPlace.values())).toBeLessThanOrEqual(state.responses.length / 2);
		}
	});

	it('says where the suggestion sits on the common scale', () => {
		const engine = createEngine(family, 1);
		const p = place(engine, family, play(engine, onlyReference(2)));
		expect(p.range).toEqual({ min: 3, max: 3 });
	});
});

describe('where a track’s suggestion sits', () => {
	it.each([
		['000, all Consistently: Level 6 or 7', platformEngineer, CONSISTENTLY, { min: 4, max: 5 }],
		['000, all Not yet: Level 4', platformEngineer, NOT_YET, { min: 2, max: 3 }],
		['the rubric: a rating has no place of its own', rubric, CONSISTENTLY, null]
	] as const)('%s → %j', (_, b, answer, range) => {
		const engine = createEngine(b, 1);
		expect(
			place(
				engine,
				b,
				play(engine, () => answer)
			).range
		).toEqual(range);
	});
});

describe('why', () => {
	const engine = createEngine(reference, 11);
	const state = play(engine, ladderPerson(reference, 3));
	const p = place(engine, reference, state);

	it('lists the most influential answers first, each one that was given', () => {
		expect(p.why.length).toBeGreaterThan(0);
		expect(p.why.length).toBeLessThanOrEqual(5);
		const shifts = p.why.map((w) => w.shift);
		expect(shifts).toEqual([...shifts].sort((a, b) => b - a));
		for (const w of p.why) {
			expect(state.responses).toContainEqual({ item: w.item, answer: w.answer });
		}
	});

	it('a yes pulls the placement up and a no pulls it down', () => {
		for (const w of p.why) expect(w.direction).toBe(w.answer === CONSISTENTLY ? 'up' : 'down');
	});
});

describe('degenerate answers', () => {
	it('all Consistently: the top step, sure, flagged as possibly beyond the track', () => {
		const engine = createEngine(reference, 1);
		const p = place(
			engine,
			reference,
			play(engine, () => CONSISTENTLY)
		);
		expect(p.suggested).toBe(6);
		expect(p.confidence).toBeGreaterThanOrEqual(0.8);
		expect(p.confidence).toBeLessThan(1);
		expect(p.edge).toBe('above');
		expect(p.next).toBeNull();
	});

	it('all Not yet: the lowest step, flagged as possibly below the track', () => {
		const engine = createEngine(reference, 1);
		const p = place(
			engine,
			reference,
			play(engine, () => NOT_YET)
		);
		expect(p.suggested).toBe(0);
		expect(p.confidence).toBeGreaterThanOrEqual(0.8);
		expect(p.edge).toBe('below');
		expect(p.growth.length + p.notAsked.length).toBe(5);
	});

	it('all skipped: the prior, and "not enough answers"', () => {
		const engine = createEngine(reference, 1);
		const state = play(engine, () => SKIP);
		const p = place(engine, reference, state);
		expect(state.responses).toHaveLength(20);
		expect(p.posterior).toEqual(prior(7));
		expect(p.suggested).toBeNull();
		expect(p.together).toEqual([]);
		expect(p.answered).toBe(0);
		expect(p.skipped).toBe(20);
		expect(p.stop).toBe('limit');
		expect(p.sureness).toBe('very unsure');
		expect(p.why).toEqual([]);
		expect(p.next).toBeNull();
	});

	it(`fewer than ${MIN_ANSWERS_FOR_SUGGESTION} answers suggest nothing`, () => {
		const engine = createEngine(reference, 1);
		let state = startState(engine);
		for (let n = 0; n < MIN_ANSWERS_FOR_SUGGESTION; n++) {
			expect(place(engine, reference, state).suggested).toBeNull();
			state = respond(engine, state, nextItem(engine, state)!, CONSISTENTLY);
		}
		expect(place(engine, reference, state).suggested).not.toBeNull();
	});

	it('000, all Consistently: Level 6 or Level 7, which the source does not tell apart', () => {
		const engine = createEngine(platformEngineer, 1);
		const state = play(engine, () => CONSISTENTLY);
		const p = place(engine, platformEngineer, state);
		expect(p.together.map((s) => platformEngineer.steps[s]!.id)).toEqual(['level-6', 'level-7']);
		expect(p.confidence).toBeCloseTo(p.posterior[2]! + p.posterior[3]!, 12);
		expect(p.confidence).toBeGreaterThan(0.8);
		expect(p.next).toBeNull();
		expect(p.edge).toBe('above');
		expect(p.stop).toBe('exhausted');
	});
});

describe('indistinct', () => {
	const hand = (itemSteps: number[], stepCount: number) => ({
		steps: Array.from({ length: stepCount }, (_, i) => ({
			id: `s${i}`,
			label: `S${i}`,
			name: `S${i}`,
			placement: null
		})),
		items: itemSteps.map((step) => ({ step }) as Bank['items'][number])
	});

	it.each([
		['every step has statements', [0, 1, 2], 3, 1, [1]],
		['a silent top step joins the one below', [0, 1, 2], 4, 3, [2, 3]],
		['…and the one below joins it', [0, 1, 2], 4, 2, [2, 3]],
		['two silent steps in a row', [0, 1], 4, 1, [1, 2, 3]],
		['a silent first step joins the one above', [1, 2], 3, 0, [0]]
	])('%s', (_, itemSteps, stepCount, step, expected) => {
		expect(indistinct(hand(itemSteps, stepCount), step)).toEqual(expected);
	});
});

describe('surenessWords', () => {
	it.each([
		[1, 'very sure'],
		[0.9, 'very sure'],
		[0.85, 'fairly sure'],
		[0.8, 'fairly sure'],
		[0.7, 'leaning towards it'],
		[0.5, 'unsure'],
		[1 / 7, 'very unsure']
	])('%f → %s', (p, words) => {
		expect(surenessWords(p)).toBe(words);
	});
});
