import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Framework } from '../../model/schema';
import { moveInGrid } from '../shared/keyboard';
import { textWidth } from '../shared/text';
import { heatmapLayout, type HeatmapSkill, type HeatmapStep } from './layout';

/** The framework's steps and skills as its page gets them (sorted by name; href to the evidence). */
function bundled(id: string): { steps: HeatmapStep[]; skills: HeatmapSkill[] } {
	const fw = Framework.parse(
		JSON.parse(
			readFileSync(join(import.meta.dirname, '../../../../data/frameworks', `${id}.json`), 'utf8')
		)
	);
	return {
		steps: fw.steps,
		skills: fw.skills
			.map((curve) => ({
				id: curve.skill,
				name: curve.skill,
				points: Object.fromEntries(
					curve.growth.map((p) => [
						p.step,
						{ proficiency: p.proficiency, evidence: p.evidence.length, href: `#${p.evidence[0]}` }
					])
				)
			}))
			.sort((a, b) => a.name.localeCompare(b.name))
	};
}

const ipe = bundled('infrastructure-platform-engineering');
const platform = bundled('platform-engineer');
const vaarst = bundled('vaarst-devops-engineer');
const rubric = bundled('senior-platform-engineer-rubric');
const speedoc = bundled('speedoc-engineering');

const layoutOf = (data: { steps: HeatmapStep[]; skills: HeatmapSkill[] }) =>
	heatmapLayout(data.steps, data.skills);
const pointsOf = (data: { skills: HeatmapSkill[] }) =>
	data.skills.reduce((n, s) => n + Object.keys(s.points).length, 0);

