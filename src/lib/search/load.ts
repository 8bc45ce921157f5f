// The searcher, loaded on first use: Fuse and the search code (a dynamic import) and the index
// (/search-index.json) arrive together, once per page session. Pages that never search never load
// either.
import type { Searcher } from './searcher';

let loading: Promise<Searcher> | null = null;

export function loadSearcher(): Promise<Searcher> {
	loading ??= Promise.all([
		import('./searcher'),
		fetch('/search-index.json').then((response) => {
			if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
			return response.json();
		})
	]).then(([{ Searcher }, data]) => new Searcher(data));
	// A failed load may be retried (the network may come back).
	loading.catch(() => (loading = null));
	return loading;
}
