// Shape: one heading per level, found by structure (see ./structure). Under a level: bullets,
// prose paragraphs, competency sub-headings (nested ones combine into the section), tables of
// areas. Levels that share a code on several tracks ("L4 IC" / "L4 EM") become tracks on one set
// of steps; levels repeated under competency headings become sections of shared steps. Whatever
// lies outside the levels (introductions, link lists, "All Levels") is kept as context, with a
// warning that names its line.
import type { Draft, DraftStep } from './draft';
import { clean, dimensionKind, parseLevelLabel, parseYears } from './labels';
import { draftNumbers, labelShape, stepLabel, trackQualifiers } from './level-names';
import type { Block, Bullet, Cell, FrontMatterEntry } from './markdown';
import type { Region } from './outline';
import { leadLabel, sectionName, sentences } from './prose';
import type { HeadingAxis } from './structure';
import { addTableTrack } from './level-table';

type Heading = Extract<Block, { kind: 'heading' }>;

/** Front matter keys that only drive a site's navigation, not sentences of the framework. */
const NAVIGATION_KEYS = new Set([
	'layout',
	'permalink',
	'nav_order',
	'nav_exclude',
	'has_children',
	'has_toc',
	'sidebar',
	'redirect_from'
]);

/** Where a statement goes: its step, track, section names and the line it comes from. */
export interface Place {
	step: DraftStep;
	track?: string;
	section: string[];
	/** The parts of statement ids between the step and the counter (default: track, first section). */
	idParts?: string[];
}

const joinSection = (parts: readonly string[]) =>
	parts.map(sectionName).filter(Boolean).join(' › ') || undefined;

/** Each bullet becomes a statement, nested ones sectioned under their parent; returns their ids. */
export function addBullets(
	draft: Draft,
	place: Place,
	bullets: readonly Bullet[],
	contextLabel = place.step.label
): string[] {
	// A list whose every item starts "Label: …" is sectioned by those labels.
	const top = bullets.filter((b) => b.depth === 0 && !b.navigation);
	const labelled = top.length > 0 && top.every((b) => leadLabel(b.text));
	const ids: (string | undefined)[] = [];
	const labels: (string | undefined)[] = [];
	bullets.forEach((bullet, i) => {
		if (bullet.navigation) {
			draft.addContext(contextLabel, bullet.text);
			return;
		}
		if (bullet.runOn) {
			draft.warn(
				bullet.line,
				`this bullet runs on to a second line that starts a new sentence ("${bullet.runOn.slice(0, 40)}…"): check whether a "- " is missing`
			);
		}
		if (bullet.strayMarker)
			draft.warn(bullet.line, 'removed a stray "-" at the end of this bullet');
		// The section: the place's, then each enclosing item's label or text.
		const chain: string[] = [];
		for (let p = bullet.parent; p !== undefined; p = bullets[p]?.parent) {
			chain.unshift(labels[p] ?? bullets[p]?.text ?? '');
		}
		const own = bullet.depth === 0 && labelled ? leadLabel(bullet.text) : undefined;
		const label = leadLabel(bullet.text) ?? bullet.text.replace(/:$/, '');
		labels[i] = bullet.children > 0 ? label : undefined;
		const section = joinSection([...place.section, ...chain, ...(own ? [own] : [])]);
		const parentId = bullet.parent !== undefined ? ids[bullet.parent] : undefined;
		ids[i] = draft.statement(place.step, bullet.text, {
			line: bullet.line,
			section,
			track: place.track,
			...(parentId ? { idBase: parentId } : { idParts: idParts(place) })
		});
	});
	return ids.filter((id): id is string => id !== undefined);
}

const idParts = (place: Place) =>
	place.idParts ?? [...(place.track ? [place.track] : []), ...place.section.slice(0, 1)];

/** A paragraph of prose: one statement per sentence; a "Label: …" line about experience also a dimension. */
function addParagraph(draft: Draft, place: Place, text: string, line: number) {
	const section = joinSection(place.section);
	for (const sentence of sentences(text)) {
		draft.statement(place.step, sentence, {
			line,
			section,
			track: place.track,
			idParts: idParts(place)
		});
	}
	experience(draft, place, text);
}

/** Years of experience as numbers, from "Experience: 2+ years" or a paragraph under "Typical Experience". */
function experience(draft: Draft, place: Place, text: string) {
	const label = leadLabel(text);
	const name = label ?? place.section[place.section.length - 1] ?? '';
	if (dimensionKind(name) !== 'experience' || !/\byears?\b/i.test(`${name} ${text}`)) return;
	if (place.step.dimensions.some((d) => d.kind === 'experience')) return;
	const value = label
		? clean(text)
				.slice(label.length + 1)
				.trim()
		: clean(text);
	const loose = /(\d+)\s*(?:[–-]\s*(\d+)|(\+))?/.exec(value);
	const years =
		parseYears(value) ??
		(loose && /\byears?\b/i.test(name)
			? { min: Number(loose[1]), ...(loose[2] ? { max: Number(loose[2]) } : {}) }
			: undefined);
	if (!years) return;
	draft.dimension(place.step, 'experience', sectionName(name), value.replace(/^_+|_+$/g, ''));
}

