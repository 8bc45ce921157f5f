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

/** A made-up ladder: steps as [id, level], one track covering each as given. */
function ladder(
	steps: [string, number | null][],
	coverage: Record<string, 'defined' | 'not-applicable' | 'not-documented'> = {}
): LadderFramework {
	return {
		id: 'made-up',
		name: 'Made Up',
		kind: 'ladder',
		color: '#000000',
		steps: steps.map(([id, level]) => ({ id, label: id.toUpperCase(), level, basis: 'because' })),
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
		]
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
		[rubric, [['senior-platform-engineer'], ['platform-architect']]]
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
		expect(empty.unplaced).toEqual([]);
		expect(empty.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(empty.height).toBeGreaterThan(0);
	});

	it('puts the one-step Vaarst ladder at P4 only', () => {
		const only = ladderLayout([vaarst], { orientation, width });
		expect(only.marks.map((m) => [m.level, m.status, m.steps])).toEqual([
			[4, 'defined', ['level-4']]
		]);
		expect(only.marks[0]!.label).toBe('DevOps Engineer: Level 4 (Mid), defined, at P4');
		expect(only.marks[0]!.href).toBe('/frameworks/vaarst-devops-engineer/devops-engineer/level-4');
		// "Mid" is said once, not as the name and again as the detail.
		expect(only.marks[0]!.lines.filter((l) => l.text.includes('Mid')).length).toBe(1);
	});

	it('marks Platform Engineer Levels 1–3 not applicable, with the source’s “N/A”', () => {
		const marks = marksOf(layout, 'platform-engineer');
		expect(marks.map((m) => [m.level, m.status])).toEqual([
			[1, 'not-applicable'],
			[2, 'not-applicable'],
			[3, 'not-applicable'],
			[4, 'defined'],
			[5, 'defined'],
			[6, 'defined'],
			[7, 'defined']
		]);
		expect(marks[0]!.lines.map((l) => l.text)).toContain('N/A');
		expect(marks[0]!.paragraphs[0]).toBe(
			'Not applicable for Platform Engineer: the source says “N/A”.'
		);
	});

	it('shows the rubric’s 15 bands at P4 as one block per lane, not 15 boxes', () => {
		const marks = marksOf(layout, 'senior-platform-engineer-rubric');
		expect(marks.map((m) => [m.level, m.status, m.steps.length])).toEqual([
			[4, 'defined', 15],
			[4, 'not-documented', 15]
		]);
		expect(marks[0]!.label).toBe(
			'Senior Platform Engineer, Senior Platform Engineer: 15 rating bands, Level 1 · Low to Level 5 · High, defined, at P4'
		);
		expect(marks[0]!.href).toBe(
			'/frameworks/senior-platform-engineer-rubric/senior-platform-engineer/unsatisfactory-low'
		);
		// Drawn as "Senior Platform Engineer · 15 rating bands" where there is room, "15 bands" on a phone.
		expect(marks[0]!.lines.map((l) => l.text).join(' ')).toBe(
			orientation === 'vertical' ? 'Senior Platform Engineer 15 rating bands' : '15 bands'
		);
		expect(
			marks[0]!.paragraphs.some((p) => p.startsWith('Why P4: The rubric rates one role'))
		).toBe(true);
	});

	it('keeps Speedoc’s levels, not documented for all six tracks, with their ownership', () => {
		const marks = marksOf(layout, 'speedoc-engineering');
		expect(marks).toHaveLength(7);
		expect(new Set(marks.map((m) => m.status))).toEqual(new Set(['not-documented']));
		const level4 = marks.find((m) => m.level === 4)!;
		expect(level4.lines.map((l) => l.text)).toContain('Squad');
		expect(level4.paragraphs[0]).toBe(
			'Not documented for Support, QA, Platform, Development, Tech Lead and Engineering Management: the source names this step but describes no track there.'
		);
	});

	it('lines up Speedoc Level 4, DevOps Engineer Level 4 (Mid) and P4 on one level', () => {
		const at4 = layout.marks.filter((m) => m.level === 4);
		const along = (m: (typeof at4)[number]) => (orientation === 'vertical' ? m.y : m.x);
		expect(new Set(at4.map((m) => round(along(m)))).size).toBe(1);
		expect(at4.map((m) => m.framework)).toEqual([
			'infrastructure-platform-engineering',
			'infrastructure-platform-engineering',
			'speedoc-engineering',
			'platform-engineer',
			'vaarst-devops-engineer',
			'senior-platform-engineer-rubric',
			'senior-platform-engineer-rubric'
		]);
	});

	it('orders the levels: P7 on top (vertical), P1 on the left (horizontal)', () => {
		const p = (level: number) =>
			marksOf(layout, 'platform-engineer').find((m) => m.level === level)!;
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

	it('gives several steps tied at one level a single block, and leaves unplaced steps out', () => {
		const tied = ladderLayout(
			[
				ladder([
					['a', 2],
					['b', 2],
					['c', 5],
					['d', null]
				])
			],
			{
				orientation,
				width
			}
		);
		expect(tied.marks.map((m) => [m.level, m.steps])).toEqual([
			[2, ['a', 'b']],
			[5, ['c']]
		]);
		expect(tied.marks[0]!.label).toBe('Made Up: 2 steps, A to B, defined, at P2');
		expect(tied.unplaced).toEqual([{ framework: 'made-up', name: 'Made Up', steps: ['D'] }]);
	});

	it('reads a step a track does not mention as not documented', () => {
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
		expect(partial.marks.map((m) => [m.level, m.status])).toEqual([
			[1, 'defined'],
			[2, 'not-documented']
		]);
	});
});

