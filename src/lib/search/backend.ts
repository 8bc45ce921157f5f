// What the search UI asks of a searcher, wherever it runs: in the search worker (./load, the
// browser's way) or on the page (./open: the tests, and a browser that cannot start the worker).
import type { SearchOptions } from './searcher';
import type { SearchResults } from './types';

export interface SearchBackend {
	/** Results at once on the page; a promise from the worker. */
	search(query: string, options: SearchOptions): SearchResults | Promise<SearchResults>;
	/** A framework's name as its doc has it (frameworks imported in this browser have no other). */
	frameworkName(id: string): string | undefined;
}
