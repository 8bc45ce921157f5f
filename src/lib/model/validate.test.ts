import { describe, expect, it } from 'vitest';
import type { FrameworkInput } from './schema';
import {
	checkAcrossFrameworks,
	formatProblem,
	jsonPath,
	parseFramework,
	parseJson,
	parseTaxonomy
} from './validate';

const skills = new Set(['mentoring', 'ci-cd']);

/** A small valid framework; each case below breaks one thing. */
function valid(): FrameworkInput {
	return {
		id: 'tiny',
		name: 'Tiny ladder',
		organisation: 'Test',
		kind: 'ladder',
		source: { file: 'tiny.md', title: 'Tiny ladder' },
		steps: [
			{
				id: 'l1',
				label: 'Level 1',
				dimensions: [{ id: 'l1-scope', kind: 'scope', label: 'Scope', text: 'A task.' }],
				common: { level: 1, basis: 'Numbered like the reference.' }
			},
			{ id: 'l2', label: 'Level 2', common: { level: 2, basis: 'Numbered like the reference.' } }
		],
		tracks: [
			{
				id: 'ic',
				name: 'IC',
				family: 'individual-contributor',
				steps: [
					{ step: 'l1', status: 'defined' },
					{ step: 'l2', status: 'defined' }
				]
			},
			{
				id: 'em',
				name: 'EM',
				family: 'management',
				steps: [
					{ step: 'l1', status: 'not-applicable', sourceText: 'N/A' },
					{ step: 'l2', status: 'not-documented' }
				]
			}
		],
		statements: [
			{ id: 'l1-1', track: 'ic', step: 'l1', text: 'Pairs with others.', skills: ['mentoring'] },
			{ id: 'l2-1', track: 'ic', step: 'l2', text: 'Mentors others.', skills: ['mentoring'] }
		],
		skills: [
			{
				skill: 'mentoring',
				growth: [
					{ step: 'l1', proficiency: 1, evidence: ['l1-1', 'l1-scope'] },
					{ step: 'l2', proficiency: 4, evidence: ['l2-1'] }
				]
			}
		],
		transitions: [
			{ id: 'ic-to-em', from: { track: 'ic' }, to: { track: 'em' }, kind: 'lateral', evidence: 'x' }
		],
		notes: [{ id: 'n1', text: 'A note.', statements: ['l1-1'], steps: ['l2'], tracks: ['em'] }]
	};
}

function problems(mutate: (fw: FrameworkInput & Record<string, unknown>) => void): string[] {
	const fw = structuredClone(valid()) as FrameworkInput & Record<string, unknown>;
	mutate(fw);
	return parseFramework(fw, 'tiny.json', skills).problems.map(formatProblem);
}

