// Placement benchmark for `npm run bench`: simulated people at every true step take the adaptive
// quiz and, side by side, the fixed form (every statement of the bank, placed by the same engine's
// posterior after all answers). The respondents answer from their own noisy threshold model
// (src/lib/quiz/respondents.ts), which shares no code with the engine's likelihood
// (src/lib/quiz/model.ts), so the engine is not graded on its own assumptions.
import { PLATFORM_FAMILY, familyBank, trackBank, type Bank } from '../src/lib/quiz/banks';
import {
	createEngine,
	nextItem,
	replay,
	respond,
	startState,
	stopReason,
	topStep,
	type Response
} from '../src/lib/quiz/engine';
import { mulberry32 } from '../src/lib/random';
import {
	isUnderRater,
	respondentAnswers,
	type RespondentSettings
} from '../src/lib/quiz/respondents';
import { loadBundled } from './bundled';

interface Outcome {
	exact: number;
	withinOne: number;
	questions: number[];
	fixedExact: number;
	fixedWithinOne: number;
	fixedQuestions: number;
	people: number;
}

function quantile(sorted: number[], q: number): number {
	const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
	return sorted[Math.max(0, i)]!;
}

/** Runs `perStep` respondents at every true step of the bank through both forms. */
export function simulate(
	bank: Bank,
	settings: RespondentSettings,
	perStep: number,
	seed: number
): Outcome {
	const random = mulberry32(seed);
	const steps = bank.items.map((i) => i.step);
	const outcome: Outcome = {
		exact: 0,
		withinOne: 0,
		questions: [],
		fixedExact: 0,
		fixedWithinOne: 0,
		fixedQuestions: bank.items.length,
		people: 0
	};
	for (let trueStep = 0; trueStep < bank.steps.length; trueStep++) {
		for (let n = 0; n < perStep; n++) {
			// Exactly the chosen share of under-raters at every step (every fifth person at 20%).
			const underRater = isUnderRater(n, settings.underRaters);
			const answers = respondentAnswers(trueStep, steps, underRater, settings, random);
			const engine = createEngine(bank, Math.floor(random() * 2 ** 32));

			let state = startState(engine);
			while (stopReason(engine, state) === null) {
				const item = nextItem(engine, state)!;
				state = respond(engine, state, item, answers[item]!);
			}
			const placed = topStep(state.posterior);
			outcome.exact += Number(placed === trueStep);
			outcome.withinOne += Number(Math.abs(placed - trueStep) <= 1);
			outcome.questions.push(state.responses.length);

			// The fixed form: every statement answered, placed by the same posterior.
			const all: Response[] = answers.map((answer, item) => ({ item, answer }));
			const fixed = topStep(replay(engine, all).posterior);
			outcome.fixedExact += Number(fixed === trueStep);
			outcome.fixedWithinOne += Number(Math.abs(fixed - trueStep) <= 1);
			outcome.people++;
		}
	}
	return outcome;
}

const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

/** The placement table: 002's track and the platform family, at 10% and 20% noise. */
export function placementRows(perStep = 300, seed = 20240605) {
	const { frameworks } = loadBundled();
	const reference = frameworks.find((f) => f.id === 'infrastructure-platform-engineering')!;
	const banks = [
		trackBank(reference, 'infrastructure-platform')!,
		familyBank(frameworks, PLATFORM_FAMILY)
	];
	const rows = [];
	for (const bank of banks) {
		for (const noise of [0.1, 0.2]) {
			const o = simulate(bank, { noise, underRaters: 0.2 }, perStep, seed);
			const sorted = [...o.questions].sort((a, b) => a - b);
			rows.push({
				bank: bank.kind === 'family' ? 'platform family, P1–P7' : '002 infrastructure-platform',
				noise: `${noise * 100}%`,
				people: o.people,
				exact: percent(o.exact, o.people),
				'±1': percent(o.withinOne, o.people),
				'median Q': quantile(sorted, 0.5),
				'p90 Q': quantile(sorted, 0.9),
				'fixed exact': percent(o.fixedExact, o.people),
				'fixed ±1': percent(o.fixedWithinOne, o.people),
				'fixed Q': o.fixedQuestions
			});
		}
	}
	return rows;
}

export function benchPlacement(perStep?: number): void {
	console.log(
		'\nPlacement quiz: simulated people at every true step, 20% of them answering one notch low; adaptive quiz vs the fixed form (every statement answered, placed by the same posterior). Q = questions asked.'
	);
	console.table(placementRows(perStep));
}

if (import.meta.url === `file://${process.argv[1]}`) benchPlacement();
