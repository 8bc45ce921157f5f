// YAML frameworks load as their JSON twins do, and hostile or broken YAML is refused with its
// line, never a crash.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { FrameworkInput } from '../model/schema';
import { formatProblem, parseFramework, parseJson } from '../model/validate';
import { parseYaml } from './yaml';

const framework: FrameworkInput = {
	id: 'tiny-yaml',
	name: 'Tiny ladder: in YAML',
	organisation: 'Example',
	kind: 'ladder',
	source: { file: 'tiny.yaml', title: 'Tiny ladder' },
	steps: [
		{ id: 'l1', label: 'L1', title: 'Junior', common: { level: 1, basis: 'Works with guidance.' } },
		{ id: 'l2', label: 'L2', common: { level: 2, basis: 'On its own: "no" help.' } }
	],
	tracks: [
		{
			id: 'ic',
			name: 'IC',
			family: 'individual-contributor',
			steps: [
				{ step: 'l1', status: 'defined' },
				{ step: 'l2', status: 'not-documented' }
			]
		}
	],
	statements: [
		{ id: 'l1-1', track: 'ic', step: 'l1', text: 'Ships: small things, #1 priority.' },
		{ id: 'l1-2', track: 'ic', step: 'l1', text: 'yes' }
	]
};

describe('parseYaml: a framework in YAML', () => {
	it('gives the same value as the JSON, which validates the same way', () => {
		const yaml = stringify(framework);
		const fromYaml = parseYaml(yaml, 'tiny.yaml');
		const fromJson = parseJson(JSON.stringify(framework), 'tiny.json');
		expect(fromYaml).toEqual({ ok: true, value: framework, problems: [], warnings: [] });
		expect(fromYaml.ok && fromJson.ok && fromYaml.value).toEqual(fromJson.ok && fromJson.value);
		expect(parseFramework(fromYaml.ok ? fromYaml.value : null, 'tiny.yaml', new Set()).ok).toBe(
			true
		);
	});

	it('reads hand-written YAML: comments, flow lists, block scalars, a byte order mark', () => {
		const yaml = [
			'\ufeff# A hand-written framework',
			'id: hand',
			'steps: [{ id: l1, label: "L1" }]',
			'description: |',
			'  Two lines',
			'  of text.',
			'tags: [no, on, 1.0]'
		].join('\n');
		expect(parseYaml(yaml, 'hand.yaml')).toEqual({
			ok: true,
			// YAML 1.2: "no" and "on" are strings, not booleans.
			value: {
				id: 'hand',
				steps: [{ id: 'l1', label: 'L1' }],
				description: 'Two lines\nof text.\n',
				tags: ['no', 'on', 1]
			},
			problems: [],
			warnings: []
		});
	});

	it('warns about repeated keys with their path and lines; the last one wins, as in JSON', () => {
		const result = parseYaml(
			'id: a\nid: b\nsteps:\n  - id: l1\n    label: x\n    label: y\n',
			'f.yaml'
		);
		expect(result.ok && result.value).toEqual({ id: 'b', steps: [{ id: 'l1', label: 'y' }] });
		expect(result.warnings.map(formatProblem)).toEqual([
			'f.yaml: $.id: duplicate key "id" (line 2; first on line 1): the last one is used',
			'f.yaml: $.steps[0].label: duplicate key "label" (line 6; first on line 5): the last one is used'
		]);
	});

	it('keeps language and binary tags as plain text, with a warning', () => {
		const result = parseYaml('a: !!binary aGVsbG8=\nb: !!python/object x\n', 'f.yaml');
		expect(result.ok && result.value).toEqual({ a: 'aGVsbG8=', b: 'x' });
		expect(result.warnings.map((w) => w.message)).toEqual([
			'Unresolved tag: tag:yaml.org,2002:binary (line 1, column 4)',
			'Unresolved tag: tag:yaml.org,2002:python/object (line 2, column 4)'
		]);
	});
});

describe('parseYaml refuses broken and hostile YAML with its line', () => {
	const bomb = [
		'a0: &a0 [x, x, x, x, x, x, x, x, x, x]',
		...Array.from(
			{ length: 9 },
			(_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`
		)
	].join('\n');
	it.each([
		['empty', '  \n', 'the file is empty'],
		[
			'a syntax error',
			'id: x\nsteps: [1, 2\n',
			/^not valid YAML \(line \d, column \d+\): Flow sequence in block collection/
		],
		[
			'two documents',
			'id: a\n---\nid: b\n',
			'a second YAML document starts at line 2, column 1: put one framework in each file'
		],
		[
			'an alias inside the node it names',
			'steps: &s [*s]\n',
			'the alias *s (line 1, column 12) is inside the node it names: it would never end'
		],
		[
			'an alias to an anchor never set',
			'a: *nowhere\n',
			/^not valid YAML: Unresolved alias.*nowhere/
		],
		['a billion laughs', bomb, /^not valid YAML: Excessive alias count/],
		[
			'6,000 levels of brackets',
			`steps: ${'['.repeat(6_000)}${']'.repeat(6_000)}\n`,
			'YAML nested more than 64 levels deep; at most 64 are read (line 1)'
		]
	])('%s', (_what, yaml, message) => {
		const result = parseYaml(yaml, 'f.yaml');
		expect(result.ok).toBe(false);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]?.path).toBe('$');
		expect(result.problems[0]?.message).toMatch(message);
	});
});
