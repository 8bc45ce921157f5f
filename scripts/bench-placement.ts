// Placement benchmark for `npm run bench`: simulated people at every true step take the adaptive
// quiz. The respondents answer from their own noisy threshold model (src/lib/quiz/respondents.ts),
// which shares no code with the engine's likelihood (src/lib/quiz/model.ts), so the engine is not
// graded on its own assumptions.
// - 002's track (issue 5): 20% of the people answer one notch low; beside the adaptive quiz, the
//   fixed form (every statement answered, placed by the same engine's posterior).
// - The platform family (issue 8), per true level, for people who answer 002's statements from
//   002's own levels: (a) answering every statement from its placement, (b) relating only to 002
//   and skipping every other statement, (c) as (b) with 20% of answers one notch low.
// `npx tsx scripts/bench-placement.ts [--seed N] [--people N]` runs it alone (no build needed).
import { parseArgs } from 'node:util';
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
	respondToStatements,
	type RespondentSettings
} from '../src/lib/quiz/respondents';
import { loadBundled } from './bundled';

/** The seed the reported figures come from; the engine was tuned on others (7; 8 and 9 checked). */
export const REPORT_SEED = 20240605;
/**
 * Simulated people per true step. A per-level share near 99% moves by about ±0.2 points at 2,000
 * people (the 95% interval is printed), so the worst of seven levels is not mostly sampling luck.
 */
const PEOPLE = 2000;
const REFERENCE = 'infrastructure-platform-engineering';

/** Issue 8's targets for (b) at 10% noise, at every true level. */
const TARGETS = { exact: 0.85, withinOne: 0.99, confident: 0.9, median: 10, p90: 14 };

interface Quiz {
	placed: number;
	confident: boolean;
	questions: number;
	/** The fixed form's placement: every statement put to the person (skips stay skips). */
	fixed: number;
}

/** One respondent through the adaptive quiz, and through the fixed form for comparison. */
function takeQuiz(bank: Bank, answers: readonly number[], seed: number): Quiz {
	const engine = createEngine(bank, seed);
	let state = startState(engine);
	while (stopReason(engine, state) === null) {
		const item = nextItem(engine, state)!;
		state = respond(engine, state, item, answers[item] as Response['answer']);
	}
	const all = answers.map((answer, item) => ({ item, answer }) as Response);
	return {
		placed: topStep(state.posterior),
		confident: stopReason(engine, state) === 'confident',
		questions: state.responses.length,
		fixed: topStep(replay(engine, all).posterior)
	};
}

interface Scenario {
	settings: RespondentSettings;
	/** Whether the person relates to a statement's source (they skip it otherwise). */
	relates: (item: Bank['items'][number]) => boolean;
}

/** `people` respondents at every true step of the bank; their quizzes, by true step. */
function simulate(bank: Bank, scenario: Scenario, people: number, seed: number): Quiz[][] {
	const random = mulberry32(seed);
	const statements = bank.items.map((item) => ({
		from: item.step,
		to: item.to,
		relates: scenario.relates(item)
	}));
	return bank.steps.map((_, trueStep) =>
		Array.from({ length: people }, (_, n) => {
			// Exactly the chosen share of under-raters at every step (every fifth person at 20%).
			const underRater = isUnderRater(n, scenario.settings.underRaters);
			const answers = respondToStatements(
				trueStep,
				statements,
				underRater,
				scenario.settings,
				random
			);
			return takeQuiz(bank, answers, Math.floor(random() * 2 ** 32));
		})
	);
}

function quantile(sorted: readonly number[], q: number): number {
	const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
	return sorted[Math.max(0, i)]!;
}

interface Figures {
	people: number;
	exact: number;
	withinOne: number;
	confident: number;
	median: number;
	p90: number;
	fixedExact: number;
	fixedWithinOne: number;
}

