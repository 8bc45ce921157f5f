// Whether a table holds levels, and where: its first column (levels as rows) or its header row
// (levels as columns). The other cells become entries (a level, the names that section them, the
// cell); columns that are not levels (Notes, Comments) and group rows are told apart.
import { slugify } from './labels';
import { couldBeLevel, labelShape, sharedTemplate } from './level-names';
import type { Block, Cell } from './markdown';

type TableBlock = Extract<Block, { kind: 'table' }>;

export interface TableLevel {
	/** The label as the table writes it ("IC1", "Junior", or "Level 1" for a bare "1" under "Level"). */
	label: string;
	line: number;
}

export interface TableEntry {
	/** Index into `levels`. */
	level: number;
	/** The names the cell sits under: a group row, then the competency. */
	section: string[];
	cell: Cell;
}

export interface LevelTable {
	block: TableBlock;
	orientation: 'rows' | 'columns';
	levels: TableLevel[];
	entries: TableEntry[];
	/** The competencies: column names (levels as rows) or row names (levels as columns). */
	competencies: string[];
	/** Cells that are not level content (a Notes column): label and text. */
	context: { label: string; text: string; line: number }[];
	/** Group rows of a levels-as-rows table: a label over the levels below it (a track). */
	groups: Map<number, string>;
	/** How many levels have a cell with words in it (not only links or marks such as "Yes"). */
	withContent: number;
}

const LEVEL_WORD = /^(?:levels?|grades?|bands?|tiers?|steps?|stages?|rungs?|ranks?)$/i;

const empty = (cell: Cell | undefined) => !cell || cell.text === '';

/** A label of the level axis; bare numbers only count under a "Level" header. */
function levelLabel(cell: Cell | undefined, corner: string): string | undefined {
	if (!cell || !cell.text) return undefined;
	if (/^\d{1,2}$/.test(cell.text)) {
		const word = corner.replace(/s$/i, '');
		return LEVEL_WORD.test(corner)
			? `${word.charAt(0).toUpperCase()}${word.slice(1)} ${cell.text}`
			: undefined;
	}
	return couldBeLevel(labelShape(cell.text)) && !cell.navigation ? cell.text : undefined;
}

/** The level labels of a run of cells, when they read as one axis of levels. */
function axisOf(cells: readonly (Cell | undefined)[], corner: string): boolean {
	const labels = cells.map((c) => levelLabel(c, corner));
	if (labels.length === 0 || labels.some((l) => l === undefined)) return false;
	const shapes = labels.map((l) => labelShape(l ?? ''));
	if (labels.length === 1) return shapes[0]?.code !== undefined;
	// Several: a shared code template, or names that each carry a rank or role.
	return (
		sharedTemplate(shapes) >= 2 ||
		shapes.every((s) => s.code || s.rank || s.role) ||
		LEVEL_WORD.test(corner)
	);
}

/** Level content, not a mark ("Yes", "N/A", "✓") or a link to elsewhere. */
const sentence = (cell: Cell) =>
	!cell.navigation &&
	cell.parts.some(
		(p) => !/^(?:yes|no|n\/?a|none|tbd|-|—|x|✓|✔)$/i.test(p) && /\p{L}{4}|\p{L}+\s+\p{L}/u.test(p)
	);

