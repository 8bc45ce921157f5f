import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { polyline } from './polyline';

describe('polyline', () => {
	it('writes the same path data as d3-shape’s line with one decimal', () => {
		const runs: [number, number][][] = [
			[
				[0, 0],
				[10.04, 20.06]
			],
			[
				[1.25, 3.75],
				[2.5, 7.333],
				[100, 0.05],
				[-4.44, 12]
			]
		];
		const d3 = line().digits(1);
		for (const r of runs) expect(polyline(r)).toBe(d3(r));
	});

	it('writes nothing for no points', () => {
		expect(polyline([])).toBe('');
	});
});
