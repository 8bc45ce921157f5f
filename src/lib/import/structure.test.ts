// Structure recognition on ladders in the shapes organisations publish, each a small fixture of
// our own (src/lib/import/fixtures/): levels found from sibling headings, tables and repeated
// headings, not from "Level N" labels; what lies outside the levels kept as context.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FrameworkInput } from '../model/schema';
import { formatProblem, parseFramework } from '../model/validate';
import { importFramework } from './index';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

function imported(text: string, fileName: string) {
	const result = importFramework(text, { fileName });
	if (!result.ok) {
		throw new Error(result.errors.map((e) => `line ${e.line}: ${e.message}`).join('\n'));
	}
	return result;
}

/** "step | section | text", with "track: " in front when the framework has several tracks. */
function statementRows(fw: FrameworkInput): string[] {
	const several = fw.tracks.length > 1;
	return (fw.statements ?? []).map(
		(s) => `${several ? `${s.track}: ` : ''}${s.step} | ${s.section ?? ''} | ${s.text}`
	);
}

const stepRows = (fw: FrameworkInput) =>
	fw.steps.map((s) => [s.id, s.label, s.title ?? null, s.common.level]);

/** Each track's coverage, one letter per step: d(efined), n(ot documented), a (not applicable). */
const coverage = (fw: FrameworkInput) =>
	Object.fromEntries(
		fw.tracks.map((t) => [
			t.id,
			t.steps
				.map((s) => ({ defined: 'd', 'not-documented': 'n', 'not-applicable': 'a' })[s.status])
				.join('')
		])
	);

interface Case {
	pattern: string;
	file: string;
	name: string;
	steps: (string | number | null)[][];
	tracks: Record<string, string>;
	statements: string[];
	context?: [string, string][];
	/** Warnings expected among the import's warnings (substrings, with their line). */
	warnings?: string[];
}

