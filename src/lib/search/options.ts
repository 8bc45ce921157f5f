// The one Fuse configuration, shared by the build-time index and the browser's searcher.
import type { IFuseOptions } from 'fuse.js';
import { SEARCH_KEYS, type SearchDoc, type SearchKey } from './types';

/**
 * How close a word must be: a query word of m letters may differ from the text in
 * ⌊0.25 · m⌋ letters ("eror" → error, "kubernets" → kubernetes, "terraform" exact).
 */
export const THRESHOLD = 0.25;

/** Names and titles count above aliases, and both above statement text and skill tags. */
export const KEY_WEIGHTS: Record<SearchKey, number> = { title: 3, aliases: 2, text: 1, skills: 1 };

/** Fuse's own word pattern (its default tokenizer), used for the prefilter too. */
export const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

export const FUSE_OPTIONS = {
	keys: SEARCH_KEYS.map((name) => ({ name, weight: KEY_WEIGHTS[name] })),
	// The index text is folded once when loaded and the query per search (see ./fold), instead of
	// Fuse lower-casing and stripping accents from every text at every search.
	isCaseSensitive: true,
	ignoreDiacritics: false,
	// A word late in a long statement counts as much as one at its start.
	ignoreLocation: true,
	// Fuse ranks; highlights come from where the query's words match the vocabulary's words (see
	// ./prefilter), which spares match ranges for every doc that is not shown.
	includeMatches: false,
	includeScore: true,
	threshold: THRESHOLD,
	// Several words in any order: each query word is matched on its own (fuzzy, anywhere in the
	// doc's fields) and every word must match somewhere (`tokenMatch: 'all'`), so adding a word
	// narrows the results. Rare words weigh more (IDF). Fuse's extended search was the other
	// candidate, but it requires all words in the same field and does not weigh them; the phrase
	// ordering that token search lacks is added on top (see ./searcher, `tier`).
	useTokenSearch: true,
	tokenMatch: 'all',
	tokenize: WORD
} satisfies IFuseOptions<SearchDoc>;
