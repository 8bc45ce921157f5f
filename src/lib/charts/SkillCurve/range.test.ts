import { describe, expect, it } from 'vitest';
import { proficiencySpan, rangeChange } from './range';

const point = (step: string, level: number | null, proficiency: number, evidence: string[]) => ({
	step,
	level,
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
const rubric = [
	point('band-1', 4, 1, ['b1']),
	point('band-2', 4, 3, ['b2']),
	point('band-3', 4, 5, ['b3'])
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
		// The rubric: every band on one level, so all of them are at the top.
		[rubric, { from: 2, to: 5 }, [], [], null, 4, 4, ['band-1:b1', 'band-2:b2', 'band-3:b3']],
		[
			rubric,
			{ from: 4, to: 5 },
			['band-1', 'band-2', 'band-3'],
			[],
			null,
			4,
			4,
			['band-1:b1', 'band-2:b2', 'band-3:b3']
		],
		[[], { from: 1, to: 7 }, [], [], null, null, null, []]
	])('%#: %j', (points, range, atFrom, atTo, rise, bottom, top, newAtTop) => {
		const change = rangeChange(points, range);
		expect(change.atFrom.map((p) => p.step)).toEqual(atFrom);
		expect(change.atTo.map((p) => p.step)).toEqual(atTo);
		expect(change.rise).toBe(rise);
		expect([change.bottom, change.top]).toEqual([bottom, top]);
		expect(change.atBottom.every((p) => p.level === bottom)).toBe(true);
		expect(change.atTop.map((p) => p.step)).toEqual(
			points.filter((p) => p.level === top).map((p) => p.step)
		);
		expect(change.atBottom.length > 0).toBe(bottom !== null);
		expect(
			change.newAtTop.map((p) => `${p.step}:${p.evidence.map((e) => e.id).join(',')}`)
		).toEqual(newAtTop);
	});

	it('ignores points off the common scale', () => {
		const change = rangeChange([point('x', null, 6, ['x']), ...ladder], { from: 1, to: 7 });
		expect(change.top).toBe(6);
		expect(change.newAtTop.map((p) => p.step)).toEqual(['p6']);
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
