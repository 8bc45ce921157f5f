import { describe, expect, it } from 'vitest';
import { moveInGrid } from './keyboard';

// A 3 × 4 grid with holes: "x" marks exist, "." are empty.
const layout = ['xx.x', '....', '.x.x'];
const present = (r: number, c: number) => layout[r]?.[c] === 'x';

describe('moveInGrid', () => {
	it.each([
		// from, key, expected
		[[0, 0], 'ArrowRight', [0, 1]],
		[[0, 1], 'ArrowRight', [0, 3]], // skips the hole
		[[0, 3], 'ArrowRight', [0, 3]], // stays at the end
		[[0, 3], 'ArrowLeft', [0, 1]],
		[[0, 0], 'ArrowLeft', [0, 0]],
		[[0, 1], 'ArrowDown', [2, 1]], // skips the empty row, same column
		[[0, 0], 'ArrowDown', [2, 1]], // nearest column in the next row with marks
		[[2, 3], 'ArrowUp', [0, 3]],
		[[2, 1], 'ArrowDown', [2, 1]], // no row below
		[[2, 3], 'Home', [2, 1]],
		[[0, 0], 'End', [0, 3]]
	])('from %j, %s → %j', (from, key, expected) => {
		const next = moveInGrid({ row: from[0]!, col: from[1]! }, key, 3, 4, present);
		expect(next).toEqual({ row: expected[0], col: expected[1] });
	});

	it('ignores keys that do not navigate', () => {
		expect(moveInGrid({ row: 0, col: 0 }, 'Enter', 3, 4, present)).toBeNull();
		expect(moveInGrid({ row: 0, col: 0 }, 'a', 3, 4, present)).toBeNull();
	});

	it('works on a single row (a line of points)', () => {
		expect(moveInGrid({ row: 0, col: 2 }, 'ArrowRight', 1, 5)).toEqual({ row: 0, col: 3 });
		expect(moveInGrid({ row: 0, col: 2 }, 'ArrowUp', 1, 5)).toEqual({ row: 0, col: 2 });
	});

	it('stays put in an empty grid', () => {
		expect(moveInGrid({ row: 0, col: 0 }, 'ArrowRight', 1, 1, () => false)).toEqual({
			row: 0,
			col: 0
		});
	});
});