describe('parseFramework', () => {
	it('accepts the valid framework', () => {
		expect(problems(() => {})).toEqual([]);
	});

	it.each<[string, (fw: FrameworkInput & Record<string, unknown>) => void, string]>([
		['missing field', (fw) => delete (fw as Partial<FrameworkInput>).name, 'tiny.json: $.name:'],
		['bad slug', (fw) => (fw.id = 'Tiny Ladder'), '$.id: expected a lowercase slug'],
		['unknown key', (fw) => (fw.colour = 'red'), 'colour'],
		['bad kind', (fw) => (fw.kind = 'tree' as never), '$.kind:'],
		[
			'script link as source url',
			(fw) => (fw.source.url = 'javascript:alert(1)'),
			'$.source.url: expected an http(s) address'
		],
		['level off the scale', (fw) => (fw.steps[0]!.common.level = 8), '$.steps[0].common.level:'],
		[
			'range whose top is not above its level',
			(fw) => (fw.steps[1]!.common.to = 2),
			'$.steps[1].common.to: expected "to" above "level"'
		],
		[
			'range without a level',
			(fw) => Object.assign(fw.steps[1]!.common, { level: null, to: 3 }),
			'$.steps[1].common.to: expected "to" above "level"'
		],
		[
			'placement citing an unknown statement',
			(fw) => (fw.steps[0]!.common.evidence = ['l1-1', 'nowhere']),
			'$.steps[0].common.evidence[1]: unknown statement or dimension "nowhere"'
		],
		[
			'repeat of an unknown step',
			(fw) => (fw.steps[1]!.common.sameAs = 'l9'),
			'$.steps[1].common.sameAs: unknown step "l9"'
		],
		[
			'repeat placed apart from what it repeats',
			(fw) => (fw.steps[1]!.common.sameAs = 'l1'),
			'$.steps[1].common: repeats step "l1" but is placed differently'
		],
		[
			'role placement citing an unknown statement',
			(fw) => (fw.tracks[0]!.common = { level: 3, basis: 'b', evidence: ['gone'] }),
			'$.tracks[0].common.evidence[0]: unknown statement or dimension "gone"'
		],
		[
			'note about a skill without a curve',
			(fw) => (fw.notes![0]!.skills = ['ci-cd']),
			'$.notes[0].skills[0]: skill "ci-cd" has no growth curve in this framework'
		],
		['empty statement text', (fw) => (fw.statements![0]!.text = '  '), '$.statements[0].text:'],
		[
			'proficiency beyond 6',
			(fw) => (fw.skills![0]!.growth[0]!.proficiency = 7),
			'$.skills[0].growth[0].proficiency:'
		],
		[
			'growth point without evidence',
			(fw) => (fw.skills![0]!.growth[0]!.evidence = []),
			'$.skills[0].growth[0].evidence: a growth point needs at least one piece of evidence'
		],
		['duplicate step', (fw) => (fw.steps[1]!.id = 'l1'), '$.steps[1].id: duplicate step id "l1"'],
		[
			'statement and dimension share an id',
			(fw) => (fw.statements![0]!.id = 'l1-scope'),
			'duplicate statement or dimension id "l1-scope"'
		],
		[
			'statement in unknown track',
			(fw) => (fw.statements![0]!.track = 'qa'),
			'$.statements[0].track: unknown track "qa"'
		],
		[
			'statement with unknown skill',
			(fw) => (fw.statements![0]!.skills = ['juggling']),
			'$.statements[0].skills[0]: unknown skill "juggling"'
		],
		[
			'tagged skill without a curve',
			(fw) => (fw.statements![0]!.skills = ['mentoring', 'ci-cd']),
			'$.statements[0].skills[1]: skill "ci-cd" has no growth curve'
		],
		[
			'track missing a step',
			(fw) => fw.tracks[1]!.steps.pop(),
			'$.tracks[1].steps: expected one entry per framework step'
		],
		[
			'defined cell without statements',
			(fw) => (fw.tracks[1]!.steps[1]!.status = 'defined'),
			'$.tracks[1].steps[1].status: "defined" but no statement'
		],
		[
			'undefined cell with statements',
			(fw) => (fw.tracks[0]!.steps[0]!.status = 'not-documented'),
			'expected "defined"'
		],
		[
			'dangling evidence',
			(fw) => (fw.skills![0]!.growth[1]!.evidence = ['l9-1']),
			'$.skills[0].growth[1].evidence[0]: unknown statement or dimension "l9-1"'
		],
		[
			'evidence from another step',
			(fw) => (fw.skills![0]!.growth[1]!.evidence = ['l1-1']),
			'statement "l1-1" belongs to step "l1", not "l2"'
		],
		[
			'evidence that does not list the skill',
			(fw) => (fw.statements![1]!.skills = []),
			'statement "l2-1" is cited for "mentoring" but does not list that skill'
		],
		[
			'growth out of step order',
			(fw) => fw.skills![0]!.growth.reverse(),
			'$.skills[0].growth[1].step: growth points must follow step order'
		],
		[
			'transition to unknown track',
			(fw) => (fw.transitions![0]!.to.track = 'cto'),
			'$.transitions[0].to.track: unknown track "cto"'
		],
		[
			'note about unknown statement',
			(fw) => (fw.notes![0]!.statements = ['nope']),
			'$.notes[0].statements[0]: unknown statement "nope"'
		]
	])('reports %s', (_name, mutate, expected) => {
		const found = problems(mutate);
		expect(
			found.some((p) => p.includes(expected)),
			found.join('\n')
		).toBe(true);
	});
});

describe('checkAcrossFrameworks', () => {
	const tiny = parseFramework(valid(), 'tiny.json', skills);
	if (!tiny.ok) throw new Error('fixture invalid');
	const pointing = structuredClone(tiny.value);
	pointing.id = 'other';
	pointing.transitions = [
		{
			id: 'to-tiny',
			from: { track: 'ic' },
			to: { framework: 'tiny', track: 'em', step: 'l2' },
			kind: 'sibling',
			bidirectional: false,
			evidence: 'x'
		}
	];

	it('resolves a transition into another framework', () => {
		expect(
			checkAcrossFrameworks([
				{ file: 'tiny.json', framework: tiny.value },
				{ file: 'other.json', framework: pointing }
			])
		).toEqual([]);
	});

	it('reports an unknown framework, track and step, and duplicate ids', () => {
		const broken = structuredClone(pointing);
		broken.transitions[0]!.to = { framework: 'tiny', track: 'cto', step: 'l9' };
		const lonely = structuredClone(pointing);
		lonely.id = 'lonely';
		lonely.transitions[0]!.to.framework = 'gone';
		const found = checkAcrossFrameworks([
			{ file: 'tiny.json', framework: tiny.value },
			{ file: 'other.json', framework: broken },
			{ file: 'lonely.json', framework: lonely },
			{ file: 'copy.json', framework: tiny.value }
		]).map(formatProblem);
		expect(found).toEqual([
			'copy.json: $.id: framework id "tiny" is also used by tiny.json',
			'other.json: $.transitions[0].to.track: framework "tiny" has no track "cto"',
			'other.json: $.transitions[0].to.step: framework "tiny" has no step "l9"',
			'lonely.json: $.transitions[0].to.framework: unknown framework "gone"'
		]);
	});
});

