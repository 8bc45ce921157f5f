import { describe, expect, it } from 'vitest';
import { lintFramework } from './lint';
import { Framework, type FrameworkInput } from './schema';

/** A rubric-like ladder with sections, two copied steps and a curve; each case breaks one thing. */
function base(): FrameworkInput {
	const step = (id: string, level: number | null) => ({
		id,
		label: id.toUpperCase(),
		common: { level, basis: 'read from the content' }
	});
	const defined = (id: string) => ({ step: id, status: 'defined' as const });
	return {
		id: 'tiny',
		name: 'Tiny',
		organisation: 'Test',
		kind: 'ladder',
		source: { file: 'tiny.md', title: 'Tiny' },
		steps: [step('l1', 1), step('l2', 2), step('l3', 3)],
		tracks: [
			{
				id: 'ic',
				name: 'IC',
				family: 'individual-contributor',
				steps: [defined('l1'), defined('l2'), defined('l3')]
			}
		],
		statements: [
			{ id: 'a', track: 'ic', step: 'l1', text: 'Pairs with others.', section: 'Impact' },
			{
				id: 'b',
				track: 'ic',
				step: 'l2',
				text: 'Mentors others.',
				section: 'Impact',
				skills: ['mentoring']
			},
			{
				id: 'b-signal',
				track: 'ic',
				step: 'l2',
				text: 'Begins to lead mentoring.',
				section: 'Progression Signal',
				skills: ['mentoring']
			},
			{
				id: 'c',
				track: 'ic',
				step: 'l3',
				text: 'Leads mentoring.',
				section: 'Impact',
				skills: ['mentoring']
			}
		],
		skills: [
			{
				skill: 'mentoring',
				growth: [
					{ step: 'l2', proficiency: 3, evidence: ['b', 'b-signal'] },
					{ step: 'l3', proficiency: 4, evidence: ['c'] }
				]
			}
		]
	};
}

/** Make l3 say what l2 says, word for word (l2 without its signal). */
function copyL2IntoL3(fw: FrameworkInput, text = 'Mentors others.'): void {
	fw.statements!.splice(2, 1);
	fw.statements![2]!.text = text;
	fw.skills![0]!.growth[0]!.evidence = ['b'];
}

function lint(mutate: (fw: FrameworkInput) => void = () => {}): string[] {
	const input = structuredClone(base());
	mutate(input);
	return lintFramework(Framework.parse(input), 'tiny.json').map((w) => `${w.path}: ${w.message}`);
}

describe('lintFramework', () => {
	it('finds nothing in a framework that rests on what its steps describe', () => {
		expect(lint()).toEqual([]);
	});

	it.each<[string, (fw: FrameworkInput) => void, string]>([
		[
			'a point resting on a progression signal alone',
			(fw) => (fw.skills![0]!.growth[0]!.evidence = ['b-signal']),
			'$.skills[0].growth[0].evidence: "mentoring" at "l2" rests only on Progression Signal or Dampener statements'
		],
		[
			'a point resting on a dampener alone',
			(fw) => {
				fw.statements![1]!.section = 'Dampeners';
				fw.skills![0]!.growth[0]!.evidence = ['b'];
			},
			'$.skills[0].growth[0].evidence: "mentoring" at "l2" rests only on'
		],
		[
			'a curve that falls as the step rises',
			(fw) => (fw.skills![0]!.growth[1]!.proficiency = 2),
			'$.skills[0].growth[1].proficiency: "mentoring" falls from 3 at "l2" to 2 at "l3" with no data note'
		],
		[
			'a step that copies another word for word but sits elsewhere',
			(fw) => copyL2IntoL3(fw),
			'$.steps[2].common: "l3" repeats "l2" word for word but sits elsewhere'
		],
		[
			'a copy placed alike that does not say so',
			(fw) => {
				copyL2IntoL3(fw, 'Mentors  OTHERS');
				fw.steps[2]!.common.level = 2;
			},
			'$.steps[2].common.sameAs: "l3" repeats "l2" word for word; say so with "sameAs": "l2"'
		],
		[
			'a rating placed as a level',
			(fw) => {
				fw.kind = 'rating-rubric';
				fw.steps[1]!.common.level = null;
				fw.steps[2]!.common.level = null;
				fw.tracks[0]!.common = { level: 4, to: 5, basis: 'the role' };
			},
			'$.steps[0].common.level: "l1" is a rating within a role, not a level'
		],
		[
			'a described role with no place',
			(fw) => {
				fw.kind = 'rating-rubric';
				for (const s of fw.steps) s.common.level = null;
			},
			'$.tracks[0].common: the role "ic" is described but not placed on the common scale'
		]
	])('warns about %s', (_, mutate, expected) => {
		const warnings = lint(mutate);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain(expected);
	});

	it('accepts a falling curve that a data note explains for that skill and step', () => {
		const explained = (fw: FrameworkInput) => {
			fw.skills![0]!.growth[1]!.proficiency = 2;
			fw.notes = [{ id: 'n', text: 'The source narrows.', steps: ['l3'], skills: ['mentoring'] }];
		};
		expect(lint(explained)).toEqual([]);
		// A note on the step that names another skill does not explain this curve.
		expect(
			lint((fw) => {
				explained(fw);
				fw.notes![0]!.skills = [];
			})
		).toHaveLength(1);
	});

	it('accepts a word-for-word copy that sits with its original and says so', () => {
		expect(
			lint((fw) => {
				copyL2IntoL3(fw);
				fw.steps[2]!.common = { level: 2, basis: 'a copy', sameAs: 'l2' };
			})
		).toEqual([]);
	});
});
