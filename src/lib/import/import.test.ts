// The importer on the common ladder shapes (small inline texts and fixtures it was not written
// against), and its errors for what it cannot read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FrameworkInput } from '../model/schema';
import { formatProblem, parseFramework } from '../model/validate';
import { importFramework, type ImportResult } from './index';

const fixtures = join(import.meta.dirname, '../../../tests/fixtures');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

function imported(text: string, fileName = 'ladder.md') {
	const result = importFramework(text, { fileName });
	if (!result.ok) {
		throw new Error(result.errors.map((e) => `line ${e.line}: ${e.message}`).join('\n'));
	}
	return result;
}

const texts = (fw: FrameworkInput) => (fw.statements ?? []).map((s) => s.text);
const steps = (fw: FrameworkInput) =>
	fw.steps.map((s) => [s.id, s.label, s.title ?? null, s.common.level]);
const statuses = (fw: FrameworkInput) =>
	Object.fromEntries(fw.tracks[0]?.steps.map((s) => [s.step, s.status]) ?? []);

/** Bullet sentences of a Markdown fixture, markers removed. */
const bulletsOf = (markdown: string) =>
	markdown
		.split('\n')
		.flatMap((line) => /^\s*[-*] (.+)$/.exec(line)?.slice(1) ?? [])
		.map((t) => t.trim());

