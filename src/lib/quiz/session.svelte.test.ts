import { describe, expect, it } from 'vitest';
import { catalog } from '../frameworks/catalog.server';
import { trackBank } from './banks';
import { decodeResult } from './code';
import { CONSISTENTLY, NOT_YET, SKIP } from './model';
import { QuizSession } from './session.svelte';
import { NOTICES, STORAGE_KEY } from './storage';
import { MemoryStorage as FakeStorage } from './memory-storage';

const bank = trackBank(
	catalog.frameworks.find((f) => f.id === 'infrastructure-platform-engineering')!,
	'infrastructure-platform'
)!;

describe('QuizSession', () => {
	it('answers, keeps every change, and a new session resumes exactly where it was', () => {
		const storage = new FakeStorage();
		const session = new QuizSession(bank, storage, 123);
		expect(session.resumed).toBe(false);
		const first = session.current!;
		session.answer(CONSISTENTLY);
		session.answer(SKIP);
		session.answer(NOT_YET);
		expect(session.asked).toBe(3);
		expect(session.answered).toBe(2);
		expect(session.state.responses[0]!.item).toBe(first);

		const again = new QuizSession(bank, storage, 999);
		expect(again.resumed).toBe(true);
		expect(again.engine.seed).toBe(123);
		expect(again.state.responses).toEqual(session.state.responses);
		expect(again.state.posterior).toEqual(session.state.posterior);
		expect(again.current).toBe(session.current);
	});

	it('back undoes the last answer, and is kept too', () => {
		const storage = new FakeStorage();
		const session = new QuizSession(bank, storage, 5);
		session.answer(CONSISTENTLY);
		const before = session.state;
		const asked = session.current;
		session.answer(NOT_YET);
		session.back();
		expect(session.state).toBe(before);
		expect(session.current).toBe(asked);
		expect(new QuizSession(bank, storage).state.responses).toEqual(before.responses);
		session.back();
		expect(session.asked).toBe(0);
		expect(storage.getItem(STORAGE_KEY)).toBeNull();
	});

	it('stops, and its result code holds the same answers', () => {
		const session = new QuizSession(bank, null, 8);
		while (session.stop === null) {
			session.answer(bank.items[session.current!]!.step <= 2 ? CONSISTENTLY : NOT_YET);
		}
		expect(session.current).toBeNull();
		expect(session.stop).toBe('confident');
		const decoded = decodeResult(bank, session.resultCode());
		expect(decoded).toEqual({ ok: true, seed: 8, responses: session.state.responses });
	});

	it('a corrupted save starts fresh with a notice, which can be dismissed', () => {
		const storage = new FakeStorage();
		storage.setItem(STORAGE_KEY, 'not json');
		const session = new QuizSession(bank, storage, 1);
		expect(session.notice).toBe(NOTICES.corrupted);
		expect(session.asked).toBe(0);
		session.dismissNotice();
		expect(session.notice).toBeNull();
	});

	it('restart forgets the answers and draws a new order', () => {
		const storage = new FakeStorage();
		const session = new QuizSession(bank, storage, 1);
		session.answer(CONSISTENTLY);
		session.restart(2);
		expect(session.asked).toBe(0);
		expect(session.engine.seed).toBe(2);
		expect(storage.getItem(STORAGE_KEY)).toBeNull();
	});
});
