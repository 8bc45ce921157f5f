import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/frameworks/catalog.server';
import type { Framework } from '$lib/model/schema';
import { skillCurves } from './skill-curves';

// A ladder whose first step does not apply, a step dimension as evidence, and a step off the scale.
const ladder: Framework = {
	id: 'ladder',
	name: 'Ladder',
	organisation: 'Test',
	kind: 'ladder',
	source: { file: 'x.txt', title: 'X' },
	notes: [],
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
		{ id: 'l3', label: 'Level 3', dimensions: [], common: { level: 3, basis: 'b', evidence: [] } },
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
		// step, level, proficiency, evidence text, href, where, section
		[
			'l2',
			2,
			2,
			'A team',
			'/frameworks/ladder/b/l2#l2-scope', // the first track that documents Level 2
			'Track B · Level 2 (Mid)',
			'Scope'
		],
		['l3', 3, 4, 'Leads it.', '/frameworks/ladder/a/l3#l3-1', 'Track A · Level 3', 'Impact'],
		['x', null, 1, 'Extra.', '/frameworks/ladder/b/x#x-1', 'Track B · Extra', undefined]
	])(
		'point at %s: level %j, proficiency %i, evidence located',
		(step, level, p, text, href, where, section) => {
			const point = curve!.points.find((pt) => pt.step === step)!;
			expect(point.level).toBe(level);
			expect(point.proficiency).toBe(p);
			expect(point.evidence).toHaveLength(1);
			expect(point.evidence[0]).toMatchObject({ text, href, where });
			expect(point.evidence[0]!.section).toBe(section);
		}
	);

	it('says why a step has no point: not applicable, or no evidence', () => {
		expect(curve!.unrated).toEqual([
			{ step: 'l1', label: 'Level 1', level: 1, status: 'not-applicable' }
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

	it('the rating rubric places every band at P4; Vaarst has one point, at P4', () => {
		const [rubric] = skillCurves(
			catalog.frameworks.filter((f) => f.id === 'senior-platform-engineer-rubric'),
			'mentoring'
		);
		expect(new Set(rubric!.points.map((p) => p.level))).toEqual(new Set([4]));
		expect(rubric!.points.length + rubric!.unrated.length).toBe(15);
		const [vaarst] = skillCurves(
			catalog.frameworks.filter((f) => f.id === 'vaarst-devops-engineer'),
			'mentoring'
		);
		expect(vaarst!.points.map((p) => [p.level, p.label])).toEqual([[4, 'Level 4 (Mid)']]);
	});

	it('Platform Engineer Levels 1–3 are not applicable, not missing evidence', () => {
		const [pe] = skillCurves(
			catalog.frameworks.filter((f) => f.id === 'platform-engineer'),
			'mentoring'
		);
		expect(pe!.unrated.filter((u) => u.status === 'not-applicable').map((u) => u.level)).toEqual([
			1, 2, 3
		]);
	});
});
