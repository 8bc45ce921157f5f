// Shape: one table holds the levels, either as columns (competencies × levels) or as rows (its
// transpose), in Markdown or HTML. Cells become statements, or step dimensions when every
// competency names one (Scope, Ownership, Years…). Around a dimension table, bullets without a
// level label are spread over the levels when they divide evenly (a scraped profile page), and
// headings with only a paragraph each are tracks that share the levels.
import type { Draft, DraftStep } from './draft';
import { addBullets, tableAsContext } from './level-headings';
import { clean, dimensionKind, parseLevelLabel, slugify, type LevelLabel } from './labels';
import type { Block, Bullet, Cell } from './markdown';

type TableBlock = Extract<Block, { kind: 'table' }>;
type Heading = Extract<Block, { kind: 'heading' }>;

export interface LevelTable {
	block: TableBlock;
	levels: { level: LevelLabel; line: number }[];
	competencies: string[];
	/** The cell of level i and competency j. */
	cell: (i: number, j: number) => Cell | undefined;
}

/** Where each cell names a level: all of them, or undefined when one does not. */
function levelsIn(cells: readonly (Cell | undefined)[]): LevelTable['levels'] | undefined {
	const levels = cells.flatMap((c) => {
		const level = c && parseLevelLabel(c.text);
		return c && level ? [{ level, line: c.line }] : [];
	});
	return levels.length > 0 && levels.length === cells.length ? levels : undefined;
}

/** The first table with a level label in every row (after the header) or every header cell. */
export function findLevelTable(blocks: readonly Block[]): LevelTable | undefined {
	for (const block of blocks) {
		if (block.kind !== 'table') continue;
		const [header = [], ...body] = block.rows;
		const rows = levelsIn(body.map((row) => row[0]));
		if (rows) {
			const competencies = header.slice(1).map((c) => c.text);
			return { block, levels: rows, competencies, cell: (i, j) => body[i]?.[j + 1] };
		}
		const columns = levelsIn(header.slice(1));
		if (columns) {
			const competencies = body.map((row) => row[0]?.text ?? '');
			return { block, levels: columns, competencies, cell: (i, j) => body[j]?.[i + 1] };
		}
	}
	return undefined;
}

/** A short line without end punctuation on a page with no headings: "Skills", "Level guidelines". */
function isPseudoHeading(text: string): boolean {
	const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&*/-]*/gu) ?? [];
	return text.length <= 60 && words.length <= 6 && !/[.!?:;,]$/.test(text);
}

export function readLevelTable(
	blocks: readonly Block[],
	draft: Draft,
	table: LevelTable,
	page: boolean
): void {
	const steps = table.levels.map(({ level, line }) => draft.step(level, line));
	const kinds = table.competencies.map(dimensionKind);
	const cells = steps.flatMap((_, i) => table.competencies.map((_, j) => table.cell(i, j)));
	const asDimensions =
		kinds.every((k) => k !== null) && cells.every((c) => !c || c.parts.length <= 1);
	steps.forEach((step, i) =>
		table.competencies.forEach((name, j) => {
			const cell = table.cell(i, j);
			const kind = kinds[j];
			if (!cell) return;
			if (asDimensions && kind) draft.dimension(step, kind, name, cell.text);
			else {
				for (const part of cell.parts) {
					draft.statement(step, part, {
						line: cell.line,
						section: name || undefined,
						idParts: name ? [name] : []
					});
				}
			}
		})
	);
	if (asDimensions) {
		const columns = table.competencies.map((c) => `"${c}"`).join(', ');
		draft.warn(table.block.line, `the table's columns ${columns} were read as step dimensions`);
	}

	const { tracks, bullets } = readAround(blocks, draft, table, page);
	if (asDimensions) addTracks(draft, tracks);
	else {
		for (const t of tracks) t.paragraphs.forEach((p) => draft.addContext(t.heading.text, p));
	}
	if (!bullets.length) return;
	if (asDimensions) spreadOverLevels(draft, steps, bullets);
	else {
		for (const { bullet, section } of bullets) {
			draft.addContext(section ?? 'Introduction', bullet.text);
		}
		draft.warn(bullets[0]?.bullet.line, 'bullets outside the level table were kept as context');
	}
}

interface TrackHeading {
	heading: Heading;
	paragraphs: string[];
	lists: number;
}

/**
 * Everything around the level table: the title, the description, context (labelled by the
 * heading, or on a page without headings by the last short line), headings that may be tracks,
 * and the bullets before the table that have no level.
 */
