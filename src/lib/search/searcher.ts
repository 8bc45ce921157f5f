// The query side of search, shared by the palette, the /search page, the tests and the bench.
// Fuse matches and ranks; around it: the filters, the vocabulary prefilter that finds the docs a
// query can match without running bitap over every text (see ./prefilter), the previous
// keystroke's matches when typing narrows them, a cap on how many docs Fuse ranks, and the exact
// phrase put first.
import Fuse, { type FuseIndex, type FuseResult } from 'fuse.js';
import { fold, foldQuery } from './fold';
import { excerpt, segments, type Range } from './highlight';
import { FUSE_OPTIONS, KEY_WEIGHTS, WORD } from './options';
import { narrows, queryTerms, Vocabulary, type Field } from './prefilter';
import {
	NO_FILTERS,
	PAGE_LIMIT,
	type SearchDoc,
	type SearchFilters,
	type SearchHit,
	type SearchIndexData,
	type SearchKey,
	type SearchResults
} from './types';

type IndexRecord = FuseIndex<SearchDoc>['records'][number];

export interface SearchOptions {
	filters?: SearchFilters;
	/** Hits to return (the total is still counted); PAGE_LIMIT by default. */
	limit?: number;
	/** Reuse the previous keystroke's matches when that is lossless (default true). */
	narrow?: boolean;
}

/** How a doc holds the query, best first: the exact phrase, every word exactly, fuzzily. */
export const TIERS = ['phrase', 'words', 'fuzzy'] as const;
export type Tier = (typeof TIERS)[number];
const TIER_RANK: Record<Tier, number> = { phrase: 0, words: 1, fuzzy: 2 };

/**
 * The most docs Fuse ranks for one query: about 1.5 ms of bitap at two words. The bundled corpus
 * rarely has more candidates; with thousands of synthetic statements, the top ten of every
 * benchmark query is the same as when Fuse ranks every candidate (searcher.test.ts checks 3,000).
 */
export const FUSE_MAX = 100;

function isWordChar(ch: string | undefined): boolean {
	if (ch === undefined) return false;
	const code = ch.charCodeAt(0);
	if (code < 128) return /\w/.test(ch);
	return /[\p{L}\p{M}\p{N}_]/u.test(ch);
}

/** Whether `needle` starts a word somewhere in `text` ("kube" in "kubernetes", not in "akube"). */
function startsWord(text: string, needle: string): boolean {
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
		if (!isWordChar(text[at - 1])) return true;
	}
	return false;
}

export function matchesFilters(doc: SearchDoc, f: SearchFilters): boolean {
	if (f.kinds.length > 0 && !f.kinds.includes(doc.kind)) return false;
	if (f.framework && doc.framework !== f.framework && !doc.frameworks?.includes(f.framework)) {
		return false;
	}
	if (f.framework && f.track && doc.track !== f.track) return false;
	if (f.from > 1 || f.to < 7) {
		if (!doc.levels || doc.levels[1] < f.from || doc.levels[0] > f.to) return false;
	}
	return true;
}

export class Searcher {
	readonly docs: readonly SearchDoc[];
	/** What the last search looked at, for the bench. */
	lastCandidates = 0;
	/** The most docs Fuse ranks for one query (tests change it to compare). */
	fuseMax = FUSE_MAX;
	private readonly fuse: Fuse<SearchDoc>;
	private readonly index: FuseIndex<SearchDoc>;
	private readonly records: IndexRecord[];
	private readonly keyWeights: number[];
	private readonly keyIndex: Record<SearchKey, number>;
	private vocabulary: Vocabulary | null = null;
	private last: { terms: string[]; filters: string; matched: number[] } | null = null;
	private filtered: { filters: string; docs: number[] } | null = null;

	constructor(data: SearchIndexData) {
		this.index = Fuse.parseIndex<SearchDoc>(data.index as Parameters<typeof Fuse.parseIndex>[0]);
		this.keyWeights = this.index.keys.map((k) => KEY_WEIGHTS[k.id as SearchKey] ?? 1);
		this.keyIndex = Object.fromEntries(this.index.keys.map((k, i) => [k.id, i])) as Record<
			SearchKey,
			number
		>;
		this.records = [];
		for (const record of this.index.records) this.records[record.i] = record;
		const keyOf = new Map(this.index.keys.map((k, i) => [String(i), k.id as SearchKey]));

		// The texts travel once, in the index as displayed: read them back into the docs, then
		// fold the index in place (folding keeps lengths, so match positions fit both).
		this.docs = data.docs.map((meta, i) => {
			const doc: SearchDoc = { ...meta, title: '', aliases: [], text: [] };
			for (const [key, value] of Object.entries(this.records[i]?.$ ?? {})) {
				const name = keyOf.get(key);
				if (Array.isArray(value)) {
					const list = name === 'aliases' ? doc.aliases : doc.text;
					for (const sub of value) {
						list[sub.i ?? list.length] = sub.v;
						sub.v = fold(sub.v);
					}
				} else {
					if (name === 'title') doc.title = value.v;
					value.v = fold(value.v);
				}
			}
			return doc;
		});
		this.fuse = new Fuse(this.docs, FUSE_OPTIONS, this.index);
	}

	/** The folded field values of a doc, as indexed. */
	private *texts(doc: number): Generator<string> {
		for (const value of Object.values(this.records[doc]?.$ ?? {})) {
			if (Array.isArray(value)) for (const sub of value) yield sub.v;
			else yield value.v;
		}
	}