function figures(quizzes: readonly Quiz[], trueSteps: readonly number[]): Figures {
	const share = (test: (q: Quiz, trueStep: number) => boolean) =>
		quizzes.filter((q, i) => test(q, trueSteps[i]!)).length / quizzes.length;
	const questions = quizzes.map((q) => q.questions).sort((a, b) => a - b);
	return {
		people: quizzes.length,
		exact: share((q, t) => q.placed === t),
		withinOne: share((q, t) => Math.abs(q.placed - t) <= 1),
		confident: share((q) => q.confident),
		median: quantile(questions, 0.5),
		p90: quantile(questions, 0.9),
		fixedExact: share((q, t) => q.fixed === t),
		fixedWithinOne: share((q, t) => Math.abs(q.fixed - t) <= 1)
	};
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const NOISES = [0.1, 0.2];

function banks() {
	const { frameworks } = loadBundled();
	const reference = frameworks.find((f) => f.id === REFERENCE)!;
	return {
		track: trackBank(reference, 'infrastructure-platform')!,
		family: familyBank(frameworks, PLATFORM_FAMILY)
	};
}

/** 002's track (issue 5): adaptive quiz and fixed form, all true steps together. */
export function trackRows(people = PEOPLE, seed = REPORT_SEED) {
	const { track } = banks();
	return NOISES.map((noise) => {
		const byStep = simulate(
			track,
			{ settings: { noise, underRaters: 0.2 }, relates: () => true },
			people,
			seed
		);
		const f = figures(
			byStep.flat(),
			byStep.flatMap((quizzes, step) => quizzes.map(() => step))
		);
		return {
			bank: '002 infrastructure-platform',
			noise: percent(noise),
			people: f.people,
			exact: percent(f.exact),
			'±1': percent(f.withinOne),
			'median Q': f.median,
			'p90 Q': f.p90,
			'fixed exact': percent(f.fixedExact),
			'fixed ±1': percent(f.fixedWithinOne),
			'fixed Q': track.items.length
		};
	});
}

const FAMILY_SCENARIOS = {
	'(a) answers every statement': { lowAnswers: 0, onlyReference: false },
	'(b) relates to 002 only': { lowAnswers: 0, onlyReference: true },
	'(c) as (b), 20% of answers low': { lowAnswers: 0.2, onlyReference: true }
} as const;

export type FamilyScenario = keyof typeof FAMILY_SCENARIOS;

/** The family quiz's figures per scenario, noise and true level (index 0 = P1). */
export function familyFigures(people = PEOPLE, seed = REPORT_SEED) {
	const { family } = banks();
	const results: { scenario: FamilyScenario; noise: number; levels: Figures[] }[] = [];
	for (const [scenario, s] of Object.entries(FAMILY_SCENARIOS) as [
		FamilyScenario,
		(typeof FAMILY_SCENARIOS)[FamilyScenario]
	][]) {
		for (const noise of NOISES) {
			const relates = (item: Bank['items'][number]) =>
				!s.onlyReference || item.source.framework === REFERENCE;
			const settings = { noise, underRaters: 0, lowAnswers: s.lowAnswers };
			const byStep = simulate(family, { settings, relates }, people, seed);
			const levels = byStep.map((quizzes, step) =>
				figures(
					quizzes,
					quizzes.map(() => step)
				)
			);
			results.push({ scenario, noise, levels });
		}
	}
	return results;
}

/** The worst true level of each figure: the one the targets hold to. */
function worst(levels: readonly Figures[]) {
	return {
		exact: Math.min(...levels.map((f) => f.exact)),
		withinOne: Math.min(...levels.map((f) => f.withinOne)),
		confident: Math.min(...levels.map((f) => f.confident)),
		median: Math.max(...levels.map((f) => f.median)),
		p90: Math.max(...levels.map((f) => f.p90))
	};
}

export function familyRows(results: ReturnType<typeof familyFigures>) {
	return results.flatMap(({ scenario, noise, levels }) => {
		const rows = levels.map((f, step) => ({
			scenario,
			noise: percent(noise),
			level: `P${step + 1}`,
			people: f.people,
			exact: percent(f.exact),
			'±1': percent(f.withinOne),
			confident: percent(f.confident),
			'median Q': f.median,
			'p90 Q': f.p90
		}));
		const w = worst(levels);
		return [
			...rows,
			{
				scenario,
				noise: percent(noise),
				level: 'worst',
				people: levels.reduce((n, f) => n + f.people, 0),
				exact: percent(w.exact),
				'±1': percent(w.withinOne),
				confident: percent(w.confident),
				'median Q': w.median,
				'p90 Q': w.p90
			}
		];
	});
}

/** A 95% Wilson interval for a share of `n` people: how far sampling alone can move it. */
function interval(share: number, n: number): string {
	const z = 1.96;
	const centre = (share + (z * z) / (2 * n)) / (1 + (z * z) / n);
	const half =
		(z * Math.sqrt((share * (1 - share)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
	return `${percent(centre - half)}–${percent(centre + half)}`;
}

/** Whether (b) at 10% noise meets issue 8's targets at every true level, figure by figure. */
export function targetCheck(results: ReturnType<typeof familyFigures>) {
	const b = results.find((r) => r.scenario === '(b) relates to 002 only' && r.noise === 0.1)!;
	const shareRow = (figure: string, key: 'exact' | 'withinOne' | 'confident') => {
		const values = b.levels.map((f) => f[key]);
		const level = values.indexOf(Math.min(...values));
		const f = b.levels[level]!;
		return {
			figure,
			'worst level': `P${level + 1}`,
			value: percent(f[key]),
			'95% interval': interval(f[key], f.people),
			target: `≥ ${percent(TARGETS[key])}`,
			met: f[key] >= TARGETS[key] ? 'yes' : 'NO'
		};
	};
	const countRow = (figure: string, key: 'median' | 'p90') => {
		const values = b.levels.map((f) => f[key]);
		const worstValue = Math.max(...values);
		return {
			figure,
			'worst level': `P${values.indexOf(worstValue) + 1}`,
			value: String(worstValue),
			'95% interval': '',
			target: `≤ ${TARGETS[key]}`,
			met: worstValue <= TARGETS[key] ? 'yes' : 'NO'
		};
	};
	return [
		shareRow('exact', 'exact'),
		shareRow('±1', 'withinOne'),
		shareRow('ends confident', 'confident'),
		countRow('median Q', 'median'),
		countRow('p90 Q', 'p90')
	];
}

export function benchPlacement(people = PEOPLE, seed = REPORT_SEED): void {
	console.log(
		`\nPlacement quiz, 002's track: ${people} simulated people at every true step, 20% of them answering one notch low; adaptive quiz vs the fixed form (every statement answered, placed by the same posterior). Q = questions asked. Seed ${seed}.`
	);
	console.table(trackRows(people, seed));
	const results = familyFigures(people, seed);
	console.log(
		`\nPlacement quiz, platform family (${PLATFORM_FAMILY.id}), per true level: ${people} simulated people at each, answering 002's statements from 002's own levels. (a) answers every statement from its placement; (b) relates only to 002 and skips every other statement; (c) as (b), with 20% of answers one notch low. Confident = ends with ≥ 80% on one step. Q = questions asked, skips included. Seed ${seed}.`
	);
	console.table(familyRows(results));
	console.log('\nIssue 8 targets for (b) at 10% noise, at the worst true level:');
	console.table(targetCheck(results));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values } = parseArgs({
		options: { seed: { type: 'string' }, people: { type: 'string' } }
	});
	benchPlacement(Number(values.people ?? PEOPLE), Number(values.seed ?? REPORT_SEED));
}
