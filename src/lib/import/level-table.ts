// Shape: tables hold the levels, as columns (competencies × levels) or as rows (its transpose),
// in Markdown or HTML (./table-shape finds them). Cells become statements, one per `<br>`, `<p>`
// or `<li>`, or step dimensions when every competency names one (Scope, Ownership, Years…); group
// rows section the rows below them; a Notes column is context. One table: around a dimension
// table, bullets without a level label are spread over the levels when they divide evenly (a
// scraped profile page), and headings with only a paragraph each are tracks that share the
// levels. Several tables: one per competency area (sections) or per track (an engineer table and
// a manager table).
import type { Draft, DraftStep } from './draft';
import { addBullets, tableAsContext } from './level-headings';
import { clean, dimensionKind, parseLevelLabel, slugify } from './labels';
import { draftNumbers, stepLabel } from './level-names';
import type { Block, Bullet } from './markdown';
import { isTrackName } from './structure';
import { sectionName } from './prose';
import type { LevelTable } from './table-shape';

type Heading = Extract<Block, { kind: 'heading' }>;

/** The table's levels as steps; a number in the labels is a draft level when it tells them apart. */
function stepsOf(draft: Draft, table: LevelTable): DraftStep[] {
	const labels = table.levels.map((l) => stepLabel(l.label));
	const numbers = draftNumbers(labels);
	return labels.map((label, i) =>
		draft.step(
			label,
			table.levels[i]?.line ?? table.block.line,
			numbers[i] === null ? { common: null } : {}
		)
	);
}

/** The track of each level of a levels-as-rows table with group rows ("**Managers**"). */
function groupTracks(table: LevelTable): (string | undefined)[] {
	let current: string | undefined;
	return table.levels.map((_, i) => {
		current = table.groups.get(i) ?? current;
		return current ? sectionName(current) : undefined;
	});
}

/** Cells of the table as statements (or dimensions), on `track` or the tracks of its group rows. */
function addEntries(
	draft: Draft,
	table: LevelTable,
	steps: readonly DraftStep[],
	options: { track?: string; section?: string; asDimensions?: boolean } = {}
) {
	const groups = groupTracks(table);
	for (const entry of table.entries) {
		const step = steps[entry.level];
		if (!step) continue;
		const names = [options.section, ...entry.section].filter((s): s is string => !!s);
		const name = entry.section[entry.section.length - 1];
		const kind = name ? dimensionKind(name) : null;
		if (options.asDimensions && kind && name) {
			draft.dimension(step, kind, name, entry.cell.text);
			continue;
		}
		if (entry.cell.navigation) {
			draft.addContext(step.label, entry.cell.text);
			continue;
		}
		const track = options.track ?? groups[entry.level];
		const section = names.map(sectionName).filter(Boolean).join(' › ') || undefined;
		for (const part of entry.cell.parts) {
			draft.statement(step, part, {
				line: entry.cell.line,
				section,
				...(track ? { track } : {}),
				idParts: [...(track ? [track] : []), ...names.slice(0, 2)]
			});
		}
	}
	for (const c of table.context) draft.addContext(c.label, c.text);
	if (table.context.length) {
		const labels = [...new Set(table.context.map((c) => c.label.split(' · ').pop()))];
		draft.warn(
			table.context[0]?.line,
			`the column${labels.length > 1 ? 's' : ''} ${labels.map((l) => `"${l}"`).join(', ')} of this table ${labels.length > 1 ? 'are' : 'is'} not a level: kept as context`
		);
	}
}

/**
 * A table of levels beside level headings: the same levels (a summary table: "Years", "Scope"
 * columns become dimensions), or other levels (the managers' table), a track of its own.
 */
export function addTableTrack(draft: Draft, table: LevelTable, name: string) {
	const known = new Set(draft.steps.map((s) => s.id));
	const same = table.levels.every((l) => known.has(slugify(stepLabel(l.label).label)));
	if (!same) {
		addEntries(draft, table, stepsOf(draft, table), { track: name });
		return;
	}
	const kinds = table.competencies.map(dimensionKind);
	const asDimensions =
		kinds.length > 0 &&
		kinds.every((k) => k !== null) &&
		table.entries.every((e) => e.cell.parts.length <= 1);
	addEntries(draft, table, stepsOf(draft, table), { asDimensions });
}

