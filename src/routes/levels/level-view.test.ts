import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/frameworks/catalog.server';
import { covers, placementOf } from '$lib/frameworks/queries';
import { LEVELS, levelView } from './level-view';

const view = (level: number) => levelView(catalog.frameworks, catalog.skills, level);

describe('levelView', () => {
	it.each(LEVELS)(
		'P%i: every framework is either placed there or said to be elsewhere',
		(level) => {
			const v = view(level);
			expect([...v.frameworks.map((f) => f.id), ...v.elsewhere.map((f) => f.id)].sort()).toEqual(
				catalog.frameworks.map((f) => f.id).sort()
			);
			for (const fw of catalog.frameworks) {
				const here =
					fw.steps.some((s) => fw.kind === 'ladder' && covers(placementOf(s.common), level)) ||
					fw.tracks.some((t) => t.common && covers(placementOf(t.common), level));
				expect(
					v.frameworks.some((f) => f.id === fw.id),
					`${fw.id} at P${level}`
				).toBe(here);
			}
		}
	);

	it('P4: the reference P4, Speedoc Level 4, Platform Engineer Levels 5–7 and the rubric’s role', () => {
		const v = view(4);
		const steps = (id: string) => v.frameworks.find((f) => f.id === id)?.steps.map((s) => s.name);
		expect(steps('infrastructure-platform-engineering')).toEqual(['P4']);
		expect(steps('speedoc-engineering')).toEqual(['Level 4']);
		expect(steps('platform-engineer')).toEqual(['Level 5', 'Level 6', 'Level 7']);
		const pe = v.frameworks.find((f) => f.id === 'platform-engineer')!;
		expect(pe.steps.map((s) => [s.range, s.spans])).toEqual([
			['P3–P4', true],
			['P4–P5', true],
			['P4–P5', true]
		]);
		// Level 7 repeats Level 6: said once, its sentences not listed twice.
		expect(pe.steps[2]!.repeats).toBe('Level 6');
		expect(pe.steps[2]!.statements).toEqual([]);
		const rubric = v.frameworks.find((f) => f.id === 'senior-platform-engineer-rubric')!;
		expect(rubric.steps).toEqual([]);
		expect(rubric.role).toMatchObject({
			name: 'Senior Platform Engineer',
			range: 'P4–P5',
			ratings: 15
		});
		expect(v.elsewhere.map((f) => [f.id, f.why])).toEqual([
			['vaarst-devops-engineer', 'its one step, Level 4 (Mid), sits at P2–P3']
		]);
	});

	it('P4: skills at the level, by framework, a ladder with two steps here giving both (not its copy)', () => {
		const v = view(4);
		expect(v.skillFrameworks.map((f) => f.id)).not.toContain('senior-platform-engineer-rubric');
		const architecture = v.skills.find((s) => s.id === 'architecture')!;
		const column = v.skillFrameworks.findIndex((f) => f.id === 'platform-engineer');
		expect(architecture.values[column]).toEqual([
			{ proficiency: 3, step: 'Level 5' },
			{ proficiency: 4, step: 'Level 6' }
		]);
	});

	it('links the level’s cells into one comparison (four at most, one per framework)', () => {
		const v = view(4);
		expect(v.compare).toBe(
			'/compare?a=infrastructure-platform-engineering/infrastructure-platform/p4' +
				'&b=speedoc-engineering/support/level-4' +
				'&c=platform-engineer/platform-engineer/level-5' +
				'&d=senior-platform-engineer-rubric/senior-platform-engineer/consistently-delivers-mid'
		);
	});

	it('P1: the Platform Engineer Track is elsewhere (its Levels 1–3 are not applicable)', () => {
		const v = view(1);
		expect(v.elsewhere.find((f) => f.id === 'platform-engineer')?.why).toBe(
			'its steps sit at P2–P5'
		);
		expect(v.frameworks.map((f) => f.id)).toEqual([
			'infrastructure-platform-engineering',
			'speedoc-engineering'
		]);
	});
});
