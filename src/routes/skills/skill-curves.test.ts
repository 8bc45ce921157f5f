import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/frameworks/catalog.server';
import type { Framework } from '$lib/model/schema';
import { placementOf } from '$lib/frameworks/queries';
import { curveNotes, ratingOf, skillCurves } from './skill-curves';

// A ladder whose first step does not apply, a step dimension as evidence, a step on a range
// (Level 3 at P3–P4) and a step off the scale; notes of every kind.
const ladder: Framework = {
	id: 'ladder',
	name: 'Ladder',
	organisation: 'Test',
	kind: 'ladder',
	source: { file: 'x.txt', title: 'X' },
	notes: [
		{
			id: 'about-l3',
			text: 'Level 3 spans two levels.',
			statements: [],
			steps: ['l3'],
			tracks: [],
			skills: []
		},
		{
			id: 'about-l1',
			text: 'Level 1 is N/A.',
			statements: [],
			steps: ['l1'],
			tracks: [],
			skills: []
		},
		{
			id: 'for-s',
			text: 'Read the curve with care. It is curated.',
			statements: [],
			steps: [],
			tracks: [],
			skills: ['s']
		},
		{ id: 'typo', text: 'A typo.', statements: ['l3-2'], steps: ['l3'], tracks: [], skills: [] },
		{
			id: 'cited',
			text: 'A quirk of a cited sentence.',
			statements: ['l3-1'],
			steps: [],
			tracks: [],
			skills: []
		},
		{ id: 'track', text: 'About track A.', statements: [], steps: [], tracks: ['a'], skills: [] }
	],
	context: [],
	steps: [
		{ id: 'l1', label: 'Level 1', dimensions: [], common: { level: 1, basis: 'b', evidence: [] } },
		{
			id: 'l2',
			label: 'Level 2',
			title: 'Mid',
			dimensions: [{ id: 'l2-scope', kind: 'scope', label: 'Scope', text: 'A team' }],
			common: { level: 2, basis: 'b', evidence: [] }
		},
		{
			id: 'l3',
			label: 'Level 3',
			dimensions: [],
			common: { level: 3, to: 4, basis: 'b', evidence: [] }
		},
		{ id: 'x', label: 'Extra', dimensions: [], common: { level: null, basis: 'b', evidence: [] } }
	],
	tracks: [
		{
			id: 'a',
			name: 'Track A',
			family: 'individual-contributor',
			steps: [
				{ step: 'l1', status: 'not-applicable' },
				{ step: 'l2', status: 'not-documented' },
				{ step: 'l3', status: 'defined' },
				{ step: 'x', status: 'defined' }
			]
		},
		{
			id: 'b',
			name: 'Track B',
			family: 'lead',
			steps: [
				{ step: 'l1', status: 'not-applicable' },
				{ step: 'l2', status: 'defined' },
				{ step: 'l3', status: 'defined' },
				{ step: 'x', status: 'defined' }
			]
		}
	],
	statements: [
		{ id: 'l3-1', track: 'a', step: 'l3', text: 'Leads it.', section: 'Impact', skills: ['s'] },
		{ id: 'l3-2', track: 'a', step: 'l3', text: 'Typo here.', skills: [] },
		{ id: 'x-1', track: 'b', step: 'x', text: 'Extra.', skills: ['s'] }
	],
	skills: [
		{
			skill: 's',
			sourceName: 'Ess',
			growth: [
				{ step: 'l2', proficiency: 2, evidence: ['l2-scope'] },
				{ step: 'l3', proficiency: 4, evidence: ['l3-1'] },
				{ step: 'x', proficiency: 1, evidence: ['x-1'] }
			]
		}
	],
	transitions: []
};
const other: Framework = { ...ladder, id: 'other', name: 'Other', skills: [] };

