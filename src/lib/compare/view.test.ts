import { describe, expect, it } from 'vitest';
import { catalog } from '../frameworks/catalog.server';
import { compareCell, type CompareCell } from './cell';
import { comparisonMarkdown } from './markdown';
import { bucketTitle, comparisonView } from './view';
import { shownKey, skillChangeText } from './words';

const skillNames = new Map(catalog.skills.map((s) => [s.id, s.name]));
const cell = (framework: string, track: string, step: string): CompareCell => {
	const fw = catalog.frameworks.find((f) => f.id === framework)!;
	return compareCell(fw, skillNames, { track, step })!;
};
const pe = (step: string) => cell('platform-engineer', 'platform-engineer', step);

describe('comparisonView', () => {
	it('Level 6 → Level 7 of the Platform Engineer Track says the source repeats itself', () => {
		const view = comparisonView([pe('level-6'), pe('level-7')]);
		const [pair] = view.pairs;
		expect(pair!.identical).toBe(true);
		expect(pair!.relation).toBe('promotion');
		expect(pair!.summary).toBe(
			'Level 7 repeats Level 6 word for word: the source describes no change between them.'
		);
		expect(pair!.repeatNote).toMatch(/^Level 7 repeats Level 6 word for word/);
		expect(pair!.shared.map((s) => s.text)).toEqual(pe('level-7').statements.map((s) => s.text));
	});

	it('Level 5 → Level 6: stays, grows, new and gone, in that order, by skill', () => {
		const view = comparisonView([pe('level-5'), pe('level-6')]);
		const [pair] = view.pairs;
		expect(pair!.summary).toMatch(
			/^Level 6 shares no sentence with Level 5: its 6 sentences are new\./
		);
		expect(pair!.buckets.map((b) => b.title)).toEqual([
			'Grows',
			'New at Level 6',
			'Gone: only at Level 5'
		]);
		const newSkills = pair!.buckets[1]!.groups.map((g) => g.skill!.skill);
		expect(newSkills).toEqual(['mentoring', 'networking']);
		// A sentence of two skills is quoted in full where it is new, and referred to where it grows.
		const mentors = pe('level-6').statements.find((s) => s.skills.includes('mentoring'))!;
		const mentoring = pair!.buckets[1]!.groups[0]!;
		const architecture = pair!.buckets[0]!.groups.find((g) => g.skill?.skill === 'architecture')!;
		expect(mentoring.added.map((s) => s.id)).toContain(mentors.id);
		expect(mentoring.shownIn[shownKey('after', mentors.id)]).toBeUndefined();
		expect(architecture.shownIn[shownKey('after', mentors.id)]).toEqual({
			title: 'Mentoring',
			anchor: 'pair-0-skill-mentoring'
		});
		// CI/CD's sentences are all quoted under Architecture: the skill is named, not repeated.
		const cicd = pair!.buckets[0]!.groups.find((g) => g.skill?.skill === 'ci-cd')!;
		expect(cicd.echo).toBe(true);
		expect(cicd.quotedIn.map((q) => q.title)).toEqual(['Architecture']);
		expect(architecture.echo).toBe(false);
		expect(view.cells.map((c) => c.short)).toEqual(['Level 5', 'Level 6']);
	});

	it('across frameworks: both cells named with their track, guidelines row by row', () => {
		const view = comparisonView([
			cell('speedoc-engineering', 'platform', 'level-3'),
			cell('infrastructure-platform-engineering', 'infrastructure-platform', 'p3')
		]);
		expect(view.cells.map((c) => c.short)).toEqual([
			'Platform · Level 3',
			'Infrastructure & Platform Engineering · P3'
		]);
		expect(view.pairs[0]!.relation).toBe('across');
		expect(view.pairs[0]!.buckets.map((b) => b.title)).toContain(
			'Only in Infrastructure & Platform Engineering · P3'
		);
		const ownership = view.dimensions.find((r) => r.key === 'ownership')!;
		expect(ownership.cells.map((c) => c.values.length)).toEqual([1, 0]);
		expect(view.dimensions.map((r) => r.key)).toEqual([
			'ownership',
			'complexity',
			'collaboration',
			'knowledge',
			'experience'
		]);
	});

	it('a rubric’s rating is placed where its role sits, and compared with the next rating', () => {
		const rubric = (step: string) =>
			cell('senior-platform-engineer-rubric', 'senior-platform-engineer', step);
		const view = comparisonView([rubric('leading-mid'), rubric('leading-high')]);
		expect(view.cells[0]!.role).toBe('Senior Platform Engineer');
		expect(view.cells[0]!.range).toBe('P4–P5');
		expect(view.pairs[0]!.relation).toBe('promotion');
		expect(view.pairs[0]!.buckets.length).toBeGreaterThan(0);
	});

	it('compares each cell with the next, four at most, the same cell twice allowed', () => {
		const cells = ['level-4', 'level-5', 'level-6', 'level-7', 'level-7'].map(pe);
		const view = comparisonView(cells);
		expect(view.cells).toHaveLength(4);
		expect(view.pairs.map((p) => [p.from, p.to])).toEqual([
			[0, 1],
			[1, 2],
			[2, 3]
		]);
		expect(new Set(view.cells.map((c) => c.key)).size).toBe(4);
		const same = comparisonView([pe('level-5'), pe('level-5')]);
		expect(same.pairs[0]!.relation).toBe('across');
		expect(same.pairs[0]!.summary).toBe('Level 5 and Level 5 say the same, word for word.');
	});

	it('says plainly when neither cell has anything to compare', () => {
		const view = comparisonView([pe('level-1'), pe('level-2')]);
		expect(view.pairs[0]!.identical).toBe(false);
		expect(view.pairs[0]!.summary).toBe(
			'Neither has sentences to compare: Level 1 says nothing here; Level 2 says nothing here.'
		);
	});
});

