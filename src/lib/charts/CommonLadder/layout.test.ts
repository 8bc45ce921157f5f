import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Framework } from '../../model/schema';
import {
	formatYears,
	ladderDescription,
	ladderFramework,
	ladderLayout,
	ladderTable,
	ladderUnplaced,
	lanesOf,
	shortLabel,
	type LadderFramework,
	type LadderLayout,
	type Orientation
} from './layout';
import { textWidth } from '../shared/text';

const bundled = (id: string): LadderFramework =>
	ladderFramework(
		Framework.parse(
			JSON.parse(
				readFileSync(join(import.meta.dirname, '../../../../data/frameworks', `${id}.json`), 'utf8')
			)
		),
		'#123456'
	);

const ipe = bundled('infrastructure-platform-engineering');
const speedoc = bundled('speedoc-engineering');
const platform = bundled('platform-engineer');
const vaarst = bundled('vaarst-devops-engineer');
const rubric = bundled('senior-platform-engineer-rubric');
const all = [ipe, speedoc, platform, vaarst, rubric];

/** A made-up ladder: steps as [id, level or [min, max]], one track covering each as given. */
function ladder(
	steps: [string, number | [number, number] | null][],
	coverage: Record<string, 'defined' | 'not-applicable' | 'not-documented'> = {}
): LadderFramework {
	return {
		id: 'made-up',
		name: 'Made Up',
		kind: 'ladder',
		color: '#000000',
		steps: steps.map(([id, level]) => ({
			id,
			label: id.toUpperCase(),
			placement:
				level === null
					? null
					: typeof level === 'number'
						? { min: level, max: level }
						: { min: level[0], max: level[1] },
			basis: 'because'
		})),
		tracks: [
			{
				id: 'only',
				name: 'Only',
				coverage: Object.fromEntries(
					steps
						.filter(([id]) => coverage[id] !== undefined || Object.keys(coverage).length === 0)
						.map(([id]) => [id, { status: coverage[id] ?? 'defined' }])
				)
			}
		],
		unplacedTracks: []
	};
}

const ORIENTATIONS: [Orientation, number][] = [
	['vertical', 960],
	['horizontal', 328]
];

const round = (n: number) => Math.round(n);
const marksOf = (layout: LadderLayout, framework: string) =>
	layout.marks.filter((m) => m.framework === framework);

describe('ladderFramework', () => {
	it.each([
		// framework, step, key (short text) and detail (tooltip) start with
		[ipe, 'p1', '0–1 years', '0–1 years; new graduate'],
		[ipe, 'p7', '20+ years', 'Staff-level individual contributor'],
		[speedoc, 'level-1', 'Small pieces of well-defined work within a squad', 'Ownership: Small'],
		[speedoc, 'level-7', 'Across the whole company', 'Ownership: Across the whole company'],
		[vaarst, 'level-4', 'Mid', 'I am prolific'],
		[platform, 'level-1', undefined, undefined]
	])('%#: %s → key %j', (fw, stepId, key, detail) => {
		const step = fw.steps.find((s) => s.id === stepId)!;
		if (key === undefined) expect(step.key).toBeUndefined();
		else expect(step.key?.startsWith(key)).toBe(true);
		if (detail === undefined) expect(step.detail).toBeUndefined();
		else expect(step.detail?.startsWith(detail)).toBe(true);
	});

	it('keeps each track’s coverage and the source’s words for it', () => {
		expect(platform.tracks[0]!.coverage['level-1']).toEqual({
			status: 'not-applicable',
			sourceText: 'N/A'
		});
		expect(platform.tracks[0]!.coverage['level-4']).toEqual({ status: 'defined' });
	});
});

