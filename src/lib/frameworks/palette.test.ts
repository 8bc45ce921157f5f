import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK_ORDER, frameworkColor, HUES, hueClass } from './palette';

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

describe('colour classes (app.css)', () => {
	const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
	/** `.hue-N { --fw: C; --swatch: C; }` as app.css writes them, by N. */
	const rules = [
		...css.matchAll(/\.hue-(\d+) \{\s*--fw: (#[0-9a-f]{6});\s*--swatch: (#[0-9a-f]{6});\s*\}/g)
	];

	it('has one class per colour, in the palette’s order, setting both properties to it', () => {
		expect(rules.map((r) => Number(r[1]))).toEqual(HUES.map((_, i) => i));
		expect(rules.map((r) => r[2])).toEqual(HUES);
		expect(rules.map((r) => r[3])).toEqual(HUES);
	});

	it('gives every framework, bundled or not, the class of its own colour', () => {
		for (const id of [...FRAMEWORK_ORDER, 'acme-ladder', 'x', 'harbour-data-engineering']) {
			const cls = hueClass(frameworkColor(id));
			const rule = rules.find((r) => `hue-${r[1]}` === cls);
			expect(rule?.[2], id).toBe(frameworkColor(id));
		}
		expect(hueClass('#123456')).toBe('');
		expect(hueClass(undefined)).toBe('');
	});
});
