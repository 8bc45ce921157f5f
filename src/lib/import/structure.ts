// Finds the levels of a document from its structure, not from a label pattern alone:
//   1. sibling headings that repeat a level pattern and carry content ("## IC1" … "## IC5",
//      "# Junior Engineer" … "# Technology Director", each with its own bullets or prose);
//   2. the same level headings repeated under several parent headings ("## Mobile" › "### Milestone
//      1…5", "## Web client" › "### Milestone 1…5"): the parents are competencies (or tracks);
//   3. tables whose first column or header row holds the levels.
// When none is found, the error says what was tried and what came closest.
import { childNames, descendants, hasContent, outline, type Region } from './outline';
import { couldBeLevel, labelShape, levelKey, sharedTemplate, type LabelShape } from './level-names';
import type { Block } from './markdown';
import { analyseTable, holdsLevels, type LevelTable } from './table-shape';

export interface HeadingAxis {
	kind: 'headings';
	depth: number;
	/** The level headings, in document order. */
	levels: Region[];
	/** When levels repeat under several parents: the parents, and whether they are competencies or tracks. */
	parents?: { regions: Region[]; role: 'section' | 'track' };
	/** Tables of levels outside the level headings (a manager table beside engineer headings). */
	tables: LevelTable[];
	/** Levels under a sibling heading that names their track ("## Managers" › "## M1"…). */
	trackOf: Map<Region, string>;
	root: Region;
}

export interface TableAxis {
	kind: 'tables';
	tables: LevelTable[];
	root: Region;
}

export type Axis = HeadingAxis | TableAxis;

export type AxisResult = { ok: true; axis: Axis } | { ok: false; line: number; message: string };

interface Run {
	parent: Region;
	depth: number;
	members: Region[];
	shapes: LabelShape[];
	score: number;
	/** Levels of a later run under a heading that names a track. */
	trackOf: Map<Region, string>;
}

/** A parent heading that names a track rather than a competency ("Engineering Manager", "IC track"). */
export function isTrackName(text: string): boolean {
	return (
		labelShape(text).role ||
		/\b(?:tracks?|paths?|ladders?|(?:individual )?contributors?|ICs?|EMs?|(?:people )?managers?|management|engineers|developers|leads|leaders(?:hip)?)\b/i.test(
			text
		)
	);
}

function score(shapes: readonly LabelShape[], members: readonly Region[]): number {
	const template = sharedTemplate(shapes);
	// Levels tend to have the same competency sub-headings.
	const names = members.map(childNames).filter((n) => n.length > 0);
	const common =
		names.length > 1 && names.slice(1).some((n) => n.some((x) => names[0]?.includes(x)));
	return members.length + template + (common ? members.length / 2 : 0);
}

/** The longest run of consecutive sibling headings that could each be a level and carry content. */
function bestRun(
	blocks: readonly Block[],
	parent: Region,
	siblings: readonly Region[],
	excluded: ReadonlySet<Region>
): Run | undefined {
	const levelLike = siblings.map((r) => couldBeLevel(labelShape(r.heading?.text ?? '')));
	// A name that ends like two level names beside it is one too ("Operator" by "Junior Operator").
	const head = (r: Region) => (r.heading?.text ?? '').toLowerCase().split(/\s+/).pop() ?? '';
	const heads = new Map<string, number>();
	siblings.forEach((r, i) => {
		if (levelLike[i]) heads.set(head(r), (heads.get(head(r)) ?? 0) + 1);
	});
	const segments: Region[][] = [];
	let current: Region[] = [];
	siblings.forEach((r, i) => {
		const shape = labelShape(r.heading?.text ?? '');
		const alike = !shape.negative && !shape.plural && (heads.get(head(r)) ?? 0) >= 2;
		if (excluded.has(r) || !(levelLike[i] || alike)) current = [];
		else if (current.length) current.push(r);
		else segments.push((current = [r]));
	});
	// Most of the levels of a run carry content (one may be empty: "not documented").
	const carried = segments.filter((seg) => {
		const full = seg.filter((r) => hasContent(blocks, r)).length;
		return full > 0 && full >= seg.length / 2;
	});
	const several = carried.filter((seg) => seg.length > 1);
	const chosen = several.length
		? several
		: carried.filter((seg) => labelShape(seg[0]?.heading?.text ?? '').code).slice(0, 1);
	if (!chosen.length) return undefined;
	// Runs after the first, under a heading of their own that names a track ("## Managers"
	// between "## IC5" and "## M1"), are that track's levels.
	const trackOf = new Map<Region, string>();
	for (const seg of chosen.slice(1)) {
		const before = siblings[siblings.indexOf(seg[0] as Region) - 1]?.heading?.text;
		if (before && isTrackName(before)) for (const r of seg) trackOf.set(r, before);
	}
	const members = chosen.flat();
	const shapes = members.map((r) => labelShape(r.heading?.text ?? ''));
	return {
		parent,
		depth: members[0]?.depth ?? 0,
		members,
		shapes,
		score: score(shapes, members),
		trackOf
	};
}

