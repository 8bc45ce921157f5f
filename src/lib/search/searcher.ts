// The query side of search, shared by the palette, the /search page, the tests and the bench.
// Fuse matches and ranks; around it: the query's level words read as a level filter (see
// ./levels), the filters, the vocabulary prefilter that finds the docs a query can match without
// running bitap over every text (see ./prefilter), the previous keystroke's matches when typing
// narrows them, a cap on how many docs Fuse ranks, and the exact phrase, then the closest words,
// put first.
import Fuse, { type FuseIndex, type FuseResult } from 'fuse.js';
import { fold, foldQuery } from './fold';
import { excerpt, segments, type Range } from './highlight';
import { overlap, parseLevels, withoutPhrases, type LevelPhrase, type LevelRange } from './levels';
import { FUSE_OPTIONS, KEY_WEIGHTS, WORD } from './options';
import { narrows, queryTerms, Vocabulary, type Field } from './prefilter';
import {
	NO_FILTERS,
	PAGE_LIMIT,
	type DocKind,
	type QueryReading,
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
	/** Match every word as text, level words too ("terraform P4" as two words): default false. */
	literal?: boolean;
}

/** How a doc holds the query, best first: the exact phrase, every word exactly, fuzzily. */
export const TIERS = ['phrase', 'words', 'fuzzy'] as const;
export type Tier = (typeof TIERS)[number];
const TIER_RANK: Record<Tier, number> = { phrase: 0, words: 1, fuzzy: 2 };

/** A query that only names a level lists every doc at it: these kinds first. */
const KIND_RANK: Record<DocKind, number> = {
	step: 0,
	track: 1,
	framework: 2,
	statement: 3,
	note: 4,
	skill: 5
};

/** How to search a query: the words to match as text, and the levels to narrow to. */
export interface QueryPlan {
	/** Folded, as Fuse sees it. */
	phrase: string;
	levels: LevelRange | null;
	reading?: QueryReading;
}

/** Filtered doc lists remembered: the palette's and the page's filters, and a level or two. */
const FILTERED_MAX = 4;