const cases: Case[] = [
	{
		pattern:
			'role names as level headings, prose split into sentences, numbered lists, link lists as context',
		file: 'role-names.md',
		name: 'Game Studio Programmers',
		steps: [
			['junior-programmer', 'Junior Programmer', null, null],
			['programmer', 'Programmer', null, null],
			['senior-programmer', 'Senior Programmer', null, null],
			['technology-director', 'Technology Director', null, null]
		],
		tracks: { 'game-studio-programmers': 'dddd' },
		statements: [
			'junior-programmer | Craft | Fixes small bugs in one game system.',
			'junior-programmer | Craft | Asks a senior for a review before merging.',
			'junior-programmer | Craft | Writes gameplay code from a clear ticket.',
			'junior-programmer | Craft | Profiles a frame with help from the team.',
			'junior-programmer | Teamwork | Shares progress at the daily stand-up.',
			'programmer | Craft | Builds whole features in one game system.',
			'programmer | Craft | Writes gameplay code that others extend.',
			'programmer | Craft | Profiles and fixes frame spikes alone.',
			'programmer | Teamwork | Reviews the code of junior programmers.',
			// "e.g. Physics" would cut the sentence: the paragraph stays whole.
			'senior-programmer | Craft | Designs systems that several teams build on, e.g. Physics and Audio.',
			'senior-programmer | Teamwork | Mentors two programmers or more.',
			'technology-director | Craft | Sets the engine roadmap for the studio.',
			'technology-director | Teamwork | Grows the lead programmers of every team.'
		],
		context: [
			['Contents', 'Junior Programmer'],
			['Contents', 'Programmer'],
			['Contents', 'Senior Programmer'],
			['Further reading', 'Promotion process'],
			['Further reading', 'Pay bands']
		],
		warnings: [
			'line 5: "Contents" (lines 5–7) is not a level: kept as context',
			'line 57: "Further reading" (lines 57–59) is not a level: kept as context'
		]
	},
	{
		pattern: 'role names with a code in brackets',
		file: 'role-codes.md',
		name: 'Web Team Ladder',
		steps: [
			['l1', 'L1', 'Junior Programmer', 1],
			['l2', 'L2', 'Programmer', 2],
			['l3', 'L3', 'Senior Programmer', 3]
		],
		tracks: { 'web-team-ladder': 'ddd' },
		statements: [
			'l1 |  | Ships small changes behind a feature flag.',
			'l1 |  | Writes unit tests for the code they change.',
			'l2 |  | Ships features end to end.',
			'l3 |  | Leads the design of a feature across two teams.'
		]
	},
	{
		pattern: 'Roman numerals and prose levels without a title; experience lines as dimensions',
		file: 'roman-prose.md',
		name: 'Support Engineer',
		steps: [
			['support-engineer-i', 'Support Engineer I', null, null],
			['support-engineer-ii', 'Support Engineer II', null, null],
			['senior-support-engineer', 'Senior Support Engineer', null, null],
			['staff-support-engineer', 'Staff Support Engineer', null, null]
		],
		tracks: { 'support-engineer': 'dddd' },
		statements: [
			'support-engineer-i |  | Answers customer tickets from the runbook.',
			'support-engineer-i |  | Escalates anything outside it.',
			'support-engineer-i |  | Learns the product one area at a time.',
			'support-engineer-i | Experience | Experience: typically 0-1 years of support experience.',
			'support-engineer-ii |  | Solves most tickets without help.',
			'support-engineer-ii |  | Writes runbook entries for new problems.',
			'support-engineer-ii | Experience | Experience: typically 2 years of support experience.',
			'senior-support-engineer |  | At this level the engineer multiplies the team.',
			'senior-support-engineer |  | Owns the hardest escalations, e.g. Data loss and outages, until they are closed. Trains new engineers on the tools.',
			'senior-support-engineer | Experience | Experience: typically 4 years of support experience.',
			'staff-support-engineer |  | Shapes how the whole support organisation works!',
			'staff-support-engineer |  | Partners with product on the roadmap.'
		],
		warnings: ['no title found: the framework is named "Support Engineer"']
	},
	{
		pattern: 'several tables (one per area), a Notes column, group rows, <br> cells, N/A cells',
		file: 'competency-tables.md',
		name: 'Data Platform Framework',
		steps: [
			['d1', 'D1', null, 1],
			['d2', 'D2', null, 2],
			['d3', 'D3', null, 3]
		],
		tracks: { 'data-platform-framework': 'ddd' },
		statements: [
			'd1 | Technical › Pipelines › Batch | Runs existing jobs.',
			'd2 | Technical › Pipelines › Batch | Builds new jobs.',
			'd2 | Technical › Pipelines › Batch | Tests them.',
			'd3 | Technical › Pipelines › Batch | Designs the batch platform.',
			'd2 | Technical › Pipelines › Streaming | Reads from topics.',
			'd3 | Technical › Pipelines › Streaming | Designs streaming systems.',
			'd1 | Technical › Storage › Modelling | Follows the models.',
			'd2 | Technical › Storage › Modelling | Extends models.',
			'd3 | Technical › Storage › Modelling | Owns the warehouse model.',
			'd1 | Collaboration › Reviews | Asks for reviews.',
			"d2 | Collaboration › Reviews | Reviews peers' changes.",
			'd3 | Collaboration › Reviews | Sets review standards.'
		],
		context: [
			['Batch · Notes', 'Airflow today.'],
			['Reviews · Notes', 'Comments welcome.']
		],
		warnings: [
			'line 10: the column "Notes" of this table is not a level: kept as context',
			'line 11: "N/A" under "Technical › Pipelines › Streaming" for "D1" is not kept as a statement'
		]
	},
	{
		pattern:
			'an HTML table in Markdown: rowspan level cells, a colspan summary row, <ul><li>, <p>, <br>, N/A',
		file: 'html-table.md',
		name: 'Mobile Engineering Levels',
		steps: [
			['mo1', 'MO1', null, 1],
			['mo2', 'MO2', null, 2]
		],
		tracks: { 'mobile-engineering-levels': 'dd' },
		statements: [
			'mo1 |  | An engineer learning the apps.',
			'mo1 | Craft | Builds screens from a design.',
			'mo1 | Craft | Writes UI tests.',
			'mo1 | Craft | Snapshot tests of each screen.',
			'mo1 | Delivery | Delivers small tasks.',
			'mo1 | Delivery | Asks for help early.',
			'mo2 |  | An engineer who owns features.',
			'mo2 | Craft | Builds features alone.',
			'mo2 | Craft | Profiles the app.'
		],
		context: [
			['Introduction', 'The levels build on each other.'],
			['Introduction', 'Every level also meets our values.']
		],
		warnings: ['line 5: bullets outside the level table were kept as context']
	},
	{
		pattern: 'competency headings above repeated "Milestone N" headings: sections of shared steps',
		file: 'milestones.md',
		name: 'Growth Tracks',
		steps: [
			['milestone-1', 'Milestone 1', null, 1],
			['milestone-2', 'Milestone 2', null, 2]
		],
		tracks: { 'growth-tracks': 'dd' },
		statements: [
			'milestone-1 | Frontend | Works inside the existing components.',
			'milestone-1 | Frontend › Example behaviours | Fixes layout bugs.',
			'milestone-1 | Frontend › Example tasks | Added a button to the settings page.',
			'milestone-2 | Frontend | Designs new components.',
			'milestone-2 | Frontend › Example behaviours | Builds accessible widgets.',
			'milestone-1 | Hiring | Takes part in interviews.',
			'milestone-1 | Hiring › Example behaviours | Runs a coding interview.',
			'milestone-2 | Hiring | Improves the interview loop.',
			'milestone-2 | Hiring › Example behaviours | Writes a new interview exercise.'
		],
		context: [
			['Frontend', 'Builds the web client.'],
			['Hiring', 'Grows the team.']
		]
	},
	{
		pattern:
			'tracks that share level codes ("L2 IC" / "L2 EM"), <p>- …</p> cells, N/A cells, a lead-in paragraph',
		file: 'shared-codes.md',
		name: 'Data Engineers',
		steps: [
			['l1', 'L1', 'Data Engineer', 1],
			['l2', 'L2', 'Data Engineer', 2]
		],
		tracks: { ic: 'dd', em: 'nd' },
		statements: [
			'ic: l1 |  | Usually a graduate',
			'ic: l1 | Responsibilities › Delivery | Builds pipelines from a spec',
			'ic: l1 | Responsibilities › Delivery | Tests what they build',
			'ic: l2 | Responsibilities › Delivery | Designs pipelines for one domain',
			'ic: l2 | Responsibilities › People | Helps new joiners',
			'em: l2 | As an Engineering Manager | As an Engineering Manager:',
			'em: l2 | As an Engineering Manager | You manage 3-6 data engineers',
			'em: l2 | As an Engineering Manager | You own the roadmap of one domain',
			"em: l2 | Responsibilities › Delivery | Plans the team's quarter",
			'em: l2 | Responsibilities › Delivery | Removes blockers',
			'em: l2 | Responsibilities › People | Runs one-to-ones'
		],
		warnings: [
			'line 14: "N/A" under "Responsibilities › People" for "L1" is not kept as a statement'
		]
	},
	{
		pattern:
			'tracks named in brackets ("(Individual Contributor)" / "(People Manager)") beside shared levels',
		file: 'qualified-roles.md',
		name: 'Product Engineering',
		steps: [
			['junior-engineer', 'Junior Engineer', null, null],
			['senior-engineer', 'Senior Engineer', null, null],
			['principal-engineer', 'Principal Engineer', null, null],
			['engineering-director', 'Engineering Director', null, null]
		],
		tracks: {
			'product-engineering': 'dnnd',
			'individual-contributor': 'nddn',
			'people-manager': 'nddn'
		},
		statements: [
			'product-engineering: junior-engineer | Delivery | Ships small changes with support.',
			'individual-contributor: senior-engineer | Delivery | Leads projects across teams.',
			'people-manager: senior-engineer | Delivery | Runs a team of five engineers.',
			'individual-contributor: principal-engineer | Delivery | Sets the technical direction of a product area.',
			'people-manager: principal-engineer | Delivery | Runs a group of teams.',
			'product-engineering: engineering-director | Delivery | Owns the delivery of the whole department.'
		]
	},
	{
		pattern:
			'label bullets with children, "Label: text" bullets, nested examples, an "All Levels" list',
		file: 'label-bullets.md',
		name: 'Platform Ladder',
		steps: [
			['e1', 'E1', null, 1],
			['e2', 'E2', null, 2]
		],
		tracks: { 'platform-ladder': 'dd' },
		statements: [
			'e1 | Impact | Impact: Delivers tasks of small risk.',
			"e1 | Scope | Scope: Focuses on their team's services.",
			'e1 | Teamwork | Teamwork:',
			'e1 | Teamwork | Pairs with teammates.',
			'e1 | Teamwork | Asks for feedback.',
			'e2 | Impact | Impact: Delivers projects of medium risk.',
			'e2 | Scope | Scope:',
			'e2 | Scope | Works across two services.',
			'e2 | Scope | Improves shared libraries.',
			'e2 | Scope › Improves shared libraries. | Such as the logging client.',
			'e2 | Scope › Improves shared libraries. | Or the retry helper.',
			'e2 | Teamwork | Teamwork: Mentors new joiners.'
		],
		context: [
			['Expectations', 'Every engineer, at every level:'],
			['Expectations', 'Writes things down.'],
			['Expectations', 'Keeps the on-call rota healthy.'],
			['All Levels', 'Impact'],
			['All Levels', "Contributes to the company's goals."],
			['Other pages', 'Manager ladder']
		],
		warnings: [
			'line 3: "Expectations" (lines 3–7) is not a level: kept as context',
			'line 10: "All Levels" (lines 10–12) is not a level: kept as context',
			'line 35: "Other pages" (lines 35–37) is not a level: kept as context'
		]
	},
	{
		pattern: 'an engineer table and a manager table: two tracks',
		file: 'track-tables.md',
		name: 'Security Careers',
		steps: [
			['se1', 'SE1', null, 1],
			['se2', 'SE2', null, 2],
			['se3', 'SE3', null, 3],
			['sm1', 'SM1', null, 1],
			['sm2', 'SM2', null, 2]
		],
		tracks: { engineers: 'dddnn', managers: 'nnndd' },
		statements: [
			'engineers: se1 | Expectations | Fixes findings from scans.',
			'engineers: se2 | Expectations | Threat-models new services.',
			'engineers: se3 | Expectations | Sets the secure design standards.',
			"managers: sm1 | Expectations | Runs the security team's rota.",
			'managers: sm2 | Expectations | Owns the security budget and hiring.'
		]
	},
	{
		pattern: 'plain text: short lines above bullets are the level headings',
		file: 'plain-text.txt',
		name: 'Ops Ladder',
		steps: [
			['junior-operator', 'Junior Operator', null, null],
			['operator', 'Operator', null, null],
			['senior-operator', 'Senior Operator', null, null]
		],
		tracks: { 'ops-ladder': 'ddd' },
		statements: [
			'junior-operator |  | Watches the dashboards.',
			'junior-operator |  | Follows the runbooks.',
			'operator |  | Writes new runbooks.',
			'senior-operator |  | Designs the alerting.'
		]
	}
];

