import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../frameworks/catalog.server';
import { compareCell, type CompareCell, type CompareStatement } from './cell';
import { compareCells, isNearCopy, matchStatements, type MatchKind } from './match';
import { words } from './text';

const skillNames = new Map(catalog.skills.map((s) => [s.id, s.name]));
const bundled = (framework: string, track: string, step: string): CompareCell => {
	const fw = catalog.frameworks.find((f) => f.id === framework)!;
	return compareCell(fw, skillNames, { track, step })!;
};

let next = 0;
const sentence = (text: string, skills: string[] = [], section?: string): CompareStatement => ({
	id: `s${++next}`,
	text,
	skills,
	href: '#',
	...(section === undefined ? {} : { section })
});

/** A cell of one framework ("fw"), for table tests. */
const cell = (
	step: string,
	statements: CompareStatement[],
	proficiency: Record<string, number> = {},
	framework = 'fw'
): CompareCell => ({
	ref: { framework, track: 't', step },
	framework: {
		id: framework,
		name: framework,
		kind: 'ladder',
		color: '#000',
		source: { title: 'x', file: 'x' }
	},
	track: { id: 't', name: 'T' },
	step: { id: step, label: step, name: step, index: Number(step.replace(/\D/g, '')) || 0 },
	href: '#',
	range: null,
	status: 'defined',
	dimensions: [],
	statements,
	proficiency,
	skillNames: {}
});

const kinds = (before: string[], after: string[]) =>
	matchStatements(
		before.map((t) => sentence(t)),
		after.map((t) => sentence(t))
	).map(
		(m) =>
			[m.kind, m.before?.text ?? null, m.after?.text ?? null] as [
				MatchKind,
				string | null,
				string | null
			]
	);

describe('matchStatements', () => {
	it.each<[string, string[], string[], [MatchKind, string | null, string | null][]]>([
		[
			'the same words, moved: same, not new and gone',
			['A first sentence here.', 'Owns the platform roadmap.'],
			['Owns the platform roadmap.', 'A first sentence here.'],
			[
				['same', 'Owns the platform roadmap.', 'Owns the platform roadmap.'],
				['same', 'A first sentence here.', 'A first sentence here.']
			]
		],
		[
			'a word dropped: near',
			['Can mentor and advise less senior engineers on complex architectures.'],
			['Can mentor and advise senior engineers on complex architectures.'],
			[
				[
					'near',
					'Can mentor and advise less senior engineers on complex architectures.',
					'Can mentor and advise senior engineers on complex architectures.'
				]
			]
		],
		[
			'no counterpart: new and gone',
			['Writes simple scripts.'],
			['Owns vendor relationships.'],
			[
				['new', null, 'Owns vendor relationships.'],
				['gone', 'Writes simple scripts.', null]
			]
		],
		[
			'sharing only little words is not a near-copy',
			['It is in the team and of the org.'],
			['It is on the call and of the day.'],
			[
				['new', null, 'It is on the call and of the day.'],
				['gone', 'It is in the team and of the org.', null]
			]
		],
		[
			'one to one: the closer copy wins, the other is new',
			['Leads incident response for the platform team.'],
			[
				'Leads incident response for the whole platform organisation.',
				'Leads incident response for the platform team.'
			],
			[
				['new', null, 'Leads incident response for the whole platform organisation.'],
				[
					'same',
					'Leads incident response for the platform team.',
					'Leads incident response for the platform team.'
				]
			]
		],
		['nothing to compare', [], [], []]
	])('%s', (_, before, after, expected) => {
		expect(kinds(before, after)).toEqual(expected);
	});

	it('keeps near-copies within their section when asked (one framework)', () => {
		const a = [sentence('Promotion to Platform Architect is clear and overdue.', [], 'Dampeners')];
		const b = [
			sentence('Promotion to Platform Architect should be imminent.', [], 'Progression Signal')
		];
		expect(matchStatements(a, b).map((m) => m.kind)).toEqual(['near']);
		expect(matchStatements(a, b, { sameSection: true }).map((m) => m.kind)).toEqual([
			'new',
			'gone'
		]);
	});
});

