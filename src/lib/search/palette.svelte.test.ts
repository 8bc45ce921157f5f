import { describe, expect, it } from 'vitest';
import { PaletteState } from './palette.svelte';

describe('PaletteState', () => {
	it('follows the way out a reading offers, and forgets it when the field is emptied', () => {
		const palette = new PaletteState([]);
		palette.setQuery('terraform P4');
		palette.follow({ label: 'Search the words “terraform P4” instead', literal: true });
		expect(palette.literal).toBe(true);
		expect(palette.query).toBe('terraform P4');
		palette.setQuery('terraform P5');
		expect(palette.literal).toBe(true);
		palette.setQuery('  ');
		expect(palette.literal).toBe(false);

		palette.setQuery('Senior Platform Engineer');
		palette.follow({ label: '…', literal: false, query: 'Platform Engineer P4–P5' });
		expect(palette.query).toBe('Platform Engineer P4–P5');
		expect(palette.literal).toBe(false);
	});
});