describe('importFramework: ladder shapes', () => {
	interface Case {
		shape: string;
		text: string;
		name: string;
		steps: (string | number | null)[][];
		statements: number;
		/** id → [section, text] for a few statements. */
		samples: Record<string, [string | null, string]>;
	}
	const cases: Case[] = [
		{
			shape: 'headings with competency sub-headings (Data Engineer fixture)',
			text: fixture('data-engineer-ladder.md'),
			name: 'Data Engineer Ladder',
			steps: [
				['level-1', 'Level 1', 'Associate', 1],
				['level-2', 'Level 2', 'Data Engineer', 2],
				['level-3', 'Level 3', 'Senior Data Engineer', 3],
				['level-4', 'Level 4', 'Staff Data Engineer', 4],
				['level-5', 'Level 5', 'Principal Data Engineer', 5]
			],
			statements: 19,
			samples: {
				'level-1-technical-skills-2': [
					'Technical skills',
					'Fixes failing pipeline runs with guidance from a senior engineer.'
				],
				'level-3-collaboration-2': [
					'Collaboration',
					'Works with analysts and product managers to agree data contracts.'
				]
			}
		},
		{
			shape: 'competencies as rows, levels as columns, <br> in cells (fixture)',
			text: fixture('competency-table.md'),
			name: 'Backend Engineer Ladder',
			steps: [
				['l1', 'L1', null, 1],
				['l2', 'L2', null, 2],
				['l3', 'L3', null, 3],
				['l4', 'L4', null, 4]
			],
			statements: 13,
			samples: {
				'l1-code-quality-2': ['Code quality', 'Adds tests when asked.'],
				'l3-system-design-2': ['System design', 'Weighs cost and reliability.']
			}
		},
		{
			shape: 'levels as rows, competencies as columns (fixture)',
			text: fixture('level-rows-table.md'),
			name: 'Mobile Engineer Levels',
			steps: [
				['junior', 'Junior', null, null],
				['mid', 'Mid', null, null],
				['senior', 'Senior', null, null]
			],
			statements: 11,
			samples: {
				'mid-craft-2': ['Craft', 'Writes UI tests.'],
				'senior-communication-2': ['Communication', "Presents at the company's demo day."]
			}
		},
		{
			shape: 'code and named level headings at other depths',
			text: '# Ladder\n\n### P2 — Senior\n\n* Owns a service.\n\n### L3\n\n1. Owns a system.\n\n### Staff\n\n- Owns a domain.\n',
			name: 'Ladder',
			steps: [
				['p2', 'P2', 'Senior', 2],
				['l3', 'L3', null, 3],
				['staff', 'Staff', null, null]
			],
			statements: 3,
			samples: { 'p2-1': [null, 'Owns a service.'], 'staff-1': [null, 'Owns a domain.'] }
		},
		{
			shape: 'competency headings above repeated level headings',
			text: '# Ladder\n\n## Delivery\n\n### Level 1\n\n- Ships tasks.\n\n### Level 2\n\n- Ships features.\n\n## Leadership\n\n### Level 1\n\n- Helps peers.\n\n### Level 2\n\n- Mentors juniors.\n',
			name: 'Ladder',
			steps: [
				['level-1', 'Level 1', null, 1],
				['level-2', 'Level 2', null, 2]
			],
			statements: 4,
			samples: {
				'level-1-delivery-1': ['Delivery', 'Ships tasks.'],
				'level-2-leadership-1': ['Leadership', 'Mentors juniors.']
			}
		},
		{
			shape: 'an HTML table with levels as rows and <br> in cells',
			text: '# Ladder\n\n<table>\n  <tr><th>Level</th><th>Craft</th></tr>\n  <tr><td>E1</td><td>Builds.<br>Tests.</td></tr>\n  <tr><td>E2</td><td>Designs.</td></tr>\n</table>\n',
			name: 'Ladder',
			steps: [
				['e1', 'E1', null, 1],
				['e2', 'E2', null, 2]
			],
			statements: 3,
			samples: { 'e1-craft-2': ['Craft', 'Tests.'], 'e2-craft-1': ['Craft', 'Designs.'] }
		},
		{
			shape: 'nested bullets and inline markup',
			text: '# Ladder\n\n## Level 1\n\n- Writes **clean** code with `eslint` and [tests](t.md).\n  - Asks for *reviews*.\n',
			name: 'Ladder',
			steps: [['level-1', 'Level 1', null, 1]],
			statements: 2,
			samples: {
				'level-1-1': [null, 'Writes clean code with eslint and tests.'],
				// A nested item is an example of its parent, not a sibling: the parent names its section.
				'level-1-1-1': ['Writes clean code with eslint and tests.', 'Asks for reviews.']
			}
		}
	];

	it.each(cases)('$shape', (c) => {
		const { framework } = imported(c.text);
		const valid = parseFramework(framework, 'draft.json', new Set());
		expect(valid.problems.map(formatProblem)).toEqual([]);
		expect(framework.name).toBe(c.name);
		expect(steps(framework)).toEqual(c.steps);
		expect(framework.statements).toHaveLength(c.statements);
		for (const [id, [section, text]] of Object.entries(c.samples)) {
			const statement = framework.statements?.find((s) => s.id === id);
			expect(statement, id).toMatchObject({ text, skills: [] });
			expect(statement?.section ?? null, id).toBe(section);
		}
		expect(framework.skills).toEqual([]);
		expect(new Set(framework.statements?.map((s) => s.id)).size).toBe(c.statements);
	});

	it('keeps every bullet of the Data Engineer ladder verbatim, and its intro as description', () => {
		const text = fixture('data-engineer-ladder.md');
		const { framework } = imported(text);
		expect(texts(framework).sort()).toEqual(bulletsOf(text).sort());
		expect(framework.description).toBe(
			'How data engineers grow at Example Co, from their first pipeline to setting the data strategy.'
		);
		expect(framework.steps[0]?.summary).toBe("Learns the team's data stack with close support.");
	});

	it('reads an "N/A" level as not applicable and drops an "N/A" cell with a warning', () => {
		const ladder = imported('# Ladder\n\n## Level 1\n\n- N/A\n\n## Level 2\n\n- Owns a service.\n');
		expect(statuses(ladder.framework)).toEqual({
			'level-1': 'not-applicable',
			'level-2': 'defined'
		});
		expect(ladder.framework.tracks[0]?.steps[0]?.sourceText).toBe('N/A');
		expect(texts(ladder.framework)).toEqual(['Owns a service.']);

		const table = imported(fixture('competency-table.md'));
		expect(texts(table.framework)).not.toContain('N/A');
		expect(table.warnings).toContain(
			'line 7: "N/A" under "Mentoring" for "L1" is not kept as a statement'
		);
	});

	it('warns about a bullet that runs on into a new sentence and a stray "-", keeping the text', () => {
		const { framework, warnings } = imported(
			'# Ladder\n\n## Level 1\n\n- Gives ops insight\n  Can pair with an engineer\n- Advises on hosting.- \n'
		);
		expect(texts(framework)).toEqual([
			'Gives ops insight Can pair with an engineer',
			'Advises on hosting.'
		]);
		expect(warnings).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^line 5: this bullet runs on to a second line .*"- " is missing/),
				'line 7: removed a stray "-" at the end of this bullet'
			])
		);
	});

	it('takes the step title from Jekyll front matter and keeps its meaningful values', () => {
		const { framework } = imported(
			'---\nlayout: page\ntitle: Level 2 (Junior)\nparent: QA Craft\n---\n\n# QA Engineer - Level 2\n\n| Area | Description |\n|---|---|\n| Testing | I write tests. <br><br> I automate them. |\n'
		);
		expect(framework.name).toBe('QA Engineer');
		expect(steps(framework)).toEqual([['level-2', 'Level 2', 'Junior', 2]]);
		expect(framework.statements?.map((s) => [s.id, s.section, s.text])).toEqual([
			['level-2-testing-1', 'Testing', 'I write tests.'],
			['level-2-testing-2', 'Testing', 'I automate them.']
		]);
		expect(framework.context).toEqual([
			{ label: 'title', text: 'Level 2 (Junior)' },
			{ label: 'parent', text: 'QA Craft' }
		]);
	});

	it('spreads unlabelled bullets over a dimension table when they divide evenly, and says so', () => {
		const page = [
			'Ops Engineering — P2',
			'Keeps the lights on.',
			'Responsibilities',
			'- Watches dashboards',
			'- Follows runbooks',
			'- Designs alerting',
			'- Leads incidents',
			'Guidelines',
			'| Level | Scope | Years |',
			'|---|---|---|',
			'| P1 | A task | 0–1 years |',
			'| P2 | A service | 2+ years |'
		].join('\n');
		const { framework, warnings } = imported(page, 'ops.txt');
		expect(framework.name).toBe('Ops Engineering');
		expect(framework.source.title).toBe('Ops Engineering — P2');
		expect(framework.description).toBe('Keeps the lights on.');
		expect(framework.statements?.map((s) => [s.id, s.section, s.text])).toEqual([
			['p1-1', 'Responsibilities', 'Watches dashboards'],
			['p1-2', 'Responsibilities', 'Follows runbooks'],
			['p2-1', 'Responsibilities', 'Designs alerting'],
			['p2-2', 'Responsibilities', 'Leads incidents']
		]);
		expect(framework.steps[1]?.dimensions).toEqual([
			{ id: 'p2-scope', kind: 'scope', label: 'Scope', text: 'A service' },
			{
				id: 'p2-experience',
				kind: 'experience',
				label: 'Years',
				text: '2+ years',
				years: { min: 2 }
			}
		]);
		expect(warnings).toContainEqual(
			expect.stringMatching(/^line 4: 4 bullets .* 2 per level to P1–P2/)
		);
		expect(framework.notes?.[0]).toMatchObject({
			id: 'bullets-assigned-in-order',
			steps: ['p1', 'p2'],
			statements: ['p1-1', 'p1-2', 'p2-1', 'p2-2']
		});
	});

	it('warns about a level with no statements and a level heading that comes twice', () => {
		const { framework, warnings } = imported(
			'# Ladder\n\n## Level 1\n\n- Ships.\n\n## Level 2\n\n## Level 1\n\n- Tests.\n'
		);
		expect(statuses(framework)).toEqual({ 'level-1': 'defined', 'level-2': 'not-documented' });
		expect(texts(framework)).toEqual(['Ships.', 'Tests.']);
		expect(warnings.slice(0, 2)).toEqual([
			'line 7: "Level 2" has no statements: marked not-documented',
			'line 9: "Level 1" appears again (first at line 3): its content is added to the same step'
		]);
	});

	it('keeps bullets and paragraphs around a table of statements as context', () => {
		const { framework, warnings } = imported(
			'# Ladder\n\nIntro.\n\n- Applies to everyone.\n\n| Skill | L1 | L2 |\n|---|---|---|\n| Craft | Builds. | Designs. |\n\n## Notes\n\nReviewed yearly.\n'
		);
		expect(texts(framework)).toEqual(['Builds.', 'Designs.']);
		expect(framework.description).toBe('Intro.');
		expect(framework.context).toEqual([
			{ label: 'Notes', text: 'Reviewed yearly.' },
			{ label: 'Introduction', text: 'Applies to everyone.' }
		]);
		expect(framework.tracks.map((t) => t.id)).toEqual(['ladder']);
		expect(warnings).toContain('line 5: bullets outside the level table were kept as context');
		expect(warnings).toContain('line 11: "Notes" is not a level: kept as context');
	});

	it('names a framework without a title after its file', () => {
		const { framework, warnings } = imported(
			'| Level | Craft |\n|---|---|\n| L1 | Builds things. |\n',
			'my-ladder.md'
		);
		expect(framework.name).toBe('my-ladder');
		expect(framework.id).toBe('my-ladder');
		expect(warnings).toContain('no title found: the framework is named after the file');
	});

	it('uses the id it is given, when it is a slug', () => {
		const text = fixture('data-engineer-ladder.md');
		const result = importFramework(text, { fileName: 'x.md', id: 'data-engineer' });
		expect(result.ok && result.framework.id).toBe('data-engineer');
		expect(importFramework(text, { fileName: 'x.md', id: 'Data Engineer' })).toEqual({
			ok: false,
			errors: [
				{ line: 1, message: 'the id "Data Engineer" is not a lowercase slug like "data-engineer"' }
			]
		});
	});
});