describe('words', () => {
	it.each([
		['grows', 'promotion', 'Grows'],
		['grows', 'across', 'Asks more in B'],
		['new', 'promotion', 'New at B'],
		['gone', 'across', 'Only in A'],
		['other', 'promotion', 'Sentences that name no skill']
	] as const)('%s, %s → %s', (kind, relation, title) => {
		expect(bucketTitle(kind, relation, 'A', 'B')).toBe(title);
	});

	it.each([
		[{ from: 3, to: 4, verdict: 'grows' }, '3 → 4'],
		[{ from: null, to: 4, verdict: 'new' }, 'new at 4'],
		[{ from: 4, to: null, verdict: 'gone' }, '4, then not named'],
		[{ from: 4, to: 4, verdict: 'stays' }, '4 in both'],
		[{ from: null, to: null, verdict: 'stays' }, 'named in both']
	] as const)('%j → %s', (change, text) => {
		expect(skillChangeText({ skill: 's', name: 'S', ...change })).toBe(text);
	});
});

describe('comparisonMarkdown', () => {
	it('holds every sentence of both cells verbatim, and where they come from', () => {
		const [a, b] = [pe('level-5'), pe('level-6')];
		const md = comparisonMarkdown(
			comparisonView([a, b]),
			'https://x.test/compare/p',
			'https://x.test'
		);
		for (const s of [...a.statements, ...b.statements]) expect(md).toContain(s.text);
		expect(md).toMatch(/^# Level 5 → Level 6\n/);
		expect(md).toContain('### Grows');
		expect(md).toContain('#### Architecture: 3 → 4 (3 independent → 4 leads and teaches)');
		expect(md).toContain('Level 5 said:');
		expect(md).toContain('Level 6 says:');
		expect(md).toContain('https://x.test/compare/p');
		expect(md).toContain(
			'https://x.test/frameworks/platform-engineer/platform-engineer/level-6; source: “Platform Engineer Track”'
		);
	});

	it('marks a near-copy’s change with strike-through and bold', () => {
		const rubric = (step: string) =>
			cell('senior-platform-engineer-rubric', 'senior-platform-engineer', step);
		const md = comparisonMarkdown(
			comparisonView([rubric('leading-high'), rubric('transformative-low')]),
			'/x'
		);
		expect(md).toContain(
			'- Changed: Promotion to Platform Architect ~~is clear and overdue~~ **should be imminent**.'
		);
	});

	it('an identical pair lists the sentences once', () => {
		const md = comparisonMarkdown(comparisonView([pe('level-6'), pe('level-7')]), '/x');
		expect(md).toContain('Level 7 repeats Level 6 word for word');
		for (const s of pe('level-7').statements) {
			expect(md.split(s.text).length - 1).toBe(1);
		}
	});
});
