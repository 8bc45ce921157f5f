import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Framework } from '../../model/schema';
import { textWidth } from '../shared/text';
import {
	progressionInput,
	progressionLayout,
	type ProgressionInput,
	type ProgressionLayout
} from './layout';

const bundled = (id: string): ProgressionInput =>
	progressionInput(
		Framework.parse(
			JSON.parse(
				readFileSync(join(import.meta.dirname, '../../../../data/frameworks', `${id}.json`), 'utf8')
			)
		)
	);

const ipe = bundled('infrastructure-platform-engineering');
const speedoc = bundled('speedoc-engineering');
const platform = bundled('platform-engineer');
const vaarst = bundled('vaarst-devops-engineer');
const rubric = bundled('senior-platform-engineer-rubric');
const ALL = { ipe, speedoc, platform, vaarst, rubric };
const WIDTHS = [328, 680, 1040];

const marks = (layout: ProgressionLayout, kind: string) =>
	layout.marks.filter((m) => m.kind === kind);
const round = (n: number) => Math.round(n);

/** A made-up framework: steps by id, tracks as { id: statuses (and counts) per step }. */
function made(
	steps: string[],
	tracks: Record<string, [string, 'defined' | 'not-applicable' | 'not-documented', number][]>
): ProgressionInput {
	return {
		framework: { id: 'made', kind: 'ladder' },
		steps: steps.map((id) => ({ id, label: id.toUpperCase(), dimensions: [] })),
		tracks: Object.entries(tracks).map(([id, cells]) => ({
			id,
			name: id,
			steps: cells.map(([step, status, count]) => ({ step, status, count }))
		})),
		signals: []
	};
}

describe('progressionInput', () => {
	it.each([
		// framework, track, step, status, statements
		[platform, 'platform-engineer', 'level-1', 'not-applicable', 0],
		[platform, 'platform-engineer', 'level-5', 'defined', 6],
		[vaarst, 'devops-engineer', 'level-4', 'defined', 15],
		[rubric, 'senior-platform-engineer', 'unsatisfactory-low', 'defined', 13],
		[rubric, 'platform-architect', 'unsatisfactory-low', 'not-documented', 0],
		[speedoc, 'tech-lead', 'level-7', 'not-documented', 0]
	])('%#: %s at %s is %s with %s statements', (input, track, step, status, count) => {
		const cell = input.tracks.find((t) => t.id === track)!.steps.find((s) => s.step === step)!;
		expect([cell.status, cell.count]).toEqual([status, count]);
	});

	it.each([
		// framework, tracks with nothing at any step → their one line (shared by the tracks it names)
		[
			ipe,
			['sre', 'devops-tooling'],
			'SRE and DevOps tooling: sibling focuses the source names but does not describe.'
		],
		[
			rubric,
			['platform-architect'],
			'Platform Architect: the next role (from Level 4 · Mid), which the source names but does not describe.'
		],
		[
			speedoc,
			['support', 'qa', 'platform', 'development', 'tech-lead', 'engineering-management'],
			'Support, QA, Platform, Development, Tech Lead and Engineering Management: tracks the source describes in a paragraph each, not level by level.'
		],
		[platform, [], ''],
		[vaarst, [], '']
	])('%#: says why each empty track is empty, from the data', (input, empty, note) => {
		expect(input.tracks.filter((t) => t.note).map((t) => t.id)).toEqual(empty);
		for (const id of empty) expect(input.tracks.find((t) => t.id === id)!.note).toBe(note);
	});

	it('keeps the first progression signal of each rubric band, and how many there are', () => {
		expect(rubric.signals).toHaveLength(15);
		expect(rubric.signals[0]).toEqual({
			step: 'unsatisfactory-low',
			count: 3,
			first: {
				id: 'unsatisfactory-low-ind-signal-1',
				text: expect.stringMatching(/^Begins making and documenting a meaningful cloud/)
			}
		});
		expect(ipe.signals).toEqual([]);
	});
});

