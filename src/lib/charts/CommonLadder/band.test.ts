import { scaleBand } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { band } from './band';

describe('band', () => {
	it.each([
		// domain, range, padding
		[['a', 'b', 'c'], [0, 300], 0],
		[['a', 'b', 'c', 'd', 'e', 'f', 'g'], [62, 960], 0.06],
		[[1, 2, 3, 4, 5, 6, 7], [0, 328], 0.08],
		[['only'], [10, 50], 0.1],
		[[], [0, 100], 0]
	] as [string[] | number[], [number, number], number][])(
		'matches d3 scaleBand for %j over %j, padding %s',
		(domain, range, padding) => {
			const ours = band<string | number>(domain, range, padding);
			const d3 = scaleBand<string | number>().domain(domain).range(range).paddingInner(padding);
			for (const key of domain) expect(ours(key)).toBeCloseTo(d3(key)!, 6);
			expect(ours.bandwidth()).toBeCloseTo(d3.bandwidth(), 6);
			expect(ours.step()).toBeCloseTo(d3.step(), 6);
			expect(ours('missing')).toBeUndefined();
		}
	);
});
