import { describe, expect, it } from 'vitest';
import { fold, foldQuery } from './fold';

describe('fold', () => {
	it.each([
		['Kubernetes', 'kubernetes'],
		['Résiliance', 'resiliance'],
		['SÉCURITÉ', 'securite'],
		['Tech LeadsÂ own', 'tech leadsa own'],
		['naïve façade', 'naive facade'],
		// "ß" would become "ss" and shift every later position: kept as it is.
		['Straße', 'straße'],
		// "İ" lower-cases to "i" + a combining dot, which folding drops.
		['İstanbul', 'istanbul'],
		['15–22 yrs', '15–22 yrs'],
		['', '']
	])('%j → %j, same length', (text, folded) => {
		expect(fold(text)).toBe(folded);
		expect(fold(text)).toHaveLength(text.length);
	});

	it('collapses and trims the whitespace of a query', () => {
		expect(foldQuery('  Golden \t PATH\n')).toBe('golden path');
	});
});
