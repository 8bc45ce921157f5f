// Which docs Fuse needs to look at, decided from the corpus's vocabulary (a few thousand distinct
// words) instead of by running Fuse's bitap over every doc's text.
//
// A query word matches a doc when it matches inside one of the doc's words: fuzzily (Fuse's
// bitap, same threshold, run over the vocabulary) for words of three letters or more, and at the
// start of a word for one or two letters ("ci" finds CI/CD, not "decision"; "p4" finds P4). Fuse
// alone would also accept a match straddling two words ("eror" in "th[e or]ganization"): noise,
// and leaving them out is what lets the vocabulary stand in for the texts. Every doc found here
// is one Fuse matches, so the count of candidates is the count of results.
import Fuse from 'fuse.js';
import { THRESHOLD, WORD } from './options';

/** Words this short match word starts only: anywhere-in-a-word would match nearly every doc. */
export const SHORT = 2;
/** Fuse's bitap handles at most 32 letters at once; longer words are matched chunk by chunk. */
const BITAP_MAX = 32;
/**
 * What a match inside a word costs on top of its edits ("mentorng" in "docu[menting]"): two, so
 * that it ranks below a word matched from its start with two edits ("mentors").
 */
export const INSIDE_COST = 2;

/** The edits bitap allows a word of `length` letters: the largest e with e / length ≤ threshold. */
export function maxErrors(length: number, threshold = THRESHOLD): number {
	let e = 0;
	// Same arithmetic as Fuse (errors / patternLength compared with the threshold).
	while ((e + 1) / length <= threshold) e += 1;
	return e;
}

/** The word cut into maxErrors + 1 pieces: any match keeps one of them unchanged. */
export function pieces(term: string, threshold = THRESHOLD): string[] {
	const count = maxErrors(term.length, threshold) + 1;
	return Array.from({ length: count }, (_, p) =>
		term.slice(Math.round((p * term.length) / count), Math.round(((p + 1) * term.length) / count))
	);
}

/** The words of a folded query, as Fuse's token search splits it. */
export function queryTerms(foldedQuery: string): string[] {
	return foldedQuery.match(WORD) ?? [];
}

/** Whether every word matching `next` also matches `earlier` (see `narrows`). */
function covers(earlier: string, next: string, threshold: number): boolean {
	if (earlier.length <= SHORT) return next.length <= SHORT && next.startsWith(earlier);
	return (
		next.length <= BITAP_MAX &&
		next.includes(earlier) &&
		// A longer word may allow more edits, and then match words the shorter one did not.
		maxErrors(earlier.length, threshold) >= maxErrors(next.length, threshold)
	);
}

/**
 * Whether every doc matching the query words `next` also matched `previous`, so the next
 * keystroke may search only the previous matches: each earlier word is inside a later one that
 * allows no more edits ("kube" → "kuber"), or a word was added (every word must match).
 */
export function narrows(
	previous: readonly string[],
	next: readonly string[],
	threshold = THRESHOLD
): boolean {
	return (
		previous.length > 0 &&
		next.length > 0 &&
		previous.every((old) => next.some((word) => covers(old, word, threshold)))
	);
}

/** One searchable value of a doc, folded, with its Fuse key weight and field-length norm. */
export interface Field {
	text: string;
	/** Key weight × Fuse's field-length norm: how much a match here counts. */
	weight: number;
}

/** Docs matching every query word, and a rough relevance for each (higher is better). */
export interface Candidates {
	docs: number[];
	relevance: Float32Array;
	/** 1 where every query word starts a word of the doc unchanged ("kube" in "kubernetes"). */
	startsWords: Uint8Array;
	/**
	 * How far the doc's words are from the query's, summed over the query words (0 where every
	 * query word starts a word unchanged): edits, plus INSIDE_COST for a match inside a word.
	 */
	cost: Uint16Array;
}

/** Inclusive [start, end] character positions. */
export type Range = readonly [number, number];

