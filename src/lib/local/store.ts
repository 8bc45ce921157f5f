// Frameworks imported in this browser, kept in IndexedDB. Each entry is versioned; reading back
// checks every entry with the caller's validator (the schema is not this module's business, so
// pages that only list entries need not ship it). An entry that does not read back (another
// version, damaged data, a framework that no longer validates) is moved to a store of its own,
// kept as it was for download, and reported: never a crash, and nothing lost.

export const DB_NAME = 'career-explorer';
const DB_VERSION = 1;
const FRAMEWORKS = 'frameworks';
const SET_ASIDE = 'set-aside';
/** The shape of a stored entry; an entry of another version is set aside, not guessed at. */
export const ENTRY_VERSION = 1;

/** One saved framework, as stored. */
export interface StoredEntry {
	version: typeof ENTRY_VERSION;
	id: string;
	/** ISO time of the last save. */
	savedAt: string;
	/** The framework file as the person curated it (checked again whenever it is read). */
	framework: unknown;
}

/** An entry that could not be read back, kept as it was found. */
export interface SetAsideEntry {
	key: string;
	reason: string;
	raw: unknown;
	at: string;
}

export type Check<T> = (
	data: unknown,
	id: string
) => { ok: true; value: T } | { ok: false; reason: string };

export interface ReadBack<T> {
	entries: { id: string; savedAt: string; framework: T; input: unknown }[];
	/** Every entry set aside so far, the ones just found first. */
	setAside: SetAsideEntry[];
	/** How many were set aside by this read. */
	newlySetAside: number;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
	});
}

let opening: Promise<IDBDatabase> | null = null;

/** The database, created on first use. Rejects where IndexedDB is unavailable (some private modes). */
export function openStore(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
	opening ??= new Promise<IDBDatabase>((resolve, reject) => {
		const req = factory.open(DB_NAME, DB_VERSION);
		req.onupgradeneeded = () => {
			const db = req.result;
			if (!db.objectStoreNames.contains(FRAMEWORKS)) db.createObjectStore(FRAMEWORKS);
			if (!db.objectStoreNames.contains(SET_ASIDE)) db.createObjectStore(SET_ASIDE);
		};
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB is not available'));
		req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
	});
	opening.catch(() => (opening = null));
	return opening;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why a stored value is not a readable entry of this version, or null when it is one. */
export function entryProblem(key: string, value: unknown): string | null {
	if (!isObject(value)) return 'the stored data is damaged (not an entry)';
	if (value.version !== ENTRY_VERSION)
		return `it was saved by another version of this site (entry version ${JSON.stringify(value.version) ?? 'missing'})`;
	if (value.id !== key || typeof value.savedAt !== 'string' || !('framework' in value))
		return 'the stored data is damaged (its fields are missing or do not match)';
	return null;
}

/** Every saved framework that reads back; the others are set aside and reported. */
export async function readAll<T>(check: Check<T>, db?: IDBDatabase): Promise<ReadBack<T>> {
	db ??= await openStore();
	const tx = db.transaction([FRAMEWORKS, SET_ASIDE], 'readwrite');
	const frameworks = tx.objectStore(FRAMEWORKS);
	const aside = tx.objectStore(SET_ASIDE);
	const [keys, values, oldKeys, oldValues] = await Promise.all([
		request(frameworks.getAllKeys()),
		request(frameworks.getAll()),
		request(aside.getAllKeys()),
		request(aside.getAll())
	]);
	const entries: ReadBack<T>['entries'] = [];
	const found: SetAsideEntry[] = [];
	keys.forEach((k, i) => {
		const key = String(k);
		const value = values[i];
		let reason = entryProblem(key, value);
		if (reason === null) {
			const entry = value as unknown as StoredEntry;
			const checked = check(entry.framework, key);
			if (checked.ok) {
				entries.push({
					id: key,
					savedAt: entry.savedAt,
					framework: checked.value,
					input: entry.framework
				});
				return;
			}
			reason = `it no longer passes validation: ${checked.reason}`;
		}
		const item: SetAsideEntry = { key, reason, raw: value, at: new Date().toISOString() };
		found.push(item);
		aside.put(item, `${key}@${item.at}`);
		frameworks.delete(k);
	});
	await done(tx);
	const before = oldValues.filter(isObject).map((v, i) => ({
		key: String(v.key ?? oldKeys[i]),
		reason: String(v.reason ?? 'set aside earlier'),
		raw: v.raw,
		at: String(v.at ?? '')
	}));
	entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
	return { entries, setAside: [...found, ...before], newlySetAside: found.length };
}

/** Save (or replace) one framework under its id. */
export async function save(id: string, framework: unknown, db?: IDBDatabase): Promise<void> {
	db ??= await openStore();
	const tx = db.transaction(FRAMEWORKS, 'readwrite');
	const entry: StoredEntry = {
		version: ENTRY_VERSION,
		id,
		savedAt: new Date().toISOString(),
		framework
	};
	tx.objectStore(FRAMEWORKS).put(entry, id);
	await done(tx);
}

export async function remove(id: string, db?: IDBDatabase): Promise<void> {
	db ??= await openStore();
	const tx = db.transaction(FRAMEWORKS, 'readwrite');
	tx.objectStore(FRAMEWORKS).delete(id);
	await done(tx);
}

/** Forget every entry set aside (after the person has seen, and perhaps downloaded, them). */
export async function clearSetAside(db?: IDBDatabase): Promise<void> {
	db ??= await openStore();
	const tx = db.transaction(SET_ASIDE, 'readwrite');
	tx.objectStore(SET_ASIDE).clear();
	await done(tx);
}

/** The ids already taken: saved ones, and the built-in ones the caller passes. */
export function freeId(wanted: string, taken: ReadonlySet<string>): string {
	if (!taken.has(wanted)) return wanted;
	for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** Whether this browser may hold saved frameworks, without creating the database to find out. */
export async function hasSaved(): Promise<boolean> {
	if (typeof indexedDB === 'undefined') return false;
	// Where the browser cannot list databases, look (opening creates an empty one: harmless).
	if (typeof indexedDB.databases !== 'function') return true;
	try {
		return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
	} catch {
		return false;
	}
}