describe('importFramework: errors name the line', () => {
	const rubricHead = 'Role\n\nEngineer\n\nLevel 1\nUnsatisfactory\nLow\nIndividual\n';
	it.each([
		['an empty file', '', 1, /^the file is empty/],
		['a file of blank lines', '  \n\n\t\n', 1, /^the file is empty/],
		[
			'a README',
			fixture('readme.md'),
			5,
			/^no levels found\. Tried \(1\) sibling headings that name levels .*: the closest, "Installation", "Usage", "Licence" \(lines 5–14\), name no levels; \(2\) .*none repeat; \(3\) tables .*: the file has no tables\./
		],
		['plain prose', 'Some notes.\nMore notes.\n', 1, /^no levels found/],
		[
			'level headings with nothing under them',
			'# Ladder\n\n## Level 1\n\n## Level 2\n',
			3,
			/^no statements found: the levels "Level 1" \(line 3\), "Level 2" \(line 5\)/
		],
		[
			'unlabelled bullets that do not divide over the levels',
			'Ops — P1\nIntro sentence here.\n- One\n- Two\n- Three\n| Level | Scope |\n|---|---|\n| P1 | Task |\n| P2 | Service |\n',
			3,
			/^3 bullets have no level label, and 3 does not divide evenly over the table's 2 levels \(P1–P2\)/
		],
		[
			'a rubric bullet outside any list',
			`${rubricHead}  • Fails.\n`,
			9,
			/^a bullet outside any list/
		],
		[
			'a rubric rating without a name',
			`${rubricHead}Impact\n  • Fails.\nLevel 2\nLow\n`,
			12,
			/^expected the rating's name \(such as "Unsatisfactory"\) after "Level 2"$/
		]
	])('%s', (_what, text, line, message) => {
		const result: ImportResult = importFramework(text, { fileName: 'bad.md' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[0]?.line).toBe(line);
		expect(result.errors[0]?.message).toMatch(message);
	});

	it('keeps bullets before the first level as context, with one warning for them', () => {
		const result = importFramework('# Ladder\n\n- One\n- Two\n\n## Level 1\n\n- Fine.\n', {
			fileName: 'ladder.md'
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.framework.context).toEqual([
			{ label: 'Introduction', text: 'One' },
			{ label: 'Introduction', text: 'Two' }
		]);
		expect(result.warnings.filter((w) => w.includes('kept as context'))).toEqual([
			'line 3: the introduction (line 3) is not a level: kept as context'
		]);
	});
});
