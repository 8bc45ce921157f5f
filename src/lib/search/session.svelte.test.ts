import { describe, expect, it } from 'vitest';
import { loadBundled } from '../../../scripts/bundled';
import type { SearchBackend } from './backend';
import { buildSearchIndex } from './build';
import { onPage } from './open';
import { Searcher } from './searcher';
import { searchStatus, SearchSession } from './session.svelte';
import { NO_FILTERS, type SearchFilters, type SearchResults } from './types';

const { frameworks, skills } = loadBundled();
const searcher = new Searcher(JSON.parse(JSON.stringify(buildSearchIndex(frameworks, skills))));

/** A session over state the test changes, as a page or the palette would. */
function session(
	limit = 20,
	load: () => Promise<SearchBackend> = () => Promise.resolve(onPage(searcher))
) {
	const input = $state<{ query: string; filters: SearchFilters; literal?: boolean }>({
		query: '',
		filters: NO_FILTERS
	});
	return { input, search: new SearchSession(frameworks, input, { limit, load }) };
}

describe('SearchSession', () => {
	it('says what it waits for before the searcher arrives', () => {
		const { input, search } = session();
		expect(search.ready).toBe(false);
		expect(search.status('Recent searches')).toBe('Recent searches');
		input.query = 'k8s';
		expect(search.results).toBeNull();
		expect(search.status()).toBe('Loading search…');
	});

	it('searches the query with the filters, grouped, and counts the results', async () => {
		const { input, search } = session();
		await search.load();
		input.query = 'k8s';
		expect(search.results!.hits[0]!.doc.key).toBe('skill:container-orchestration');
		expect(search.groups[0]!.kind).toBe('skill');
		expect(search.status()).toMatch(/^\d+ results?\.$/);

		input.query = 'kubernetes';
		input.filters = { ...NO_FILTERS, kinds: ['statement'] };
		expect(search.results!.hits.length).toBeGreaterThan(0);
		expect(search.results!.hits.every((h) => h.doc.kind === 'statement')).toBe(true);
		// Statement groups are per framework, named after it (not by its id).
		const names = frameworks.map((f) => `Statements · ${f.name}`);
		expect(search.groups.map((g) => g.label).every((label) => names.includes(label))).toBe(true);
	});

	it('says what it understood of a level word, and reads the words as typed on request', async () => {
		const { input, search } = session();
		await search.load();
		input.query = 'golden path';
		expect(search.reading).toBeNull();
		expect(search.announcement()).toBe(search.status());

		input.query = 'terraform P4';
		expect(search.reading).toMatchObject({ understood: 'terraform · at P4', note: '' });
		expect(search.results!.hits.length).toBeGreaterThan(0);
		expect(search.announcement()).toBe(`${search.status()} Understood: terraform · at P4.`);

		input.literal = true;
		expect(search.reading!.understood).toBe('Every word searched as text, “P4” included');
		expect(search.results!.total).toBe(0);
		expect(search.status()).toBe('No results for “terraform P4”.');
	});

	it('shows at most its limit, and says so', async () => {
		const { input, search } = session(2);
		await search.load();
		input.query = 'platform';
		expect(search.results!.hits).toHaveLength(2);
		expect(search.status()).toBe(
			`${search.results!.total} results; the best 2 are shown. Add a word or a filter to narrow them.`
		);
	});

	it('can be retried after the searcher failed to load', async () => {
		let attempts = 0;
		const { input, search } = session(20, () =>
			++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(onPage(searcher))
		);
		input.query = 'mentoring';
		await search.load();
		expect(search.failed).toBe(true);
		expect(search.status()).toBe('Search could not be loaded.');
		await search.load();
		expect(search.failed).toBe(false);
		expect(search.ready).toBe(true);
		expect(search.results!.total).toBeGreaterThan(0);
		await search.load();
		expect(attempts).toBe(2);
	});

	it('keeps the last results on screen while a worker searches, and settles on the new ones', async () => {
		// A backend that answers when the test says so, as the search worker answers a moment later;
		// like a worker's postMessage, it copies what it is sent (a proxy cannot be copied).
		const asked: { query: string; answer(): void }[] = [];
		const worker: SearchBackend = {
			search: (query, options) => {
				const sent = structuredClone(options);
				return new Promise((resolve) =>
					asked.push({ query, answer: () => resolve(searcher.search(query, sent)) })
				);
			},
			frameworkName: () => undefined
		};
		const { input, search } = session(20, () => Promise.resolve(worker));
		await search.load();
		input.query = 'k8s';
		expect(search.results).toBeNull();
		expect(search.status()).toBe('Loading search…');
		asked[0]!.answer();
		await search.settled();
		const k8s = search.results!;
		expect(k8s.hits[0]!.doc.key).toBe('skill:container-orchestration');

		input.query = 'mentoring';
		// Still the k8s results, not an empty list, until the new ones arrive.
		expect(search.results).toBe(k8s);
		expect(search.results).toBe(k8s);
		// Asked once, however often it is read.
		expect(asked.map((a) => a.query)).toEqual(['k8s', 'mentoring']);
		let settled = false;
		const done = search.settled().then(() => (settled = true));
		await Promise.resolve();
		expect(settled).toBe(false);
		asked[1]!.answer();
		await done;
		expect(search.results).not.toBe(k8s);
		expect(search.results!.hits.some((h) => /mentor/i.test(h.doc.title))).toBe(true);

		input.query = '';
		expect(search.results).toBeNull();
	});

	it('shows the newest results when an older search answers last', async () => {
		const asked: { query: string; answer(): void }[] = [];
		const worker: SearchBackend = {
			search: (query, options) =>
				new Promise((resolve) =>
					asked.push({ query, answer: () => resolve(searcher.search(query, options)) })
				),
			frameworkName: () => undefined
		};
		const { input, search } = session(20, () => Promise.resolve(worker));
		await search.load();
		input.query = 'k8s';
		void search.results;
		input.query = 'mentoring';
		void search.results;
		asked[1]!.answer();
		await search.settled();
		const mentoring = search.results;
		asked[0]!.answer();
		await Promise.resolve();
		await Promise.resolve();
		expect(search.results).toBe(mentoring);
		expect(search.results!.hits[0]!.doc.key).not.toBe('skill:container-orchestration');
	});

	it('says search failed when the worker stops answering, and can start again', async () => {
		let loads = 0;
		const broken: SearchBackend = {
			search: () => Promise.reject(new Error('the search worker stopped')),
			frameworkName: () => undefined
		};
		const { input, search } = session(20, () =>
			Promise.resolve(++loads === 1 ? broken : onPage(searcher))
		);
		await search.load();
		input.query = 'mentoring';
		void search.results;
		await search.settled();
		expect(search.failed).toBe(true);
		expect(search.ready).toBe(false);
		expect(search.status()).toBe('Search could not be loaded.');
		await search.load();
		expect(loads).toBe(2);
		expect(search.failed).toBe(false);
		expect(search.results!.total).toBeGreaterThan(0);
	});

	it('remembers the query a person found something with, once, and forgets on request', () => {
		const { input, search } = session();
		input.query = '  golden   path ';
		search.remember();
		input.query = 'k8s';
		search.remember();
		input.query = 'Golden path';
		search.remember();
		expect(search.recent).toEqual(['Golden path', 'k8s']);
		search.forgetRecent();
		expect(search.recent).toEqual([]);
	});
});

describe('searchStatus', () => {
	const results = (total: number, shown: number) =>
		({ total, hits: Array.from({ length: shown }) }) as SearchResults;
	const base = { failed: false, ready: true, query: 'eror', results: results(3, 3), idle: '' };

	it.each([
		[{ failed: true }, 'Search could not be loaded.'],
		[{ query: '  ', idle: 'Recent searches' }, 'Recent searches'],
		[{ query: '', ready: false }, ''],
		[{ ready: false, results: null }, 'Loading search…'],
		[{ results: results(0, 0) }, 'No results for “eror”.'],
		[{ query: ' eror ', results: results(0, 0) }, 'No results for “eror”.'],
		[{ results: results(1, 1) }, '1 result.'],
		[{}, '3 results.'],
		[
			{ results: results(140, 100) },
			'140 results; the best 100 are shown. Add a word or a filter to narrow them.'
		]
	])('%j → %s', (change, text) => {
		expect(searchStatus({ ...base, ...change })).toBe(text);
	});
});
