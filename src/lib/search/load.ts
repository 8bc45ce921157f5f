// The searcher, loaded on first use: Fuse and the search code (a dynamic import) and the index
// (/search-index.json) arrive together, once per page session. Pages that never search never load
// either. Frameworks imported in this browser join the index here (see ../local/search).
import { base } from '../base';
import type { Searcher } from './searcher';
import type { SearchIndexData } from './types';

/** The search index; /search has the browser preload it from the page's head. */
export const SEARCH_INDEX = `${base}/search-index.json`;

let loading: Promise<Searcher> | null = null;

/** A new task: the browser paints and handles input before the next piece of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function loadSearcher(): Promise<Searcher> {
	loading ??= Promise.all([
		import('./searcher'),
		// The searcher's own import, asked for beside it: one round trip for both, not one after
		// the other.
		import('fuse.js'),
		fetch(SEARCH_INDEX).then((response) => {
			if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
			return response.json() as Promise<SearchIndexData>;
		}),
		import('../local/search').then(({ localSearchDocs }) => localSearchDocs())
	]).then(async ([{ Searcher }, , data, local]) => {
		let index = data;
		if (local.length > 0) {
			const { indexDocs, mergeIndexes } = await import('./build');
			index = mergeIndexes(data, indexDocs(local));
		}
		// Three pieces of work, each in its own task (on a slow phone, about 100 ms each rather than
		// one 300 ms task that freezes the page): making the searcher, its vocabulary, the first
		// search (which runs when the searcher arrives).
		await nextTask();
		const searcher = new Searcher(index);
		await nextTask();
		searcher.prepare();
		await nextTask();
		return searcher;
	});
	// A failed load may be retried (the network may come back).
	loading.catch(() => (loading = null));
	return loading;
}

/** Load afresh at the next search: the frameworks saved in this browser have changed. */
export function forgetSearcher(): void {
	loading = null;
}