/** The heading a block sits under. */
function headingAbove(blocks: readonly Block[], block: Block): Heading | undefined {
	for (let i = blocks.indexOf(block) - 1; i >= 0; i--) {
		const b = blocks[i];
		if (b?.kind === 'heading') return b;
	}
	return undefined;
}

/**
 * Several tables of levels: one per competency area (their headings become sections) or one per
 * track (headings that name a track). Everything else is context.
 */
export function readLevelTables(
	blocks: readonly Block[],
	draft: Draft,
	tables: readonly LevelTable[]
) {
	const headings = blocks.filter((b): b is Heading => b.kind === 'heading');
	const first = headings[0];
	const owners = new Set(tables.map((t) => headingAbove(blocks, t.block)));
	const title =
		first && !owners.has(first) && headings.every((h) => h.depth >= first.depth)
			? first
			: undefined;
	if (title) {
		draft.name = sectionName(title.text) || title.text;
		draft.title = title.text;
	}
	for (const table of tables) {
		const heading = headingAbove(blocks, table.block);
		const name = heading && heading !== title ? sectionName(heading.text) : undefined;
		const steps = stepsOf(draft, table);
		if (name && isTrackName(name)) addEntries(draft, table, steps, { track: name });
		else addEntries(draft, table, steps, name ? { section: name } : {});
	}
	const levelTables = new Set<Block>(tables.map((t) => t.block));
	let label: string | undefined;
	let warned: number | undefined;
	for (const block of blocks) {
		if (block === title || levelTables.has(block)) continue;
		switch (block.kind) {
			case 'heading':
				label = block.text;
				continue;
			case 'paragraph':
				if (!draft.description && !label && !block.navigation) draft.description = block.text;
				else draft.addContext(label ?? 'Introduction', block.text);
				break;
			case 'list':
				for (const b of block.bullets) draft.addContext(label ?? 'Introduction', b.text);
				break;
			case 'table':
				tableAsContext(draft, block.rows, label ?? 'Table');
				break;
			case 'other':
				draft.addContext(label ?? 'Introduction', block.text);
				break;
		}
		if (block.kind !== 'paragraph' || label) warned = warned ?? block.line;
	}
	if (warned !== undefined) {
		draft.warn(warned, 'text outside the tables of levels was kept as context');
	}
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
	const steps = stepsOf(draft, table);
	const kinds = table.competencies.map(dimensionKind);
	const asDimensions =
		table.orientation === 'rows' &&
		table.groups.size === 0 &&
		kinds.length > 0 &&
		kinds.every((k) => k !== null) &&
		table.entries.every((e) => e.cell.parts.length <= 1 && e.section.length === 1);
	addEntries(draft, table, steps, { asDimensions });
	if (asDimensions) {
		const columns = table.competencies.map((c) => `"${c}"`).join(', ');
		draft.warn(table.block.line, `the table's columns ${columns} were read as step dimensions`);
	}

	const { tracks, bullets, headings } = readAround(blocks, draft, table, page);
	if (asDimensions) addTracks(draft, tracks);
	else {
		for (const t of tracks) t.paragraphs.forEach((p) => draft.addContext(t.heading.text, p));
	}
	// One warning for the sections around the table that are not levels (nor tracks).
	const kept = headings.filter(
		(h) => (!asDimensions || !tracks.includes(h)) && h.paragraphs.length
	);
	if (kept[0]) {
		const names = kept.map((h) => `"${h.heading.text}"`);
		const shown =
			names.length > 3
				? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
				: names.join(', ');
		draft.warn(
			kept[0].heading.line,
			`${shown} ${kept.length > 1 ? 'are not levels' : 'is not a level'}: kept as context`
		);
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
	return { tracks, bullets, headings };
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
		return step
			? addBullets(draft, { step, section: section ? [section] : [], idParts: [] }, [
					{ ...bullet, depth: 0, children: 0 }
				])
			: [];
	});
	const message = `${total} bullets (from line ${line}) have no level label; the importer assigned them ${per} per level to ${labels} in the order they appear, because ${total} divides evenly over the table's ${steps.length} levels. Check the split.`;
	draft.warn(line, message);
	draft.note('bullets-assigned-in-order', message, {
		steps: steps.map((s) => s.id),
		statements: ids
	});
}
