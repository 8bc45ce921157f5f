// The searcher, loaded on first use: Fuse and the search code (a dynamic import) and the index
// (/search-index.json) arrive together, once per page session. Pages that never search never load
// either. Frameworks imported in this browser join the index here (see ../local/search).
import { base } from '../base';
import type { Searcher } from './searcher';
import type { SearchIndexData } from './types';

let loading: Promise<Searcher> | null = null;

export function loadSearcher(): Promise<Searcher> {
	loading ??= Promise.all([
		import('./searcher'),
		fetch(`${base}/search-index.json`).then((response) => {
			if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
			return response.json() as Promise<SearchIndexData>;
		}),
		import('../local/search').then(({ localSearchDocs }) => localSearchDocs())
	]).then(async ([{ Searcher }, data, local]) => {
		if (local.length === 0) return new Searcher(data);
		const { indexDocs, mergeIndexes } = await import('./build');
		return new Searcher(mergeIndexes(data, indexDocs(local)));
	});
	// A failed load may be retried (the network may come back).
	loading.catch(() => (loading = null));
	return loading;
}

/** Load afresh at the next search: the frameworks saved in this browser have changed. */
export function forgetSearcher(): void {
	loading = null;
}