describe('near-copies in the seeds', () => {
	const near = (a: string, b: string) => isNearCopy(words(a), words(b)) !== null;

	it('the Platform Engineer Track: Level 6 as the source writes it (a stray "- ") is Level 7 word for word', () => {
		const source = readFileSync(
			join(import.meta.dirname, '../../../data/sources/000_9a3fd616739d4405.txt'),
			'utf8'
		);
		const level6 = source.split('\n').find((line) => line.includes('are appropriate.- '))!;
		const raw = level6.replace(/^- /, '');
		expect(raw.endsWith('.- ')).toBe(true);
		const level7 = bundled('platform-engineer', 'platform-engineer', 'level-7').statements.find(
			(s) => s.text.startsWith('Can advise on appropriate hosting providers')
		)!;
		const [match] = matchStatements([sentence(raw)], [level7]);
		expect(match!.kind).toBe('same');
		expect(match!.exact).toBe(false);
		expect(match!.diff!.filter((d) => d.op !== 'same')).toEqual([{ op: 'removed', text: '-' }]);
	});

	it.each([
		// Infrastructure & Platform Engineering, P6 → P7: "to senior engineers" → "to principal and senior engineers".
		[
			'Provides high-level mentorship to senior engineers and shapes architectural decisions across the organization',
			'Provides high-level mentorship to principal and senior engineers, shaping company-wide platform capability without direct reports'
		],
		// The rubric, Development Needed → Consistently Delivers: "Does not represent" → "Represents".
		[
			'Does not represent platform engineering credibly in cross-functional forums; avoids or delegates executive and stakeholder communication.',
			'Represents platform engineering credibly in cross-functional forums, translating technical concerns into business resilience and engineering productivity language.'
		],
		[
			'Mentors intermediate engineers but does not shape their technical development trajectory with sufficient deliberateness.',
			'Mentors intermediate engineers effectively, shaping their technical development with deliberate coaching conversations.'
		]
	])('near: %j → %j', (a, b) => {
		expect(near(a, b)).toBe(true);
	});

	it.each([
		// A template filled with other words: the rubric, Leading · High → Transformative · Low.
		[
			'Security and compliance architecture leadership matches the depth and scope expected of a principal platform practitioner.',
			'Enterprise platform strategy, cloud-native standards, and developer experience architecture are shaped with the depth and scope of a principal practitioner.'
		],
		// Another task at the next level: P3 → P4 of the reference.
		[
			'Mentors junior engineers and coordinates project activities across the platform team',
			'Mentors mid-level engineers and may lead project teams toward defined platform outcomes'
		],
		// A paraphrase rather than an edit (four places changed): each side is shown in full.
		[
			'Promotion to Platform Architect resolves the role level mismatch; strategic impact expected to continue.',
			'Promotion to Platform Architect resolves the mismatch; continued growth at strategic scope expected.'
		],
		[
			'Transition to Platform Architect is the logical and appropriate next step.',
			'Promotion to Platform Architect is clear and overdue.'
		]
	])('not near: %j → %j', (a, b) => {
		expect(near(a, b)).toBe(false);
	});
});