describe('importFramework: structure of published ladders (own fixtures)', () => {
	it.each(cases)('$pattern ($file)', (c) => {
		const { framework, warnings } = imported(fixture(c.file), c.file);
		expect(parseFramework(framework, c.file, new Set()).problems.map(formatProblem)).toEqual([]);
		expect(framework.name).toBe(c.name);
		expect(stepRows(framework)).toEqual(c.steps);
		expect(coverage(framework)).toEqual(c.tracks);
		expect(statementRows(framework)).toEqual(c.statements);
		if (c.context) expect(framework.context?.map((x) => [x.label, x.text])).toEqual(c.context);
		for (const w of c.warnings ?? []) {
			expect(warnings, w).toContainEqual(expect.stringContaining(w));
		}
		// Every statement id is unique and every step keeps a basis for its place on the scale.
		expect(new Set(framework.statements?.map((s) => s.id)).size).toBe(c.statements.length);
		for (const step of framework.steps) {
			expect(step.common.basis).toMatch(/needs review/);
			expect(step.common.evidence).toEqual([]);
		}
	});
});

describe('importFramework: levels named in other ways', () => {
	const ladder = (headings: string[]) =>
		`# Ladder\n\n${headings.map((h, i) => `## ${h}\n\n- Does thing ${i + 1}.\n`).join('\n')}`;
	it.each([
		[
			['IC1', 'IC2', 'IC3'],
			['ic1', 'ic2', 'ic3'],
			[1, 2, 3]
		],
		[
			['E3', 'E4', 'E5'],
			['e3', 'e4', 'e5'],
			[3, 4, 5]
		],
		[
			['SRE 1', 'SRE 2'],
			['sre-1', 'sre-2'],
			[1, 2]
		],
		[
			['S1', 'S2', 'S3'],
			['s1', 's2', 's3'],
			[1, 2, 3]
		],
		[
			['Stage 1', 'Stage 2'],
			['stage-1', 'stage-2'],
			[1, 2]
		],
		[
			['Milestone 1', 'Milestone 2'],
			['milestone-1', 'milestone-2'],
			[1, 2]
		],
		[
			['D1 - Developer 1', 'D2 - Developer 2'],
			['d1', 'd2'],
			[1, 2]
		],
		[
			['Engineer I', 'Engineer II', 'Engineer III'],
			['engineer-i', 'engineer-ii', 'engineer-iii'],
			[1, 2, 3]
		],
		[
			['Junior', 'Mid-level', 'Senior', 'Staff'],
			['junior', 'mid-level', 'senior', 'staff'],
			[null, null, null, null]
		],
		[
			['Apprentice', 'Practitioner', 'Expert'],
			['apprentice', 'practitioner', 'expert'],
			[null, null, null]
		],
		// A number after a role counts within the role, not on a scale, when not every level has one.
		[
			['Engineer', 'Senior Engineer 1', 'Senior Engineer 2'],
			['engineer', 'senior-engineer-1', 'senior-engineer-2'],
			[null, null, null]
		]
	])('%j', (headings, ids, levels) => {
		const { framework } = imported(ladder(headings), 'ladder.md');
		expect(framework.steps.map((s) => s.id)).toEqual(ids);
		expect(framework.steps.map((s) => s.label)).toEqual(
			headings.map((h) => h.replace(/ - .*$/, ''))
		);
		expect(framework.steps.map((s) => s.common.level)).toEqual(levels);
		expect(framework.statements).toHaveLength(headings.length);
	});

	it('reads bold lines and a list of names with items under them as level headings', () => {
		const bold = imported(
			'# Ladder\n\nIntro.\n\n**Junior Engineer**\n\n- Writes code.\n\n**Senior Engineer**\n\n- Designs systems.\n',
			'bold.md'
		).framework;
		expect(statementRows(bold)).toEqual([
			'junior-engineer |  | Writes code.',
			'senior-engineer |  | Designs systems.'
		]);
		const listed = imported(
			'# Ladder\n\n- Junior Engineer\n  - Writes code.\n    - With help.\n- Senior Engineer\n  - Designs systems.\n',
			'list.md'
		).framework;
		expect(statementRows(listed)).toEqual([
			'junior-engineer |  | Writes code.',
			'junior-engineer | Writes code. | With help.',
			'senior-engineer |  | Designs systems.'
		]);
	});

	it('reads a list of "Level: text" items as one level per item', () => {
		const { framework } = imported(
			'# Ladder\n\n- **L1 Junior**: Works on tasks.\n- **L2 Mid**: Works on features.\n  - Such as search.\n',
			'items.md'
		);
		expect(statementRows(framework)).toEqual([
			'l1-junior | L1 Junior | L1 Junior: Works on tasks.',
			'l2-mid | L2 Mid | L2 Mid: Works on features.',
			'l2-mid | L2 Mid | Such as search.'
		]);
	});

	it('reads numbered level headings, and bold labels over lists as sections', () => {
		const { framework } = imported(
			'# Ladder\n\n## 1. Junior Developer\n\n**Skills**\n\n- Fixes bugs.\n\n## 2. Developer\n\nScope: one team.\n\n- Builds features.\n',
			'numbered.md'
		);
		expect(stepRows(framework)).toEqual([
			['1-junior-developer', '1. Junior Developer', null, 1],
			['2-developer', '2. Developer', null, 2]
		]);
		expect(statementRows(framework)).toEqual([
			'1-junior-developer | Skills | Skills',
			'1-junior-developer | Skills | Fixes bugs.',
			'2-developer | Scope | Scope: one team.',
			'2-developer |  | Builds features.'
		]);
	});

	it('reads a second run of level headings under a sibling heading that names a track', () => {
		const { framework } = imported(
			'# Ladder\n\n## IC1\n\n- Codes.\n\n## IC2\n\n- Designs.\n\n## Managers\n\nHow managers grow.\n\n## M1\n\n- Manages a team.\n\n## M2\n\n- Manages managers.\n',
			'runs.md'
		);
		expect(coverage(framework)).toEqual({ ladder: 'ddnn', managers: 'nndd' });
		expect(framework.context).toEqual([{ label: 'Managers', text: 'How managers grow.' }]);
	});

	it('reads a table of the same levels beside level headings into their steps (years as numbers)', () => {
		const { framework } = imported(
			'# Ladder\n\n| Level | Years of experience |\n|---|---|\n| L1 | 0-2 years |\n| L2 | 2-4 years |\n\n## L1 {#l1}\n\n- Writes code.\n\n## L2\n\n- Designs features.\n',
			'summary.md'
		);
		expect(framework.tracks.map((t) => t.id)).toEqual(['ladder']);
		expect(framework.steps.map((s) => s.dimensions?.map((d) => [d.kind, d.text, d.years]))).toEqual(
			[
				[['experience', '0-2 years', { min: 0, max: 2 }]],
				[['experience', '2-4 years', { min: 2, max: 4 }]]
			]
		);
	});

	it('reads group rows of a table of levels as the tracks of the levels below them', () => {
		const { framework } = imported(
			'# Ladder\n\n| Level | Expectations |\n|---|---|\n| **Individual contributors** | |\n| E1 | Builds features. |\n| E2 | Designs systems. |\n| **Managers** | |\n| M1 | Runs a team. |\n',
			'groups.md'
		);
		expect(coverage(framework)).toEqual({ 'individual-contributors': 'ddn', managers: 'nnd' });
	});

	it('gives a cell that spans level columns to each level it spans', () => {
		const { framework } = imported(
			'# Ladder\n\n<table>\n<tr><th></th><th>Designer I</th><th>Designer II</th><th>Senior Designer</th></tr>\n<tr><td>Research</td><td colspan="2">Joins research sessions.</td><td>Leads research.</td></tr>\n</table>\n',
			'span.md'
		);
		expect(statementRows(framework)).toEqual([
			'designer-i | Research | Joins research sessions.',
			'designer-ii | Research | Joins research sessions.',
			'senior-designer | Research | Leads research.'
		]);
	});

	it('reads track headings above their own level headings as tracks', () => {
		const { framework } = imported(
			'# Ladder\n\n## Individual contributor track\n\n### IC1\n\n- Codes.\n\n### IC2\n\n- Designs.\n\n## Manager track\n\n### M1\n\n- Manages a team.\n\n### M2\n\n- Manages managers.\n',
			'tracks.md'
		);
		expect(coverage(framework)).toEqual({
			'individual-contributor-track': 'ddnn',
			'manager-track': 'nndd'
		});
		expect(framework.tracks.map((t) => t.family)).toEqual(['individual-contributor', 'management']);
	});
});

