import { describe, expect, it } from 'vitest';
import { mulberry32, randomSeed, shuffledIndices } from './random';

describe('mulberry32', () => {
	it('gives the same sequence for the same seed, and another for another seed', () => {
		const take = (seed: number) => {
			const random = mulberry32(seed);
			return Array.from({ length: 5 }, () => random());
		};
		expect(take(42)).toEqual(take(42));
		expect(take(43)).not.toEqual(take(42));
	});

	// Worked out from the reference C code of mulberry32, outside this module.
	it('is the reference mulberry32 sequence (seed 1), so figures compare across versions', () => {
		const random = mulberry32(1);
		const first = Array.from({ length: 3 }, () => Math.round(random() * 1e6));
		expect(first).toEqual([627074, 2736, 527447]);
	});

	it('stays in [0, 1) and spreads over it', () => {
		const random = mulberry32(7);
		const values = Array.from({ length: 10_000 }, () => random());
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		expect(mean).toBeGreaterThan(0.48);
		expect(mean).toBeLessThan(0.52);
	});
});

describe('shuffledIndices', () => {
	it.each([0, 1, 2, 10, 35])('is a permutation of 0..%i-1', (n) => {
		const order = shuffledIndices(n, 3);
		expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
	});

	it('depends on the seed only', () => {
		expect(shuffledIndices(20, 5)).toEqual(shuffledIndices(20, 5));
		expect(shuffledIndices(20, 5)).not.toEqual(shuffledIndices(20, 6));
	});
});

describe('randomSeed', () => {
	it('is a 32-bit unsigned integer', () => {
		for (let i = 0; i < 20; i++) {
			const seed = randomSeed();
			expect(Number.isInteger(seed)).toBe(true);
			expect(seed).toBeGreaterThanOrEqual(0);
			expect(seed).toBeLessThan(2 ** 32);
		}
	});
});
