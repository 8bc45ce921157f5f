// Shape: one heading per level ("## Level 1", "### P2 — Senior", "## Junior") with bullets under
// it, optionally grouped by competency sub-headings or an Area | Description table. A top
// heading names the framework. Competency headings above repeated level headings also work.
import type { Draft, DraftStep } from './draft';
import { parseLevelLabel, type LevelLabel } from './labels';
import type { Block, Bullet, Cell, FrontMatterEntry } from './markdown';

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

export function levelOf(block: Block): LevelLabel | null {
	return block.kind === 'heading' ? parseLevelLabel(block.text) : null;
}

export function hasLevelHeadings(blocks: readonly Block[]): boolean {
	return blocks.some((b) => levelOf(b) !== null);
}

/** Each bullet becomes a statement; returns their ids. */
export function addBullets(
	draft: Draft,
	step: DraftStep,
	bullets: readonly Bullet[],
	section?: string,
	idParts: string[] = section ? [section] : []
): string[] {
	return bullets.flatMap((bullet) => {
		if (bullet.runOn) {
			draft.warn(
				bullet.line,
				`this bullet runs on to a second line that starts a new sentence ("${bullet.runOn.slice(0, 40)}…"): check whether a "- " is missing`
			);
		}
		if (bullet.strayMarker) {
			draft.warn(bullet.line, 'removed a stray "-" at the end of this bullet');
		}
		const id = draft.statement(step, bullet.text, { line: bullet.line, section, idParts });
		return id ? [id] : [];
	});
}

/** Rows of a table that is not a level table, kept as context: "first cell: the other cells". */
export function tableAsContext(draft: Draft, rows: Cell[][], label: string) {
	for (const row of rows.slice(1)) {
		const [first, ...rest] = row;
		const text = rest
			.map((c) => c.text)
			.filter(Boolean)
			.join(' | ');
		if (first && text) draft.addContext(first.text ? `${label} · ${first.text}` : label, text);
	}
}

/** An Area | Description table inside a level: the first cell names the section of the others. */
function addAreaTable(draft: Draft, step: DraftStep, rows: readonly Cell[][]) {
	for (const row of rows.slice(1)) {
		const [area, ...cells] = row;
		const section = cells.length ? area?.text : undefined;
		for (const cell of cells.length ? cells : row) {
			for (const part of cell.parts) {
				draft.statement(step, part, {
					line: cell.line,
					section,
					idParts: section ? [section] : []
				});
			}
		}
	}
}

export function readLevelHeadings(
	blocks: readonly Block[],
	draft: Draft,
	frontMatter: readonly FrontMatterEntry[]
): void {
	const firstLevel = blocks.find((b): b is Heading => levelOf(b) !== null);
	if (!firstLevel) return;
	const levelDepth = firstLevel.depth;
	const first = blocks.find((b): b is Heading => b.kind === 'heading');
	const titleHeading = first && first.depth < levelDepth && !levelOf(first) ? first : undefined;
	if (titleHeading) {
		draft.name = titleHeading.text;
		draft.title = titleHeading.text;
	} else {
		const prefix = levelOf(firstLevel)?.prefix;
		if (prefix) {
			draft.name = prefix;
			draft.title = firstLevel.text;
		}
	}

	// Competency headings above level headings ("## Delivery" › "### Level 1", then
	// "## Leadership" › "### Level 1" again) name the section of every bullet below them.
	const parents = new Map<string, Set<number>>();
	let parent: Heading | undefined;
	for (const b of blocks) {
		if (b.kind !== 'heading' || b === titleHeading) continue;
		const level = levelOf(b);
		if (b.depth < levelDepth || (b.depth === levelDepth && !level)) parent = b;
		else if (b.depth === levelDepth && level) {
			const id = draft.step(level, b.line).id;
			parents.set(id, (parents.get(id) ?? new Set()).add(parent?.line ?? 0));
		}
	}
	const competencyMajor = [...parents.values()].some((lines) => lines.size > 1);

	let step: DraftStep | undefined;
	let parentHeading: Heading | undefined;
	let subHeading: string | undefined;
	let label: string | undefined;
	const section = () => subHeading ?? (competencyMajor ? parentHeading?.text : undefined);

	for (const block of blocks) {
		switch (block.kind) {
			case 'heading': {
				if (block === titleHeading) break;
				const level = levelOf(block);
				if (block.depth === levelDepth && level) {
					step = draft.step(level, block.line);
					subHeading = undefined;
					if (!competencyMajor && step.line !== block.line) {
						draft.warn(
							block.line,
							`"${block.text}" appears again (first at line ${step.line}): its bullets are added to the same step`
						);
					}
				} else if (block.depth > levelDepth && step) {
					subHeading = block.text;
				} else {
					if (block.depth <= levelDepth) {
						step = undefined;
						parentHeading = block;
					}
					subHeading = undefined;
					label = block.text;
				}
				break;
			}
			case 'list':
				if (step) addBullets(draft, step, block.bullets, section());
				else {
					for (const bullet of block.bullets) {
						draft.fail(
							bullet.line,
							`a bullet outside any level heading (expected a heading like "## Level 1" above it)`
						);
					}
				}
				break;
			case 'paragraph':
				if (block.navigation) break;
				if (step && !subHeading) step.summary.push(block.text);
				else if (step) {
					draft.addContext(`${step.label} · ${subHeading}`, block.text);
					draft.warn(
						block.line,
						`a paragraph under "${subHeading}" was kept as context, not as a statement: make it a bullet if it is one`
					);
				} else if (!draft.description && !label) draft.description = block.text;
				else draft.addContext(label ?? 'Introduction', block.text);
				break;
			case 'table':
				if (step) addAreaTable(draft, step, block.rows);
				else {
					tableAsContext(draft, block.rows, label ?? 'Table');
					draft.warn(block.line, 'a table outside any level heading was kept as context');
				}
				break;
			case 'other':
				draft.addContext(step ? step.label : (label ?? 'Introduction'), block.text);
				break;
		}
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
