// Skills × steps heatmap of one framework: proficiency (0–6) per skill per step, each cell a link
// to its evidence. Cells have a fixed size (the chart scrolls sideways on a phone rather than
// shrinking 15 rubric bands below a legible, tappable size). A cell without evidence is a mark
// too (focusable, not a link), so that the arrow keys move one cell at a time, as in a grid.
import { scaleBand } from 'd3-scale';
import { PROFICIENCY_LABELS } from '../../model/proficiency';
import { shortLabel, type TextLine } from '../shared/labels';
import { textWidth, truncate, wrapText } from '../shared/text';

export interface HeatmapPoint {
	proficiency: number;
	/** How many statements (or step dimensions) justify it. */
	evidence: number;
	/** Where the first piece of evidence can be read. */
	href: string;
}

export interface HeatmapSkill {
	id: string;
	name: string;
	/** The source's own name, when it differs. */
	sourceName?: string;
	/** Points by step id; a step without one has no evidence. */
	points: Record<string, HeatmapPoint>;
}

export interface HeatmapStep {
	id: string;
	label: string;
	title?: string;
}

/** A cell of the grid: its place, box and words; with evidence, a `HeatmapCell`. */
export interface HeatmapMark {
	id: string;
	skill: string;
	step: string;
	row: number;
	col: number;
	x: number;
	y: number;
	width: number;
	height: number;
	label: string;
	heading: string;
	paragraphs: string[];
}

export interface HeatmapCell extends HeatmapMark {
	proficiency: number;
	evidence: number;
	href: string;
}

export interface HeatmapLayout {
	width: number;
	height: number;
	fontSize: number;
	rows: { id: string; y: number; height: number; lines: TextLine[]; stripe: boolean }[];
	/** Column headers: the step's label (a rubric band's own part of it: "Low"). */
	columns: { id: string; x: number; width: number; lines: TextLine[] }[];
	/** "Skill" over the row labels, level with the step labels. */
	corner: TextLine;
	/** Runs of consecutive steps that share a title (a rubric's ratings), over their columns. */
	groups: { id: string; x: number; width: number; lines: TextLine[] }[];
	cells: HeatmapCell[];
	/** Steps with no evidence for a skill: drawn as empty, focusable, no link. */
	empty: HeatmapMark[];
	gridRows: number;
	gridCols: number;
}

const FONT = 12;
const ROW = 30;
/** Row labels wrap within this, so that a seven-step framework fits a phone (328 wide). */
const LABEL_MAX = 118;
const CELL_MIN = 30;

/** Runs of steps sharing a title, when the framework groups its steps so (the rubric). */
function titleRuns(steps: readonly HeatmapStep[]): { title: string; steps: HeatmapStep[] }[] {
	const runs: { title: string; steps: HeatmapStep[] }[] = [];
	for (const step of steps) {
		const last = runs.at(-1);
		if (step.title && last?.steps[0]!.title === step.title) last.steps.push(step);
		// "Level 1 · Low" titled "Unsatisfactory" heads its run as "Level 1 · Unsatisfactory".
		else
			runs.push({
				title: [step.label.split(' · ')[0], step.title].filter(Boolean).join(' · '),
				steps: [step]
			});
	}
	return runs.some((r) => r.steps.length > 1) ? runs : [];
}

