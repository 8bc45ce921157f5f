// The growth plan a result leads with, ready for a 1:1: the few next-step statements a person is
// furthest from, grouped by skill, and the handful of skills that matter most for that step; the
// rest of what the step asks comes after. Pure: the result page and its Markdown share it.
import type { Bank } from './banks';
import { NOT_YET, SOMETIMES, type AnswerCode } from './model';
import type { Placement } from './result';

/** At most this many statements lead the plan; the rest sit behind a disclosure. */
export const PLAN_SIZE = 7;
/** At most this many skills are named as the ones that matter most. */
export const KEY_SKILLS = 5;

export interface PlanItem {
	item: number;
	/** How it was answered, or null when the quiz did not ask it. */
	answer: AnswerCode | null;
}

export interface GrowthPlan {
	/** The statements the person is furthest from, at most PLAN_SIZE, by skill (null: none). */
	groups: { skill: string | null; items: PlanItem[] }[];
	/** The rest the next step asks for: answered ones beyond the plan, then those not asked. */
	more: PlanItem[];
	/** The skills that matter most for the next step, most first. */
	keySkills: string[];
	/** The other skills its statements name. */
	otherSkills: string[];
}

/** How far an answer says the person is from a statement: "Not yet" is further than "Sometimes". */
const distance = (answer: AnswerCode | null) =>
	answer === NOT_YET ? 2 : answer === SOMETIMES ? 1 : 0.5;

export function growthPlan(
	bank: Pick<Bank, 'items'>,
	placement: Pick<Placement, 'growth' | 'notAsked'>
): GrowthPlan {
	const answered: PlanItem[] = placement.growth.map((g) => ({ item: g.item, answer: g.answer }));
	const notAsked: PlanItem[] = placement.notAsked.map((item) => ({ item, answer: null }));

	// A skill weighs what the next step asks of it, counted by how far the person is from each.
	const weight = new Map<string, number>();
	for (const p of [...answered, ...notAsked]) {
		for (const skill of bank.items[p.item]!.skills) {
			weight.set(skill, (weight.get(skill) ?? 0) + distance(p.answer));
		}
	}
	const skillsByWeight = [...weight]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([skill]) => skill);
	const skillRank = new Map(skillsByWeight.map((s, i) => [s, i]));
	const reach = (p: PlanItem) =>
		bank.items[p.item]!.skills.reduce((sum, s) => sum + (weight.get(s) ?? 0), 0);
	const bestSkill = (p: PlanItem) =>
		[...bank.items[p.item]!.skills].sort((a, b) => skillRank.get(a)! - skillRank.get(b)!)[0] ??
		null;

	const ranked = [...answered].sort(
		(a, b) => distance(b.answer) - distance(a.answer) || reach(b) - reach(a) || a.item - b.item
	);
	const lead = ranked.slice(0, PLAN_SIZE);
	const groups: GrowthPlan['groups'] = [];
	for (const p of lead) {
		const skill = bestSkill(p);
		const group = groups.find((g) => g.skill === skill);
		if (group) group.items.push(p);
		else groups.push({ skill, items: [p] });
	}
	return {
		groups,
		more: [...ranked.slice(PLAN_SIZE), ...notAsked],
		keySkills: skillsByWeight.slice(0, KEY_SKILLS),
		otherSkills: skillsByWeight.slice(KEY_SKILLS)
	};
}