/** The folded words of a text, joined by single spaces and framed by them (" p7 staff … "). */
const framed = (folded: string) => ` ${(folded.match(WORD) ?? []).join(' ')} `;

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
	/** Docs passing each recent filter, by its JSON. */
	private readonly filtered = new Map<string, number[]>();
	/** Per doc, its common-scale range (0 where it has none) and its KIND_RANK: no object reads. */
	private readonly levelMin: Uint8Array;
	private readonly levelMax: Uint8Array;
	private readonly kindRank: Uint8Array;
	/** Every name (title or alias) as framed words, with the first doc title it belongs to. */
	private names: Map<string, string> | null = null;
	/** Per doc, its title as framed folded words ('' without one); built with `names`. */
	private titles: string[] = [];

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
			const doc: SearchDoc = { ...meta, title: '', aliases: [], text: [], skills: [] };
			for (const [key, value] of Object.entries(this.records[i]?.$ ?? {})) {
				const name = keyOf.get(key);
				if (Array.isArray(value)) {
					const list = name === 'aliases' ? doc.aliases : name === 'skills' ? doc.skills : doc.text;
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
		this.levelMin = Uint8Array.from(this.docs, (d) => d.levels?.[0] ?? 0);
		this.levelMax = Uint8Array.from(this.docs, (d) => d.levels?.[1] ?? 0);
		this.kindRank = Uint8Array.from(this.docs, (d) => KIND_RANK[d.kind]);
	}

	/** A doc's place within the asked levels: 0 inside them (or none asked), 1 only overlapping. */
	private fit(doc: number, levels: LevelRange | null): number {
		if (!levels || this.levelMin[doc] === 0) return 0;
		return this.levelMin[doc]! >= levels[0] && this.levelMax[doc]! <= levels[1] ? 0 : 1;
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

	/** Built by `prepare` or on the first search, not with the searcher. */
	private words(): Vocabulary {
		this.vocabulary ??= new Vocabulary(this.docs.length, (doc) => this.fields(doc));
		return this.vocabulary;
	}

	/**
	 * Build what the first search needs (the vocabulary) now: called a task after the searcher
	 * is made, so the browser can paint and take input between the two.
	 */
	prepare(): void {
		this.words();
	}

	private docsPassing(filters: SearchFilters, key: string): number[] {
		let docs = this.filtered.get(key);
		if (!docs) {
			docs = [];
			const { from, to } = filters;
			if (filters.kinds.length === 0 && !filters.framework && (from > 1 || to < 7)) {
				// Only levels (a level word, most often): the typed arrays, not the docs.
				const { levelMin: min, levelMax: max } = this;
				for (let i = 0; i < min.length; i += 1) {
					if (min[i] !== 0 && max[i]! >= from && min[i]! <= to) docs.push(i);
				}
			} else {
				this.docs.forEach((doc, i) => matchesFilters(doc, filters) && docs!.push(i));
			}
			if (this.filtered.size >= FILTERED_MAX) {
				this.filtered.delete(this.filtered.keys().next().value!);
			}
			this.filtered.set(key, docs);
		}
		return docs;
	}

	/** Names are looked up only for queries with level words: built then, once. */
	private nameList(): Map<string, string> {
		if (!this.names) {
			this.names = new Map();
			this.titles = this.docs.map((doc) => {
				for (const name of [doc.title, ...doc.aliases]) {
					const key = name && framed(fold(name));
					if (key && !this.names!.has(key)) this.names!.set(key, name);
				}
				return doc.title && framed(fold(doc.title));
			});
		}
		return this.names;
	}

	/**
	 * The name a level phrase is part of, with a query word next to it ("Senior Platform Engineer"
	 * for "senior platform", "P7 (Staff / …)" for "p7 staff"), or null. The query's last word may
	 * be unfinished ("senior plat"). A level phrase alone is never a name: "level 5" reads as P5
	 * even though steps are named "Level 5".
	 */
	private nameHolding(query: string, phrase: LevelPhrase): string | null {
		const folded = fold(query);
		const words = [...folded.matchAll(WORD)];
		const inside = words.filter((w) => w.index >= phrase.start && w.index < phrase.end);
		const before = words.filter((w) => w.index + w[0].length <= phrase.start).at(-1);
		const after = words.find((w) => w.index >= phrase.end);
		const own = inside.map((w) => w[0]).join(' ');
		const runs: string[] = [];
		if (before) runs.push(` ${before[0]} ${own} `);
		if (after) {
			const unfinished = after.index + after[0].length === folded.length;
			runs.push(` ${own} ${after[0]}${unfinished ? '' : ' '}`);
		}
		for (const run of runs) {
			for (const [words, name] of this.nameList()) if (words.includes(run)) return name;
		}
		return null;
	}

	/**
	 * How a query is searched. Its level phrases (see ./levels) narrow to the levels they name
	 * together, and the rest is matched as text, unless: the person asked for the words as typed
	 * (`literal`); a phrase is part of a name the query holds ("Senior Platform Engineer": the
	 * literal reading is preferred, and the reading offers the level instead); or the phrases name
	 * levels that do not overlap ("junior staff").
	 */
	read(query: string, literal = false): QueryPlan {
		const whole = foldQuery(query);
		const { query: typed, phrases } = parseLevels(query);
		if (phrases.length === 0) return { phrase: whole, levels: null };
		const said = phrases.map((p) => p.text);
		const words = withoutPhrases(typed, phrases);
		const all = overlap(phrases.map((p) => p.range));
		const levels: [number, number] | null = all && [all[0], all[1]];
		const asWords = (reading: QueryReading): QueryPlan => ({
			phrase: whole,
			levels: null,
			reading
		});
		if (literal) return asWords({ as: 'literal', said, levels, words });

		const names = phrases.map((p) => this.nameHolding(typed, p));
		const name = names.find((n) => n !== null);
		const asLevel = phrases.filter((_, i) => names[i] === null);
		if (asLevel.length === 0) return asWords({ as: 'name', said, levels, words, name: name! });
		const range = overlap(asLevel.map((p) => p.range));
		if (!range) return asWords({ as: 'clash', said, levels: null, words });
		const rest = withoutPhrases(typed, asLevel);
		return {
			phrase: foldQuery(rest),
			levels: range,
			reading: {
				as: 'level',
				said: asLevel.map((p) => p.text),
				levels: [range[0], range[1]],
				words: rest,
				...(name ? { name } : {})
			}
		};
	}

	/**
	 * A query naming only a level: every doc at it, those whose name holds the level words first
	 * ("Level 5" for "level 5"), then those inside the levels before those overlapping them, by
	 * kind (steps first), in corpus order. Buckets of at most `limit`, not a sort: this may be a
	 * large part of the corpus.
	 */
	private everythingAt(
		levels: LevelRange,
		said: readonly string[],
		filters: SearchFilters,
		limit: number
	): SearchResults {
		const docs = this.docsPassing(filters, JSON.stringify(filters));
		const wanted = said.map((s) => framed(fold(s)));
		this.nameList();
		const buckets: number[][] = Array.from({ length: 2 * 2 * 6 }, () => []);
		for (const i of docs) {
			const title = this.titles[i]!;
			const named = title && wanted.some((w) => title.includes(w)) ? 0 : 1;
			const bucket = buckets[(named * 2 + this.fit(i, levels)) * 6 + this.kindRank[i]!]!;
			if (bucket.length < limit) bucket.push(i);
		}
		const ranked = buckets.flat().slice(0, limit);
		this.lastCandidates = docs.length;
		const none = new Map<string, Range[]>();
		return {
			total: docs.length,
			hits: ranked.map((i) =>
				this.hit({ item: this.docs[i]!, refIndex: i, score: 0 }, 'level', none)
			)
		};
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
		const { limit = PAGE_LIMIT, narrow = true, literal = false } = options;
		const plan = this.read(query, literal);
		const reading = plan.reading ? { reading: plan.reading } : {};
		const { levels, phrase } = plan;
		// The query's levels narrow the filter's range (an empty overlap finds nothing).
		let filters = options.filters ?? NO_FILTERS;
		if (levels) {
			filters = {
				...filters,
				from: Math.max(filters.from, levels[0]),
				to: Math.min(filters.to, levels[1])
			};
		}
		const terms = queryTerms(phrase);
		if (terms.length === 0 || filters.from > filters.to) {
			this.last = null;
			this.lastCandidates = 0;
			if (!levels || filters.from > filters.to) return { hits: [], total: 0, ...reading };
			return { ...this.everythingAt(levels, plan.reading!.said, filters, limit), ...reading };
		}
		const filterKey = JSON.stringify(filters);
		const within =
			narrow && this.last?.filters === filterKey && narrows(this.last.terms, terms)
				? this.last.matched
				: this.docsPassing(filters, filterKey);
		const { docs: matched, relevance, startsWords, cost } = this.words().candidates(terms, within);
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
				.sort(
					(a, b) =>
						a.tier - b.tier ||
						cost[a.doc]! - cost[b.doc]! ||
						this.fit(a.doc, levels) - this.fit(b.doc, levels) ||
						relevance[b.doc]! - relevance[a.doc]! ||
						a.doc - b.doc
				)
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

		// The phrase, then every word as typed, then the closest words (edits, and matches inside a
		// word last: "mentorng" finds "mentoring" before "documenting"), then docs inside the asked
		// levels before those only overlapping them, then Fuse's score.
		const ranked = results
			.map((r) => ({ r, tier: tierOf(r.refIndex) }))
			.sort(
				(a, b) =>
					TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
					cost[a.r.refIndex]! - cost[b.r.refIndex]! ||
					this.fit(a.r.refIndex, levels) - this.fit(b.r.refIndex, levels) ||
					a.r.score! - b.r.score! ||
					a.r.refIndex - b.r.refIndex
			);
		const inWords = this.words().wordRanges(terms);
		return {
			total: matched.length,
			hits: ranked.slice(0, limit).map(({ r, tier }) => this.hit(r, tier, inWords)),
			...reading
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
		r: Pick<FuseResult<SearchDoc>, 'item' | 'refIndex' | 'score'>,
		tier: SearchHit['tier'],
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
		const skill = best('skills');
		const snippet = text ? doc.text[text.i]! : (doc.text[0] ?? '');
		const shown = excerpt(snippet, text?.ranges ?? []);
		return {
			doc,
			score: r.score ?? 1,
			tier,
			title: segments(doc.title, title?.ranges ?? [], true),
			alias: alias ? segments(doc.aliases[alias.i]!, alias.ranges, true) : null,
			// The skill tag only says why a statement is a hit when its text does not.
			skill: skill && !text ? segments(doc.skills[skill.i]!, skill.ranges, true) : null,
			snippet: snippet ? segments(shown.text, shown.ranges, true) : []
		};
	}
}
