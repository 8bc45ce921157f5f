// A searcher made from the shipped index, in the search worker (./search.worker) or on the page.
import type { SearchBackend } from './backend';
import { Searcher } from './searcher';
import type { SearchDoc, SearchIndexData } from './types';

/**
 * The searcher over the built-in index and the docs of the frameworks imported in this browser
 * (indexed here: the built-in docs are not indexed again).
 */
export async function openSearcher(
	data: SearchIndexData,
	local: readonly SearchDoc[]
): Promise<Searcher> {
	if (local.length === 0) return new Searcher(data);
	const { indexDocs, mergeIndexes } = await import('./build');
	return new Searcher(mergeIndexes(data, indexDocs(local)));
}

/** Every framework doc's name, by framework id. */
export function frameworkNames(searcher: Searcher): Record<string, string> {
	const names: Record<string, string> = {};
	for (const doc of searcher.docs)
		if (doc.kind === 'framework' && doc.framework) names[doc.framework] = doc.title;
	return names;
}

/** A searcher on the page, as the search UI uses it. */
export function onPage(searcher: Searcher): SearchBackend {
	const names = frameworkNames(searcher);
	return {
		search: (query, options) => searcher.search(query, options),
		frameworkName: (id) => names[id]
	};
}
