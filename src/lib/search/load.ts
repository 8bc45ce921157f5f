// Search, loaded on first use, once per page session: the index (/search-index.json) and the
// docs of the frameworks imported in this browser go to the search worker (./search.worker), which
// parses them, rebuilds Fuse and runs every query off the page's thread. A browser that cannot
// start the worker searches on the page instead, as before. Pages that never search load neither.
import { base } from '../base';
import { localSearchDocs } from '../local/search';
import { startWorker } from '../workers/script';
import { searchGeneration } from './forget';
import type { SearchBackend } from './backend';
import type { SearchOptions } from './searcher';
import type { SearchReply, SearchRequest } from './search.worker';
import type { SearchDoc, SearchIndexData, SearchResults } from './types';

/** The search index; /search has the browser preload it from the page's head. */
export const SEARCH_INDEX = `${base}/search-index.json`;

/** How long the worker may take to open the index before search runs on the page instead. */
export const WORKER_OPEN_TIMEOUT_MS = 15_000;

let loading: Promise<SearchBackend> | null = null;
/**
 * The saved frameworks it was loaded with (./forget). A search already open keeps its worker and
 * what it knew (the palette, until it is opened again on another page).
 */
let loadedFor = -1;

export function loadSearch(): Promise<SearchBackend> {
	if (loading && loadedFor === searchGeneration()) return loading;
	loadedFor = searchGeneration();
	// This load is dropped when it fails, or when its worker crashes once open: the next search
	// loads again (the network may come back).
	const drop = () => {
		if (loading === mine) loading = null;
	};
	// All at once: the worker's script, the index and the imported frameworks' docs.
	const worker = startSearchWorker(drop);
	const data = Promise.all([
		fetch(SEARCH_INDEX).then((response) => {
			if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
			return response.arrayBuffer();
		}),
		localSearchDocs()
	]);
	data.catch((error: Error) => worker?.stop(error));
	const mine = data.then(([index, local]) =>
		(worker?.open(index, local) ?? Promise.reject(new Error('no worker'))).catch(() =>
			searchOnPage(index, local)
		)
	);
	mine.catch(drop);
	loading = mine;
	return mine;
}

interface SearchWorker {
	/** Send it the index and docs; resolves once it has opened them, rejects when it cannot. */
	open(index: ArrayBuffer, local: SearchDoc[]): Promise<SearchBackend>;
	stop(error: Error): void;
}

/**
 * The search worker, started (its script loads meanwhile); null where it cannot start. `lost`
 * is called when it crashes after it has opened the index.
 */
function startSearchWorker(lost: () => void): SearchWorker | null {
	let worker: Worker;
	try {
		worker = startWorker('search');
	} catch {
		return null;
	}
	const waiting = new Map<number, { resolve(r: SearchResults): void; reject(e: Error): void }>();
	let next = 0;
	let frameworks: Record<string, string> | null = null;
	let opened!: { resolve(backend: SearchBackend): void; reject(error: Error): void };
	const ready = new Promise<SearchBackend>((resolve, reject) => (opened = { resolve, reject }));
	// Asked for by `open`; a worker that failed before then has nothing to tell yet.
	ready.catch(() => {});
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopped = false;

	const stop = (error: Error) => {
		stopped = true;
		clearTimeout(timer);
		worker.terminate();
		for (const search of waiting.values()) search.reject(error);
		waiting.clear();
		if (frameworks) lost();
		opened.reject(error);
	};
	// Its script may fail to load before it is sent anything.
	worker.onerror = (event) => {
		event.preventDefault();
		stop(new Error(event.message || 'the search worker stopped'));
	};
	worker.onmessage = ({ data: reply }: MessageEvent<SearchReply>) => {
		if (reply.type === 'ready') {
			clearTimeout(timer);
			frameworks = reply.frameworks;
			opened.resolve(backend);
		} else if (reply.type === 'failed') {
			stop(new Error(reply.message));
		} else {
			const search = waiting.get(reply.id);
			waiting.delete(reply.id);
			if (reply.type === 'results') search?.resolve(reply.results);
			else search?.reject(new Error(reply.message));
		}
	};
	const backend: SearchBackend = {
		search(query: string, options: SearchOptions) {
			const id = ++next;
			const request: SearchRequest = { type: 'search', id, query, options };
			return new Promise((resolve, reject) => {
				waiting.set(id, { resolve, reject });
				try {
					worker.postMessage(request);
				} catch (error) {
					waiting.delete(id);
					reject(error);
				}
			});
		},
		frameworkName: (id) => frameworks?.[id]
	};
	return {
		open(index, local) {
			if (stopped) return ready;
			timer = setTimeout(
				() => stop(new Error('the search worker took too long to open the index')),
				WORKER_OPEN_TIMEOUT_MS
			);
			const request: SearchRequest = { type: 'open', index, local };
			try {
				// Copied, not transferred: search on the page still has it if the worker fails.
				worker.postMessage(request);
			} catch (error) {
				stop(error instanceof Error ? error : new Error(String(error)));
			}
			return ready;
		},
		stop
	};
}

/** A new task: the browser paints and handles input before the next piece of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Search on the page, for a browser that cannot start the worker. */
async function searchOnPage(index: ArrayBuffer, local: SearchDoc[]): Promise<SearchBackend> {
	const open = await import('./open');
	const data = JSON.parse(new TextDecoder().decode(index)) as SearchIndexData;
	// Three pieces of work, each in its own task (on a slow phone, about 100 ms each rather than
	// one 300 ms task that freezes the page): making the searcher, its vocabulary, the first search
	// (which runs when the searcher arrives).
	await nextTask();
	const searcher = await open.openSearcher(data, local);
	await nextTask();
	searcher.prepare();
	await nextTask();
	return open.onPage(searcher);
}
