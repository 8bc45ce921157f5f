// Recent searches, kept in this browser (localStorage). The key carries a version; anything that
// does not read back as that version's shape is ignored, never a crash. Storage can be missing,
// full or blocked (private modes): then nothing is remembered.

export const RECENT_KEY = 'career-explorer:search:recent:v1';
export const RECENT_MAX = 8;

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored value as a list of queries, or [] when it is not one. */
export function parseRecent(raw: string | null): string[] {
	if (raw === null) return [];
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return [];
	}
	if (
		typeof value !== 'object' ||
		value === null ||
		!Array.isArray((value as { queries?: unknown }).queries)
	) {
		return [];
	}
	const queries = (value as { queries: unknown[] }).queries
		.filter((q): q is string => typeof q === 'string')
		.map((q) => q.trim())
		.filter(Boolean);
	return [...new Set(queries)].slice(0, RECENT_MAX);
}

/** The list with `query` first, once, at most RECENT_MAX long. */
export function addRecent(list: readonly string[], query: string): string[] {
	const q = query.trim().replace(/\s+/g, ' ');
	if (!q) return [...list];
	return [q, ...list.filter((x) => x.toLowerCase() !== q.toLowerCase())].slice(0, RECENT_MAX);
}

function store(): KeyValueStore | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

export function loadRecent(storage: KeyValueStore | null = store()): string[] {
	try {
		return parseRecent(storage?.getItem(RECENT_KEY) ?? null);
	} catch {
		return [];
	}
}

export function saveRecent(list: readonly string[], storage: KeyValueStore | null = store()): void {
	try {
		if (list.length === 0) storage?.removeItem(RECENT_KEY);
		else storage?.setItem(RECENT_KEY, JSON.stringify({ queries: list }));
	} catch {
		// Full or blocked: the list is simply not remembered.
	}
}
