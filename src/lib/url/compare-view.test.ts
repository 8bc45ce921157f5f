import { describe, expect, it } from 'vitest';
import {
	compareHref,
	parseCellRef,
	parseCompareView,
	promotionHref,
	refText
} from './compare-view';

describe('parseCellRef', () => {
	it.each([
		['platform-engineer/platform-engineer/level-5', 'platform-engineer/platform-engineer/level-5'],
		[
			'  Platform-Engineer/Platform-Engineer/Level-5 ',
			'platform-engineer/platform-engineer/level-5'
		],
		['/frameworks/speedoc-engineering/platform/level-3', 'speedoc-engineering/platform/level-3'],
		[
			'https://example.org/frameworks/speedoc-engineering/platform/level-3#speedoc-x',
			'speedoc-engineering/platform/level-3'
		],
		['speedoc-engineering/platform/level-3/', 'speedoc-engineering/platform/level-3'],
		['speedoc-engineering/level-3', null],
		['a/b/c/d', null],
		['<script>alert(1)</script>', null],
		['../../etc/passwd', null],
		['a b/c/d', null],
		['a_b/c/d', null],
		['', null],
		['x'.repeat(500), null]
	])('%j → %j', (value, expected) => {
		const ref = parseCellRef(value);
		expect(ref ? refText(ref) : null).toBe(expected);
	});
});

describe('parseCompareView', () => {
	it('reads a to d in order, skipping empty ones', () => {
		const view = parseCompareView(new URLSearchParams('b=x/y/z&a=p/q/r&c=&d=%20&utm_source=mail'));
		expect(view.slots.map((s) => [s.param, s.ref && refText(s.ref)])).toEqual([
			['a', 'p/q/r'],
			['b', 'x/y/z']
		]);
		expect(view.ignored).toEqual([]);
	});

	it('keeps a value it cannot read, shortened, to say what was wrong', () => {
		const view = parseCompareView(new URLSearchParams({ a: `<b>${'y'.repeat(200)}`, b: 'p/q/r' }));
		expect(view.slots[0]!.ref).toBeNull();
		expect(view.slots[0]!.raw.length).toBeLessThanOrEqual(80);
		expect(view.slots[0]!.raw.startsWith('<b>')).toBe(true);
	});

	it('names the cells beyond four it leaves out', () => {
		const view = parseCompareView(new URLSearchParams('a=p/q/r&e=x/y/z&f=&zz=1'));
		expect(view.ignored).toEqual(['e']);
	});

	it('never throws on hostile input', () => {
		const hostile = [
			'a=%E0%A4%A',
			'a=%00%00',
			'a=' + '/'.repeat(10_000),
			'a=\u202e/\u0000/x',
			'a[]=1&a=__proto__/constructor/prototype',
			'&&&==&a'
		];
		for (const query of hostile) {
			expect(() => parseCompareView(new URLSearchParams(query))).not.toThrow();
		}
		expect(
			parseCompareView(new URLSearchParams('a=__proto__/constructor/prototype')).slots[0]!.ref
		).toBeNull();
	});
});

describe('compareHref', () => {
	const refs = [
		{ framework: 'platform-engineer', track: 'platform-engineer', step: 'level-5' },
		{ framework: 'platform-engineer', track: 'platform-engineer', step: 'level-6' }
	];

	it('writes readable links that parse back to the same cells', () => {
		const href = compareHref(refs);
		expect(href).toBe(
			'/compare?a=platform-engineer/platform-engineer/level-5&b=platform-engineer/platform-engineer/level-6'
		);
		const parsed = parseCompareView(new URL(href, 'http://x').searchParams);
		expect(parsed.slots.map((s) => s.ref)).toEqual(refs);
	});

	it('keeps four cells at most; none is the bare page', () => {
		expect(compareHref([...refs, ...refs, ...refs]).match(/[a-z]=/g)).toEqual([
			'a=',
			'b=',
			'c=',
			'd='
		]);
		expect(compareHref([])).toBe('/compare');
	});

	it('names the prerendered promotion page by its earlier cell', () => {
		expect(promotionHref(refs[0]!)).toBe('/compare/platform-engineer/platform-engineer/level-5');
	});
});