function levelsAsRows(block: TableBlock): LevelTable | undefined {
	const [header = [], ...body] = block.rows;
	const corner = header[0]?.text ?? '';
	const groups = new Map<number, string>();
	const firsts: Cell[] = [];
	const rowLevel: (Cell | undefined)[] = [];
	let previous: Cell | undefined;
	body.forEach((row, r) => {
		const first = row[0];
		const rest = row.slice(1).filter((c) => c !== first);
		// A label alone on its row, not a level spanning the rows below: a group of the levels below.
		const spansDown = body[r + 1]?.[0] === first;
		const group = first && !spansDown && !levelLabel(first, corner) && rest.every(empty);
		if (first && first.text && group) {
			// A label with nothing beside it: a group of the levels below.
			groups.set(firsts.length, first.text);
			rowLevel.push(undefined);
			return;
		}
		const level = first && first.text ? first : previous;
		if (level && level !== previous && !firsts.includes(level)) firsts.push(level);
		rowLevel.push(level);
		previous = level;
	});
	if (!axisOf(firsts, corner)) return undefined;
	const levels = firsts.map((c) => ({ label: levelLabel(c, corner) ?? c.text, line: c.line }));
	const names = header.map((c) => c.text);
	const entries: TableEntry[] = [];
	const seen = new Set<Cell>();
	body.forEach((row, r) => {
		const level = rowLevel[r];
		if (!level) return;
		const index = firsts.indexOf(level);
		row.forEach((cell, j) => {
			if (j === 0 || cell === level || seen.has(cell) || empty(cell)) return;
			seen.add(cell);
			// A cell spanning several columns belongs to none of them.
			const spans = row.filter((c) => c === cell).length > 1;
			const name = spans ? undefined : names[j];
			entries.push({ level: index, section: name ? [name] : [], cell });
		});
	});
	return {
		block,
		orientation: 'rows',
		levels,
		entries,
		competencies: names.slice(1),
		context: [],
		groups,
		withContent: new Set(entries.filter((e) => sentence(e.cell)).map((e) => e.level)).size
	};
}

function levelsAsColumns(block: TableBlock): LevelTable | undefined {
	const [header = [], ...body] = block.rows;
	const corner = header[0]?.text ?? '';
	const columns = header
		.map((c, j) => (j > 0 && levelLabel(c, corner) ? j : -1))
		.filter((j) => j > 0);
	const distinct = [...new Set(columns.map((j) => header[j]))];
	if (distinct.length < Math.max(1, (header.length - 1) / 2)) return undefined;
	if (!axisOf(distinct, corner)) return undefined;
	const levels = distinct.map((c) => ({
		label: levelLabel(c, corner) ?? c?.text ?? '',
		line: c?.line ?? block.line
	}));
	const levelOf = (j: number) => distinct.indexOf(header[j]);
	const entries: TableEntry[] = [];
	const context: LevelTable['context'] = [];
	const competencies: string[] = [];
	let group: string | undefined;
	for (const row of body) {
		const first = row[0];
		const name = first?.text ?? '';
		const levelCells = columns.map((j) => row[j]).filter((c) => c !== first);
		if (name && levelCells.every(empty)) {
			group = name;
			continue;
		}
		competencies.push(name);
		const seen = new Set<string>();
		row.forEach((cell, j) => {
			if (j === 0 || empty(cell)) return;
			const level = levelOf(j);
			if (level < 0) {
				const label = [name, header[j]?.text].filter(Boolean).join(' · ') || 'Table';
				context.push({ label, text: cell.text, line: cell.line });
				return;
			}
			const key = `${level}`;
			if (seen.has(key)) return;
			seen.add(key);
			const section = [group, name].filter((s): s is string => Boolean(s));
			entries.push({ level, section, cell });
		});
	}
	return {
		block,
		orientation: 'columns',
		levels,
		entries,
		competencies,
		context,
		groups: new Map(),
		withContent: new Set(entries.filter((e) => sentence(e.cell)).map((e) => e.level)).size
	};
}

/** The table's levels and cells, or undefined when it does not hold levels. */
export function analyseTable(block: TableBlock): LevelTable | undefined {
	if (block.rows.length < 2) return undefined;
	return levelsAsRows(block) ?? levelsAsColumns(block);
}

/** A table of levels worth reading: most of its levels have sentences in them. */
export function holdsLevels(table: LevelTable | undefined): table is LevelTable {
	return (
		!!table && table.levels.length > 0 && table.withContent >= Math.max(1, table.levels.length / 2)
	);
}

export const levelIds = (table: LevelTable) => table.levels.map((l) => slugify(l.label));