/** A table inside a level: the first cell of a row names the section of the others. */
function addAreaTable(draft: Draft, place: Place, rows: readonly Cell[][]) {
	const [header = [], ...body] = rows;
	const columns = header.length - 1;
	let group: string | undefined;
	for (const row of body) {
		const [area, ...cells] = row;
		const distinct = cells.filter((c, j) => c.text && cells.indexOf(c) === j && c !== area);
		if (area?.text && distinct.length === 0 && row.length > 1) {
			group = area.text;
			continue;
		}
		const own = cells.length ? area?.text : undefined;
		for (const cell of cells.length ? distinct : row) {
			if (cell.navigation) {
				draft.addContext(place.step.label, cell.text);
				continue;
			}
			const j = row.indexOf(cell);
			const column = columns > 1 ? header[j]?.text : undefined;
			const names = [...place.section, group, own, column].filter((s): s is string => !!s);
			const section = joinSection(names);
			for (const part of cell.parts) {
				draft.statement(place.step, part, {
					line: cell.line,
					section,
					track: place.track,
					idParts: [...(place.track ? [place.track] : []), ...names.slice(0, 2)]
				});
			}
		}
	}
}

/** Rows of a table that is not a level table, kept as context: "first cell: the other cells". */
export function tableAsContext(draft: Draft, rows: Cell[][], label: string) {
	for (const row of rows.slice(1)) {
		const [first, ...rest] = row;
		const text = [...new Set(rest)]
			.map((c) => c.text)
			.filter(Boolean)
			.join(' | ');
		if (first && text) draft.addContext(first.text ? `${label} · ${first.text}` : label, text);
		else if (first?.text) draft.addContext(label, first.text);
	}
}

/** The words every level label shares, in order ("OSPO Engineer"): a name for an untitled ladder. */
function commonWords(labels: readonly string[]): string | undefined {
	const [first, ...rest] = labels.map((l) => l.split(/\s+/));
	if (!first || rest.length === 0) return undefined;
	const shared = first.filter((w) => rest.every((words) => words.includes(w)));
	const name = shared.filter((w) => /\p{L}{2}/u.test(w) && !labelShape(w).rank).join(' ');
	return name && /\p{L}/u.test(name) ? name : undefined;
}

/** Paragraphs that open the same section in three levels or more: the section's description. */
function repeatedDescriptions(blocks: readonly Block[], levels: readonly Region[]) {
	const seen = new Map<string, { count: number; section: string; line: number }>();
	const sections = new Map<string, number>();
	for (const level of levels) {
		for (const sub of level.children) {
			const name = (sub.heading?.text ?? '').toLowerCase();
			sections.set(name, (sections.get(name) ?? 0) + 1);
			const first = blocks[sub.index + 1];
			if (first?.kind !== 'paragraph') continue;
			const key = `${name}\n${first.text}`;
			const entry = seen.get(key) ?? {
				count: 0,
				section: sub.heading?.text ?? '',
				line: first.line
			};
			entry.count++;
			seen.set(key, entry);
		}
	}
	// Three times or more, and in most of the levels that have the section: not a level's own words.
	return new Map(
		[...seen].filter(
			([key, e]) => e.count >= 3 && e.count > (sections.get(key.split('\n')[0] ?? '') ?? 0) / 2
		)
	);
}

