import { describe, expect, it } from 'vitest';
import { countWord } from './labels';

describe('countWord', () => {
	it.each([
		[0, 'no'],
		[1, 'one'],
		[5, 'five'],
		[10, 'ten'],
		[11, '11'],
		[120, '120']
	])('%i → %s', (n, words) => {
		expect(countWord(n)).toBe(words);
	});
});
