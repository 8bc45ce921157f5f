import { describe, expect, it } from 'vitest';
import { buildCatalog, isFrameworkFile, readFolderFrameworks } from './catalog';
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
			/^Invalid framework data:\ndata\/frameworks\/one\.json: \$\.statements\[0\]\.skills\[0\]: .*juggling/m
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

describe('isFrameworkFile', () => {
	it.each([
		['ours.json', true],
		['ladder.md', true],
		['ladder.MARKDOWN', true],
		['page.html', true],
		['ladder.yml', true],
		['notes.txt', true],
		['README.md', false],
		['readme', false],
		['.draft.json', false],
		['logo.png', false],
		['Makefile', false]
	])('%s: %s', (name, expected) => {
		expect(isFrameworkFile(name)).toBe(expected);
	});
});

describe('readFolderFrameworks', () => {
	const ids = new Set(['mentoring']);
	const ladder = '# Tiny ladder\n\n## L1\n\n- Ships small things.\n\n## L2\n\n- Ships features.\n';

	it('hands JSON on as is and imports Markdown, its id from the file name', () => {
		const json = framework('ours');
		const read = readFolderFrameworks(
			[
				{ file: 'mine/ours.json', text: JSON.stringify(json.data) },
				{ file: 'mine/Our Ladder.md', text: ladder }
			],
			ids
		);
		expect(read.problems).toEqual([]);
		expect(read.frameworks[0]).toEqual({ file: 'mine/ours.json', data: json.data });
		const imported = read.frameworks[1]!;
		expect(imported.file).toBe('mine/Our Ladder.md');
		expect(imported.data).toMatchObject({ id: 'our-ladder', source: { file: 'Our Ladder.md' } });
		const catalog = buildCatalog(skills, read.frameworks);
		expect(catalog.frameworks.map((f) => f.id)).toEqual(['our-ladder', 'ours']);
	});

	it('names the file and line or path of what it cannot read', () => {
		const read = readFolderFrameworks(
			[
				{ file: 'mine/broken.json', text: '{ "id": ' },
				{ file: 'mine/empty.md', text: 'No levels here.\n' },
				{ file: 'mine/bad.yaml', text: 'id: bad\nname: Bad\nsteps: []\n' }
			],
			ids
		);
		expect(read.frameworks).toEqual([]);
		const files = read.problems.map((p) => `${p.file}: ${p.path}`);
		expect(files).toContainEqual(expect.stringMatching(/^mine\/broken\.json: \$/));
		expect(files).toContainEqual(expect.stringMatching(/^mine\/empty\.md: line \d+$/));
		expect(files).toContainEqual(expect.stringMatching(/^mine\/bad\.yaml: \$/));
	});

	it('lists problems found reading the files with the catalogue’s own', () => {
		expect(() =>
			buildCatalog(
				skills,
				[framework('one', 'juggling')],
				[{ file: 'mine/empty.md', path: 'line 1', message: 'no levels found' }]
			)
		).toThrow(/^Invalid framework data:\nmine\/empty\.md: line 1: no levels found\n.*one\.json/m);
	});
});