describe('heatmapLayout', () => {
	it.each([
		['no skills', [{ id: 'p1', label: 'P1' }], []],
		['no steps', [], [{ id: 'a', name: 'A', points: {} }]],
		['nothing', [], []]
	] as [string, HeatmapStep[], HeatmapSkill[]][])('draws no cells for %s', (_, steps, skills) => {
		const layout = heatmapLayout(steps, skills);
		expect(layout.cells).toEqual([]);
		expect(layout.height).toBeGreaterThan(0);
		expect(layout.rows).toHaveLength(skills.length);
		expect(layout.columns).toHaveLength(steps.length);
	});

	it.each([
		// framework, rows, columns, column labels (first, last), fits a phone (328)
		['002', ipe, ipe.skills.length, 7, ['P1', 'P7'], true],
		['Platform Engineer', platform, platform.skills.length, 7, ['L1', 'L7'], true],
		['Vaarst (one step)', vaarst, vaarst.skills.length, 1, ['L4', 'L4'], true],
		['Speedoc', speedoc, 1, 7, ['L1', 'L7'], true],
		['rubric', rubric, rubric.skills.length, 15, ['Low', 'High'], false]
	] as const)('%s: %s rows × %s columns', (_, data, rows, cols, labels, fits) => {
		const layout = layoutOf(data);
		expect(layout.rows).toHaveLength(rows);
		expect(layout.columns).toHaveLength(cols);
		expect([layout.columns[0]!.lines[0]!.text, layout.columns.at(-1)!.lines[0]!.text]).toEqual(
			labels
		);
		expect(layout.cells).toHaveLength(pointsOf(data));
		expect(layout.empty).toHaveLength(rows * cols - pointsOf(data));
		expect(layout.width <= 328).toBe(fits);
		// Tappable: no cell narrower or shorter than 24.
		for (const c of layout.cells) {
			expect(c.width).toBeGreaterThanOrEqual(24);
			expect(c.height).toBeGreaterThanOrEqual(24);
		}
	});

	it('groups the rubric’s 15 bands under their 5 ratings', () => {
		const layout = layoutOf(rubric);
		expect(layout.groups.map((g) => g.lines.map((l) => l.text).join(' '))).toEqual([
			'Level 1 · Unsatisfactory',
			'Level 2 · Development Needed',
			'Level 3 · Consistently Delivers',
			'Level 4 · Leading',
			'Level 5 · Transformative'
		]);
		for (const [i, group] of layout.groups.entries()) {
			expect(group.x).toBe(layout.columns[i * 3]!.x);
			expect(Math.round(group.width)).toBe(Math.round(layout.columns[0]!.width * 3));
		}
		expect(layoutOf(ipe).groups).toEqual([]);
	});

	it('names a cell by skill, step, proficiency and evidence, and links it', () => {
		const layout = layoutOf(ipe);
		const cell = layout.cells.find((c) => c.id === 'technical-direction--p7')!;
		const evidence = ipe.skills.find((s) => s.id === 'technical-direction')!.points.p7!.evidence;
		expect(evidence).toBeGreaterThan(1);
		expect(cell.label).toBe(
			`technical-direction at P7 (Staff / Distinguished Professional): 6, shapes the industry; ${evidence} source sentences`
		);
		expect(cell.paragraphs[0]).toBe('Proficiency 6 of 6: shapes the industry.');
		expect(cell.href).toMatch(/^#p7-/);
		expect(cell.proficiency).toBe(6);
	});

	it('places cells by skill row and step column, ties drawn alike, and 0 apart from no evidence', () => {
		const steps = [
			{ id: 'a', label: 'A' },
			{ id: 'b', label: 'B' }
		];
		const point = (proficiency: number) => ({ proficiency, evidence: 1, href: '#x' });
		const layout = heatmapLayout(steps, [
			{ id: 'one', name: 'One', points: { a: point(3), b: point(3) } },
			{ id: 'two', name: 'Two', points: { b: point(0) } },
			{ id: 'three', name: 'Three', points: {} }
		]);
		expect(layout.cells.map((c) => [c.id, c.row, c.col, c.proficiency])).toEqual([
			['one--a', 0, 0, 3],
			['one--b', 0, 1, 3],
			['two--b', 1, 1, 0]
		]);
		expect(layout.cells[1]!.x).toBeGreaterThan(layout.cells[0]!.x);
		expect(layout.cells[2]!.y).toBeGreaterThan(layout.cells[0]!.y);
		expect(layout.cells[2]!.label).toBe('Two at B: 0, not expected; 1 source sentence');
		expect(layout.empty.map((e) => [e.id, e.row, e.col])).toEqual([
			['two--a', 1, 0],
			['three--a', 2, 0],
			['three--b', 2, 1]
		]);
		expect(layout.empty[0]!.label).toBe('Two at A: no evidence');
		expect(layout.empty[0]!.heading).toBe('Two · A');
		expect(layout.rows.map((r) => r.lines.map((l) => l.text).join(' '))).toEqual([
			'One',
			'Two',
			'Three'
		]);
	});

	it.each([
		['002', ipe],
		['rubric', rubric],
		['Vaarst', vaarst]
	] as const)('%s: labels fit, cells inside and on distinct grid positions', (_, data) => {
		const layout = layoutOf(data);
		for (const row of layout.rows) {
			for (const line of row.lines) {
				expect(line.x + textWidth(line.text, layout.fontSize)).toBeLessThanOrEqual(
					layout.columns[0]!.x
				);
			}
		}
		for (const c of layout.cells) {
			expect(c.x + c.width).toBeLessThanOrEqual(layout.width);
			expect(c.y + c.height).toBeLessThanOrEqual(layout.height);
		}
		const positions = layout.cells.map((c) => `${c.row},${c.col}`);
		expect(new Set(positions).size).toBe(positions.length);
		// With the empty cells, every position of the grid holds exactly one mark.
		const all = [...layout.cells, ...layout.empty].map((c) => `${c.row},${c.col}`).sort();
		expect(all).toEqual(
			Array.from({ length: layout.gridRows * layout.gridCols }, (_, i) =>
				[Math.floor(i / layout.gridCols), i % layout.gridCols].join(',')
			).sort()
		);
	});

	it('an arrow moves exactly one cell, onto an empty one too (002: Automation P4, ↓)', () => {
		const layout = layoutOf(ipe);
		const marks = [...layout.cells, ...layout.empty];
		const at = new Map(marks.map((m) => [`${m.row},${m.col}`, m]));
		const move = (id: string, key: string) => {
			const from = marks.find((m) => m.id === id)!;
			const to = moveInGrid(from, key, layout.gridRows, layout.gridCols, (r, c) =>
				at.has(`${r},${c}`)
			)!;
			return at.get(`${to.row},${to.col}`)!;
		};
		const automation = layout.rows.findIndex((r) => r.id === 'automation');
		const below = ipe.skills[automation + 1]!;
		expect(below.points.p4).toBeUndefined();
		const down = move('automation--p4', 'ArrowDown');
		expect(down.id).toBe(`${below.id}--p4`);
		expect(down.label).toBe(`${below.name} at P4: no evidence`);
		expect(move(down.id, 'ArrowUp').id).toBe('automation--p4');
		expect(move('automation--p4', 'ArrowRight').id).toBe('automation--p5');
		expect(move('automation--p1', 'ArrowLeft').id).toBe('automation--p1');
		expect(move('automation--p4', 'Home').id).toBe('automation--p1');
	});
});