describe('parseJson', () => {
	it.each([
		['', 'the file is empty'],
		['   \n', 'the file is empty'],
		['{"a": 1,\n "b": }', 'not valid JSON (line 2, column 7): value expected'],
		// A comma forgotten at the end of a line: that line, where the comma belongs, not the next.
		['{\n "a": 1\n "b": 2\n}', 'not valid JSON (line 2, column 8): comma expected'],
		['{\n "a" 1\n}', 'not valid JSON (line 2, column 5): colon expected']
	])('%j → %s', (text, message) => {
		const result = parseJson(text, 'f.json');
		expect(result.ok).toBe(false);
		expect(result.problems[0]?.message).toContain(message);
	});

	it('accepts a UTF-8 byte order mark', () => {
		expect(parseJson('\ufeff{"a": [1]}', 'f.json')).toEqual({
			ok: true,
			value: { a: [1] },
			problems: [],
			warnings: []
		});
	});

	it('refuses 6,000-deep JSON before parsing it, naming the file and where', () => {
		const deep = parseJson('{"a":\n' + '['.repeat(6_000) + ']'.repeat(6_000) + '}', 'deep.json');
		expect(deep.problems.map(formatProblem)).toEqual([
			'deep.json: $: nested more than 64 levels deep (line 2, column 64); at most 64 levels are read'
		]);
		// 64 levels are fine, and brackets inside strings do not count.
		const ok = parseJson('['.repeat(64) + '"[[[[{{{{"' + ']'.repeat(64), 'ok.json');
		expect(ok.ok).toBe(true);
	});

	it('refuses a file over 5 MB', () => {
		const big = `["${'x'.repeat(5_000_000)}"]`;
		expect(parseJson(big, 'big.json').problems.map(formatProblem)).toEqual([
			'big.json: $: the file is 5,000,004 bytes; JSON is read up to 5,000,000 bytes (5 MB): split it, one file per framework or track'
		]);
	});

	it('warns about repeated keys with their path and line; the last one wins', () => {
		const text =
			'{\n  "id": "a",\n  "steps": [{ "id": "l1" }, { "id": "l2", "id": "l3" }],\n  "id": "b"\n}';
		const result = parseJson(text, 'f.json');
		expect(result.ok && result.value).toEqual({ id: 'b', steps: [{ id: 'l1' }, { id: 'l3' }] });
		expect(result.warnings.map(formatProblem)).toEqual([
			'f.json: $.steps[1].id: duplicate key "id" (line 3; first on line 3): the last one is used',
			'f.json: $.id: duplicate key "id" (line 4; first on line 2): the last one is used'
		]);
	});

	it('says how many more repeated keys there are after the first 20', () => {
		const text = `{${Array.from({ length: 25 }, () => '"k": 1').join(', ')}}`;
		const warnings = parseJson(text, 'f.json').warnings.map((w) => w.message);
		expect(warnings).toHaveLength(21);
		expect(warnings[20]).toBe('4 more duplicate keys');
	});
});

describe('parseTaxonomy', () => {
	it('reports duplicate skill ids', () => {
		const result = parseTaxonomy(
			{
				skills: [
					{ id: 'a', name: 'A', description: 'a' },
					{ id: 'a', name: 'A again', description: 'a' }
				]
			},
			'skills.json'
		);
		expect(result.problems.map(formatProblem)).toEqual([
			'skills.json: $.skills[1].id: duplicate skill id "a" (first at $.skills[0])'
		]);
	});
});

describe('jsonPath', () => {
	it.each([
		[[], '$'],
		[['steps', 3, 'id'], '$.steps[3].id'],
		[['a-b'], '$["a-b"]']
	])('%j → %s', (path, expected) => {
		expect(jsonPath(path)).toBe(expected);
	});
});