interface WordMatch {
	word: number;
	/** 1 for the word itself, less the more edits the match needs. */
	quality: number;
	/** Where in the word the term matches. */
	ranges: Range[];
	/** Edits, plus INSIDE_COST when the match starts inside the word (see `Candidates.cost`). */
	cost: number;
}

interface TermMatch {
	/** Per doc, how well the term matches it (0 = not at all). */
	best: Float32Array;
	/** Per doc, 1 when the term starts one of its words unchanged. */
	starts: Uint8Array;
	/** Per doc, the least cost of its words the term matches. */
	cost: Uint8Array;
	words: WordMatch[];
}

/** Words of the corpus, the docs that hold each, and Fuse over the words themselves. */
export class Vocabulary {
	readonly size: number;
	private readonly words: string[];
	/** Per word: the docs holding it, and the weight of the best field it is in there. */
	private readonly postings: { docs: Int32Array; weights: Float32Array }[];
	private readonly fuse: Fuse<string>;
	private readonly wordIndex: ReturnType<Fuse<string>['getIndex']>;
	private readonly wordRecords: ReturnType<Fuse<string>['getIndex']>['records'];
	/** Per two-letter sequence, the words holding it: finds the words holding a piece quickly. */
	private readonly bigrams = new Map<string, number[]>();
	private readonly cache = new Map<string, TermMatch>();

	constructor(size: number, fields: (doc: number) => Iterable<Field>, threshold = THRESHOLD) {
		this.size = size;
		const byWord = new Map<string, { docs: number[]; weights: number[] }>();
		for (let doc = 0; doc < size; doc += 1) {
			for (const { text, weight } of fields(doc)) {
				for (const word of text.match(WORD) ?? []) {
					let list = byWord.get(word);
					if (!list) byWord.set(word, (list = { docs: [], weights: [] }));
					const last = list.docs.length - 1;
					if (list.docs[last] !== doc) {
						list.docs.push(doc);
						list.weights.push(weight);
					} else if (weight > list.weights[last]!) list.weights[last] = weight;
				}
			}
		}
		this.words = [...byWord.keys()];
		this.postings = [...byWord.values()].map((p) => ({
			docs: Int32Array.from(p.docs),
			weights: Float32Array.from(p.weights)
		}));
		this.fuse = new Fuse(this.words, {
			isCaseSensitive: true,
			ignoreLocation: true,
			includeScore: true,
			includeMatches: true,
			threshold,
			shouldSort: false
		});
		this.wordIndex = this.fuse.getIndex();
		this.wordRecords = this.wordIndex.records;
		this.words.forEach((word, w) => {
			for (let i = 0; i + 1 < word.length; i += 1) {
				const list = this.bigrams.get(word.slice(i, i + 2));
				if (!list) this.bigrams.set(word.slice(i, i + 2), [w]);
				else if (list[list.length - 1] !== w) list.push(w);
			}
		});
	}

	/** Words holding `piece` unchanged. */
	private wordsWith(piece: string): number[] {
		if (piece.length < 2) return this.words.flatMap((w, i) => (w.includes(piece) ? [i] : []));
		let fewest: number[] = [];
		for (let i = 0; i + 1 < piece.length; i += 1) {
			const list = this.bigrams.get(piece.slice(i, i + 2)) ?? [];
			if (i === 0 || list.length < fewest.length) fewest = list;
		}
		return fewest.filter((w) => this.words[w]!.includes(piece));
	}

	get wordCount(): number {
		return this.words.length;
	}