describe('skillCurves', () => {
	const [curve] = skillCurves([other, ladder], 's');

	it('lists only the frameworks that have a curve for the skill', () => {
		expect(skillCurves([other, ladder], 's').map((c) => c.framework)).toEqual(['ladder']);
		expect(skillCurves([other, ladder], 'nothing')).toEqual([]);
		expect(skillCurves([], 's')).toEqual([]);
	});

	it.each([
		// step, placement, proficiency, evidence text, href, where, section
		[
			'l2',
			{ min: 2, max: 2 },
			2,
			'A team',
			'/frameworks/ladder/b/l2#l2-scope', // the first track that documents Level 2
			'Track B · Level 2 (Mid)',
			'Scope'
		],
		[
			'l3',
			{ min: 3, max: 4 },
			4,
			'Leads it.',
			'/frameworks/ladder/a/l3#l3-1',
			'Track A · Level 3',
			'Impact'
		],
		['x', null, 1, 'Extra.', '/frameworks/ladder/b/x#x-1', 'Track B · Extra', undefined]
	])(
		'point at %s: placement %j, proficiency %i, evidence located',
		(step, placement, p, text, href, where, section) => {
			const point = curve!.points.find((pt) => pt.step === step)!;
			expect(point.placement).toEqual(placement);
			expect(point.rating).toBeUndefined();
			expect(point.proficiency).toBe(p);
			expect(point.evidence).toHaveLength(1);
			expect(point.evidence[0]).toMatchObject({ text, href, where });
			expect(point.evidence[0]!.section).toBe(section);
		}
	);

	it('says why a step has no point: not applicable, or no evidence', () => {
		expect(curve!.unrated).toEqual([
			{ step: 'l1', label: 'Level 1', placement: { min: 1, max: 1 }, status: 'not-applicable' }
		]);
		const onlyTop = skillCurves(
			[
				{
					...ladder,
					skills: [{ skill: 's', growth: [{ step: 'l3', proficiency: 3, evidence: ['l3-1'] }] }]
				}
			],
			's'
		)[0]!;
		expect(onlyTop.unrated.map((u) => [u.step, u.status])).toEqual([
			['l1', 'not-applicable'],
			['l2', 'no-evidence'],
			['x', 'no-evidence']
		]);
	});

	it('keeps the source name of the skill', () => {
		expect(curve!.sourceName).toBe('Ess');
		expect(curve!.sourceDescription).toBeUndefined();
	});

	it('a ladder has no role and no ratings', () => {
		expect(curve!.kind).toBe('ladder');
		expect(curve!.role).toBeUndefined();
		expect(curve!.ratings).toBeUndefined();
	});

	it('notes: those for the skill first, then those about drawn steps and cited sentences', () => {
		// Left out: about Level 1 (no point), a typo in a sentence not cited, a track only.
		expect(curve!.notes.map((n) => [n.id, n.forSkill, n.about])).toEqual([
			['for-s', true, []],
			['about-l3', false, ['Level 3']],
			['cited', false, []]
		]);
		expect(curve!.notes[0]).toMatchObject({
			lead: 'Read the curve with care.',
			rest: 'It is curated.'
		});
	});
});

// A rating rubric: three ratings for one role placed at P4–P5; its bands have no level.
const rubric: Framework = {
	...ladder,
	id: 'rubric',
	name: 'Rubric',
	kind: 'rating-rubric',
	notes: [
		{
			id: 'a-rating',
			text: 'A rating, not a level.',
			statements: [],
			steps: ['low', 'mid', 'high'],
			tracks: [],
			skills: []
		}
	],
	steps: ['low', 'mid', 'high'].map((id, i) => ({
		id,
		label: `Level ${i + 1} · Mid`,
		title: `Rating ${id}`,
		dimensions: [],
		common: { level: null, basis: 'A rating within the role.', evidence: [] }
	})),
	tracks: [
		{ id: 'next', name: 'Next role', family: 'role', steps: [] },
		{
			id: 'role',
			name: 'The role',
			family: 'role',
			common: { level: 4, to: 5, basis: 'b', evidence: [] },
			steps: ['low', 'mid', 'high'].map((step) => ({ step, status: 'defined' as const }))
		}
	],
	statements: [
		{ id: 'low-1', track: 'role', step: 'low', text: 'Low.', skills: ['s'] },
		{ id: 'high-1', track: 'role', step: 'high', text: 'High.', skills: ['s'] }
	],
	skills: [
		{
			skill: 's',
			growth: [
				{ step: 'low', proficiency: 1, evidence: ['low-1'] },
				{ step: 'high', proficiency: 5, evidence: ['high-1'] }
			]
		}
	]
};

describe('skillCurves: a rating rubric', () => {
	const [curve] = skillCurves([rubric], 's');

	it('its bands are ratings with no place on the common scale, even where the data gives one', () => {
		expect(curve!.points.map((p) => [p.step, p.placement, p.rating?.name, p.rating?.band])).toEqual(
			[
				['low', null, 'Rating low', 'Mid'],
				['high', null, 'Rating high', 'Mid']
			]
		);
		const placed = {
			...rubric,
			steps: rubric.steps.map((s) => ({ ...s, common: { ...s.common, level: 4 } }))
		};
		expect(skillCurves([placed], 's')[0]!.points.every((p) => p.placement === null)).toBe(true);
	});

	it('its role is the track placed on the scale; every rating is listed in order', () => {
		expect(curve!.role).toEqual({ track: 'role', name: 'The role', placement: { min: 4, max: 5 } });
		expect(curve!.ratings!.map((r) => r.step)).toEqual(['low', 'mid', 'high']);
		expect(curve!.unrated).toEqual([
			{ step: 'mid', label: 'Rating mid · Mid', placement: null, status: 'no-evidence' }
		]);
	});

	it('a rubric no track of which is placed still names its role, with no place', () => {
		const unplaced = { ...rubric, tracks: rubric.tracks.map(({ common: _, ...t }) => t) };
		expect(skillCurves([unplaced], 's')[0]!.role).toEqual({
			track: 'next',
			name: 'Next role',
			placement: null
		});
	});

	it('a note about every band names none of them', () => {
		expect(curve!.notes.map((n) => [n.id, n.about])).toEqual([['a-rating', []]]);
	});
});

