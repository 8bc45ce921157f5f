import { describe, expect, it } from 'vitest';
import { catalog } from '../frameworks/catalog.server';
import { PLATFORM_FAMILY, allBanks } from './banks';
import { notesOf, stepNotes } from './notes';

const banks = allBanks(catalog.frameworks);
const bank = (id: string) => banks.find((b) => b.id === id)!;
const notes = (bankId: string) => stepNotes(catalog.frameworks, bank(bankId), PLATFORM_FAMILY);
const ids = (list: { id: string }[]) => list.map((n) => n.id);

describe('stepNotes: a track’s own notes, by step', () => {
	const platformEngineer = notes('platform-engineer/platform-engineer');

	it.each([
		['level-4', []],
		['level-5', ['platform-engineer/level-5-bullet-holds-two-sentences']],
		[
			'level-6',
			['platform-engineer/level-6-stray-list-marker', 'platform-engineer/level-7-repeats-level-6']
		],
		['level-7', ['platform-engineer/level-7-repeats-level-6']]
	])('000 %s → %j', (step, expected) => {
		expect(ids(platformEngineer[step]!)).toEqual(expected);
	});

	it('says what each note is about, and where to read it among the others', () => {
		const [repeat] = platformEngineer['level-7']!;
		expect(repeat).toMatchObject({
			framework: 'platform-engineer',
			frameworkName: 'Platform Engineer Track',
			about: 'Level 6, Level 7',
			href: '/frameworks/platform-engineer#note-level-7-repeats-level-6'
		});
		expect(repeat!.lead).toBe('Level 7 repeats Level 6 word for word (without the stray "- ").');
		expect(repeat!.rest).toMatch(/^All six Level 7 statements are kept/);
	});

	it('a note about every step says so instead of listing them', () => {
		const [inferred] = notes('infrastructure-platform-engineering/infrastructure-platform')['p4']!;
		expect(inferred!.id).toBe(
			'infrastructure-platform-engineering/responsibilities-levels-inferred'
		);
		expect(inferred!.about).toBe('every step');
	});
});

describe('stepNotes: the family’s, by common level', () => {
	const family = notes(`family/${PLATFORM_FAMILY.id}`);

	it.each([
		[
			'p2',
			[
				'infrastructure-platform-engineering/responsibilities-levels-inferred',
				'vaarst-devops-engineer/only-level-4',
				'vaarst-devops-engineer/typos-kept',
				'vaarst-devops-engineer/summary-joins-two-paragraphs',
				'vaarst-devops-engineer/statements-split-on-breaks',
				'speedoc-engineering/levels-by-ownership-only'
			]
		],
		[
			'p5',
			[
				'infrastructure-platform-engineering/responsibilities-levels-inferred',
				'platform-engineer/level-6-stray-list-marker',
				'platform-engineer/level-7-repeats-level-6',
				'senior-platform-engineer-rubric/rating-rubric-for-one-role',
				'senior-platform-engineer-rubric/bands-are-an-ordered-performance-scale',
				'senior-platform-engineer-rubric/skills-and-proficiency-are-curated',
				'speedoc-engineering/levels-by-ownership-only'
			]
		]
	])('%s: the notes of the steps at or around it', (step, expected) => {
		expect(ids(family[step]!)).toEqual(expected);
	});

	it('the rubric’s notes come only where its role sits (P4–P5), and only those about all of it', () => {
		const rubricAt = (step: string) =>
			family[step]!.filter((n) => n.framework === 'senior-platform-engineer-rubric');
		expect(rubricAt('p3')).toEqual([]);
		expect(rubricAt('p6')).toEqual([]);
		expect(rubricAt('p4').map((n) => n.about)).toEqual(new Array(3).fill('every rating band'));
	});

	it('notesOf: several steps’ notes, each note once, in order', () => {
		const both = notesOf(family, ['p4', 'p5']);
		expect(new Set(ids(both)).size).toBe(both.length);
		expect(ids(both).slice(0, 2)).toEqual(ids(family['p4']!).slice(0, 2));
		expect(ids(both)).toEqual(expect.arrayContaining(ids(family['p5']!)));
		expect(notesOf(family, [])).toEqual([]);
	});
});