describe('ladderTable', () => {
	const rows = ladderTable(all);

	it('has a row per common level, and a cell per framework', () => {
		expect(rows.map((r) => r.level)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		for (const row of rows) expect(row.cells.map((c) => c.framework)).toEqual(all.map((f) => f.id));
	});

	it.each([
		// level, framework, step texts, notes, summary
		[4, 'vaarst-devops-engineer', ['Level 4 (Mid)'], [], undefined],
		[1, 'platform-engineer', ['Level 1'], ['not applicable (“N/A”)'], undefined],
		[4, 'speedoc-engineering', ['Level 4'], ['all 6 tracks: not documented'], undefined],
		[
			4,
			'infrastructure-platform-engineering',
			['P4'],
			['SRE, DevOps tooling: not documented'],
			undefined
		],
		[
			4,
			'senior-platform-engineer-rubric',
			[],
			['Platform Architect: not documented'],
			'15 rating bands'
		],
		[1, 'senior-platform-engineer-rubric', [], [], undefined]
	])('P%s %s', (level, framework, texts, notes, summary) => {
		const cell = rows.find((r) => r.level === level)!.cells.find((c) => c.framework === framework)!;
		expect(cell.steps.map((s) => s.text)).toEqual(texts);
		expect(cell.notes).toEqual(notes);
		expect(cell.summary?.text).toBe(summary);
	});

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
	const FIRST = "Each framework's steps placed on the common levels P1 (bottom) to P7 (top).";
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
				'Infrastructure & Platform Engineering P4, Speedoc Engineering Career Tracks Level 4, Platform Engineer Track Level 4 and DevOps Engineer Level 4 (Mid) sit on the same level, P4.',
				'Speedoc Engineering Career Tracks: no track is documented at any level.',
				'Platform Engineer Track: Level 1, Level 2 and Level 3 are not applicable.',
				'The Senior Platform Engineer rating rubric rates one role, so all 15 of its rating bands sit at P4.'
			]
		],
		['empty data', [], [FIRST]],
		['a framework with one step only (Vaarst)', [vaarst], [FIRST]],
		[
			'not-applicable steps (Platform Engineer)',
			[platform],
			[FIRST, 'Platform Engineer Track: Level 1, Level 2 and Level 3 are not applicable.']
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
