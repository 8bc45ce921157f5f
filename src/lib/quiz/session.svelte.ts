// One quiz in progress: the engine's state as reactive state, the next question derived from it,
// and every change kept in this browser so a reload resumes. Created in the browser only (it needs
// localStorage and a fresh random seed).
import type { Bank } from './banks';
import { encodeResult } from './code';
import {
	answeredCount,
	createEngine,
	nextItem,
	questionLimit,
	replay,
	respond,
	startState,
	stopReason,
	undo,
	type Engine,
	type QuizState
} from './engine';
import type { AnswerCode } from './model';
import { randomSeed } from '../random';
import { restore, save } from './storage';

type KeyValueStore = Parameters<typeof save>[0];

export class QuizSession {
	readonly bank: Bank;
	#storage: KeyValueStore | null;
	engine: Engine = $state.raw() as Engine;
	state: QuizState = $state.raw() as QuizState;
	/** A polite note about saved data that had to be discarded, until dismissed. */
	notice: string | null = $state(null);
	/** Whether this quiz was resumed from this browser's storage. */
	resumed = $state(false);

	readonly stop = $derived(stopReason(this.engine, this.state));
	/** The statement to ask now (index into the bank), or null when the quiz has stopped. */
	readonly current = $derived(this.stop === null ? nextItem(this.engine, this.state) : null);
	readonly asked = $derived(this.state.responses.length);
	readonly answered = $derived(answeredCount(this.state));
	readonly limit = $derived(questionLimit(this.engine));

	/**
	 * Resumes this bank's saved quiz, if any; otherwise starts one with `seed` (random when null).
	 * `storage` is null when the browser offers none: the quiz then simply is not kept.
	 */
	constructor(bank: Bank, storage: KeyValueStore | null, seed: number | null = null) {
		this.bank = bank;
		this.#storage = storage;
		const restored = storage ? restore(storage, bank) : { quiz: null, notice: null };
		this.notice = restored.notice;
		if (restored.quiz) {
			this.engine = createEngine(bank, restored.quiz.seed);
			this.state = replay(this.engine, restored.quiz.responses);
			this.resumed = restored.quiz.responses.length > 0;
		} else {
			this.engine = createEngine(bank, seed ?? randomSeed());
			this.state = startState(this.engine);
		}
	}

	answer(code: AnswerCode): void {
		if (this.current === null) return;
		this.state = respond(this.engine, this.state, this.current, code);
		this.#keep();
	}

	back(): void {
		this.state = undo(this.state);
		this.#keep();
	}

	/** A new quiz on the same bank, with a new seed (so a new order). */
	restart(seed: number | null = null): void {
		this.engine = createEngine(this.bank, seed ?? randomSeed());
		this.state = startState(this.engine);
		this.resumed = false;
		this.#keep();
	}

	dismissNotice(): void {
		this.notice = null;
	}

	/** The result link's code for the answers so far. */
	resultCode(): string {
		return encodeResult(this.bank, {
			seed: this.engine.seed,
			responses: [...this.state.responses]
		});
	}

	#keep(): void {
		if (!this.#storage) return;
		save(
			this.#storage,
			this.bank.id,
			this.state.responses.length === 0
				? null
				: {
						fingerprint: this.bank.fingerprint,
						seed: this.engine.seed,
						responses: [...this.state.responses]
					}
		);
	}
}