export function readLevelHeadings(
	blocks: readonly Block[],
	draft: Draft,
	axis: HeadingAxis,
	frontMatter: readonly FrontMatterEntry[]
): void {
	const levels = axis.levels;
	const levelSet = new Set(levels);
	const parentOf = new Map<Region, Region>();
	for (const parent of axis.parents?.regions ?? []) {
		for (const level of levels)
			if (parent.index < level.index && level.index < parent.end) parentOf.set(level, parent);
	}
	const parentSet = new Set(parentOf.values());

	// Title: the first heading, when it is above the levels (or before them at their rank).
	const firstHeading = blocks.find((b): b is Heading => b.kind === 'heading');
	const firstLevel = levels[0]?.heading;
	const titleHeading =
		firstHeading &&
		firstLevel &&
		firstHeading !== firstLevel &&
		firstHeading.depth <= firstLevel.depth &&
		!axis.parents?.regions.some((p) => p.heading === firstHeading)
			? firstHeading
			: undefined;

	// Tracks: a word that tells two labels of one level apart, or the parent headings.
	const qualified = trackQualifiers(levels.map((l) => l.heading?.text ?? ''));
	const tracked =
		qualified.some((q) => q.track) || axis.parents?.role === 'track' || axis.trackOf.size > 0;
	const labelOf = (i: number) => stepLabel(qualified[i]?.base ?? '');
	const numbers = draftNumbers(levels.map((_, i) => labelOf(i)));
	if (titleHeading) {
		draft.name = sectionName(titleHeading.text) || titleHeading.text;
		draft.title = titleHeading.text;
	} else {
		const prefix = levels.length === 1 ? labelOf(0).prefix : undefined;
		const shared = commonWords(qualified.map((q) => q.base));
		if (prefix) {
			draft.name = prefix;
			draft.title = firstLevel?.text;
		} else if (shared) {
			draft.name = shared;
			draft.warn(
				undefined,
				`no title found: the framework is named "${shared}", the words its level names share`
			);
		}
	}

	const steps = levels.map((region, i) => {
		const label = labelOf(i);
		const step = draft.step(
			label,
			region.heading?.line ?? 1,
			numbers[i] === null ? { common: null } : {}
		);
		if (numbers[i] === null && label.number !== null && step.line === region.heading?.line) {
			step.common = {
				level: null,
				basis: `The label "${label.label}" numbers a level within "${label.label.replace(/\s*\S+$/, '')}", not on a scale of levels (not every level has a number), so the importer could not place it on the common scale; needs review.`
			};
		}
		return step;
	});
	const placeOf = new Map<Region, Place>();
	levels.forEach((region, i) => {
		const step = steps[i];
		if (!step) return;
		const parent = parentOf.get(region);
		const parentName = parent?.heading ? sectionName(parent.heading.text) : undefined;
		const track =
			qualified[i]?.track ??
			axis.trackOf.get(region) ??
			(axis.parents?.role === 'track' ? parentName : undefined);
		const section = axis.parents?.role === 'section' && parentName ? [parentName] : [];
		placeOf.set(region, { step, ...(track ? { track } : {}), section });
		if (step.line !== region.heading?.line && !axis.parents && !qualified[i]?.track) {
			draft.warn(
				region.heading?.line,
				`"${region.heading?.text}" appears again (first at line ${step.line}): its content is added to the same step`
			);
		}
	});

	const descriptions = repeatedDescriptions(blocks, levels);
	for (const [key, d] of descriptions) {
		draft.addContext(sectionName(d.section) || d.section, key.split('\n')[1] ?? '');
	}
	const described = [...descriptions.values()];
	if (described[0]) {
		const names = described.map((d) => `"${d.section}"`);
		const shown =
			names.length > 4
				? `${names.slice(0, 4).join(', ')} and ${names.length - 4} more`
				: names.join(', ');
		draft.warn(
			described[0].line,
			`the paragraph that opens ${shown} repeats word for word in ${Math.min(...described.map((d) => d.count))} levels or more: kept once as context, the description of the section, not as a statement of each level`
		);
	}
	const extraTables = new Set<Block>(axis.tables.map((t) => t.block));

	// Which level region each block is in, and where the next block that is not a paragraph is.
	const regionAt: (Region | undefined)[] = new Array(blocks.length);
	for (const level of levels) for (let i = level.index + 1; i < level.end; i++) regionAt[i] = level;
	const nextStructure: number[] = new Array(blocks.length + 1).fill(Infinity);
	for (let i = blocks.length - 1; i >= 0; i--) {
		nextStructure[i] = blocks[i]?.kind === 'paragraph' ? (nextStructure[i + 1] ?? Infinity) : i;
	}

	let label: string | undefined;
	let outside: { heading?: Heading; first: number; last: number; kept: number } | undefined;
	const flushOutside = () => {
		if (!outside?.kept) {
			outside = undefined;
			return;
		}
		const { heading, first, last } = outside;
		const lines = first === last ? `line ${first}` : `lines ${first}–${last}`;
		const what = heading
			? `"${heading.text}"`
			: titleHeading
				? 'the introduction'
				: 'the text before the first heading';
		if (!(heading && parentSet.has(findRegion(axis.root, heading)))) {
			draft.warn(first, `${what} (${lines}) is not a level: kept as context`);
		}
		outside = undefined;
	};

	let place: Place | undefined;
	let sub: Heading[] = [];
	let intro = true;
	blocks.forEach((block, i) => {
		const level = regionAt[i];
		if (block.kind === 'heading' && levelSet.has(findRegionAt(levels, i) as Region)) {
			flushOutside();
			place = placeOf.get(findRegionAt(levels, i) as Region);
			sub = [];
			intro = true;
			return;
		}
		if (!level) {
			place = undefined;
			if (block === titleHeading) return;
			if (block.kind === 'heading') {
				flushOutside();
				label = block.text;
				outside = { heading: block, first: block.line, last: block.line, kept: 0 };
				return;
			}
			if (extraTables.has(block) || !asContext(draft, block, label, titleHeading)) return;
			outside = outside ?? { first: block.line, last: block.line, kept: 0 };
			outside.last = block.line;
			outside.kept++;
			return;
		}
		const here = placeOf.get(level);
		if (!here) return;
		if (block.kind === 'heading') {
			sub = [...sub.filter((h) => h.depth < block.depth), block];
			place = { ...here, section: [...here.section, ...sub.map((h) => h.text)] };
			intro = false;
			return;
		}
		const at = place ?? here;
		const next = blocks[i + 1];
		const lead = block.kind === 'paragraph' ? leadLabel(block.text) : undefined;
		if (
			block.kind === 'paragraph' &&
			((block.strong && block.text.split(' ').length <= 8) || (lead && /:$/.test(block.text))) &&
			(next?.kind === 'list' || next?.kind === 'table')
		) {
			// "**Skills**" or "Skills:" above a list names the list, as a sub-heading would; the
			// line itself stays a statement, as a label item ("- Scope:") does.
			const text = lead ?? sectionName(block.text);
			const label: Heading = { kind: 'heading', line: block.line, depth: 7, text, links: [] };
			sub = [...sub.filter((h) => h.depth < label.depth), label];
			place = { ...here, section: [...here.section, ...sub.map((h) => h.text)] };
			addParagraph(draft, place, block.text, block.line);
			intro = false;
			return;
		}
		switch (block.kind) {
			case 'paragraph': {
				if (block.navigation) {
					draft.addContext(at.step.label, block.text);
					break;
				}
				if (lead) {
					// "Scope: …": a statement of that section, not the level's summary.
					addParagraph(draft, { ...at, section: [...at.section, lead] }, block.text, block.line);
					break;
				}
				const opening = sub.length
					? `${sub[sub.length - 1]?.text.toLowerCase()}\n${block.text}`
					: '';
				if (descriptions.has(opening)) break;
				// Paragraphs that open a level with lists or sub-headings below them: its summary.
				const structured = (nextStructure[i + 1] ?? Infinity) < level.end;
				if (intro && !tracked && !axis.parents && structured) {
					at.step.summary.push(block.text);
					break;
				}
				addParagraph(draft, at, block.text, block.line);
				break;
			}
			case 'list':
				intro = false;
				addBullets(draft, at, block.bullets);
				break;
			case 'table':
				intro = false;
				addAreaTable(draft, at, block.rows);
				break;
			case 'other':
				draft.addContext(at.step.label, block.text);
				break;
		}
	});
	flushOutside();

	for (const table of axis.tables) {
		const heading = [...blocks.slice(0, blocks.indexOf(table.block))]
			.reverse()
			.find((b): b is Heading => b.kind === 'heading');
		addTableTrack(draft, table, heading ? sectionName(heading.text) : 'Table');
	}

	for (const entry of frontMatter) {
		if (NAVIGATION_KEYS.has(entry.key)) continue;
		// "title: Level 4 (Mid)" names the step the page is about.
		const level = parseLevelLabel(entry.value);
		const known = level && draft.findStep(level);
		if (entry.key === 'title' && known && level.title && !known.title) known.title = level.title;
		draft.addContext(entry.key, entry.value);
	}
}

/** The level heading at a block index, if the block is one. */
function findRegionAt(levels: readonly Region[], index: number): Region | undefined {
	return levels.find((l) => l.index === index);
}

function findRegion(root: Region, heading: Heading): Region {
	const stack = [root];
	for (let r = stack.pop(); r; r = stack.pop()) {
		if (r.heading === heading) return r;
		stack.push(...r.children);
	}
	return root;
}

/** A block outside the levels, kept as context under the heading above it. */
function asContext(
	draft: Draft,
	block: Block,
	label: string | undefined,
	title: Heading | undefined
): boolean {
	const where = label ?? 'Introduction';
	switch (block.kind) {
		case 'paragraph':
			if (
				!draft.description &&
				!label &&
				!block.navigation &&
				(title || draft.context.length === 0)
			) {
				draft.description = block.text;
				return false;
			}
			draft.addContext(where, block.text);
			return true;
		case 'list':
			for (const b of block.bullets) draft.addContext(where, b.text);
			return true;
		case 'table':
			tableAsContext(draft, block.rows, label ?? 'Table');
			return true;
		case 'other':
			draft.addContext(where, block.text);
			return true;
		default:
			return false;
	}
}
