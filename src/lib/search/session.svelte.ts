// One search as a person runs it, shared by the palette and the /search page: the searcher (loaded
// on first use, retried after a failure), the results and groups for a query and filters, what to
// say about them (how many, and how the query's level words were read), and the recent searches.
// Where the query and filters live is the owner's: the palette keeps its own, the /search page
// reads its URL. Results from the search worker arrive a moment after the query changes: until
// then the last ones that arrived stay on screen.
import type { SearchBackend } from './backend';
import { groupHits, type HitGroup } from './group';
import { loadSearch } from './load';
import { describeReading, readingText, type ReadingView } from './reading';
import { addRecent, loadRecent, saveRecent } from './recent';
import type { SearchFilters, SearchResults } from './types';

/** What to search for, read when the results are worked out. */
export interface SearchInput {
	readonly query: string;
	readonly filters: SearchFilters;
	/** Match every word as text, level words too (see SearchOptions.literal). */
	readonly literal?: boolean;
}

export interface SearchSessionOptions {
	/** Hits to show (the total is still counted). */
	limit: number;
	/** How the searcher arrives: by default the search worker with /search-index.json. */
	load?: () => Promise<SearchBackend>;
}

/** One search asked for, and its results once they are in. */
class Asked {
	results = $state.raw<SearchResults | null>(null);
	/** Settles when the results are in (or could not be had). */
	readonly done: Promise<void>;

	constructor(
		readonly seq: number,
		answer: SearchResults | Promise<SearchResults>,
		arrived: (asked: Asked) => void,
		failed: () => void
	) {
		if (answer instanceof Promise) {
			this.done = answer.then((results) => {
				this.results = results;
				arrived(this);
			}, failed);
		} else {
			this.results = answer;
			this.done = Promise.resolve();
		}
	}
}

export class SearchSession {
	recent = $state<string[]>(loadRecent());
	failed = $state(false);
	#backend = $state.raw<SearchBackend | null>(null);
	/** The newest search whose results have arrived. */
	#arrived = $state.raw<Asked | null>(null);
	#asked = 0;
	/** The last search asked for, with what it asked (not state: see #current). */
	#last: { backend: SearchBackend; key: string; asked: Asked } | null = null;

	readonly #frameworks: readonly { id: string; name: string }[];
	readonly #input: SearchInput;
	readonly #limit: number;
	readonly #load: () => Promise<SearchBackend>;

	constructor(
		frameworks: readonly { id: string; name: string }[],
		input: SearchInput,
		{ limit, load = loadSearch }: SearchSessionOptions
	) {
		this.#frameworks = frameworks;
		this.#input = input;
		this.#limit = limit;
		this.#load = load;
	}

	get ready(): boolean {
		return this.#backend !== null;
	}

	/** Fetch the searcher (once); a failure can be retried. */
	async load(): Promise<void> {
		if (this.#backend) return;
		this.failed = false;
		try {
			this.#backend = await this.#load();
		} catch {
			this.failed = true;
		}
	}

	/**
	 * The search for the current query and filters. Asked for once: reading it again, as a page
	 * does on every change and code outside the page on every read, gives the same search while
	 * they are the same.
	 */
	readonly #current: Asked | null = $derived.by(() => {
		const { query, filters, literal = false } = this.#input;
		const backend = this.#backend;
		if (!backend || !query.trim()) return null;
		// A plain copy: the owner's filters may be state (a proxy), which a worker cannot be sent.
		const options = { filters: $state.snapshot(filters), limit: this.#limit, literal };
		const key = JSON.stringify([query, options]);
		if (this.#last?.backend === backend && this.#last.key === key) return this.#last.asked;
		const asked = new Asked(
			++this.#asked,
			backend.search(query, options),
			(asked) => {
				if (!this.#arrived || this.#arrived.seq < asked.seq) this.#arrived = asked;
			},
			() => {
				// The worker stopped: say so, and let the person try again (a new one starts).
				this.#backend = null;
				this.failed = true;
			}
		);
		this.#last = { backend, key, asked };
		return asked;
	});

	/** The current query's results; while they are on their way, the last ones that arrived. */
	readonly results: SearchResults | null = $derived(
		this.#current ? (this.#current.results ?? this.#arrived?.results ?? null) : null
	);

	/** Settles once the current query's results are in (Enter opens what it found). */
	settled(): Promise<void> {
		return this.#current?.done ?? Promise.resolve();
	}

	/** What was understood of the query's level words; null when it names no level. */
	readonly reading: ReadingView | null = $derived.by(() =>
		this.results?.reading ? describeReading(this.results.reading, this.#input.query) : null
	);

	readonly groups: HitGroup[] = $derived(
		this.results
			? groupHits(
					this.results.hits,
					// A framework imported in this browser is not in the layout's index: its own doc names it.
					(id) =>
						this.#frameworks.find((f) => f.id === id)?.name ??
						this.#backend?.frameworkName(id) ??
						id
				)
			: []
	);

	/** The line under the search field: `idle` while nothing is typed. */
	status(idle = ''): string {
		return searchStatus({
			failed: this.failed,
			ready: this.ready,
			query: this.#input.query,
			results: this.results,
			idle
		});
	}

	/** What a live region announces: the status, and what was understood. */
	announcement(idle = ''): string {
		const status = this.status(idle);
		return this.reading ? `${status} ${readingText(this.reading)}` : status;
	}

	/** Remember the query: the person found something with it. */
	remember(): void {
		this.recent = addRecent(this.recent, this.#input.query);
		saveRecent(this.recent);
	}

	forgetRecent(): void {
		this.recent = [];
		saveRecent([]);
	}
}

/** What a search field says about its results: a failure, loading, none, or how many. */
export function searchStatus(s: {
	failed: boolean;
	ready: boolean;
	query: string;
	results: SearchResults | null;
	idle: string;
}): string {
	if (s.failed) return 'Search could not be loaded.';
	const query = s.query.trim();
	if (!query) return s.idle;
	if (!s.ready || !s.results) return 'Loading search…';
	const { total, hits } = s.results;
	if (total === 0) return `No results for “${query}”.`;
	return total > hits.length
		? `${total} results; the best ${hits.length} are shown. Add a word or a filter to narrow them.`
		: `${total} result${total === 1 ? '' : 's'}.`;
}