describe('progressionLayout', () => {
	it.each(WIDTHS)('draws only the step column for an empty framework (%s wide)', (width) => {
		const layout = progressionLayout(made([], {}), width);
		expect(layout.marks).toEqual([]);
		expect(layout.rows).toEqual([]);
		expect(layout.columns.map((c) => c.kind)).toEqual(['label']);
		expect(layout.yearsAxis).toBeUndefined();
		expect(layout.height).toBeGreaterThan(0);
	});

	it.each(WIDTHS)('one-step Vaarst: one row, one defined cell with 15 statements (%s)', (width) => {
		const layout = progressionLayout(vaarst, width);
		expect(layout.rows.map((r) => r.id)).toEqual(['level-4']);
		expect(layout.marks.map((m) => [m.kind, m.status, m.lines.map((l) => l.text)])).toEqual([
			['cell', 'defined', ['15']]
		]);
		expect(layout.marks[0]!.label).toBe('DevOps Engineer at Level 4 (Mid): defined, 15 statements');
		expect(layout.columns.map((c) => c.kind)).toEqual(['label', 'track']);
	});

	it.each(WIDTHS)(
		'Platform Engineer: Levels 1–3 not applicable (“N/A”), the track starts at Level 4 (%s)',
		(width) => {
			const layout = progressionLayout(platform, width);
			const cells = marks(layout, 'cell');
			expect(cells.map((c) => c.status)).toEqual([
				'not-applicable',
				'not-applicable',
				'not-applicable',
				'defined',
				'defined',
				'defined',
				'defined'
			]);
			expect(cells[0]!.lines.map((l) => l.text)).toEqual(['N/A']);
			expect(cells[0]!.bar).toBeUndefined();
			const header = layout.columns.find((c) => c.kind === 'track')!;
			expect(header.header.map((l) => l.text).join(' ')).toBe('Platform Engineer · from Level 4');
			// One scale for the bars: 3 statements draw half as long as 6.
			const bar = (i: number) => cells[i]!.bar!.width;
			expect(round(bar(3) * 2)).toBe(round(bar(4)));
			expect(bar(4)).toBe(bar(5));
		}
	);

	it('gives equal counts equal bars, and a missing coverage entry reads as not documented', () => {
		const layout = progressionLayout(
			made(['a', 'b'], {
				one: [
					['a', 'defined', 4],
					['b', 'defined', 4]
				],
				two: [['a', 'defined', 2]]
			}),
			680
		);
		const cells = marks(layout, 'cell');
		expect(cells.map((c) => [c.id, c.status])).toEqual([
			['one--a', 'defined'],
			['two--a', 'defined'],
			['one--b', 'defined'],
			['two--b', 'not-documented']
		]);
		expect(cells[0]!.bar!.width).toBe(cells[2]!.bar!.width);
		expect(round(cells[1]!.bar!.width * 2)).toBe(round(cells[0]!.bar!.width));
	});

	it.each(WIDTHS)(
		'002: years of experience on one scale, P7’s two values both drawn (%s)',
		(width) => {
			const layout = progressionLayout(ipe, width);
			const years = marks(layout, 'years');
			expect(years.map((m) => m.years!.map((b) => b.label.text))).toEqual([
				['0–1'],
				['2+'],
				['5+'],
				['8+'],
				['12+'],
				['15+'],
				['20+', '15–22']
			]);
			const starts = years.map((m) => m.years![0]!.x1);
			expect([...starts].sort((a, b) => a - b)).toEqual(starts);
			// A closed range runs from min to max; an open one is a stub with a dashed tail.
			expect(years[0]!.years![0]!.tail).toBeUndefined();
			expect(years[1]!.years![0]!.tail).toBeGreaterThan(years[1]!.years![0]!.x2);
			const [twenty, profile] = years[6]!.years!;
			expect(profile!.x1).toBeLessThan(twenty!.x1);
			expect(profile!.x2).toBeGreaterThan(twenty!.x1);
			expect(twenty!.y).not.toBe(profile!.y);
			expect(years[6]!.label).toBe(
				'P7 (Staff / Distinguished Professional): 20+ or 15–22 years of experience (the source gives two values)'
			);
			expect(years[6]!.href).toBe(
				'/frameworks/infrastructure-platform-engineering/infrastructure-platform/p7#p7-experience'
			);
			expect(layout.yearsAxis!.ticks.map((t) => t.value)).toEqual([0, 5, 10, 15, 20, 25]);
			// No ownership column: only P7 has a scope.
			expect(marks(layout, 'key')).toEqual([]);
		}
	);

	it.each(WIDTHS)(
		'Speedoc: its ownership ladder, no empty boxes, one line for its undescribed tracks (%s)',
		(width) => {
			const layout = progressionLayout(speedoc, width);
			const key = marks(layout, 'key');
			expect(key.map((m) => m.paragraphs[0])).toEqual([
				'Small pieces of well-defined work within a squad, with the assistance of others',
				'Independently works on small tasks within a squad',
				'Feature / deliverable',
				'Squad',
				'Squad and Chapter',
				'Across more than one squad and chapter',
				'Across the whole company'
			]);
			const radii = key.map((m) => m.dot!.r);
			expect(radii[0]).toBeLessThan(radii[6]!);
			expect([...radii].sort((a, b) => a - b)).toEqual(radii);
			expect(key[3]!.href).toBe(
				'/frameworks/speedoc-engineering/support/level-4#level-4-ownership'
			);
			// Its six tracks have nothing at any level: no column of 42 empty boxes, one line instead.
			expect(marks(layout, 'cell')).toEqual([]);
			expect(layout.columns.map((c) => c.kind)).toEqual(['label', 'key']);
			expect(layout.columns.find((c) => c.kind === 'key')!.header[0]!.text).toBe('Ownership');
			expect(layout.notes.map((n) => n.lines.map((l) => l.text).join(' '))).toEqual([
				speedoc.tracks[0]!.note
			]);
			// The ladder gets the room: its text is not squeezed into a few words a line.
			const column = layout.columns.find((c) => c.kind === 'key')!;
			expect(column.width).toBeGreaterThanOrEqual(Math.min(600, width - 90));
			expect(layout.gridCols).toBe(1);
			// The note sits under the last row.
			const last = layout.rows.at(-1)!;
			expect(layout.notes[0]!.lines[0]!.y).toBeGreaterThan(last.y + last.height);
			expect(layout.height).toBeGreaterThan(layout.notes[0]!.lines.at(-1)!.y);
		}
	);

	it.each(WIDTHS)(
		'002 and the rubric: a column for the described track, a line for the empty ones (%s)',
		(width) => {
			for (const [input, drawn, note] of [
				[ipe, 'infrastructure-platform', 'SRE and DevOps tooling: sibling focuses'],
				[rubric, 'senior-platform-engineer', 'Platform Architect: the next role']
			] as const) {
				const layout = progressionLayout(input, width);
				const tracks = layout.columns.filter((c) => c.kind === 'track').map((c) => c.id);
				expect(tracks).toEqual([`track-${drawn}`]);
				expect(new Set(marks(layout, 'cell').map((m) => m.id.split('--')[0]))).toEqual(
					new Set([drawn])
				);
				expect(layout.notes).toHaveLength(1);
				// The years' gridlines stop at the last row, above the note.
				if (layout.yearsAxis) {
					expect(layout.yearsAxis.y2).toBeLessThan(layout.notes[0]!.lines[0]!.y - layout.fontSize);
				}
				expect(layout.notes[0]!.lines.map((l) => l.text).join(' ')).toMatch(new RegExp(`^${note}`));
			}
		}
	);

	it('a made-up empty track without a note still says it is not described', () => {
		const layout = progressionLayout(
			made(['a', 'b'], {
				one: [
					['a', 'defined', 1],
					['b', 'not-documented', 0]
				],
				two: [
					['a', 'not-documented', 0],
					['b', 'not-documented', 0]
				],
				three: []
			}),
			680
		);
		expect(layout.columns.map((c) => c.id)).toEqual(['label', 'track-one']);
		expect(layout.notes.map((n) => n.lines.map((l) => l.text).join(' '))).toEqual([
			'two: not described at any step.',
			'three: not described at any step.'
		]);
		expect(layout.gridCols).toBe(1);
	});

	it.each(WIDTHS)('rubric: 15 bands under 5 ratings, a signal out of each (%s)', (width) => {
		const layout = progressionLayout(rubric, width);
		expect(layout.groups.map((g) => g.line.text)).toEqual([
			'Level 1 · Unsatisfactory',
			'Level 2 · Development Needed',
			'Level 3 · Consistently Delivers',
			'Level 4 · Leading',
			'Level 5 · Transformative'
		]);
		expect(layout.rows.map((r) => r.lines[0]!.text)).toEqual(
			Array.from({ length: 5 }, () => ['Low', 'Mid', 'High']).flat()
		);
		// Each rating's header sits right above its first band.
		for (const [i, group] of layout.groups.entries()) {
			expect(round(group.y + group.height)).toBe(round(layout.rows[i * 3]!.y));
		}
		const signals = marks(layout, 'signal');
		expect(signals).toHaveLength(15);
		expect(signals[0]!.heading).toBe(
			'Level 1 · Low (Unsatisfactory): 3 progression signals towards Level 1 · Mid (Unsatisfactory)'
		);
		expect(signals[14]!.heading).toBe('Level 5 · High (Transformative): 2 progression signals');
		expect(signals[0]!.paragraphs.at(-1)).toBe('13 statements in this band.');
		// The arrow leaves its band and reaches the next one's edge.
		const arrow = signals[0]!.arrow!;
		expect(arrow.y2).toBeGreaterThanOrEqual(layout.rows[0]!.y + layout.rows[0]!.height);
		expect(signals[0]!.href).toBe(
			'/frameworks/senior-platform-engineer-rubric/senior-platform-engineer/unsatisfactory-low#unsatisfactory-low-ind-signal-1'
		);
	});

	describe.each(Object.entries(ALL))('%s', (_, input) => {
		it.each(WIDTHS)('stays inside %s, marks apart, grid positions distinct', (width) => {
			const layout = progressionLayout(input, width);
			for (const m of layout.marks) {
				expect(m.x).toBeGreaterThanOrEqual(0);
				expect(round(m.x + m.width)).toBeLessThanOrEqual(width);
				for (const line of m.lines) {
					expect(round(line.x + textWidth(line.text, layout.fontSize - 1))).toBeLessThanOrEqual(
						width
					);
				}
			}
			for (const c of layout.columns) expect(round(c.x + c.width)).toBeLessThanOrEqual(width);
			for (const line of layout.notes.flatMap((n) => n.lines)) {
				expect(round(line.x + textWidth(line.text, layout.fontSize - 1))).toBeLessThanOrEqual(
					width
				);
				expect(line.y).toBeLessThan(layout.height);
			}
			const positions = layout.marks.map((m) => `${m.row},${m.col}`);
			expect(new Set(positions).size).toBe(positions.length);
			for (const m of layout.marks) {
				expect(m.row).toBeLessThan(layout.gridRows);
				expect(m.col).toBeLessThan(layout.gridCols);
			}
			const tops = layout.rows.map((r) => r.y);
			expect([...tops].sort((a, b) => a - b)).toEqual(tops);
			for (const [i, row] of layout.rows.entries()) {
				const next = layout.rows[i + 1];
				if (next) expect(row.y + row.height).toBeLessThanOrEqual(next.y);
			}
		});
	});
});
