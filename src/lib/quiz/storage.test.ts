import { describe, expect, it } from 'vitest';
import { NOTICES, STORAGE_KEY, restore, save, type SavedQuiz } from './storage';
import { MemoryStorage as FakeStorage } from './memory-storage';

/** Storage that refuses everything, as some private modes do. */
const broken = {
	get length(): number {
		throw new Error('denied');
	},
	key(): string | null {
		throw new Error('denied');
	},
	getItem(): string | null {
		throw new Error('denied');
	},
	setItem() {
		throw new Error('denied');
	},
	removeItem() {
		throw new Error('denied');
	}
};

// 35 items; items 3 and 4 are word-for-word repeats of one statement (one group).
const bank = {
	id: 'fw/track',
	fingerprint: 42,
	items: Array.from({ length: 35 }, (_, i) => ({ group: i === 4 ? 'g3' : `g${i}` }))
};
const quiz: SavedQuiz = {
	fingerprint: 42,
	seed: 7,
	responses: [
		{ item: 3, answer: 3 },
		{ item: 20, answer: 4 },
		{ item: 0, answer: 0 }
	]
};

describe('save and restore', () => {
	it('round trip, without a notice', () => {
		const storage = new FakeStorage();
		save(storage, bank.id, quiz);
		expect(restore(storage, bank)).toEqual({ quiz, notice: null });
	});

	it('nothing saved: nothing restored, no notice', () => {
		expect(restore(new FakeStorage(), bank)).toEqual({ quiz: null, notice: null });
	});

	it('keeps each bank’s quiz apart, and forgets one without touching the others', () => {
		const storage = new FakeStorage();
		const other = { ...bank, id: 'family/platform', fingerprint: 9 };
		save(storage, bank.id, quiz);
		save(storage, other.id, { ...quiz, fingerprint: 9, seed: 1 });
		save(storage, bank.id, null);
		expect(restore(storage, bank).quiz).toBeNull();
		expect(restore(storage, other).quiz?.seed).toBe(1);
		save(storage, other.id, null);
		expect(storage.getItem(STORAGE_KEY)).toBeNull();
	});
});

describe('discarding what cannot be kept', () => {
	it.each([
		['not JSON', '{"version":1,"quizzes":'],
		['JSON of another shape', '[1,2,3]'],
		['a value written as another version', JSON.stringify({ version: 2, quizzes: {} })],
		[
			'an index past the bank',
			JSON.stringify({
				version: 1,
				quizzes: { [bank.id]: { fingerprint: 42, seed: 1, responses: [[35, 3]] } }
			})
		],
		[
			'an answer code past Skip',
			JSON.stringify({
				version: 1,
				quizzes: { [bank.id]: { fingerprint: 42, seed: 1, responses: [[1, 5]] } }
			})
		],
		[
			'the same statement twice',
			JSON.stringify({
				version: 1,
				quizzes: {
					[bank.id]: {
						fingerprint: 42,
						seed: 1,
						responses: [
							[1, 3],
							[1, 0]
						]
					}
				}
			})
		],
		[
			'a statement and its word-for-word repeat',
			JSON.stringify({
				version: 1,
				quizzes: {
					[bank.id]: {
						fingerprint: 42,
						seed: 1,
						responses: [
							[3, 3],
							[4, 3]
						]
					}
				}
			})
		],
		[
			'a negative seed',
			JSON.stringify({
				version: 1,
				quizzes: { [bank.id]: { fingerprint: 42, seed: -1, responses: [] } }
			})
		]
	])('%s → discarded, with the "could not be read" notice', (_, raw) => {
		const storage = new FakeStorage();
		storage.setItem(STORAGE_KEY, raw);
		expect(restore(storage, bank)).toEqual({ quiz: null, notice: NOTICES.corrupted });
		// Discarded, so the next visit is quiet.
		expect(restore(storage, bank)).toEqual({ quiz: null, notice: null });
	});

	it('an older version’s key is removed, with its own notice', () => {
		const storage = new FakeStorage();
		storage.setItem('career-explorer:quiz:v0', '{"answers":[1,2,3]}');
		storage.setItem('unrelated', 'kept');
		expect(restore(storage, bank)).toEqual({ quiz: null, notice: NOTICES.olderVersion });
		expect(storage.getItem('career-explorer:quiz:v0')).toBeNull();
		expect(storage.getItem('unrelated')).toBe('kept');
	});

	it('a quiz saved before the questions changed is discarded, with its own notice', () => {
		const storage = new FakeStorage();
		save(storage, bank.id, { ...quiz, fingerprint: 41 });
		expect(restore(storage, bank)).toEqual({ quiz: null, notice: NOTICES.changed });
		expect(restore(storage, bank).quiz).toBeNull();
	});

	it('storage that refuses everything never throws: the quiz is simply not kept', () => {
		expect(() => save(broken, bank.id, quiz)).not.toThrow();
		expect(restore(broken, bank)).toEqual({ quiz: null, notice: null });
	});
});
