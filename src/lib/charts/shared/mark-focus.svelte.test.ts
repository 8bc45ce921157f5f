import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MarkFocus } from './mark-focus.svelte';
import type { MarkGrid } from './keyboard';

// Two rows: a b / c ·
const grid: MarkGrid = {
	marks: [
		{ id: 'a', row: 0, col: 0 },
		{ id: 'b', row: 0, col: 1 },
		{ id: 'c', row: 1, col: 0 }
	],
	rows: 2,
	cols: 2
};
const [a, b, c] = grid.marks as [MarkGrid['marks'][0], MarkGrid['marks'][0], MarkGrid['marks'][0]];

/** An event on the element of mark `id` (or on the space between marks), as the chart sees it. */
const on = <E>(id: string | null, extra: object = {}) =>
	({
		target: { closest: () => (id === null ? null : { getAttribute: () => id }) },
		...extra
	}) as unknown as E;
const focusOn = (id: string) => on<FocusEvent>(id);
const pointerOn = (id: string | null, pointerType: string, relatedTo: string | null = null) =>
	on<PointerEvent>(id, { pointerType, relatedTarget: on<{ target: unknown }>(relatedTo).target });
const clickOn = (id: string) =>
	on<MouseEvent & { preventDefault: ReturnType<typeof vi.fn> }>(id, { preventDefault: vi.fn() });

/** The SVG the marks sit in: `[data-mark="id"]` finds an element whose focus() is recorded. */
function drawing() {
	const focused: string[] = [];
	const svg = {
		querySelector: (selector: string) => {
			const id = /data-mark="(.*)"/.exec(selector)?.[1];
			return id ? { focus: () => focused.push(id) } : null;
		}
	};
	return { focused, target: { closest: () => svg } };
}

const key = (k: string, currentTarget: unknown) =>
	({ key: k, preventDefault: vi.fn(), currentTarget }) as unknown as KeyboardEvent & {
		preventDefault: ReturnType<typeof vi.fn>;
	};

beforeAll(() => {
	// Node has no CSS.escape; the ids here need no escaping.
	globalThis.CSS ??= { escape: (s: string) => s } as typeof CSS;
});

describe('MarkFocus', () => {
	it('roving tabindex: the first mark until one is focused, then that one', () => {
		const focus = new MarkFocus();
		expect(grid.marks.map((m) => focus.tabIndex(grid, m.id))).toEqual([0, -1, -1]);
		const chart = focus.delegate(grid);
		chart.onfocusin(focusOn('b'));
		expect(grid.marks.map((m) => focus.tabIndex(grid, m.id))).toEqual([-1, 0, -1]);
		// Leaving the chart keeps the last mark as the way back in.
		chart.onfocusout(focusOn('b'));
		expect(focus.tabIndex(grid, 'b')).toBe(0);
		expect(focus.focused).toBeNull();
	});

	it('shows the hovered mark over the focused one, and Escape hides it until the next focus', () => {
		const focus = new MarkFocus();
		expect(focus.shown).toBeNull();
		const chart = focus.delegate(grid);
		chart.onfocusin(focusOn('a'));
		expect([focus.shown, focus.focused]).toEqual(['a', 'a']);
		chart.onpointerover(pointerOn('c', 'mouse'));
		expect(focus.shown).toBe('c');
		// From one part of c to another (its rect to its text) is still c.
		chart.onpointerout(pointerOn('c', 'mouse', 'c'));
		expect(focus.shown).toBe('c');
		chart.onpointerout(pointerOn('c', 'mouse', null));
		expect(focus.shown).toBe('a');
		focus.keydown(key('Escape', null), grid, a);
		expect(focus.shown).toBeNull();
		chart.onfocusin(focusOn('a'));
		expect(focus.shown).toBe('a');
		// Pointing between marks shows nothing new.
		chart.onpointerover(pointerOn(null, 'mouse'));
		expect(focus.shown).toBe('a');
	});

	it('a touch does not hover; the first tap shows the tooltip, the second follows the link', () => {
		const focus = new MarkFocus();
		const chart = focus.delegate(grid);
		chart.onpointerdown(pointerOn('b', 'touch'));
		chart.onpointerover(pointerOn('b', 'touch'));
		expect(focus.shown).toBeNull();
		const first = clickOn('b');
		chart.onclick(first);
		expect(first.preventDefault).toHaveBeenCalled();
		expect(focus.shown).toBe('b');
		const second = clickOn('b');
		chart.onclick(second);
		expect(second.preventDefault).not.toHaveBeenCalled();
	});

	it('a mouse click follows the link at once', () => {
		const focus = new MarkFocus();
		const chart = focus.delegate(grid);
		chart.onpointerdown(pointerOn('a', 'mouse'));
		const event = clickOn('a');
		chart.onclick(event);
		expect(event.preventDefault).not.toHaveBeenCalled();
	});

	it.each([
		// from, key, focused next (none: stays), takes Tab after
		[a, 'ArrowRight', ['b'], 'b'],
		[a, 'ArrowDown', ['c'], 'c'],
		[c, 'ArrowRight', [], 'a'], // the cell right of c is empty: nothing to move to
		[b, 'ArrowDown', ['c'], 'c'], // the nearest mark in the next row
		[b, 'Home', ['a'], 'a']
	])('from %j, %s moves focus to %j', (from, k, moved, stop) => {
		const focus = new MarkFocus();
		const { focused, target } = drawing();
		const event = Object.assign(key(k, target), on<object>(from.id));
		focus.delegate(grid).onkeydown(event);
		expect(focused).toEqual(moved);
		expect(event.preventDefault).toHaveBeenCalled();
		expect(focus.tabIndex(grid, stop)).toBe(0);
	});

	it('leaves other keys (Enter follows the link) to the browser', () => {
		const focus = new MarkFocus();
		const { focused, target } = drawing();
		const event = key('Enter', target);
		focus.keydown(event, grid, a);
		expect(event.preventDefault).not.toHaveBeenCalled();
		expect(focused).toEqual([]);
	});
});
