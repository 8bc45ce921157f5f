// Simulated respondents for the placement benchmark (scripts/bench-placement.ts). Deliberately
// independent of the engine: no import from ./model or ./engine (a test checks), so the benchmark
// does not grade the engine on its own assumptions.

export interface RespondentSettings {
	/** Share of answers flipped at random (does ↔ does not). */
	noise: number;
	/** Share of respondents who answer one notch lower on the scale than they should. */
	underRaters: number;
	/** Share of answers, any respondent's, one notch lower than they should be. */
	lowAnswers?: number;
}

/**
 * Answer codes as the quiz numbers them: 0 Not yet, 1 Sometimes, 2 Usually, 3 Consistently, and
 * 4 Skip (a statement the person does not relate to).
 */
export type RespondentAnswer = 0 | 1 | 2 | 3 | 4;

const SKIPPED = 4;

/** A statement as a respondent sees it. */
export interface RespondentStatement {
	/** The lowest and highest step it is placed at (the same step twice for one step). */
	from: number;
	to: number;
	/** Whether the person relates to its source: they skip it when not. */
	relates: boolean;
}

/**
 * A noisy threshold model: a person at step s does every statement at or below s and nothing
 * above; for a statement placed on a range, where in the range it really sits is a coin toss per
 * answer. A share of answers is then flipped at random; then a strong answer (70%) or a softer
 * one on the matching side of the scale. An under-rater moves every answer one notch down
 * (Consistently → Usually, Usually → Sometimes, Sometimes → Not yet), and so does a share of
 * everyone's answers when `lowAnswers` is set. Statements the person does not relate to are
 * skipped.
 */
export function respondToStatements(
	trueStep: number,
	statements: readonly RespondentStatement[],
	underRater: boolean,
	settings: RespondentSettings,
	random: () => number
): RespondentAnswer[] {
	return statements.map(({ from, to, relates }) => {
		if (!relates) return SKIPPED;
		// Random draws only where they matter, so statements at one step use the same stream.
		const sits = to > from ? from + Math.floor(random() * (to - from + 1)) : from;
		let does = trueStep >= sits;
		if (random() < settings.noise) does = !does;
		const strong = random() < 0.7;
		const answer = does ? (strong ? 3 : 2) : strong ? 0 : 1;
		const lowAnswer = (settings.lowAnswers ?? 0) > 0 && random() < settings.lowAnswers!;
		return (underRater || lowAnswer ? Math.max(0, answer - 1) : answer) as RespondentAnswer;
	});
}

/** `respondToStatements` for statements at one step each, all of which the person relates to. */
export function respondentAnswers(
	trueStep: number,
	statementSteps: readonly number[],
	underRater: boolean,
	settings: RespondentSettings,
	random: () => number
): RespondentAnswer[] {
	const statements = statementSteps.map((step) => ({ from: step, to: step, relates: true }));
	return respondToStatements(trueStep, statements, underRater, settings, random);
}

/** Whether respondent `n` (0-based) of a group under-rates: exactly the chosen share, spread out. */
export function isUnderRater(n: number, share: number): boolean {
	if (share <= 0) return false;
	return n % Math.round(1 / share) === 0;
}