	/** The same, with how much a match in each counts (key weight × Fuse's field-length norm). */
	private *fields(doc: number): Generator<Field> {
		for (const [key, value] of Object.entries(this.records[doc]?.$ ?? {})) {
			const weight = this.keyWeights[Number(key)]!;
			if (Array.isArray(value))
				for (const sub of value) yield { text: sub.v, weight: weight * sub.n };
			else yield { text: value.v, weight: weight * value.n };
		}
	}

	/** Built on the first search, not on load: opening search stays quick. */
	private words(): Vocabulary {
		this.vocabulary ??= new Vocabulary(this.docs.length, (doc) => this.fields(doc));
		return this.vocabulary;
	}

	private docsPassing(filters: SearchFilters, key: string): number[] {
		if (this.filtered?.filters !== key) {
			const docs: number[] = [];
			this.docs.forEach((doc, i) => matchesFilters(doc, filters) && docs.push(i));
			this.filtered = { filters: key, docs };
		}
		return this.filtered.docs;
	}

	/** Forget the previous keystroke and remembered words: the next search starts cold. */
	reset(): void {
		this.last = null;
		this.vocabulary?.forget();
	}

	/** How doc holds the query, given whether every query word starts one of its words. */
	private tier(doc: number, phrase: string, startsWords: boolean, single: boolean): Tier {
		if (!startsWords) return 'fuzzy';
		// One word and nothing else: starting a word is holding the phrase.
		if (single) return 'phrase';
		for (const text of this.texts(doc)) if (startsWord(text, phrase)) return 'phrase';
		return 'words';
	}

	search(query: string, options: SearchOptions = {}): SearchResults {
		const { filters = NO_FILTERS, limit = PAGE_LIMIT, narrow = true } = options;
		const phrase = foldQuery(query);
		const terms = queryTerms(phrase);
		if (terms.length === 0) {
			this.last = null;
			this.lastCandidates = 0;
			return { hits: [], total: 0 };
		}
		const filterKey = JSON.stringify(filters);
		const within =
			narrow && this.last?.filters === filterKey && narrows(this.last.terms, terms)
				? this.last.matched
				: this.docsPassing(filters, filterKey);
		const { docs: matched, relevance, startsWords } = this.words().candidates(terms, within);
		const single = terms.length === 1 && terms[0] === phrase;
		const tierOf = (doc: number) => this.tier(doc, phrase, startsWords[doc] === 1, single);
		this.last = { terms, filters: filterKey, matched };

		// Fuse ranks at most FUSE_MAX docs: with more (a common word in a large corpus), the ones
		// holding the phrase, then the most relevant by where their words are (see ./prefilter),
		// go to Fuse; the rest still count in the total.
		let pool = matched;
		if (pool.length > Math.max(this.fuseMax, limit)) {
			pool = pool
				.map((doc) => ({ doc, tier: TIER_RANK[tierOf(doc)] }))
				.sort((a, b) => a.tier - b.tier || relevance[b.doc]! - relevance[a.doc]! || a.doc - b.doc)
				.slice(0, Math.max(this.fuseMax, limit))
				.map((x) => x.doc)
				.sort((a, b) => a - b);
		}
		this.lastCandidates = pool.length;

		let results: FuseResult<SearchDoc>[] = [];
		if (pool.length > 0) {
			// Fuse searches the records its index holds: hand it the pool's records only. The
			// term statistics (IDF) stay those of the whole corpus, so scores do not change.
			this.index.setIndexRecords(pool.map((i) => this.records[i]!));
			try {
				results = this.fuse.search(phrase);
			} finally {
				this.index.setIndexRecords(this.records);
			}
		}

		const ranked = results
			.map((r) => ({ r, tier: tierOf(r.refIndex) }))
			.sort(
				(a, b) =>
					TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
					a.r.score! - b.r.score! ||
					a.r.refIndex - b.r.refIndex
			);
		const inWords = this.words().wordRanges(terms);
		return {
			total: matched.length,
			hits: ranked.slice(0, limit).map(({ r, tier }) => this.hit(r, tier, inWords))
		};
	}

	/** Where the query's words match in a folded text: in every word of it they match. */
	private ranges(text: string, inWords: ReadonlyMap<string, readonly Range[]>): Range[] {
		const ranges: Range[] = [];
		for (const word of text.matchAll(WORD)) {
			for (const [a, b] of inWords.get(word[0]) ?? [])
				ranges.push([word.index + a, word.index + b]);
		}
		return ranges;
	}

	private hit(
		r: FuseResult<SearchDoc>,
		tier: Tier,
		inWords: ReadonlyMap<string, readonly Range[]>
	): SearchHit {
		const doc = r.item;
		const record = this.records[r.refIndex]?.$ ?? {};
		const covered = (ranges: readonly Range[]) => ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
		/** The best-matching value of a key: its index and ranges. */
		const best = (key: SearchKey) => {
			const value = record[this.keyIndex[key]];
			const values = value === undefined ? [] : Array.isArray(value) ? value : [{ ...value, i: 0 }];
			let top: { i: number; ranges: Range[] } | null = null;
			for (const sub of values) {
				const ranges = this.ranges(sub.v, inWords);
				if (ranges.length && (!top || covered(ranges) > covered(top.ranges))) {
					top = { i: sub.i ?? 0, ranges };
				}
			}
			return top;
		};

		const title = best('title');
		const alias = best('aliases');
		const text = best('text');
		const snippet = text ? doc.text[text.i]! : (doc.text[0] ?? '');
		const shown = excerpt(snippet, text?.ranges ?? []);
		return {
			doc,
			score: r.score ?? 1,
			tier,
			title: segments(doc.title, title?.ranges ?? [], true),
			alias: alias ? segments(doc.aliases[alias.i]!, alias.ranges, true) : null,
			snippet: snippet ? segments(shown.text, shown.ranges, true) : []
		};
	}
}
