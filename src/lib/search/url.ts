// The /search page's URL: `?q=…&kind=…&fw=…&track=…&from=P2&to=P5&literal=1`. Parsing never
// throws: what it does not understand falls back to no filter, so any link opens a sensible page.
import { base } from '../base';
import { formatLevel, parseLevel } from '../url/skill-view';
import { DOC_KINDS, NO_FILTERS, type DocKind, type SearchFilters } from './types';

/** Longer queries are cut: nobody types more, and a link should not make the page work hard. */
export const MAX_QUERY = 200;

export interface SearchView {
	q: string;
	filters: SearchFilters;
	/** Every word searched as text, level words too ("terraform P4" as two words). */
	literal?: boolean;
}

/** What the filters may name: framework ids and each framework's track ids. */
export type KnownFacets = readonly { id: string; tracks: readonly { id: string }[] }[];

export function parseSearchView(params: URLSearchParams, known: KnownFacets): SearchView {
	const kinds = params
		.getAll('kind')
		.flatMap((v) => v.split(','))
		.filter((k): k is DocKind => (DOC_KINDS as readonly string[]).includes(k));
	const framework = known.find((f) => f.id === params.get('fw')) ?? null;
	const track = framework?.tracks.find((t) => t.id === params.get('track')) ?? null;
	const from = parseLevel(params.get('from')) ?? NO_FILTERS.from;
	const to = parseLevel(params.get('to')) ?? NO_FILTERS.to;
	return {
		q: (params.get('q') ?? '').slice(0, MAX_QUERY),
		...(params.get('literal') === '1' ? { literal: true } : {}),
		filters: {
			kinds: [...new Set(kinds)],
			framework: framework?.id ?? null,
			track: track?.id ?? null,
			from: Math.min(from, to),
			to: Math.max(from, to)
		}
	};
}

/** `/search?…` with only what differs from the default. */
export function searchHref({ q, filters, literal }: SearchView): string {
	const params = new URLSearchParams();
	if (q.trim()) params.set('q', q);
	if (filters.kinds.length) params.set('kind', filters.kinds.join(','));
	if (filters.framework) {
		params.set('fw', filters.framework);
		if (filters.track) params.set('track', filters.track);
	}
	if (filters.from !== NO_FILTERS.from) params.set('from', formatLevel(filters.from));
	if (filters.to !== NO_FILTERS.to) params.set('to', formatLevel(filters.to));
	if (literal && q.trim()) params.set('literal', '1');
	const query = params.toString();
	return query ? `${base}/search?${query}` : `${base}/search`;
}

/** How many filters differ from the default (for a "Filters (2)" label). */
export function activeFilters(filters: SearchFilters): number {
	return (
		(filters.kinds.length ? 1 : 0) +
		(filters.framework ? 1 : 0) +
		(filters.track ? 1 : 0) +
		(filters.from !== NO_FILTERS.from || filters.to !== NO_FILTERS.to ? 1 : 0)
	);
}
