import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../random';
import { isUnderRater, respondentAnswers } from './respondents';

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
