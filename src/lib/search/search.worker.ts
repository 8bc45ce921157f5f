// Search off the page's thread: the index is parsed, Fuse rebuilt and every query run here, so
// opening search and typing never hold up the page (./load.ts starts it and talks to it).
import { frameworkNames, openSearcher } from './open';
import type { SearchOptions, Searcher } from './searcher';
import type { SearchDoc, SearchResults } from './types';

export type SearchRequest =
	/** /search-index.json as fetched (the page preloads it), and the imported frameworks' docs. */
	| { type: 'open'; index: ArrayBuffer; local: SearchDoc[] }
	| { type: 'search'; id: number; query: string; options: SearchOptions };

export type SearchReply =
	| { type: 'ready'; frameworks: Record<string, string> }
	| { type: 'failed'; message: string }
	| { type: 'results'; id: number; results: SearchResults }
	| { type: 'error'; id: number; message: string };

let searcher: Searcher | null = null;

const reply = (message: SearchReply) => self.postMessage(message);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

self.onmessage = async ({ data: request }: MessageEvent<SearchRequest>) => {
	if (request.type === 'open') {
		try {
			searcher = await openSearcher(
				JSON.parse(new TextDecoder().decode(request.index)),
				request.local
			);
			searcher.prepare();
			reply({ type: 'ready', frameworks: frameworkNames(searcher) });
		} catch (error) {
			reply({ type: 'failed', message: messageOf(error) });
		}
		return;
	}
	const { id, query, options } = request;
	try {
		if (!searcher) throw new Error('search was not opened');
		reply({ type: 'results', id, results: searcher.search(query, options) });
	} catch (error) {
		reply({ type: 'error', id, message: messageOf(error) });
	}
};
