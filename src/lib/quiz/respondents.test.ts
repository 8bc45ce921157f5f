import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { isUnderRater, respondToStatements, respondentAnswers } from './respondents';

const steps = Array.from({ length: 7000 }, (_, i) => i % 7);
const yes = (a: number) => a >= 2;

describe('respondentAnswers', () => {
	it('without noise: yes at or below the true step, no above', () => {
		const answers = respondentAnswers(3, steps, false, { noise: 0, underRaters: 0 }, mulberry32(1));
		answers.forEach((a, i) => expect(yes(a)).toBe(steps[i]! <= 3));
		expect(new Set(answers)).toEqual(new Set([0, 1, 2, 3]));
	});

	it.each([0.1, 0.2])('flips about %f of the answers', (noise) => {
		const answers = respondentAnswers(3, steps, false, { noise, underRaters: 0 }, mulberry32(2));
		const flipped = answers.filter((a, i) => yes(a) !== steps[i]! <= 3).length / steps.length;
		expect(flipped).toBeGreaterThan(noise - 0.02);
		expect(flipped).toBeLessThan(noise + 0.02);
	});

	it('an under-rater answers one notch lower, never below Not yet', () => {
		const settings = { noise: 0, underRaters: 0.2 };
		const normal = respondentAnswers(3, steps, false, settings, mulberry32(3));
		const modest = respondentAnswers(3, steps, true, settings, mulberry32(3));
		modest.forEach((a, i) => expect(a).toBe(Math.max(0, normal[i]! - 1)));
		expect(modest).not.toContain(3);
	});
});

describe('respondToStatements', () => {
	const none = { noise: 0, underRaters: 0 };

	it('skips every statement from a source the person does not relate to', () => {
		const statements = steps.map((step) => ({ from: step, to: step, relates: step % 2 === 0 }));
		const answers = respondToStatements(3, statements, false, none, mulberry32(4));
		answers.forEach((a, i) => expect(a === 4).toBe(steps[i]! % 2 === 1));
	});

	it('a statement on steps 2–4: always yes at 4 and above, never below 2, sometimes between', () => {
		const statements = steps.map(() => ({ from: 2, to: 4, relates: true }));
		const yesShare = (trueStep: number) =>
			respondToStatements(trueStep, statements, false, none, mulberry32(trueStep)).filter(yes)
				.length / statements.length;
		expect(yesShare(1)).toBe(0);
		expect(yesShare(4)).toBe(1);
		expect(yesShare(3)).toBeGreaterThan(0.6);
		expect(yesShare(3)).toBeLessThan(0.73);
	});

	it.each([0.2, 0.5])('moves about %f of the answers one notch down', (share) => {
		// Everything below the true step: Consistently 70% and Usually 30% without the low answers.
		const statements = steps.map(() => ({ from: 0, to: 0, relates: true }));
		const answers = respondToStatements(
			3,
			statements,
			false,
			{ ...none, lowAnswers: share },
			mulberry32(5)
		);
		const shareOf = (code: number) => answers.filter((a) => a === code).length / answers.length;
		expect(shareOf(3)).toBeCloseTo(0.7 * (1 - share), 1);
		expect(shareOf(1)).toBeCloseTo(0.3 * share, 1);
		expect(shareOf(0)).toBe(0);
	});
});

describe('isUnderRater', () => {
	it.each([
		[0.2, 100, 20],
		[0.5, 100, 50],
		[0, 100, 0]
	])('share %f of %i people → %i', (share, people, expected) => {
		const count = Array.from({ length: people }, (_, n) => isUnderRater(n, share)).filter(
			Boolean
		).length;
		expect(count).toBe(expected);
	});
});

it('shares no code with the engine’s likelihood', () => {
	const source = readFileSync(join(import.meta.dirname, 'respondents.ts'), 'utf8');
	const imports = [...source.matchAll(/^import .* from '([^']+)'/gm)].map((m) => m[1]);
	expect(imports).toEqual([]);
});