describe('formatYears / shortLabel', () => {
	it.each([
		[{ min: 0, max: 1 }, '0–1'],
		[{ min: 2 }, '2+'],
		[{ min: 15, max: 22 }, '15–22'],
		[{ min: 3, max: 3 }, '3']
	])('%j → %s', (years, text) => expect(formatYears(years)).toBe(text));

	it.each([
		['Level 4', 'L4'],
		['P4', 'P4'],
		['Level 1 · Low', 'L1 · Low']
	])('%s → %s', (label, short) => expect(shortLabel(label)).toBe(short));
});

describe('lanesOf', () => {
	it.each([
		// framework, lanes as track ids
		[ipe, [['infrastructure-platform'], ['sre', 'devops-tooling']]],
		[
			speedoc,
			[['support', 'qa', 'platform', 'development', 'tech-lead', 'engineering-management']]
		],
		[platform, [['platform-engineer']]],
		[vaarst, [['devops-engineer']]],
		// The rubric's one placed role; Platform Architect is named, not placed.
		[rubric, [['senior-platform-engineer']]]
	])('%#: %s', (fw, expected) => {
		expect(lanesOf(fw).map((l) => l.tracks.map((t) => t.id))).toEqual(expected);
	});
});

describe.each(ORIENTATIONS)('ladderLayout (%s)', (orientation, width) => {
	const layout = ladderLayout(all, { orientation, width });

	it('draws nothing but the axis for no frameworks', () => {
		const empty = ladderLayout([], { orientation, width });
		expect(empty.marks).toEqual([]);
		expect(empty.frameworks).toEqual([]);
		expect(empty.lanes).toEqual([]);
		expect(ladderUnplaced([])).toEqual([]);
		expect(empty.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(empty.height).toBeGreaterThan(0);
	});

	const span = (m: LadderLayout['marks'][number]) => [m.placement.min, m.placement.max];
	const levelSize = (l: LadderLayout) =>
		orientation === 'vertical' ? l.levels[0]!.height : l.levels[0]!.width;

	it('draws the one-step Vaarst ladder across P2–P3, where its content reads', () => {
		const only = ladderLayout([vaarst], { orientation, width });
		expect(only.marks.map((m) => [span(m), m.status, m.steps])).toEqual([
			[[2, 3], 'defined', ['level-4']]
		]);
		expect(only.marks[0]!.label).toBe('DevOps Engineer: Level 4 (Mid), defined, at P2–P3');
		expect(only.marks[0]!.href).toBe('/frameworks/vaarst-devops-engineer/devops-engineer/level-4');
		// A range is drawn as a range: the box covers two levels, not one.
		const size = orientation === 'vertical' ? only.marks[0]!.height : only.marks[0]!.width;
		expect(size).toBeGreaterThan(levelSize(only) * 1.5);
		expect(only.marks[0]!.paragraphs.at(-1)).toMatch(/^Why P2–P3 \(a range/);
	});

	it('draws the Platform Engineer Track by content, with Level 7 on Level 6 as its copy', () => {
		const marks = marksOf(layout, 'platform-engineer');
		expect(marks.map((m) => [span(m), m.steps])).toEqual([
			[[2, 3], ['level-4']],
			[[3, 4], ['level-5']],
			[
				[4, 5],
				['level-6', 'level-7']
			]
		]);
		expect(marks[2]!.label).toContain('Level 6 and Level 7 (repeats Level 6)');
		expect(ladderUnplaced(all)).toContainEqual({
			framework: 'platform-engineer',
			name: 'Platform Engineer Track',
			steps: ['Level 1', 'Level 2', 'Level 3'],
			why: 'not applicable in the source, so not placed'
		});
	});

	it('sets overlapping ranges side by side, and a range on its own across the lane', () => {
		const made = ladderLayout(
			[
				ladder([
					['a', [2, 3]],
					['b', [3, 4]],
					['c', [4, 5]],
					['d', 7]
				])
			],
			{ orientation, width }
		);
		const [a, b, c, d] = made.marks;
		const across = (m: typeof a) => (orientation === 'vertical' ? m!.x : m!.y);
		const breadth = (m: typeof a) => (orientation === 'vertical' ? m!.width : m!.height);
		expect(across(a)).toBe(across(c));
		expect(across(b)).toBeGreaterThan(across(a));
		if (orientation === 'vertical') expect(breadth(d)).toBeGreaterThan(breadth(a) * 1.8);
		else expect(across(d)).toBe(across(a));
	});

	it('draws the rubric as one role at P4–P5, its ratings kept apart from levels', () => {
		const marks = marksOf(layout, 'senior-platform-engineer-rubric');
		expect(marks.map((m) => [span(m), m.steps])).toEqual([
			[[4, 5], ['role-senior-platform-engineer']]
		]);
		expect(marks[0]!.href).toBe('/frameworks/senior-platform-engineer-rubric');
		expect(marks[0]!.label).toBe(
			'Senior Platform Engineer: the Senior Platform Engineer role, rated on 15 ratings, at P4–P5'
		);
		expect(marks[0]!.paragraphs[0]).toContain('they are not levels');
		expect(ladderUnplaced(all)).toContainEqual({
			framework: 'senior-platform-engineer-rubric',
			name: 'Senior Platform Engineer',
			steps: ['Platform Architect'],
			why: 'named as a role but not described, so not placed'
		});
	});

	it('keeps Speedoc’s levels, not documented for all six tracks, with their ownership', () => {
		const marks = marksOf(layout, 'speedoc-engineering');
		expect(marks.map(span)).toEqual([
			[1, 1],
			[2, 2],
			[3, 3],
			[4, 4],
			[5, 5],
			[5, 6],
			[6, 7]
		]);
		expect(new Set(marks.map((m) => m.status))).toEqual(new Set(['not-documented']));
		const level4 = marks.find((m) => m.steps[0] === 'level-4')!;
		expect(level4.lines.map((l) => l.text)).toContain('Squad');
		expect(level4.paragraphs[0]).toBe(
			'Not documented for Support, QA, Platform, Development, Tech Lead and Engineering Management: the source names this step but describes no track there.'
		);
	});

	it('lines up Speedoc Level 4 and the reference P4 on one level', () => {
		const at4 = layout.marks.filter((m) => m.placement.min === 4 && m.placement.max === 4);
		const along = (m: (typeof at4)[number]) => (orientation === 'vertical' ? m.y : m.x);
		expect(new Set(at4.map((m) => round(along(m)))).size).toBe(1);
		expect(at4.map((m) => m.framework)).toEqual([
			'infrastructure-platform-engineering',
			'infrastructure-platform-engineering',
			'speedoc-engineering'
		]);
	});

	it('orders the levels: P7 on top (vertical), P1 on the left (horizontal)', () => {
		const p = (level: number) =>
			marksOf(layout, 'infrastructure-platform-engineering').find(
				(m) => m.placement.min === level
			)!;
		if (orientation === 'vertical') expect(p(7).y).toBeLessThan(p(1).y);
		else expect(p(1).x).toBeLessThan(p(7).x);
	});

	it('keeps marks inside the chart, apart, and on distinct grid positions', () => {
		const lineHeight = layout.fontSize + 3;
		for (const m of layout.marks) {
			expect(m.lines.length * lineHeight, m.id).toBeLessThanOrEqual(m.height);
			expect(m.x).toBeGreaterThanOrEqual(0);
			expect(round(m.x + m.width)).toBeLessThanOrEqual(width);
			expect(m.y + m.height).toBeLessThanOrEqual(layout.height);
			for (const line of m.lines) {
				const size = line.size ?? (line.strong ? layout.fontSize : layout.fontSize - 1);
				expect(textWidth(line.text, size, line.strong)).toBeLessThanOrEqual(m.width - 8);
			}
		}
		const overlaps = layout.marks.flatMap((a, i) =>
			layout.marks
				.slice(i + 1)
				.filter(
					(b) =>
						a.x < b.x + b.width &&
						b.x < a.x + a.width &&
						a.y < b.y + b.height &&
						b.y < a.y + a.height
				)
				.map((b) => `${a.id} × ${b.id}`)
		);
		expect(overlaps).toEqual([]);
		const positions = layout.marks.map((m) => `${m.row},${m.col}`);
		expect(new Set(positions).size).toBe(positions.length);
		for (const m of layout.marks) {
			expect(m.row).toBeLessThan(layout.rows);
			expect(m.col).toBeLessThan(layout.cols);
		}
		expect(new Set(layout.marks.map((m) => m.id)).size).toBe(layout.marks.length);
	});

	it('gives several steps tied at one place a single block, and leaves unplaced steps out', () => {
		const madeUp = ladder([
			['a', 2],
			['b', 2],
			['c', 5],
			['d', null]
		]);
		const tied = ladderLayout([madeUp], { orientation, width });
		expect(tied.marks.map((m) => [span(m), m.steps])).toEqual([
			[
				[2, 2],
				['a', 'b']
			],
			[[5, 5], ['c']]
		]);
		expect(tied.marks[0]!.label).toBe('Made Up: A and B, defined, at P2');
		expect(ladderUnplaced([madeUp])).toEqual([
			{ framework: 'made-up', name: 'Made Up', steps: ['D'], why: 'not on the common scale' }
		]);
	});

	it('draws no mark for a step the track does not mention', () => {
		const partial = ladderLayout(
			[
				ladder(
					[
						['a', 1],
						['b', 2]
					],
					{ a: 'defined' }
				)
			],
			{
				orientation,
				width
			}
		);
		expect(partial.marks.map((m) => [span(m), m.status])).toEqual([[[1, 1], 'defined']]);
	});
});

describe('ladderTable', () => {
	const rows = ladderTable(all);

	it('has a row per common level, and a cell per framework', () => {
		expect(rows.map((r) => r.level)).toEqual([1, 2, 3, 4, 5, 6, 7, null]);
		for (const row of rows) expect(row.cells.map((c) => c.framework)).toEqual(all.map((f) => f.id));
	});

	it.each([
		// level, framework, step texts, ranges, notes
		[2, 'vaarst-devops-engineer', ['Level 4 (Mid)'], ['P2–P3'], []],
		[3, 'vaarst-devops-engineer', ['Level 4 (Mid)'], ['P2–P3'], []],
		[4, 'vaarst-devops-engineer', [], [], []],
		[4, 'platform-engineer', ['Level 5', 'Level 6', 'Level 7'], ['P3–P4', 'P4–P5', 'P4–P5'], []],
		[null, 'platform-engineer', ['Level 1', 'Level 2', 'Level 3'], [], ['not applicable (“N/A”)']],
		[4, 'speedoc-engineering', ['Level 4'], [], ['all 6 tracks: not documented']],
		[4, 'infrastructure-platform-engineering', ['P4'], [], ['SRE, DevOps tooling: not documented']],
		[
			5,
			'senior-platform-engineer-rubric',
			['Senior Platform Engineer (a role rated on 15 ratings)'],
			['P4–P5'],
			[]
		],
		[1, 'senior-platform-engineer-rubric', [], [], []]
	] as [number | null, string, string[], string[], string[]][])(
		'P%s %s',
		(level, framework, texts, ranges, notes) => {
			const cell = rows
				.find((r) => r.level === level)!
				.cells.find((c) => c.framework === framework)!;
			expect(cell.steps.map((s) => s.text)).toEqual(texts);
			expect(cell.steps.flatMap((s) => s.range ?? [])).toEqual(ranges);
			expect(cell.notes).toEqual(notes);
		}
	);

	it('links a step to the first track that defines it', () => {
		const p4 = rows[3]!.cells.find((c) => c.framework === 'infrastructure-platform-engineering')!;
		expect(p4.steps[0]!.href).toBe(
			'/frameworks/infrastructure-platform-engineering/infrastructure-platform/p4'
		);
		expect(
			rows[3]!.cells.find((c) => c.framework === 'speedoc-engineering')!.steps[0]
		).toMatchObject({
			href: '/frameworks/speedoc-engineering/support/level-4',
			key: 'Squad'
		});
	});

	it('adds a row for steps that are not on the scale, and is empty without frameworks', () => {
		expect(ladderTable([ladder([['a', null]])]).map((r) => r.level)).toEqual([
			1,
			2,
			3,
			4,
			5,
			6,
			7,
			null
		]);
		expect(ladderTable([]).every((r) => r.cells.length === 0)).toBe(true);
	});
});

describe('ladderDescription', () => {
	const FIRST =
		"Each framework's steps placed on the common levels P1 (bottom) to P7 (top); a step whose content spans several levels is drawn across them.";
	const tied = (id: string, name: string) => ({
		...ladder([
			['a', 2],
			['b', 3]
		]),
		id,
		name
	});

	it.each([
		[
			'every bundled framework',
			all,
			[
				FIRST,
				'Infrastructure & Platform Engineering P1 and Speedoc Engineering Career Tracks Level 1 sit on the same level, P1.',
				'Speedoc Engineering Career Tracks: Level 6 spans P5–P6 and Level 7 spans P6–P7.',
				'Platform Engineer Track: Level 4 spans P2–P3, Level 5 spans P3–P4, Level 6 spans P4–P5 and Level 7 spans P4–P5.',
				'Platform Engineer Track: Level 7 repeats Level 6 word for word and sits with it.',
				'DevOps Engineer: Level 4 spans P2–P3.',
				'Senior Platform Engineer rates one role, Senior Platform Engineer, placed at P4–P5; its 15 ratings are within the role, not levels.',
				'Speedoc Engineering Career Tracks: no track is documented at any level.',
				'Platform Engineer Track: Level 1, Level 2 and Level 3 are not applicable.'
			]
		],
		['empty data', [], [FIRST]],
		[
			'a framework with one step only (Vaarst)',
			[vaarst],
			[FIRST, 'DevOps Engineer: Level 4 spans P2–P3.']
		],
		[
			'not-applicable steps and a repeat (Platform Engineer)',
			[platform],
			[
				FIRST,
				'Platform Engineer Track: Level 4 spans P2–P3, Level 5 spans P3–P4, Level 6 spans P4–P5 and Level 7 spans P4–P5.',
				'Platform Engineer Track: Level 7 repeats Level 6 word for word and sits with it.',
				'Platform Engineer Track: Level 1, Level 2 and Level 3 are not applicable.'
			]
		],
		[
			'ties: the lower level is named',
			[tied('x', 'X'), tied('y', 'Y')],
			[FIRST, 'X A and Y A sit on the same level, P2.']
		],
		[
			'missing values: a step off the scale is not counted, one not applicable is',
			[
				ladder(
					[
						['a', 4],
						['b', null],
						['c', null]
					],
					{ a: 'not-applicable', b: 'defined' }
				)
			],
			[FIRST, 'Made Up: A is not applicable.']
		],
		[
			'a ladder whose steps all sit on one level, none documented',
			[
				ladder(
					[
						['a', 5],
						['b', 5]
					],
					{ a: 'not-documented', b: 'not-documented' }
				)
			],
			[FIRST, 'All 2 steps of Made Up sit at P5.', 'Made Up: no track is documented at any level.']
		]
	] as [string, LadderFramework[], string[]][])('%s', (_, frameworks, sentences) => {
		const text = ladderDescription(frameworks);
		for (const sentence of sentences) expect(text).toContain(sentence);
		// Nothing else: the expected sentences make up the whole description.
		expect(text.length).toBe(sentences.join(' ').length);
	});
});