describe('importFramework: one message per cause', () => {
	it('says which structures were tried and which headings and table came closest', () => {
		const result = importFramework(
			'# Notes\n\n## Goals\n\n- Ship.\n\n## Risks\n\n- Slip.\n\n| Topic | Owner |\n|---|---|\n| Budget | Finance team |\n',
			{ fileName: 'notes.md' }
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0]?.line).toBe(3);
		expect(result.errors[0]?.message).toMatch(
			/^no levels found\. Tried \(1\) sibling headings .*the closest, "Goals", "Risks" \(lines 3–7\), name no levels; \(2\) .*; \(3\) tables .*the closest \(line 11\) has the header "Topic", "Owner" and the first column "Budget", which name no levels\./
		);
	});

	it('keeps raw HTML in a statement as text, with one warning per tag', () => {
		const { framework, warnings } = imported(
			'# Ladder\n\n## L1\n\n- Writes <script>alert(1)</script> SQL.\n- Reviews <script> tags.\n\n## L2\n\n- Ships.\n',
			'raw.md'
		);
		expect(framework.statements?.[0]?.text).toBe('Writes <script>alert(1)</script> SQL.');
		expect(warnings.filter((w) => w.includes('raw HTML'))).toEqual([
			'line 5: raw HTML <script> is kept as text in the statements (lines 5, 6), not run or dropped'
		]);
	});

	it('warns once for every "N/A" cell of a table, naming their lines', () => {
		const { warnings } = imported(
			'# Ladder\n\n| Skill | L1 | L2 |\n|---|---|---|\n| Craft | N/A | Builds. |\n| Ops | N/A | Runs. |\n| Care | Helps. | Leads. |\n',
			'na.md'
		);
		expect(warnings.filter((w) => w.includes('N/A'))).toEqual([
			'line 5: 2 cells or items that only say "N/A" (lines 5, 6) are not kept as statements: each marks a competency that does not apply at that level'
		]);
	});

	it('keeps a competency description repeated under every level once, as context, with one warning', () => {
		const level = (name: string, own: string) =>
			`## ${name}\n\n### Delivery\n\nShips work that matters.\n\n${own}\n\n### Care\n\nLooks after people.\n\n${own} too.\n\n`;
		const { framework, warnings } = imported(
			`# Ladder\n\n${level('Junior', 'Ships tasks.')}${level('Mid', 'Ships features.')}${level('Senior', 'Ships projects.')}`,
			'described.md'
		);
		expect(framework.context).toEqual([
			{ label: 'Delivery', text: 'Ships work that matters.' },
			{ label: 'Care', text: 'Looks after people.' }
		]);
		expect(statementRows(framework)).toEqual([
			'junior | Delivery | Ships tasks.',
			'junior | Care | Ships tasks. too.',
			'mid | Delivery | Ships features.',
			'mid | Care | Ships features. too.',
			'senior | Delivery | Ships projects.',
			'senior | Care | Ships projects. too.'
		]);
		expect(warnings.filter((w) => w.includes('repeats word for word'))).toHaveLength(1);
	});
});