export function heatmapLayout(
	steps: readonly HeatmapStep[],
	skills: readonly HeatmapSkill[]
): HeatmapLayout {
	const runs = titleRuns(steps);
	const grouped = runs.length > 0;
	// A column is headed by what sets it apart: a rubric band's "Low", a ladder's "P4" or "L4".
	const columnLabel = (s: HeatmapStep) =>
		grouped ? (s.label.split(' · ')[1] ?? s.label) : shortLabel(s.label);

	const labelWidth = Math.min(
		LABEL_MAX,
		Math.max(60, ...skills.map((s) => textWidth(s.name, FONT))) + 12
	);
	const cellWidth = Math.ceil(
		Math.max(CELL_MIN, ...steps.map((s) => textWidth(columnLabel(s), FONT, true) + 8))
	);
	const groupHeight = grouped
		? Math.max(
				...runs.map(
					(r) => wrapText(r.title, r.steps.length * cellWidth - 6, FONT - 1, 3, true).length
				)
			) *
				(FONT + 2) +
			8
		: 0;
	const headerHeight = groupHeight + FONT + 14;
	const x = scaleBand<string>()
		.domain(steps.map((s) => s.id))
		.range([labelWidth, labelWidth + cellWidth * steps.length]);
	const nameLines = skills.map((s) => wrapText(s.name, labelWidth - 8, FONT, 3));
	const rowHeights = nameLines.map((lines) => Math.max(ROW, lines.length * (FONT + 2) + 10));
	const rowTops = rowHeights.reduce<number[]>(
		(tops, h, i) => [...tops, (tops[i] ?? headerHeight) + h],
		[headerHeight]
	);
	const width = labelWidth + cellWidth * steps.length;
	const height = rowTops.at(-1)! + 4;

	const rows = skills.map((skill, r) => {
		const y = rowTops[r]!;
		const h = rowHeights[r]!;
		const lines = nameLines[r]!;
		const top = y + h / 2 - ((lines.length - 1) * (FONT + 2)) / 2 + FONT * 0.35;
		return {
			id: skill.id,
			y,
			height: h,
			stripe: r % 2 === 1,
			lines: lines.map((text, i) => ({ key: `${i}`, text, x: 4, y: top + i * (FONT + 2) }))
		};
	});

	const cells: HeatmapCell[] = [];
	const empty: HeatmapLayout['empty'] = [];
	skills.forEach((skill, r) => {
		const row = rows[r]!;
		steps.forEach((step, c) => {
			const box = {
				x: x(step.id)! + 2,
				y: row.y + 2,
				width: cellWidth - 4,
				height: row.height - 4
			};
			const point = skill.points[step.id];
			const stepName = step.title ? `${step.label} (${step.title})` : step.label;
			const mark = {
				id: `${skill.id}--${step.id}`,
				skill: skill.id,
				step: step.id,
				row: r,
				col: c,
				...box,
				heading: `${skill.name} · ${stepName}`
			};
			if (!point) {
				empty.push({
					...mark,
					label: `${skill.name} at ${stepName}: no evidence`,
					paragraphs: ['No evidence: the source says nothing of this skill at this step.']
				});
				return;
			}
			const level = PROFICIENCY_LABELS[point.proficiency] ?? `level ${point.proficiency}`;
			const sentences = `${point.evidence} source sentence${point.evidence === 1 ? '' : 's'}`;
			cells.push({
				...mark,
				proficiency: point.proficiency,
				evidence: point.evidence,
				href: point.href,
				label: `${skill.name} at ${stepName}: ${point.proficiency}, ${level}; ${sentences}`,
				paragraphs: [
					`Proficiency ${point.proficiency} of 6: ${level}.`,
					`Evidence: ${sentences}${skill.sourceName && skill.sourceName !== skill.name ? ` (the source calls the skill “${skill.sourceName}”)` : ''}. Select to read ${point.evidence === 1 ? 'it' : 'the first'}.`
				]
			});
		});
	});

	return {
		width,
		height,
		fontSize: FONT,
		rows,
		corner: { key: 'corner', text: 'Skill', x: 4, y: headerHeight - 10, strong: true },
		columns: steps.map((step) => ({
			id: step.id,
			x: x(step.id)!,
			width: cellWidth,
			lines: [
				{
					key: '0',
					text: truncate(columnLabel(step), cellWidth - 4, FONT, true),
					x: x(step.id)! + cellWidth / 2,
					y: headerHeight - 10,
					strong: true
				}
			]
		})),
		groups: runs.map((run) => {
			const x0 = x(run.steps[0]!.id)!;
			const w = run.steps.length * cellWidth;
			return {
				id: run.steps[0]!.id,
				x: x0,
				width: w,
				lines: wrapText(run.title, w - 6, FONT - 1, 3, true).map((text, i) => ({
					key: `${i}`,
					text,
					x: x0 + w / 2,
					y: FONT + 2 + i * (FONT + 2)
				}))
			};
		}),
		cells,
		empty,
		gridRows: skills.length,
		gridCols: steps.length
	};
}
