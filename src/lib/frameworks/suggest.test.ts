import { describe, expect, it } from 'vitest';
import { catalog } from './catalog.server';
import { navSkills, type NavFramework, type NavSkill } from './queries';
import { helpForPath } from './suggest';

const index: NavFramework[] = [
	{
		id: 'speedoc-engineering',
		name: 'Speedoc Engineering Career Tracks',
		organisation: 'Speedoc',
		color: '#000',
		tracks: [
			{ id: 'platform', name: 'Platform' },
			{ id: 'tech-lead', name: 'Tech Lead' }
		],
		steps: [
			{ id: 'level-1', label: 'Level 1' },
			{ id: 'level-2', label: 'Level 2' }
		]
	},
	{
		id: 'vaarst-devops-engineer',
		name: 'DevOps Engineer',
		organisation: 'Vaarst',
		color: '#111',
		tracks: [{ id: 'devops-engineer', name: 'DevOps Engineer' }],
		steps: [{ id: 'level-4', label: 'Level 4', title: 'Mid' }]
	}
];

const skills: NavSkill[] = [
	{ id: 'mentoring', name: 'Mentoring', aliases: ['coaching', 'teaching'] },
	{
		id: 'container-orchestration',
		name: 'Container orchestration',
		aliases: ['Kubernetes', 'k8s', 'EKS']
	},
	{ id: 'incident-response', name: 'Incident response', aliases: ['on-call', 'outages'] }
];

describe('helpForPath', () => {
	it.each([
		// path, expected first suggestion, words the problem must contain
		['/frameworks/speedoc', '/frameworks/speedoc-engineering', 'speedoc'],
		['/frameworks/vaarst', '/frameworks/vaarst-devops-engineer', 'vaarst'],
		[
			'/frameworks/speedoc-engineering/platfrom/level-1',
			'/frameworks/speedoc-engineering/platform/level-1',
			'platfrom'
		],
		[
			'/frameworks/speedoc-engineering/techlead/level-2',
			'/frameworks/speedoc-engineering/tech-lead/level-2',
			'techlead'
		],
		[
			'/frameworks/speedoc-engineering/platform/level-9',
			'/frameworks/speedoc-engineering/platform/level-1',
			'level-9'
		],
		[
			'/frameworks/vaarst-devops-engineer/devops-engineer/lvl-4',
			'/frameworks/vaarst-devops-engineer/devops-engineer/level-4',
			'lvl-4'
		]
	])('%s suggests %s first', (path, first, word) => {
		const help = helpForPath(path, index);
		expect(help.suggestions[0]?.href).toBe(first);
		expect(help.problem).toContain(word);
	});

	it('offers every framework when nothing is close', () => {
		const help = helpForPath('/frameworks/qqqqqqqq', index);
		expect(help.suggestions.map((s) => s.href)).toEqual([
			'/frameworks/speedoc-engineering',
			'/frameworks/vaarst-devops-engineer'
		]);
	});

	it('names the extra part below a real cell, not the cell, and offers the cell', () => {
		const help = helpForPath('/frameworks/speedoc-engineering/platform/level-1/extra', index);
		expect(help.problem).toContain('“extra”');
		expect(help.problem).not.toContain('no step');
		expect(help.suggestions.map((s) => s.href)).toEqual([
			'/frameworks/speedoc-engineering/platform/level-1'
		]);
	});

	it('shortens an overlong part of the link it echoes', () => {
		const long = 'x'.repeat(500);
		for (const path of [`/frameworks/${long}`, `/${long}`, `/skills/${long}`]) {
			const help = helpForPath(path, index, []);
			expect(help.problem.length, path).toBeLessThan(140);
			expect(help.problem).toContain('…');
		}
	});

	it('offers every step of a track when the step is missing', () => {
		const help = helpForPath('/frameworks/speedoc-engineering/platform', index);
		expect(help.suggestions.map((s) => s.href)).toEqual([
			'/frameworks/speedoc-engineering/platform/level-1',
			'/frameworks/speedoc-engineering/platform/level-2'
		]);
	});

	it.each(['', '/', '/nowhere', '/frameworks/%E0%A4%A', '/frameworks/<script>alert(1)</script>'])(
		'never throws and always offers a way on for %j',
		(path) => {
			const help = helpForPath(path, index);
			expect(help.problem.length).toBeGreaterThan(0);
			expect(help.suggestions.length).toBeGreaterThan(0);
		}
	);

	it.each([
		// path, expected first suggestion, words the problem must contain
		['/skills/mentorng', '/skills/mentoring', 'mentorng'],
		['/skills/k8s', '/skills/container-orchestration', 'k8s'],
		['/skills/incident_respons', '/skills/incident-response', 'incident_respons'],
		[
			'/skills/Container%20orchestraton',
			'/skills/container-orchestration',
			'Container orchestraton'
		]
	])('%s suggests %s first', (path, first, word) => {
		const help = helpForPath(path, index, skills);
		expect(help.suggestions[0]?.href).toBe(first);
		expect(help.problem).toContain(word);
	});

	it('offers the skills page when no skill is close', () => {
		const help = helpForPath('/skills/qqqqqqqq', index, skills);
		expect(help.suggestions).toEqual([{ href: '/skills', label: 'Every skill' }]);
	});

	it.each(['/quiz/nowhere/track', '/quiz/family/unknown', '/quiz/x'])(
		'offers the quiz start page for %s',
		(path) => {
			const help = helpForPath(path, index, skills);
			expect(help.suggestions.map((s) => s.href)).toEqual(['/quiz']);
			expect(help.problem).toContain(path);
		}
	);

	it.each([
		['/skills/mentorng', '/skills/mentoring'],
		['/skills/k8s', '/skills/container-orchestration'],
		['/skills/terraform', '/skills/infrastructure-as-code']
	])('with the bundled taxonomy, %s suggests %s first', (path, first) => {
		const help = helpForPath(path, index, navSkills(catalog.skills));
		expect(help.suggestions[0]?.href).toBe(first);
	});
});

describe('helpForPath: comparisons and common levels', () => {
	it.each([
		[
			'/compare/speedoc-engineering/platform/level-2',
			'Level 2 is the last step of Speedoc Engineering Career Tracks: there is no next step to compare it with.',
			[
				'/frameworks/speedoc-engineering/platform/level-2',
				'/compare/speedoc-engineering/platform/level-1',
				'/compare'
			]
		],
		[
			'/compare/speedoc-engineering/platfrom/level-1',
			'Speedoc Engineering Career Tracks has no track called “platfrom”.',
			['/frameworks/speedoc-engineering/platform/level-1', '/compare']
		],
		[
			'/compare/nope',
			'There is no framework called “nope”.',
			['/frameworks/speedoc-engineering', '/frameworks/vaarst-devops-engineer', '/compare']
		]
	])('%s', (path, problem, hrefs) => {
		const help = helpForPath(path, index);
		expect(help.problem).toBe(problem);
		expect(help.suggestions.map((s) => s.href)).toEqual(hrefs);
	});

	it('a level beyond the scale offers P1 to P7', () => {
		const help = helpForPath('/levels/p9', index);
		expect(help.problem).toBe('There is no common level “p9”: the scale runs from P1 to P7.');
		expect(help.suggestions.map((s) => s.href)).toEqual(
			[1, 2, 3, 4, 5, 6, 7].map((l) => `/levels/p${l}`)
		);
	});
});
