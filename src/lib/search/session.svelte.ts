// One search as a person runs it, shared by the palette and the /search page: the searcher (loaded
// on first use, retried after a failure), the results and groups for a query and filters, what to
// say about them (how many, and how the query's level words were read), and the recent searches. Where the query and filters live is the owner's: the
// palette keeps its own, the /search page reads its URL.
import { groupHits, type HitGroup } from './group';
import { loadSearcher } from './load';
import { describeReading, readingText, type ReadingView } from './reading';
import { addRecent, loadRecent, saveRecent } from './recent';
import type { Searcher } from './searcher';
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
	/** How the searcher arrives: by default Fuse, the search code and /search-index.json. */
	load?: () => Promise<Searcher>;
}

export class SearchSession {
	recent = $state<string[]>(loadRecent());
	failed = $state(false);
	#searcher = $state.raw<Searcher | null>(null);

	readonly #frameworks: readonly { id: string; name: string }[];
	readonly #input: SearchInput;
	readonly #limit: number;
	readonly #load: () => Promise<Searcher>;

	constructor(
		frameworks: readonly { id: string; name: string }[],
		input: SearchInput,
		{ limit, load = loadSearcher }: SearchSessionOptions
	) {
		this.#frameworks = frameworks;
		this.#input = input;
		this.#limit = limit;
		this.#load = load;
	}

	get ready(): boolean {
		return this.#searcher !== null;
	}

	/** Fetch the searcher (once); a failure can be retried. */
	async load(): Promise<void> {
		if (this.#searcher) return;
		this.failed = false;
		try {
			this.#searcher = await this.#load();
		} catch {
			this.failed = true;
		}
	}

	readonly results: SearchResults | null = $derived.by(() => {
		const { query, filters, literal = false } = this.#input;
		if (!this.#searcher || !query.trim()) return null;
		return this.#searcher.search(query, { filters, limit: this.#limit, literal });
	});

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
						this.#searcher?.docs.find((d) => d.key === `framework:${id}`)?.title ??
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