function headingRuns(blocks: readonly Block[], root: Region, excluded: ReadonlySet<Region>): Run[] {
	const runs: Run[] = [];
	for (const parent of [root, ...descendants(root)]) {
		const byDepth = new Map<number, Region[]>();
		for (const c of parent.children) {
			const same = byDepth.get(c.depth);
			if (same) same.push(c);
			else byDepth.set(c.depth, [c]);
		}
		for (const siblings of byDepth.values()) {
			const run = bestRun(blocks, parent, siblings, excluded);
			if (run) runs.push(run);
		}
	}
	return runs;
}

const keysOf = (run: Run) => new Set(run.members.map((m) => levelKey(m.heading?.text ?? '')));

/** The heading axis: the best run, or runs at one depth under several parents taken together. */
function headingAxis(runs: readonly Run[]): Omit<HeadingAxis, 'tables' | 'root'> | undefined {
	let best: { axis: Omit<HeadingAxis, 'tables' | 'root'>; score: number } | undefined;
	const depths = [...new Set(runs.map((r) => r.depth))].sort((a, b) => a - b);
	for (const depth of depths) {
		const here = runs.filter((r) => r.depth === depth).sort((a, b) => b.score - a.score);
		const top = here[0];
		if (!top) continue;
		// Runs under other parents that repeat the same levels (competencies) or sit under tracks.
		const topKeys = keysOf(top);
		const related = here.filter(
			(r) =>
				r.members.length > 1 &&
				r.parent.heading &&
				(isTrackName(r.parent.heading.text) || [...keysOf(r)].some((k) => topKeys.has(k)))
		);
		const together = related.length > 1 && related.includes(top);
		const chosen = together ? related : [top];
		const levels = chosen.flatMap((r) => r.members).sort((a, b) => a.index - b.index);
		const total = chosen.reduce((sum, r) => sum + r.score, 0);
		const parents = chosen.map((r) => r.parent).sort((a, b) => a.index - b.index);
		const trackParents = parents.every((p) => p.heading && isTrackName(p.heading.text));
		const axis: Omit<HeadingAxis, 'tables' | 'root'> = {
			kind: 'headings',
			depth,
			levels,
			trackOf: new Map(chosen.flatMap((r) => [...r.trackOf])),
			...(together
				? { parents: { regions: parents, role: trackParents ? 'track' : 'section' } }
				: {})
		};
		if (!best || total > best.score) best = { axis, score: total };
	}
	return best?.axis;
}

/** The region of each block: the deepest heading region that holds it. */
function regionOfTable(root: Region, index: number): Region[] {
	const path: Region[] = [];
	let r: Region | undefined = root;
	while (r) {
		path.push(r);
		r = r.children.find((c) => c.index <= index && index < c.end);
	}
	return path;
}

const quote = (texts: readonly string[], max = 4) =>
	texts
		.slice(0, max)
		.map((t) => `"${t}"`)
		.join(', ') + (texts.length > max ? ', …' : '');