describe('compareCells: skills', () => {
	it.each<[string, Record<string, number>, Record<string, number>, string]>([
		['grows', { mentoring: 3 }, { mentoring: 4 }, 'grows'],
		['eases', { mentoring: 5 }, { mentoring: 4 }, 'eases'],
		['stays', { mentoring: 4 }, { mentoring: 4 }, 'stays'],
		['stays without a proficiency', {}, {}, 'stays'],
		['new', {}, { mentoring: 4 }, 'new'],
		['gone', { mentoring: 4 }, {}, 'gone']
	])('%s', (name, from, to, verdict) => {
		const tagged = (p: Record<string, number>) =>
			name === 'new' && p === from
				? []
				: name === 'gone' && p === to
					? []
					: [sentence(`Mentors ${name}.`, ['mentoring'])];
		const result = compareCells(cell('l1', tagged(from), from), cell('l2', tagged(to), to));
		expect(result.skills.map((s) => [s.skill, s.verdict])).toEqual([['mentoring', verdict]]);
	});

	it('groups each skill’s sentences of both cells, and untagged ones by section', () => {
		const a = cell(
			'l1',
			[sentence('Mentors juniors.', ['mentoring']), sentence('Example one.', [], 'Examples')],
			{ mentoring: 3 }
		);
		const b = cell(
			'l2',
			[
				sentence('Mentors seniors and leads guilds.', ['mentoring']),
				sentence('Example one.', [], 'Examples')
			],
			{ mentoring: 4 }
		);
		const { groups } = compareCells(a, b);
		expect(
			groups.map((g) => [
				g.key,
				g.skill?.verdict ?? null,
				g.pairs.length,
				g.added.length,
				g.removed.length
			])
		).toEqual([
			['skill:mentoring', 'grows', 0, 1, 1],
			['section:|Examples', null, 1, 0, 0]
		]);
	});
});

describe('compareCells on the bundled frameworks', () => {
	it('Platform Engineer Track Level 6 and Level 7 are identical: the source repeats itself', () => {
		const result = compareCells(
			bundled('platform-engineer', 'platform-engineer', 'level-6'),
			bundled('platform-engineer', 'platform-engineer', 'level-7')
		);
		expect(result.identical).toBe(true);
		expect(result.matches.every((m) => m.kind === 'same' && m.exact)).toBe(true);
		expect(result.skills.every((s) => s.verdict === 'stays')).toBe(true);
	});

	it('Level 5 to Level 6: every Level 6 sentence is new; mentoring is new and architecture grows', () => {
		const level6 = bundled('platform-engineer', 'platform-engineer', 'level-6');
		const result = compareCells(
			bundled('platform-engineer', 'platform-engineer', 'level-5'),
			level6
		);
		expect(result.identical).toBe(false);
		expect(result.matches.filter((m) => m.kind === 'new').map((m) => m.after!.id)).toEqual(
			level6.statements.map((s) => s.id)
		);
		const verdict = (id: string) => result.skills.find((s) => s.skill === id);
		expect(verdict('mentoring')).toMatchObject({ from: null, to: 4, verdict: 'new' });
		expect(verdict('architecture')).toMatchObject({ from: 3, to: 4, verdict: 'grows' });
		expect(verdict('container-orchestration')).toMatchObject({ verdict: 'gone' });
	});

	it('across frameworks: Speedoc Platform Level 3 has guidelines only; P3 has sentences', () => {
		const result = compareCells(
			bundled('speedoc-engineering', 'platform', 'level-3'),
			bundled('infrastructure-platform-engineering', 'infrastructure-platform', 'p3')
		);
		expect(result.matches.every((m) => m.kind === 'new')).toBe(true);
		expect(result.skills.find((s) => s.skill === 'ownership-scope')).toMatchObject({
			from: 3,
			to: 3,
			verdict: 'stays'
		});
	});

	it('a rating against the next: the rubric’s sentences are matched by section and skill', () => {
		const result = compareCells(
			bundled('senior-platform-engineer-rubric', 'senior-platform-engineer', 'leading-high'),
			bundled('senior-platform-engineer-rubric', 'senior-platform-engineer', 'transformative-low')
		);
		const near = result.matches.filter((m) => m.kind === 'near');
		expect(near.length).toBeGreaterThan(0);
		for (const m of near) {
			expect(m.before!.section).toBe(m.after!.section);
			expect(m.before!.perspective).toBe(m.after!.perspective);
		}
		// Every sentence of both cells is accounted for exactly once.
		const ids = result.matches.flatMap((m) => [m.before?.id, m.after?.id]).filter(Boolean);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
