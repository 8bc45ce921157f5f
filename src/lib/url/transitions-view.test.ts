import { describe, expect, it } from 'vitest';
import { parseTransitionsView, transitionsViewUrl } from './transitions-view';

const known = new Set(['speedoc-engineering/platform', 'platform-engineer/platform-engineer']);
const parse = (search: string) => parseTransitionsView(new URLSearchParams(search), known);

describe('parseTransitionsView', () => {
	it.each([
		['no parameter', '', null, null],
		['an empty value', '?from=', null, null],
		['a known track', '?from=speedoc-engineering/platform', 'speedoc-engineering/platform', null],
		[
			'an encoded slash',
			'?from=speedoc-engineering%2Fplatform',
			'speedoc-engineering/platform',
			null
		],
		[
			'upper case and spaces',
			'?from=%20Speedoc-Engineering/Platform%20',
			'speedoc-engineering/platform',
			null
		],
		[
			'the first of two values',
			'?from=platform-engineer/platform-engineer&from=x',
			'platform-engineer/platform-engineer',
			null
		],
		[
			'an unknown track',
			'?from=speedoc-engineering/platfrom',
			null,
			'No track “speedoc-engineering/platfrom” — showing all transitions.'
		],
		[
			'a framework alone',
			'?from=speedoc-engineering',
			null,
			'No track “speedoc-engineering” — showing all transitions.'
		],
		[
			'too many parts',
			'?from=speedoc-engineering/platform/level-1',
			null,
			'No track “speedoc-engineering/platform/level-1” — showing all transitions.'
		],
		[
			'markup',
			'?from=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
			null,
			'No track “<img src=x onerror=alert(1)>” — showing all transitions.'
		]
	])('%s', (_name, search, from, notice) => {
		expect(parse(search)).toEqual({ from, notice });
	});

	it('quotes at most 60 characters of a long value', () => {
		const view = parse(`?from=${'a'.repeat(500)}`);
		expect(view.from).toBeNull();
		expect(view.notice).toBe(`No track “${'a'.repeat(59)}…” — showing all transitions.`);
	});

	it('never throws, whatever the value', () => {
		for (const raw of ['%', '%E0%A4%A', '\u0000', '/', '//', 'a/b/c/d', '💥/💥', '__proto__/x']) {
			expect(() => parseTransitionsView(new URLSearchParams({ from: raw }), known)).not.toThrow();
			expect(parseTransitionsView(new URLSearchParams({ from: raw }), known).from).toBeNull();
		}
	});

	it('ignores other parameters', () => {
		expect(parse('?fw=a,b&q=platform')).toEqual({ from: null, notice: null });
	});
});

describe('transitionsViewUrl', () => {
	it.each([
		[
			'http://x/transitions',
			'speedoc-engineering/platform',
			'/transitions?from=speedoc-engineering/platform'
		],
		[
			'http://x/transitions?from=a/b',
			'speedoc-engineering/platform',
			'/transitions?from=speedoc-engineering/platform'
		],
		['http://x/transitions?from=a/b', null, '/transitions'],
		['http://x/transitions?q=1&from=a/b', null, '/transitions?q=1'],
		['http://x/transitions?q=1', 'a/b', '/transitions?q=1&from=a/b']
	])('%s with %s → %s', (url, from, expected) => {
		const next = transitionsViewUrl(new URL(url), from);
		expect(next.pathname + next.search).toBe(expected);
	});

	it('round-trips through the parser', () => {
		const url = transitionsViewUrl(new URL('http://x/transitions'), 'speedoc-engineering/platform');
		expect(parseTransitionsView(url.searchParams, known).from).toBe('speedoc-engineering/platform');
	});

	it('leaves the URL it was given unchanged', () => {
		const url = new URL('http://x/transitions?from=a/b');
		transitionsViewUrl(url, null);
		expect(url.search).toBe('?from=a/b');
	});
});