function readAround(blocks: readonly Block[], draft: Draft, table: LevelTable, page: boolean) {
	const titleBlock = titleOf(blocks, page);
	if (titleBlock) {
		draft.title = titleBlock.text;
		draft.name = parseLevelLabel(titleBlock.text)?.prefix ?? titleBlock.text;
	}
	const headings: TrackHeading[] = [];
	let heading: TrackHeading | undefined;
	const bullets: { bullet: Bullet; section?: string }[] = [];
	const seen = new Map<string, number>();
	let beforeTable = true;
	let label: string | undefined;
	let labelUsed = true;
	let profile: DraftStep | undefined;
	const context = (text: string) => {
		draft.addContext(label ?? 'Introduction', text);
		labelUsed = true;
	};

	for (const block of blocks) {
		if (block === titleBlock) continue;
		if (block === table.block) {
			beforeTable = false;
			continue;
		}
		switch (block.kind) {
			case 'heading':
				label = block.text;
				heading = { heading: block, paragraphs: [], lists: 0 };
				headings.push(heading);
				break;
			case 'paragraph': {
				if (block.navigation) break;
				const first = seen.get(block.text);
				if (first !== undefined) {
					draft.warn(block.line, `repeats line ${first} word for word: stored once`);
					break;
				}
				seen.set(block.text, block.line);
				if (page && isPseudoHeading(block.text)) {
					// Headings in a row ("Classification mappings", "O*NET / SOC") name what follows together.
					label = !labelUsed && label ? `${label} · ${block.text}` : block.text;
					profile = levelProfile(draft, block.text);
					labelUsed = profile !== undefined;
				} else if (profile && !profile.summary.length) profile.summary.push(block.text);
				else if (heading) heading.paragraphs.push(block.text);
				else if (beforeTable && !draft.description) draft.description = block.text;
				else context(block.text);
				break;
			}
			case 'list':
				if (heading) heading.lists++;
				if (profile && !beforeTable && profileDimensions(draft, profile, block.bullets)) break;
				if (beforeTable) {
					bullets.push(...block.bullets.map((bullet) => ({ bullet, section: label })));
					labelUsed = true;
				} else block.bullets.forEach((b) => context(b.text));
				break;
			case 'table':
				tableAsContext(draft, block.rows, label ?? 'Table');
				draft.warn(block.line, 'a second table was kept as context');
				break;
			case 'other':
				context(block.text);
				break;
		}
	}
	if (!labelUsed && label) draft.addContext('Heading', label);

	// Headings that hold only a paragraph are tracks (when the table leaves room for them).
	const tracks = headings.filter((h) => h.paragraphs.length && !h.lists);
	for (const h of headings) {
		if (!tracks.includes(h)) h.paragraphs.forEach((p) => draft.addContext(h.heading.text, p));
	}
	return { tracks, bullets };
}

/** The framework's title: the top heading, or on a page without headings its first short line. */
function titleOf(blocks: readonly Block[], page: boolean): { text: string } | undefined {
	const headings = blocks.filter((b): b is Heading => b.kind === 'heading');
	const first = headings[0];
	const top = first && headings.every((h) => h.depth >= first.depth) ? first : undefined;
	const line =
		page && blocks[0]?.kind === 'paragraph' && !blocks[0].navigation ? blocks[0] : undefined;
	const title = top ?? line;
	return title && title.text.split(' ').length <= 12 ? title : undefined;
}

/** "Level — P7 — Staff / Distinguished Professional": a profile of one of the table's levels. */
function levelProfile(draft: Draft, text: string): DraftStep | undefined {
	const level = parseLevelLabel(text);
	const step = level && draft.findStep(level);
	if (!level || !step) return undefined;
	if (level.title && !step.title) step.title = level.title;
	draft.addContext('Level profile', text);
	return step;
}

/** Name / value bullets ("Scope", "Enterprise-wide", …) of a level profile, as dimensions. */
function profileDimensions(draft: Draft, step: DraftStep, bullets: readonly Bullet[]): boolean {
	const pairs = bullets.flatMap((b, i) => (i % 2 === 0 ? [[b, bullets[i + 1]] as const] : []));
	const readable = pairs.every(([name, value]) => value && dimensionKind(name.text));
	if (!pairs.length || !readable) return false;
	for (const [name, value] of pairs) {
		const kind = dimensionKind(name.text);
		if (kind && value) draft.dimension(step, kind, name.text, value.text);
	}
	return true;
}

/** Headings that each hold only a description: tracks whose levels this file does not detail. */
function addTracks(draft: Draft, tracks: readonly TrackHeading[]) {
	for (const t of tracks) {
		draft.tracks.push({ name: t.heading.text, description: clean(t.paragraphs.join(' ')) });
	}
	const pages = tracks.flatMap((t) => t.heading.links);
	if (!tracks.length) return;
	const where = pages.length
		? `link to pages that are not part of this file (${pages.join(', ')})`
		: 'have a description but no level content in this file';
	const text = `The track headings ${where}: every step of these tracks is marked not-documented.`;
	draft.warn(tracks[0]?.heading.line, text);
	draft.note('tracks-without-levels', text, {
		tracks: tracks.map((t) => slugify(t.heading.text))
	});
}

/** A scraped page lists N bullets per level with no labels: assign them in order when N fits. */
function spreadOverLevels(
	draft: Draft,
	steps: readonly DraftStep[],
	bullets: readonly { bullet: Bullet; section?: string }[]
) {
	const total = bullets.length;
	const labels = `${steps[0]?.label}–${steps[steps.length - 1]?.label}`;
	const line = bullets[0]?.bullet.line ?? 1;
	if (total % steps.length !== 0) {
		draft.fail(
			line,
			`${total} bullets have no level label, and ${total} does not divide evenly over the table's ${steps.length} levels (${labels}): put each level's bullets under a heading like "## ${steps[0]?.label}"`
		);
		return;
	}
	const per = total / steps.length;
	const ids = bullets.flatMap(({ bullet, section }, i) => {
		const step = steps[Math.floor(i / per)];
		return step ? addBullets(draft, step, [bullet], section, []) : [];
	});
	const message = `${total} bullets (from line ${line}) have no level label; the importer assigned them ${per} per level to ${labels} in the order they appear, because ${total} divides evenly over the table's ${steps.length} levels. Check the split.`;
	draft.warn(line, message);
	draft.note('bullets-assigned-in-order', message, {
		steps: steps.map((s) => s.id),
		statements: ids
	});
}
