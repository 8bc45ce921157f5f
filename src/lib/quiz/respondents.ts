// Simulated respondents for the placement benchmark (scripts/bench-placement.ts). Deliberately
// independent of the engine: no import from ./model or ./engine (a test checks), so the benchmark
// does not grade the engine on its own assumptions.

export interface RespondentSettings {
	/** Share of answers flipped at random (does ↔ does not). */
	noise: number;
	/** Share of respondents who answer one notch lower on the scale than they should. */
	underRaters: number;
}

/** Answer codes as the quiz numbers them: 0 Not yet, 1 Sometimes, 2 Usually, 3 Consistently. */
export type RespondentAnswer = 0 | 1 | 2 | 3;

/**
 * A noisy threshold model: a person at step s does every statement at or below s and nothing
 * above; a share of those is flipped at random; then a strong answer (70%) or a softer one on the
 * matching side of the scale. An under-rater moves every answer one notch down (Consistently →
 * Usually, Usually → Sometimes, Sometimes → Not yet).
 */
export function respondentAnswers(
	trueStep: number,
	statementSteps: readonly number[],
	underRater: boolean,
	settings: RespondentSettings,
	random: () => number
): RespondentAnswer[] {
	return statementSteps.map((step) => {
		let does = trueStep >= step;
		if (random() < settings.noise) does = !does;
		const strong = random() < 0.7;
		const answer = does ? (strong ? 3 : 2) : strong ? 0 : 1;
		return (underRater ? Math.max(0, answer - 1) : answer) as RespondentAnswer;
	});
}

/** Whether respondent `n` (0-based) of a group under-rates: exactly the chosen share, spread out. */
export function isUnderRater(n: number, share: number): boolean {
	if (share <= 0) return false;
	return n % Math.round(1 / share) === 0;
}
