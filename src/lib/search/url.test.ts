import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './types';
import { activeFilters, MAX_QUERY, parseSearchView, searchHref, type SearchView } from './url';

const known = [
	{ id: 'platform-engineer', tracks: [{ id: 'platform-engineer' }] },
	{ id: 'speedoc-engineering', tracks: [{ id: 'qa' }, { id: 'tech-lead' }] }
];
const parse = (query: string) => parseSearchView(new URLSearchParams(query), known);

describe('parseSearchView', () => {
	it.each([
		['', { q: '', filters: NO_FILTERS }],
		['q=golden+path', { q: 'golden path', filters: NO_FILTERS }],
		[
			'q=k8s&kind=skill,statement&fw=speedoc-engineering&track=qa&from=P2&to=p5',
			{
				q: 'k8s',
				filters: {
					kinds: ['skill', 'statement'],
					framework: 'speedoc-engineering',
					track: 'qa',
					from: 2,
					to: 5
				}
			}
		],
		// Unknown or malformed values fall back to no filter.
		['kind=bogus&fw=nope&track=qa&from=P9&to=zz', { q: '', filters: NO_FILTERS }],
		// A track of another framework is not a track of this one.
		[
			'fw=platform-engineer&track=qa',
			{ q: '', filters: { ...NO_FILTERS, framework: 'platform-engineer' } }
		],
		// A swapped range is put the right way round.
		['from=6&to=3', { q: '', filters: { ...NO_FILTERS, from: 3, to: 6 } }],
		// The words as typed, level words too; anything but 1 is the default.
		['q=terraform+P4&literal=1', { q: 'terraform P4', literal: true, filters: NO_FILTERS }],
		['q=terraform+P4&literal=yes', { q: 'terraform P4', filters: NO_FILTERS }]
	] as [string, SearchView][])('%j', (query, view) => {
		expect(parse(query)).toEqual(view);
	});

	it('keeps hostile text as text, cut to a sane length', () => {
		expect(parse('q=%3Cscript%3Ealert(1)%3C%2Fscript%3E').q).toBe('<script>alert(1)</script>');
		expect(parse(`q=${'a'.repeat(5000)}`).q).toHaveLength(MAX_QUERY);
	});
});

describe('searchHref', () => {
	it.each([
		[{ q: '', filters: NO_FILTERS }, '/search'],
		[{ q: 'golden path', filters: NO_FILTERS }, '/search?q=golden+path'],
		[
			{
				q: 'a&b',
				filters: { kinds: ['skill'], framework: 'speedoc-engineering', track: 'qa', from: 2, to: 7 }
			},
			'/search?q=a%26b&kind=skill&fw=speedoc-engineering&track=qa&from=P2'
		],
		[{ q: 'terraform P4', literal: true, filters: NO_FILTERS }, '/search?q=terraform+P4&literal=1'],
		[{ q: 'terraform P4', literal: false, filters: NO_FILTERS }, '/search?q=terraform+P4'],
		// Nothing to read literally.
		[{ q: ' ', literal: true, filters: NO_FILTERS }, '/search']
	] as [SearchView, string][])('%j → %s', (view, href) => {
		expect(searchHref(view)).toBe(href);
	});

	it('reads back what it writes', () => {
		const view: SearchView = {
			q: '<img src=x onerror=alert(1)>',
			filters: {
				kinds: ['note'],
				framework: 'speedoc-engineering',
				track: 'tech-lead',
				from: 3,
				to: 4
			},
			literal: true
		};
		expect(parse(searchHref(view).split('?')[1]!)).toEqual(view);
	});
});

describe('activeFilters', () => {
	it('counts each filter that differs from the default', () => {
		expect(activeFilters(NO_FILTERS)).toBe(0);
		expect(activeFilters({ ...NO_FILTERS, kinds: ['skill'], from: 2 })).toBe(2);
		expect(activeFilters({ kinds: [], framework: 'x', track: 'y', from: 1, to: 7 })).toBe(2);
	});
});
