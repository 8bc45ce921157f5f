import { describe, expect, it } from 'vitest';
import { catalog } from '../frameworks/catalog.server';
import { PLATFORM_FAMILY, allBanks, levelNames } from './banks';
import { createEngine, nextItem, respond, startState, stopReason } from './engine';
import { resultMarkdown } from './markdown';
import { notesOf, stepNotes } from './notes';
import { CONSISTENTLY, NOT_YET, SKIP } from './model';
import { growthPlan } from './plan';
import { place } from './result';

const banks = allBanks(catalog.frameworks);
const names = levelNames(catalog.frameworks, PLATFORM_FAMILY);
const skillNames = Object.fromEntries(catalog.skills.map((s) => [s.id, s.name]));

function markdownFor(bankId: string, answer: (step: number) => 0 | 3 | 4) {
	const bank = banks.find((b) => b.id === bankId)!;
	const engine = createEngine(bank, 5);
	let state = startState(engine);
	while (stopReason(engine, state) === null) {
		const item = nextItem(engine, state)!;
		state = respond(engine, state, item, answer(bank.items[item]!.step));
	}
	const placement = place(engine, bank, state);
	const range = placement.range ?? { min: 1, max: 0 };
	const levels = Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);
	return {
		bank,
		placement,
		text: resultMarkdown({
			bank,
			placement,
			names: levels.map((level) => ({ level, names: names[level] ?? [] })),
			skillNames,
			link: 'https://example.org/quiz/x/y?r=CODE',
			origin: 'https://example.org'
		})
	};
}

describe('resultMarkdown', () => {
	const { bank, placement, text } = markdownFor(
		'infrastructure-platform-engineering/infrastructure-platform',
		(step) => (step <= 3 ? CONSISTENTLY : NOT_YET)
	);

	it('leads with the suggestion, how sure, and the honest framing', () => {
		expect(text).toMatch(/^# Where am I: /);
		expect(text).toContain('not a promotion checklist');
		expect(text).toMatch(/\*\*Suggested step: P4\*\* — (very|fairly) sure \(\d+%\)/);
		expect(text).toContain(
			'- Platform Engineer Track: Level 5 (P3–P4), Level 6 (P4–P5), Level 7 (P4–P5)'
		);
		expect(text).toContain(
			'- Senior Platform Engineer: the role (P4–P5); its 15 rating bands are performance within it, not levels'
		);
		expect(text).toContain(
			'- Speedoc Engineering Career Tracks: Level 4 (P4) (not documented for its Platform track)'
		);
		// 002's P4 is P4: nothing to add about where it sits.
		expect(text).not.toContain('sits at');
	});

	it('has the distribution as a table, one row per step', () => {
		const rows = text.split('\n').filter((line) => /^\| .+ \| [<>]?\d+% \|$/.test(line));
		expect(rows.map((row) => row.split(' | ')[0]!.slice(2))).toEqual(bank.steps.map((s) => s.name));
	});

	it('lists the growth plan as a checklist of P5 statements, and skill links', () => {
		expect(text).toContain('## Growth plan: what P5 asks for');
		const items = [...placement.growth.map((g) => g.item), ...placement.notAsked];
		expect(items.length).toBe(5);
		for (const i of items) expect(text).toContain(`- [ ] ${bank.items[i]!.text}`);
		for (const skill of placement.skills) {
			expect(text).toContain(`](https://example.org/skills/${skill})`);
		}
		expect(text).toContain('Result link: https://example.org/quiz/x/y?r=CODE');
	});

	it('keeps the page’s order: the plan by skill, the key skills, then the rest', () => {
		const plan = growthPlan(bank, placement);
		const at = (i: number) => text.indexOf(`- [ ] ${bank.items[i]!.text}`);
		const order = [
			...plan.groups.flatMap((g) => g.items.map((p) => at(p.item))),
			...plan.more.map((p) => at(p.item))
		];
		expect(order.every((pos) => pos > 0)).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		if (plan.keySkills.length > 0) {
			expect(text).toContain('The skills that matter most for P5: [');
		}
	});

	it('says so when there are not enough answers', () => {
		const skipped = markdownFor(
			'infrastructure-platform-engineering/infrastructure-platform',
			() => SKIP
		);
		expect(skipped.text).toContain(
			'**Not enough answers to suggest a step** (0 answered, 20 skipped).'
		);
		expect(skipped.text).not.toContain('Growth plan');
	});

	it('names both steps when the source cannot tell them apart, and where they sit', () => {
		const both = markdownFor('platform-engineer/platform-engineer', () => CONSISTENTLY);
		expect(both.text).toContain('**Suggested step: Level 6 or Level 7**');
		expect(both.text).toContain('The source does not tell Level 6 and Level 7 apart.');
		expect(both.text).toContain('Level 6 or Level 7 sits at P4–P5 on the common scale.');
		expect(both.text).toContain('P5 on the common scale is called:');
	});

	it('lists the data notes it is given, each with its framework', () => {
		const { bank: b, placement: p } = markdownFor(
			'platform-engineer/platform-engineer',
			() => CONSISTENTLY
		);
		const notes = notesOf(
			stepNotes(catalog.frameworks, b, PLATFORM_FAMILY),
			p.together.map((s) => b.steps[s]!.id)
		);
		const text = resultMarkdown({
			bank: b,
			placement: p,
			names: [],
			skillNames,
			link: 'https://example.org/r',
			origin: 'https://example.org',
			notes
		});
		expect(text).toContain('## Notes on the data');
		expect(text).toMatch(
			/- Platform Engineer Track \(Level 6, Level 7\): Level 7 repeats Level 6 word for word/
		);
	});
});
