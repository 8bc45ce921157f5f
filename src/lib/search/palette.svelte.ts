// The search palette's state: its own query, filters and literal switch, the search over them (a
// SearchSession), and which option is active. Options are derived; the active option is kept by its id, so new
// results never need an effect to reset it.
import type { ReadingView } from './reading';
import { SearchSession } from './session.svelte';
import {
	NO_FILTERS,
	PALETTE_LIMIT,
	type SearchFilters,
	type SearchHit,
	type SearchResults
} from './types';
import { activeFilters, searchHref } from './url';

/** A framework as the filters and group headings need it (the layout's navigation index). */
export interface PaletteFramework {
	id: string;
	name: string;
	color: string;
	tracks: { id: string; name: string }[];
}

/** Something the person can choose in the list. */
export type PaletteOption =
	| { id: string; type: 'hit'; hit: SearchHit; href: string }
	| { id: string; type: 'recent'; query: string }
	| { id: string; type: 'all'; href: string; total: number };

export class PaletteState {
	query = $state('');
	filters = $state<SearchFilters>({ ...NO_FILTERS });
	/** Every word searched as text, level words too: until the field is emptied. */
	literal = $state(false);
	showFilters = $state(false);
	private activeId = $state<string | null>(null);

	readonly frameworks: readonly PaletteFramework[];
	/** The search over this palette's query and filters. */
	readonly search: SearchSession;

	constructor(frameworks: readonly PaletteFramework[]) {
		this.frameworks = frameworks;
		this.search = new SearchSession(frameworks, this, { limit: PALETTE_LIMIT });
	}

	get results(): SearchResults | null {
		return this.search.results;
	}

	/** The options in display order: recent searches before typing, then hits and "see all". */
	readonly options: PaletteOption[] = $derived.by(() => {
		if (!this.query.trim()) {
			return this.search.recent.map((query, i) => ({
				id: `search-recent-${i}`,
				type: 'recent',
				query
			}));
		}
		const hits: PaletteOption[] = this.search.groups.flatMap((g) =>
			g.hits.map((hit) => ({ id: optionId(hit), type: 'hit' as const, hit, href: hit.doc.href }))
		);
		if (this.results && this.results.total > 0) {
			hits.push({
				id: 'search-all',
				type: 'all',
				href: searchHref({ q: this.query.trim(), filters: this.filters, literal: this.literal }),
				total: this.results.total
			});
		}
		return hits;
	});

	readonly active: PaletteOption | null = $derived(
		this.options.find((o) => o.id === this.activeId) ?? this.options[0] ?? null
	);

	readonly filterCount = $derived(activeFilters(this.filters));

	/** What the status line says: the recent searches' heading while nothing is typed. */
	readonly status: string = $derived.by(() =>
		this.search.status(this.search.recent.length ? 'Recent searches' : '')
	);

	/** The same, and what was understood of the query, for the live region. */
	readonly announcement: string = $derived.by(() =>
		this.search.announcement(this.search.recent.length ? 'Recent searches' : '')
	);

	/** Move the active option by `delta`, wrapping around; 'first' and 'last' jump. */
	move(delta: number | 'first' | 'last'): void {
		const count = this.options.length;
		if (count === 0) return;
		const at = this.active ? this.options.indexOf(this.active) : 0;
		const next =
			delta === 'first' ? 0 : delta === 'last' ? count - 1 : (at + delta + count) % count;
		this.activeId = this.options[next]!.id;
	}

	activate(id: string): void {
		this.activeId = id;
	}

	setQuery(query: string): void {
		this.query = query;
		if (!query.trim()) this.literal = false;
		this.activeId = null;
	}

	/** Take the way out a reading offers: the words as typed, or the level (see ./reading). */
	follow(action: NonNullable<ReadingView['action']>): void {
		this.literal = action.literal;
		this.setQuery(action.query ?? this.query);
	}

	resetFilters(): void {
		this.filters = { ...NO_FILTERS };
	}
}

/** A DOM id for a hit's option (aria-activedescendant). */
export function optionId(hit: SearchHit): string {
	return `search-hit-${hit.doc.key.replace(/[^a-z0-9-]/gi, '_')}`;
}
