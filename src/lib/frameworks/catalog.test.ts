import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog';
import { FRAMEWORK_ORDER } from './palette';

const skills = {
	file: 'data/skills.json',
	data: { skills: [{ id: 'mentoring', name: 'Mentoring', description: 'Helping others grow.' }] }
};

/** A small valid framework: one step, one track, one statement, the growth of `skill`. */
const framework = (id: string, skill = 'mentoring') => ({
	file: `data/frameworks/${id}.json`,
	data: {
		id,
		name: id,
		organisation: 'Org',
		kind: 'ladder',
		source: { file: `${id}.txt`, title: id },
		steps: [{ id: 'p1', label: 'P1', common: { level: 1, basis: 'Named P1.' } }],
		tracks: [
			{
				id: 'ic',
				name: 'IC',
				family: 'individual-contributor',
				steps: [{ step: 'p1', status: 'defined' }]
			}
		],
		statements: [{ id: 's1', track: 'ic', step: 'p1', text: 'Helps a peer.', skills: [skill] }],
		skills: [{ skill, growth: [{ step: 'p1', proficiency: 2, evidence: ['s1'] }] }]
	}
});

describe('buildCatalog', () => {
	it('puts the frameworks in the site’s order, unknown ids last by id', () => {
		const [first, second] = FRAMEWORK_ORDER as [string, string];
		const catalog = buildCatalog(skills, [
			framework('zeta-extra'),
			framework(second),
			framework('alpha-extra'),
			framework(first)
		]);
		expect(catalog.frameworks.map((f) => f.id)).toEqual([
			first,
			second,
			'alpha-extra',
			'zeta-extra'
		]);
		expect(catalog.skills.map((s) => s.id)).toEqual(['mentoring']);
	});

	it.each([
		[
			'a statement naming an unknown skill',
			[framework('one', 'juggling')],
			/^Invalid bundled data:\ndata\/frameworks\/one\.json: \$\.statements\[0\]\.skills\[0\]: .*juggling/m
		],
		[
			'two frameworks with one id',
			[framework('same'), { ...framework('same'), file: 'data/frameworks/copy.json' }],
			/data\/frameworks\/copy\.json: .*same/
		]
	])('throws one error naming file and path for %s', (_, files, message) => {
		expect(() => buildCatalog(skills, files)).toThrow(message);
	});

	it('reports every problem at once, the taxonomy’s too', () => {
		expect(() =>
			buildCatalog({ file: 'data/skills.json', data: { skills: 'none' } }, [framework('one')])
		).toThrow(/data\/skills\.json: [^\n]*\n[\s\S]*data\/frameworks\/one\.json/);
	});
});