/** One message for a document without levels: what was tried, and what came closest. */
function noLevels(blocks: readonly Block[], root: Region, tables: readonly Block[]): AxisResult {
	const tried: string[] = [];
	// Closest heading group: the largest set of sibling headings with content under them.
	let closest: Region[] = [];
	for (const parent of [root, ...descendants(root)]) {
		const withContent = parent.children.filter((c) => hasContent(blocks, c));
		if (withContent.length > closest.length) closest = withContent;
	}
	const headings = closest.map((r) => r.heading?.text ?? '');
	if (headings.length) {
		const first = closest[0]?.heading?.line ?? 1;
		const last = closest[closest.length - 1]?.heading?.line ?? first;
		const lines = first === last ? `line ${first}` : `lines ${first}–${last}`;
		tried.push(
			`sibling headings that name levels (codes such as "L3", "IC2", "Level 4", "Engineer II", or roles such as "Senior Engineer"): the closest, ${quote(headings)} (${lines}), name no levels`
		);
	} else tried.push('sibling headings that name levels: the file has no headings');
	tried.push(
		'the same level headings repeated under competency headings ("## Delivery" › "### Level 1"): none repeat'
	);
	if (tables.length) {
		const t = tables[0];
		const header = t?.kind === 'table' ? (t.rows[0] ?? []).map((c) => c.text).filter(Boolean) : [];
		const firstColumn =
			t?.kind === 'table'
				? t.rows
						.slice(1)
						.map((r) => r[0]?.text ?? '')
						.filter(Boolean)
				: [];
		tried.push(
			`tables with levels in the header row or first column: the closest (line ${t?.line ?? 1}) has the header ${quote(header)} and the first column ${quote(firstColumn, 3)}, which name no levels`
		);
	} else tried.push('tables with levels in the header row or first column: the file has no tables');
	const line = closest[0]?.heading?.line ?? tables[0]?.line ?? 1;
	return {
		ok: false,
		line,
		message: `no levels found. Tried ${tried.map((t, i) => `(${i + 1}) ${t}`).join('; ')}. Give each level a heading of its own (such as "## Level 1" or "## Senior Engineer") or a row or column of a table.`
	};
}

/** The document's level axis, or an error that says what was tried. */
export function findAxis(blocks: readonly Block[]): AxisResult {
	const root = outline(blocks);
	const tableBlocks = blocks.filter((b) => b.kind === 'table');
	const tables = tableBlocks
		.map((b) => (b.kind === 'table' ? analyseTable(b) : undefined))
		.filter(holdsLevels);
	// A heading whose content is a table of levels names a track or competency, not a level.
	const holdingTables = new Set<Region>();
	for (const t of tables) {
		for (const r of regionOfTable(root, blocks.indexOf(t.block))) holdingTables.add(r);
	}
	const runs = headingRuns(blocks, root, holdingTables);
	const axis = headingAxis(runs);
	const several = axis && (axis.levels.length > 1 || tables.length === 0);
	if (axis && several) {
		// Tables of levels outside the level headings are further tracks.
		const inLevels = (t: LevelTable) => {
			const i = blocks.indexOf(t.block);
			return axis.levels.some((l) => l.index < i && i < l.end);
		};
		return { ok: true, axis: { ...axis, tables: tables.filter((t) => !inLevels(t)), root } };
	}
	if (tables.length) return { ok: true, axis: { kind: 'tables', tables, root } };
	// Level headings with nothing under them: say so rather than that there are no levels.
	const empty = [root, ...descendants(root)]
		.map((p) => p.children.filter((c) => couldBeLevel(labelShape(c.heading?.text ?? ''))))
		.find(
			(levels) =>
				levels.length > 1 &&
				sharedTemplate(levels.map((l) => labelShape(l.heading?.text ?? ''))) > 1
		);
	if (empty?.length) {
		const where = empty.map((l) => `"${l.heading?.text}" (line ${l.heading?.line})`).join(', ');
		return {
			ok: false,
			line: empty[0]?.heading?.line ?? 1,
			message: `no statements found: the levels ${where} have no bullets, paragraphs or table cells under them`
		};
	}
	return noLevels(blocks, root, tableBlocks);
}
