import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, endorsement, likelihoodTable, rangeLikelihood } from './model';

const kindsAndStyles = (['cumulative', 'ideal-point'] as const).flatMap((kind) =>
	DEFAULT_PARAMS.styles.map((style) => [kind, style.name, style] as const)
);

describe('likelihoodTable', () => {
	it.each(kindsAndStyles)(
		'%s, %s style: for every person and statement step, the four answers sum to 1',
		(kind, _, style) => {
			const table = likelihoodTable(kind, 7, style);
			for (let j = 0; j < 7; j++) {
				for (let s = 0; s < 7; s++) {
					const total = [0, 1, 2, 3].reduce((sum, a) => sum + table[j]![a]![s]!, 0);
					expect(total).toBeCloseTo(1, 12);
				}
			}
		}
	);

	it('answer styles: shares sum to 1, and each style’s answers sum to 1', () => {
		const styles = DEFAULT_PARAMS.styles;
		expect(styles.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 12);
		for (const s of styles) {
			expect(s.endorsed.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
			expect(s.notEndorsed.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		}
	});
});

describe('rangeLikelihood', () => {
	const table = likelihoodTable('cumulative', 7, DEFAULT_PARAMS.styles[0]!);

	it.each([
		[2, 2],
		[2, 3],
		[3, 5]
	])('steps %i–%i: the average of their rows, still a distribution', (from, to) => {
		const range = rangeLikelihood(table, from, to);
		for (let s = 0; s < 7; s++) {
			for (let a = 0; a < 4; a++) {
				let mean = 0;
				for (let j = from; j <= to; j++) mean += table[j]![a]![s]! / (to - from + 1);
				expect(range[a]![s]).toBeCloseTo(mean, 12);
			}
			expect([0, 1, 2, 3].reduce((sum, a) => sum + range[a]![s]!, 0)).toBeCloseTo(1, 12);
		}
	});
});

describe('endorsement', () => {
	it('ladder: rises with the person’s step, from the lapse floor to the lapse ceiling', () => {
		const e = [0, 1, 2, 3, 4, 5, 6].map((s) => endorsement('cumulative', DEFAULT_PARAMS, s, 3));
		for (let s = 1; s < 7; s++) expect(e[s]).toBeGreaterThan(e[s - 1]!);
		expect(e[0]).toBeGreaterThanOrEqual(DEFAULT_PARAMS.lapse);
		expect(e[6]).toBeLessThanOrEqual(1 - DEFAULT_PARAMS.lapse);
		// At the statement's own step a person usually does it; one step below, usually not.
		expect(e[3]).toBeGreaterThan(0.5);
		expect(e[2]).toBeLessThan(0.5);
	});

	it('rubric: peaks at the statement’s band and falls off symmetrically', () => {
		const e = [0, 1, 2, 3, 4, 5, 6].map((s) => endorsement('ideal-point', DEFAULT_PARAMS, s, 3));
		expect(Math.max(...e)).toBe(e[3]);
		expect(e[2]).toBeCloseTo(e[4]!, 12);
		expect(e[1]).toBeLessThan(e[2]!);
		expect(e[0]).toBeGreaterThanOrEqual(DEFAULT_PARAMS.lapse);
	});
});