describe('ratingOf', () => {
	it.each([
		[{ id: 'a', label: 'Level 4 · Mid', title: 'Leading' }, 'Leading', 'Mid'],
		[{ id: 'a', label: 'Level 1 · Low', title: 'Unsatisfactory' }, 'Unsatisfactory', 'Low'],
		[{ id: 'a', label: 'Meets', title: 'Meets expectations' }, 'Meets expectations', ''],
		[{ id: 'a', label: 'Exceeds' }, 'Exceeds', '']
	])('%j → %s · %s', (step, name, band) => {
		expect(ratingOf(step)).toEqual({ step: 'a', name, band });
	});
});

describe('curveNotes', () => {
	const points = [{ step: 'l3', evidence: [{ id: 'l3-2' }] }];
	it('a note about a sentence shows when that sentence is cited, whatever its steps', () => {
		expect(curveNotes(ladder, 'other', points, (id) => id).map((n) => n.id)).toEqual([
			'about-l3',
			'typo'
		]);
	});
});

describe('skillCurves over the bundled frameworks', () => {
	it.each(catalog.skills.map((s) => s.id))('%s: every piece of evidence is found', (id) => {
		for (const curve of skillCurves(catalog.frameworks, id)) {
			const fw = catalog.frameworks.find((f) => f.id === curve.framework)!;
			const expected = fw.skills.find((s) => s.skill === id)!;
			expect(curve.points.map((p) => p.evidence.map((e) => e.id))).toEqual(
				fw.steps.flatMap((step) => {
					const point = expected.growth.find((g) => g.step === step.id);
					return point ? [point.evidence] : [];
				})
			);
			for (const e of curve.points.flatMap((p) => p.evidence)) {
				expect(e.text.length).toBeGreaterThan(0);
				expect(e.href).toMatch(new RegExp(`^/frameworks/${fw.id}/[a-z0-9-]+/[a-z0-9-]+#${e.id}$`));
			}
		}
	});

	it.each(catalog.skills.map((s) => s.id))(
		'%s: a point sits where its step sits; a rubric band is a rating, never a level',
		(id) => {
			for (const curve of skillCurves(catalog.frameworks, id)) {
				const fw = catalog.frameworks.find((f) => f.id === curve.framework)!;
				for (const p of curve.points) {
					const step = fw.steps.find((s) => s.id === p.step)!;
					if (fw.kind === 'rating-rubric') {
						expect(p.placement).toBeNull();
						expect(p.rating?.name).toBe(step.title ?? step.label);
					} else {
						expect(p.placement).toEqual(placementOf(step.common));
						expect(p.rating).toBeUndefined();
					}
				}
				if (fw.kind === 'rating-rubric') {
					expect(curve.ratings).toHaveLength(fw.steps.length);
					expect(curve.points.length + curve.unrated.length).toBe(fw.steps.length);
				}
			}
		}
	);

	it.each(catalog.skills.map((s) => s.id))(
		'%s: every note shown names the skill, a drawn step or a cited sentence',
		(id) => {
			for (const curve of skillCurves(catalog.frameworks, id)) {
				const fw = catalog.frameworks.find((f) => f.id === curve.framework)!;
				const drawn = new Set(curve.points.map((p) => p.step));
				const cited = new Set(curve.points.flatMap((p) => p.evidence.map((e) => e.id)));
				for (const view of curve.notes) {
					const note = fw.notes.find((n) => n.id === view.id)!;
					expect(
						note.skills.includes(id) ||
							note.statements.some((s) => cited.has(s)) ||
							note.steps.some((s) => drawn.has(s))
					).toBe(true);
					expect(`${view.lead} ${view.rest}`.trim()).toBe(note.text.replace(/\s+/g, ' ').trim());
				}
				// Notes tied to the skill come first.
				const flags = curve.notes.map((n) => n.forSkill);
				expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
			}
		}
	);

	it('the rating rubric is a role on the scale, and its notes reach the skill pages it draws', () => {
		const rubrics = catalog.frameworks.filter((f) => f.kind === 'rating-rubric');
		expect(rubrics.length).toBeGreaterThan(0);
		for (const fw of rubrics) {
			for (const { skill } of fw.skills) {
				const [curve] = skillCurves([fw], skill);
				expect(curve!.role?.placement).not.toBeNull();
				expect(curve!.notes.length).toBeGreaterThan(0);
			}
		}
	});

	it('Platform Engineer Levels 1–3 are not applicable, not missing evidence', () => {
		const [pe] = skillCurves(
			catalog.frameworks.filter((f) => f.id === 'platform-engineer'),
			'mentoring'
		);
		expect(pe!.unrated.filter((u) => u.status === 'not-applicable').map((u) => u.step)).toEqual([
			'level-1',
			'level-2',
			'level-3'
		]);
	});

	it('a step that repeats another sits where that one sits', () => {
		for (const fw of catalog.frameworks) {
			for (const step of fw.steps.filter((s) => s.common.sameAs)) {
				const original = fw.steps.find((s) => s.id === step.common.sameAs)!;
				for (const { skill } of fw.skills) {
					const points = skillCurves([fw], skill)[0]!.points;
					const [a, b] = [step.id, original.id].map((id) => points.find((p) => p.step === id));
					if (a && b) expect(a.placement).toEqual(b.placement);
				}
			}
		}
	});
});
