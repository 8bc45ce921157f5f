import { describe, expect, it } from 'vitest';
import { FRAMEWORK_ORDER, frameworkColor } from './palette';

describe('framework colours', () => {
	it('gives each bundled framework its own colour', () => {
		const colours = FRAMEWORK_ORDER.map((id) => frameworkColor(id));
		expect(new Set(colours).size).toBe(FRAMEWORK_ORDER.length);
	});

	it('gives any other framework a colour of its own id, the same every time, none a bundled one’s', () => {
		const bundled = new Set(FRAMEWORK_ORDER.map((id) => frameworkColor(id)));
		const ids = ['acme-ladder', 'harbour-data-engineering', 'support-engineering', 'x', 'y-2'];
		const colours = ids.map((id) => frameworkColor(id));
		expect(ids.map((id) => frameworkColor(id))).toEqual(colours);
		for (const c of colours) expect(bundled.has(c)).toBe(false);
		// Several frameworks are told apart: not all one colour.
		expect(new Set(colours).size).toBeGreaterThan(1);
	});
});