	/** The vocabulary's words that `term` matches, with how well (1 = exactly). */
	private matchingWords(term: string, threshold: number): WordMatch[] {
		if (term.length <= SHORT) {
			const found: WordMatch[] = [];
			const ranges: Range[] = [[0, term.length - 1]];
			this.words.forEach((w, i) => {
				if (w.startsWith(term)) {
					found.push({ word: i, quality: w === term ? 1 : 0.9, ranges, cost: 0 });
				}
			});
			return found;
		}
		// Bitap only the words holding a piece of the term unchanged (lossless, see `pieces`).
		const subset = new Set(pieces(term, threshold).flatMap((p) => this.wordsWith(p)));
		this.wordIndex.setIndexRecords(
			[...subset].sort((a, b) => a - b).map((w) => this.wordRecords[w]!)
		);
		try {
			return this.fuse.search(term).map((r) => {
				const indices = r.matches?.[0]?.indices ?? [];
				// Fuse's score is the edits over the term's length (location is ignored).
				const edits = Math.round(r.score! * term.length);
				// A match starts inside the word when more letters precede it than edits explain.
				const inside = (indices[0]?.[0] ?? 0) > edits;
				return {
					word: r.refIndex,
					quality: 1 - r.score!,
					// A lone letter of a fuzzy match window says nothing (Fuse marks every letter of
					// the window that occurs in the term).
					ranges: indices.filter(([a, b]) => b > a || term.length === 1),
					cost: edits + (inside ? INSIDE_COST : 0)
				};
			});
		} finally {
			this.wordIndex.setIndexRecords(this.wordRecords);
		}
	}

	/** How well `term` matches each doc. Remembered: the words of a query recur as it grows. */
	private match(term: string, threshold: number): TermMatch {
		let found = this.cache.get(term);
		if (!found) {
			const best = new Float32Array(this.size);
			const starts = new Uint8Array(this.size);
			const cost = new Uint8Array(this.size).fill(255);
			const words = this.matchingWords(term, threshold);
			for (const { word, quality, cost: wordCost } of words) {
				const { docs, weights } = this.postings[word]!;
				const prefix = this.words[word]!.startsWith(term);
				const least = prefix ? 0 : Math.min(wordCost, 254);
				for (let i = 0; i < docs.length; i += 1) {
					const doc = docs[i]!;
					const score = weights[i]! * quality;
					if (score > best[doc]!) best[doc] = score;
					if (prefix) starts[doc] = 1;
					if (least < cost[doc]!) cost[doc] = least;
				}
			}
			found = { best, starts, cost, words };
			if (this.cache.size >= 64) this.cache.delete(this.cache.keys().next().value!);
			this.cache.set(term, found);
		}
		return found;
	}

	/** Of `within` (ascending doc numbers), the docs every term matches. */
	candidates(
		terms: readonly string[],
		within: readonly number[],
		threshold = THRESHOLD
	): Candidates {
		const per = [...new Set(terms)].map((t) => this.match(t, threshold));
		const docs: number[] = [];
		const relevance = new Float32Array(this.size);
		const startsWords = new Uint8Array(this.size);
		const cost = new Uint16Array(this.size);
		for (const doc of within) {
			let sum = 0;
			let starts = 1;
			let far = 0;
			for (const { best, starts: s, cost: c } of per) {
				const score = best[doc]!;
				if (score === 0) {
					sum = 0;
					break;
				}
				sum += score;
				starts &= s[doc]!;
				far += c[doc]!;
			}
			if (sum > 0) {
				docs.push(doc);
				relevance[doc] = sum;
				startsWords[doc] = starts;
				cost[doc] = far;
			}
		}
		return { docs, relevance, startsWords, cost };
	}

	/** Where the terms match inside each word of the vocabulary they match, for highlighting. */
	wordRanges(terms: readonly string[], threshold = THRESHOLD): Map<string, Range[]> {
		const ranges = new Map<string, Range[]>();
		for (const term of new Set(terms)) {
			for (const { word, ranges: inWord } of this.match(term, threshold).words) {
				const text = this.words[word]!;
				ranges.set(text, [...(ranges.get(text) ?? []), ...inWord]);
			}
		}
		return ranges;
	}

	/** Forget remembered terms (the bench measures cold queries). */
	forget(): void {
		this.cache.clear();
	}
}
