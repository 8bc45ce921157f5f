// Arrow-key movement between chart marks, the same in every chart: where a key leads in a grid
// (pure), and moving keyboard focus to the mark there.

export interface GridPosition {
	row: number;
	col: number;
}

/**
 * The next position in a grid of `rows` × `cols` for a key, or null when the key is not a
 * navigation key. Left/Right move along a row, Up/Down between rows, Home/End to the row's ends.
 * `present(row, col)` says whether a mark exists there; empty cells are skipped.
 */
export function moveInGrid(
	from: GridPosition,
	key: string,
	rows: number,
	cols: number,
	present: (row: number, col: number) => boolean = () => true
): GridPosition | null {
	const scan = (row: number, col: number, dRow: number, dCol: number): GridPosition | null => {
		let r = row + dRow;
		let c = col + dCol;
		while (r >= 0 && r < rows && c >= 0 && c < cols) {
			if (present(r, c)) return { row: r, col: c };
			r += dRow;
			c += dCol;
		}
		return null;
	};
	switch (key) {
		case 'ArrowRight':
			return scan(from.row, from.col, 0, 1) ?? from;
		case 'ArrowLeft':
			return scan(from.row, from.col, 0, -1) ?? from;
		case 'ArrowDown':
			return nearestInRow(from, 1, rows, cols, present) ?? from;
		case 'ArrowUp':
			return nearestInRow(from, -1, rows, cols, present) ?? from;
		case 'Home':
			return scan(from.row, -1, 0, 1) ?? from;
		case 'End':
			return scan(from.row, cols, 0, -1) ?? from;
		default:
			return null;
	}
}

/** The closest present mark, by column, in the next row (in direction `dRow`) that has any. */
function nearestInRow(
	from: GridPosition,
	dRow: number,
	rows: number,
	cols: number,
	present: (row: number, col: number) => boolean
): GridPosition | null {
	for (let r = from.row + dRow; r >= 0 && r < rows; r += dRow) {
		for (let d = 0; d < cols; d++) {
			for (const c of [from.col - d, from.col + d]) {
				if (c >= 0 && c < cols && present(r, c)) return { row: r, col: c };
			}
		}
	}
	return null;
}

/** A focusable mark: its stable id and its place in the keyboard grid. */
export interface FocusMark extends GridPosition {
	id: string;
}

/** The marks of one drawing and the size of their keyboard grid. */
export interface MarkGrid {
	marks: readonly FocusMark[];
	rows: number;
	cols: number;
}

/**
 * Moves keyboard focus to the mark an arrow, Home or End `key` leads to from `mark` (found by its
 * `data-mark` attribute in the same SVG). Returns that mark (`mark` itself at an edge), or null
 * when the key does not move.
 */
export function focusNext(
	event: KeyboardEvent,
	grid: MarkGrid,
	mark: FocusMark,
	key = event.key
): FocusMark | null {
	const at = new Map(grid.marks.map((m) => [`${m.row},${m.col}`, m]));
	const next = moveInGrid(mark, key, grid.rows, grid.cols, (r, c) => at.has(`${r},${c}`));
	if (!next) return null;
	event.preventDefault();
	const target = at.get(`${next.row},${next.col}`) ?? mark;
	if (target.id !== mark.id) {
		const svg = (event.currentTarget as Element).closest('svg');
		svg?.querySelector<SVGElement>(`[data-mark="${CSS.escape(target.id)}"]`)?.focus();
	}
	return target;
}
