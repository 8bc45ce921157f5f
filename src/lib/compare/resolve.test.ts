import { describe, expect, it } from 'vitest';
import { catalog } from '../frameworks/catalog.server';
import { navIndex } from '../frameworks/queries';
import { parseCompareView } from '../url/compare-view';
import { comparisonTitle, resolveSlot, type SlotStatus } from './resolve';
import { suggestCells } from './suggest-cell';

const nav = navIndex(catalog.frameworks);
const resolve = (query: string) =>
	parseCompareView(new URLSearchParams(query)).slots.map((s) => resolveSlot(s, nav));
const wrong = (s: SlotStatus) => {
	if (s.ok) throw new Error('expected an unknown cell');
	return s;
};

describe('resolveSlot', () => {
	it.each([
		['a=platform-engineer/platform-engineer/level-5', null, null],
		[
			'a=platform-enginer/platform-engineer/level-5',
			'framework',
			'there is no framework called “platform-enginer”'
		],
		['a=platform-engineer/platfrom/level-5', 'track', 'has no track called “platfrom”'],
		['a=platform-engineer/platform-engineer/level-9', 'step', 'has no step called “level-9”'],
		['a=<script>alert(1)</script>', 'format', 'is not a cell']
	])('%s', (query, part, problem) => {
		const [status] = resolve(query);
		if (part === null) {
			expect(status!.ok).toBe(true);
			return;
		}
		expect(wrong(status!).part).toBe(part);
		expect(wrong(status!).problem).toContain(problem);
		expect(wrong(status!).problem).toMatch(/^Cell A/);
	});
});

describe('suggestCells', () => {
	it.each([
		['a=platform-enginer/platform-engineer/level-5', 'platform-engineer/platform-engineer/level-5'],
		['a=platform-engineer/platfrom/level-5', 'platform-engineer/platform-engineer/level-5'],
		[
			'a=platform-engineer/platform-engineer/level-9',
			'platform-engineer/platform-engineer/level-7'
		],
		['a=speedoc/platform/level-3', 'speedoc-engineering/'],
		['a=platform-engineer/level-5', 'platform-engineer/platform-engineer/level-5']
	])('%s → %s…', (query, expected) => {
		const cells = suggestCells(wrong(resolve(query)[0]!), nav);
		expect(cells.length).toBeGreaterThan(0);
		expect(cells.length).toBeLessThanOrEqual(3);
		const refs = cells.map((c) => `${c.ref.framework}/${c.ref.track}/${c.ref.step}`);
		expect(refs.some((r) => r.startsWith(expected))).toBe(true);
	});

	it.each(['a=%%%', 'a=<script>alert(1)</script>', 'a=zzzzqqq/x/y'])(
		'offers nothing rather than throwing for %s',
		(query) => {
			expect(suggestCells(wrong(resolve(query)[0]!), nav)).toEqual([]);
		}
	);

	it('the nearest steps of a mistyped number are the nearest numbers', () => {
		const cells = suggestCells(
			wrong(resolve('a=platform-engineer/platform-engineer/level-9')[0]!),
			nav
		);
		expect(cells.map((c) => c.ref.step)).toEqual(['level-7', 'level-6', 'level-5']);
	});
});

describe('comparisonTitle', () => {
	it('names one track once, and several cells in full', () => {
		const known = (query: string) =>
			resolve(query).filter((s): s is Extract<SlotStatus, { ok: true }> => s.ok);
		expect(
			comparisonTitle(
				known(
					'a=platform-engineer/platform-engineer/level-5&b=platform-engineer/platform-engineer/level-6'
				)
			)
		).toBe('Platform Engineer: Level 5 → Level 6');
		expect(
			comparisonTitle(
				known(
					'a=speedoc-engineering/platform/level-3&b=infrastructure-platform-engineering/infrastructure-platform/p3'
				)
			)
		).toBe('Platform · Level 3 → Infrastructure & Platform Engineering · P3');
	});
});
