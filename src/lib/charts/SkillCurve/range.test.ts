import { describe, expect, it } from 'vitest';
import { coversLevel, proficiencySpan, rangeChange } from './range';

/** A point on one level (a number) or a range ([min, max]), or off the scale (null). */
const point = (
	step: string,
	at: number | [number, number] | null,
	proficiency: number,
	evidence: string[]
) => ({
	step,
	placement:
		at === null ? null : typeof at === 'number' ? { min: at, max: at } : { min: at[0], max: at[1] },
	proficiency,
	evidence: evidence.map((id) => ({ id }))
});

// A ladder with a gap at P3, and P6 repeating one of P5's sentences (as a source might).
const ladder = [
	point('p1', 1, 1, ['p1-a']),
	point('p2', 2, 2, ['p2-a', 'p2-b']),
	point('p4', 4, 4, ['p4-a']),
	point('p5', 5, 5, ['p5-a', 'shared']),
	point('p6', 6, 5, ['shared', 'p6-a'])
];
// Steps on overlapping ranges, the last repeating the one before (the Platform Engineer Track).
const ranged = [
	point('l4', [2, 3], 2, ['l4-a']),
	point('l5', [3, 4], 3, ['l5-a']),
	point('l6', [4, 5], 4, ['l6-a']),
	point('l7', [4, 5], 4, ['l7-a'])
];

describe('rangeChange', () => {
	it.each([
		// points, range, atFrom steps, atTo steps, rise (top − bottom), bottom, top, new at top (step: evidence)
		[ladder, { from: 2, to: 5 }, ['p2'], ['p5'], 3, 2, 5, ['p5:p5-a,shared']],
		[ladder, { from: 5, to: 6 }, ['p5'], ['p6'], 0, 5, 6, ['p6:p6-a']],
		// The bottom of the range has no point: the lowest level inside it stands in.
		[ladder, { from: 3, to: 5 }, [], ['p5'], 1, 4, 5, ['p5:p5-a,shared']],
		// The top of the range has no point: the highest level inside it stands in.
		[ladder, { from: 1, to: 3 }, ['p1'], [], 1, 1, 2, ['p2:p2-a,p2-b']],
		// Neither end has a point, one level inside.
		[ladder, { from: 3, to: 3 }, [], [], null, null, null, []],
		[ladder, { from: 7, to: 7 }, [], [], null, null, null, []],
		[ladder, { from: 4, to: 4 }, ['p4'], ['p4'], 0, 4, 4, ['p4:p4-a']],
		// A step on a range is at every level it covers: two steps at P3, the repeat at the top.
		[ranged, { from: 3, to: 5 }, ['l4', 'l5'], ['l6', 'l7'], null, 3, 5, ['l6:l6-a', 'l7:l7-a']],
		[ranged, { from: 2, to: 2 }, ['l4'], ['l4'], 0, 2, 2, ['l4:l4-a']],
		// A range inside one step's range: the step is at both ends, so nothing is new at the top.
		[ranged.slice(2, 3), { from: 4, to: 5 }, ['l6'], ['l6'], 0, 4, 5, []],
		// A range that only overlaps a step's range (P5–P7 and a step at P4–P5).
		[ranged, { from: 5, to: 7 }, ['l6', 'l7'], [], 0, 5, 5, ['l6:l6-a', 'l7:l7-a']],
		[ranged, { from: 6, to: 7 }, [], [], null, null, null, []],
		[[], { from: 1, to: 7 }, [], [], null, null, null, []]
	])('%#: %j', (points, range, atFrom, atTo, rise, bottom, top, newAtTop) => {
		const change = rangeChange(points, range);
		expect(change.atFrom.map((p) => p.step)).toEqual(atFrom);
		expect(change.atTo.map((p) => p.step)).toEqual(atTo);
		expect(change.rise).toBe(rise);
		expect([change.bottom, change.top]).toEqual([bottom, top]);
		expect(change.atBottom.every((p) => coversLevel(p.placement, bottom!))).toBe(true);
		expect(change.atTop.map((p) => p.step)).toEqual(
			points.filter((p) => top !== null && coversLevel(p.placement, top)).map((p) => p.step)
		);
		expect(change.atBottom.length > 0).toBe(bottom !== null);
		expect(
			change.newAtTop.map((p) => `${p.step}:${p.evidence.map((e) => e.id).join(',')}`)
		).toEqual(newAtTop);
	});

	it('the rise needs one proficiency at each end', () => {
		const mixed = [point('a', [2, 3], 2, ['a']), point('b', 3, 4, ['b']), point('c', 5, 5, ['c'])];
		// P3 holds proficiencies 2 and 4: no single rise.
		expect(rangeChange(mixed, { from: 3, to: 5 }).rise).toBeNull();
		expect(rangeChange(mixed, { from: 2, to: 5 }).rise).toBe(3);
	});

	it('ignores points off the common scale (a rating band is not a level)', () => {
		const change = rangeChange([point('band', null, 6, ['x']), ...ladder], { from: 1, to: 7 });
		expect(change.top).toBe(6);
		expect(change.newAtTop.map((p) => p.step)).toEqual(['p6']);
		expect(rangeChange([point('band', null, 6, ['x'])], { from: 1, to: 7 }).top).toBeNull();
	});
});

describe('coversLevel', () => {
	it.each([
		[{ min: 2, max: 3 }, 2, true],
		[{ min: 2, max: 3 }, 3, true],
		[{ min: 2, max: 3 }, 4, false],
		[{ min: 4, max: 4 }, 4, true],
		[null, 4, false]
	])('%j covers P%i: %j', (span, level, expected) => {
		expect(coversLevel(span, level)).toBe(expected);
	});
});

describe('proficiencySpan', () => {
	it.each([
		[[], null],
		[[{ proficiency: 3 }], '3'],
		[[{ proficiency: 2 }, { proficiency: 2 }], '2'],
		[[{ proficiency: 5 }, { proficiency: 1 }, { proficiency: 3 }], '1–5']
	])('%j → %j', (points, expected) => {
		expect(proficiencySpan(points)).toBe(expected);
	});
});
