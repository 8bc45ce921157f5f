// What the search index holds and what a search returns: plain data, shared by the build-time
// index, the browser and the tests.
import type { FuseIndex } from 'fuse.js';

export const DOC_KINDS = ['skill', 'framework', 'track', 'step', 'statement', 'note'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

export const KIND_LABELS: Record<DocKind, { one: string; many: string }> = {
	skill: { one: 'Skill', many: 'Skills' },
	framework: { one: 'Framework', many: 'Frameworks' },
	track: { one: 'Track', many: 'Tracks' },
	step: { one: 'Step', many: 'Steps' },
	statement: { one: 'Statement', many: 'Statements' },
	note: { one: 'Data note', many: 'Data notes' }
};

/** One findable thing, as displayed (original case and accents). */
export interface SearchDoc {
	/** Unique across the index: `<kind>:<framework>:<id>` (skills: `skill:<id>`). */
	key: string;
	kind: DocKind;
	/** Name, label or title; empty for statements and notes, whose text is the title. */
	title: string;
	/** Other names: skill aliases, a framework's organisation. */
	aliases: string[];
	/** Statement text, descriptions, summaries, step dimension texts. */
	text: string[];
	/** Statements: the names of the skills they are tagged with ("mentorng" finds "Mentors…"). */
	skills: string[];
	/** The framework it belongs to; null for skills (shared by every framework). */
	framework: string | null;
	track: string | null;
	step: string | null;
	/** Common-scale range [min, max] it sits on; null when it has no place on the scale. */
	levels: [number, number] | null;
	/** Skills only: the frameworks that have a growth curve for it (for the framework filter). */
	frameworks?: string[];
	/** "Senior Platform Engineer · Level 1 · Low": where it lives, for the result line. */
	context: string;
	/** Where opening it goes. */
	href: string;
}

/** The searchable fields of a doc, in the order of the Fuse keys. */
export const SEARCH_KEYS = ['title', 'aliases', 'text', 'skills'] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number];

/** Framework and track names for the filter menus and group headings. */
export interface FacetFramework {
	id: string;
	name: string;
	color: string;
	tracks: { id: string; name: string }[];
}

export interface SearchFilters {
	/** Kinds to keep; empty keeps every kind. */
	kinds: DocKind[];
	framework: string | null;
	/** Only with a framework. */
	track: string | null;
	/** Common-scale range, 1–7 inclusive. */
	from: number;
	to: number;
}

export const NO_FILTERS: SearchFilters = {
	kinds: [],
	framework: null,
	track: null,
	from: 1,
	to: 7
};

/** A run of a displayed string, marked when the query matched it. */
export interface Segment {
	/** Where it starts in the displayed string (a stable key). */
	at: number;
	text: string;
	match: boolean;
}

export interface SearchHit {
	doc: SearchDoc;
	/** Fuse's score (0 best) after the phrase tiering; for ordering and tests. */
	score: number;
	/**
	 * How it holds the query: the exact phrase, every word exactly, or fuzzily (ranked so); `level`
	 * when the query only names a level (every doc at it is a hit).
	 */
	tier: 'phrase' | 'words' | 'fuzzy' | 'level';
	/** The doc's title and its best-matching text, cut into highlight segments. */
	title: Segment[];
	snippet: Segment[];
	/** Which alias matched, when one did (shown as "also: k8s"). */
	alias: Segment[] | null;
	/** Which skill tag matched, when the text did not (shown as "skill: Mentoring"). */
	skill: Segment[] | null;
}

export interface SearchResults {
	hits: SearchHit[];
	/** How many docs matched before the limit. */
	total: number;
	/** How the query's level words were read; absent when it has none. */
	reading?: QueryReading;
}

/**
 * How a query naming a level ("terraform P4", "mentoring senior") was read: what its level words
 * name on the common scale and what search did with them (see ./levels and ./searcher, `read`).
 */
export interface QueryReading {
	/**
	 * `level`: they narrow the results to `levels`, and `words` are matched as text;
	 * `name`: they are part of a name the query holds (`name`), so every word is matched as text;
	 * `clash`: they name levels that do not overlap, so every word is matched as text;
	 * `literal`: the person asked for every word to be matched as text.
	 */
	as: 'level' | 'name' | 'clash' | 'literal';
	/** The level words as typed ("senior", "level 4"): those read as a level when `as` is level. */
	said: string[];
	/** The common-scale range they name together; null when they clash. */
	levels: [number, number] | null;
	/** The query less the level words, as typed ("" when it only names a level). */
	words: string;
	/** `name`: the name that holds them ("Senior Platform Engineer"). */
	name?: string;
}

/** A doc as shipped: its texts travel once, inside the index. */
export type SearchDocMeta = Omit<SearchDoc, SearchKey>;

/** What /search-index.json ships. */
export interface SearchIndexData {
	docs: SearchDocMeta[];
	/**
	 * `Fuse.createIndex(…).toJSON()` over the docs' displayed texts, for `Fuse.parseIndex`; the
	 * browser reads the texts back from it and folds the index in place (see ../search/searcher).
	 */
	index: ReturnType<FuseIndex<SearchDoc>['toJSON']>;
}

/** Hits the palette shows (the /search page shows more). */
export const PALETTE_LIMIT = 30;
export const PAGE_LIMIT = 100;
