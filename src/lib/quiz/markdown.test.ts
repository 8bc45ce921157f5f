import { describe, expect, it } from 'vitest';
import { catalog } from '../frameworks/catalog.server';
import { PLATFORM_FAMILY, allBanks, levelNames } from './banks';
import { createEngine, nextItem, respond, startState, stopReason } from './engine';
import { resultMarkdown } from './markdown';
import { CONSISTENTLY, NOT_YET, SKIP } from './model';
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
	const levels = [...new Set(placement.together.map((s) => bank.steps[s]!.level!))];
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
		expect(text).toContain('- Platform Engineer Track: Level 4');
		expect(text).toContain(
			'- Speedoc Engineering Career Tracks: Level 4 (not documented for its Platform track)'
		);
	});

	it('has the distribution as a table, one row per step', () => {
		const rows = text.split('\n').filter((line) => /^\| .+ \| \d+% \|$/.test(line));
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

	it('names both steps when the source cannot tell them apart', () => {
		const both = markdownFor('platform-engineer/platform-engineer', () => CONSISTENTLY);
		expect(both.text).toContain('**Suggested step: Level 6 or Level 7**');
		expect(both.text).toContain('The source does not tell Level 6 and Level 7 apart.');
	});
});
