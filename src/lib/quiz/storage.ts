// An unfinished quiz kept in this browser (localStorage), so a reload resumes it. The key carries a
// version: data written by another version, or data that does not read back, is discarded with a
// polite notice — never a crash. Takes the storage as an argument so tests can use a fake one.
import type { Response } from './engine';
import { SKIP, type AnswerCode } from './model';

export const STORAGE_PREFIX = 'career-explorer:quiz:';
export const STORAGE_VERSION = 1;
export const STORAGE_KEY = `${STORAGE_PREFIX}v${STORAGE_VERSION}`;

/** One bank's unfinished quiz. */
export interface SavedQuiz {
	fingerprint: number;
	seed: number;
	responses: Response[];
}

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const NOTICES = {
	olderVersion:
		'An unfinished quiz saved by an earlier version of this site could not be kept, so it was discarded. You are starting fresh.',
	corrupted:
		'Your saved quiz could not be read back (the stored data was damaged), so it was discarded. You are starting fresh.',
	changed:
		'The questions have changed since you saved your unfinished quiz, so it was discarded. You are starting fresh.'
} as const;

export interface Restored {
	quiz: SavedQuiz | null;
	notice: string | null;
}

/** Storage can be full, disabled or blocked (private modes): losing the save is then acceptable. */
function attempt<T>(f: () => T, fallback: T): T {
	try {
		return f();
	} catch {
		return fallback;
	}
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isU32 = (n: unknown): n is number =>
	Number.isInteger(n) && (n as number) >= 0 && (n as number) < 2 ** 32;

/** The saved quizzes by bank id, or null when the stored value does not have the expected shape. */
function readAll(raw: string): Record<string, unknown> | null {
	const parsed = attempt(() => JSON.parse(raw) as unknown, undefined);
	if (!isObject(parsed) || parsed.version !== STORAGE_VERSION || !isObject(parsed.quizzes)) {
		return null;
	}
	return parsed.quizzes;
}

/** The saved answers, or null unless they are valid for this bank by the result code's own rules. */
function parseQuiz(value: unknown, items: readonly { group: string }[]): SavedQuiz | null {
	if (!isObject(value) || !isU32(value.fingerprint) || !isU32(value.seed)) return null;
	if (!Array.isArray(value.responses)) return null;
	const responses: Response[] = [];
	// Each statement, and each word-for-word repeat of it (its group), is asked at most once:
	// the same rule decodeResult applies, so a restored quiz always encodes to a valid link.
	const groups = new Set<string>();
	for (const r of value.responses) {
		if (!Array.isArray(r) || r.length !== 2) return null;
		const [item, answer] = r as unknown[];
		if (!Number.isInteger(item) || (item as number) < 0 || (item as number) >= items.length)
			return null;
		if (!Number.isInteger(answer) || (answer as number) < 0 || (answer as number) > SKIP)
			return null;
		const group = items[item as number]!.group;
		if (groups.has(group)) return null;
		groups.add(group);
		responses.push({ item: item as number, answer: answer as AnswerCode });
	}
	return { fingerprint: value.fingerprint, seed: value.seed, responses };
}

/**
 * The saved quiz for this bank, if any, and a notice when something stored had to be discarded.
 * Discards as it reads: an older version's keys, a value that does not parse, a quiz whose
 * questions have changed.
 */
export function restore(
	storage: KeyValueStore,
	bank: { id: string; fingerprint: number; items: readonly { group: string }[] }
): Restored {
	let notice: string | null = null;
	const keys = attempt(
		() => Array.from({ length: storage.length }, (_, i) => storage.key(i)),
		[] as (string | null)[]
	);
	for (const key of keys) {
		if (key?.startsWith(STORAGE_PREFIX) && key !== STORAGE_KEY) {
			attempt(() => storage.removeItem(key), undefined);
			notice = NOTICES.olderVersion;
		}
	}

	const raw = attempt(() => storage.getItem(STORAGE_KEY), null);
	if (raw === null) return { quiz: null, notice };
	const all = readAll(raw);
	if (all === null) {
		attempt(() => storage.removeItem(STORAGE_KEY), undefined);
		return { quiz: null, notice: NOTICES.corrupted };
	}
	if (!(bank.id in all)) return { quiz: null, notice };
	const quiz = parseQuiz(all[bank.id], bank.items);
	if (quiz === null || quiz.fingerprint !== bank.fingerprint) {
		save(storage, bank.id, null);
		return { quiz: null, notice: quiz === null ? NOTICES.corrupted : NOTICES.changed };
	}
	return { quiz, notice };
}

/** Keeps (or, with null, forgets) this bank's unfinished quiz; other banks' stay as they are. */
export function save(storage: KeyValueStore, bankId: string, quiz: SavedQuiz | null): void {
	const raw = attempt(() => storage.getItem(STORAGE_KEY), null);
	const all = (raw === null ? null : readAll(raw)) ?? {};
	if (quiz === null) delete all[bankId];
	else {
		all[bankId] = {
			fingerprint: quiz.fingerprint,
			seed: quiz.seed,
			responses: quiz.responses.map((r) => [r.item, r.answer])
		};
	}
	attempt(() => {
		if (Object.keys(all).length === 0) storage.removeItem(STORAGE_KEY);
		else storage.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, quizzes: all }));
	}, undefined);
}
