import { describe, expect, it } from 'vitest';
import { NOT_YET, SOMETIMES } from './model';
import { growthPlan, KEY_SKILLS, PLAN_SIZE } from './plan';

/** A bank of next-step statements, each with the skills it names. */
const bank = (skills: string[][]) => ({
	items: skills.map((s, i) => ({ id: `i${i}`, skills: s })) as never
});

describe('growthPlan', () => {
	it('leads with what the person is furthest from: "Not yet" before "Sometimes"', () => {
		const plan = growthPlan(bank([['a'], ['b'], ['c']]), {
			growth: [
				{ item: 0, answer: SOMETIMES },
				{ item: 1, answer: NOT_YET },
				{ item: 2, answer: SOMETIMES }
			],
			notAsked: []
		});
		expect(plan.groups.flatMap((g) => g.items.map((i) => i.item))).toEqual([1, 0, 2]);
	});

	it('shows at most PLAN_SIZE statements; the rest, then those not asked, come after', () => {
		const growth = Array.from({ length: PLAN_SIZE + 3 }, (_, item) => ({
			item,
			answer: NOT_YET as typeof NOT_YET
		}));
		const notAsked = [PLAN_SIZE + 3, PLAN_SIZE + 4];
		const plan = growthPlan(bank(Array.from({ length: PLAN_SIZE + 5 }, () => ['a'])), {
			growth,
			notAsked
		});
		expect(plan.groups.reduce((n, g) => n + g.items.length, 0)).toBe(PLAN_SIZE);
		expect(plan.more.map((p) => p.item)).toEqual([
			PLAN_SIZE,
			PLAN_SIZE + 1,
			PLAN_SIZE + 2,
			...notAsked
		]);
		expect(plan.more.at(-1)!.answer).toBeNull();
	});

	it('groups the plan by the skill that matters most for each statement', () => {
		// "x" is named by three statements far off, "y" by one: a statement naming both goes under x.
		const plan = growthPlan(bank([['x'], ['x', 'y'], ['y'], ['x']]), {
			growth: [
				{ item: 0, answer: NOT_YET },
				{ item: 1, answer: NOT_YET },
				{ item: 2, answer: SOMETIMES },
				{ item: 3, answer: NOT_YET }
			],
			notAsked: []
		});
		expect(plan.groups.map((g) => [g.skill, g.items.map((i) => i.item)])).toEqual([
			['x', [1, 0, 3]],
			['y', [2]]
		]);
	});

	it('names the few skills that matter most, by how far the person is from them', () => {
		const skills = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
		// Skill k is named by k+1 "Not yet" answers: g matters most, a least.
		const items = skills.flatMap((s, k) => Array.from({ length: k + 1 }, () => [s]));
		const plan = growthPlan(bank(items), {
			growth: items.map((_, item) => ({ item, answer: NOT_YET as typeof NOT_YET })),
			notAsked: []
		});
		expect(plan.keySkills).toEqual(['g', 'f', 'e', 'd', 'c'].slice(0, KEY_SKILLS));
		expect(plan.otherSkills).toEqual(['b', 'a']);
	});

	it('puts statements that name no skill in a group of their own, and is empty with nothing to grow', () => {
		const plan = growthPlan(bank([[]]), { growth: [{ item: 0, answer: NOT_YET }], notAsked: [] });
		expect(plan.groups).toEqual([{ skill: null, items: [{ item: 0, answer: NOT_YET }] }]);
		expect(growthPlan(bank([]), { growth: [], notAsked: [] })).toEqual({
			groups: [],
			more: [],
			keySkills: [],
			otherSkills: []
		});
	});
});
