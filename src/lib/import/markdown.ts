// Markdown (GFM) with embedded HTML (tables, lists, headings) → a flat list of blocks with source
// line numbers. The shape readers work on these blocks; the real parsers do the Markdown and HTML.
import type { Element, ElementContent, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { List, ListItem, Nodes, PhrasingContent, RootContent, TableCell } from 'mdast';
import { clean } from './labels';
import { parseMarkdown } from './parse-markdown';

export interface Bullet {
	text: string;
	line: number;
	/** 0 for an item of the list itself, 1 for an item nested in one, … */
	depth: number;
	/** Index (in the same list block) of the item this one is nested in. */
	parent?: number;
	/** How many items are nested directly in this one. */
	children: number;
	/** Only links ("[Introduction](README.md)"): navigation, not a sentence. */
	navigation: boolean;
	/** Start of a second line that begins a new sentence: perhaps a missing "- ". */
	runOn?: string;
	/** The bullet ended with a stray list marker ("….- "), which was removed. */
	strayMarker?: boolean;
}

export interface Cell {
	/** Text of the whole cell. */
	text: string;
	/** The cell split at `<br>`, `<p>` and `<li>`: one entry per statement, empty ones dropped. */
	parts: string[];
	line: number;
	/** The whole cell is bold or italic: a label ("**Technical**" in a group row). */
	strong: boolean;
	/** Only links: navigation. */
	navigation: boolean;
}

export type Block =
	| { kind: 'heading'; line: number; depth: number; text: string; links: string[] }
	| {
			kind: 'paragraph';
			line: number;
			text: string;
			navigation: boolean;
			/** The whole paragraph is bold or italic: perhaps a heading written as "**Junior**". */
			strong?: boolean;
	  }
	| { kind: 'list'; line: number; bullets: Bullet[] }
	/**
	 * The first row is the header row. Cells spanning rows or columns (`rowspan`, `colspan`) are
	 * the same object in every position they cover.
	 */
	| { kind: 'table'; line: number; rows: Cell[][] }
	| { kind: 'other'; line: number; text: string };

export interface FrontMatterEntry {
	key: string;
	value: string;
	line: number;
}

/** Jekyll-style front matter, blanked out of the body so that line numbers stay true. */
export function splitFrontMatter(text: string): { body: string; entries: FrontMatterEntry[] } {
	const lines = text.split(/\r?\n/);
	if (lines[0]?.trim() !== '---') return { body: text, entries: [] };
	const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
	if (end < 0) return { body: text, entries: [] };
	const entries: FrontMatterEntry[] = [];
	for (let i = 1; i < end; i++) {
		const m = /^([\w-]+)\s*:\s*(.*)$/.exec(lines[i] ?? '');
		const value = clean(m?.[2] ?? '').replace(/^(['"])(.*)\1$/, '$2');
		if (m?.[1] && value) entries.push({ key: m[1], value, line: i + 1 });
	}
	const body = lines.map((l, i) => (i <= end ? '' : l)).join('\n');
	return { body, entries };
}

type LineKind = 'blank' | 'bullet' | 'table' | 'html' | 'text';

function lineKind(line: string): LineKind {
	if (line.trim() === '') return 'blank';
	if (/^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s+\S|\s*$)/.test(line)) return 'bullet';
	if (/^\s*\|/.test(line)) return 'table';
	if (/^\s*</.test(line)) return 'html';
	return 'text';
}

/**
 * A scraped page has no blank lines: every line of text is its own block, and a bullet list or
 * table starts and ends where the kind of line changes. Inserting blank lines there keeps
 * Markdown's lazy continuation from gluing the whole page into one list. `lines` maps each new
 * line back to its source line.
 */
export function separateBlocks(text: string): { text: string; lines: number[] } {
	const out: string[] = [];
	const lines: number[] = [];
	let previous: LineKind = 'blank';
	text.split(/\r?\n/).forEach((line, i) => {
		let kind = lineKind(line);
		// Indented lines continue a bullet; an HTML block runs to the next blank line.
		if (kind !== 'blank' && (previous === 'html' || (previous === 'bullet' && /^\s/.test(line)))) {
			kind = previous;
		}
		if (kind !== 'blank' && previous !== 'blank' && (kind !== previous || kind === 'text')) {
			out.push('');
			lines.push(i + 1);
		}
		out.push(kind === 'text' ? line.trimStart() : line);
		lines.push(i + 1);
		previous = kind;
	});
	return { text: out.join('\n'), lines };
}

/** Inline HTML that only formats or structures text; any other tag is kept as text. */
const FORMATTING_TAG =
	/^<\/?(?:a|abbr|b|bdi|bdo|big|br|cite|code|dd|del|details|dfn|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|picture|q|s|samp|small|source|span|strike|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|time|tr|tt|u|ul|var|wbr)\b[^>]*>$|^<!--[\s\S]*-->$/i;

/** Tags that end one statement in a table cell and start the next. */
const CELL_BREAK = /^<\/?(?:br|p|li|ul|ol|div)\b[^>]*\/?>$/i;

export interface RawHtml {
	line: number;
	tag: string;
}

/** Inline content as plain text; markup dropped, soft line breaks kept as "\n". */
function inlineText(nodes: readonly Nodes[], raw?: RawHtml[], line = 0): string {
	return nodes
		.map((node): string => {
			switch (node.type) {
				case 'text':
				case 'inlineCode':
				case 'code':
					return node.value;
				case 'break':
					return '\n';
				case 'html':
					if (FORMATTING_TAG.test(node.value.trim())) return ' ';
					// Not formatting (<script>, an unknown tag): the author's text, kept as written.
					raw?.push({ line: node.position?.start.line ?? line, tag: node.value.trim() });
					return node.value;
				case 'image':
				case 'imageReference':
					return node.alt ?? '';
				case 'footnoteReference':
					return '';
				default:
					return 'children' in node ? inlineText(node.children, raw, line) : '';
			}
		})
		.join('');
}

function links(nodes: readonly Nodes[]): string[] {
	return nodes.flatMap((node): string[] => {
		if (node.type === 'link') return [node.url];
		return 'children' in node ? links(node.children) : [];
	});
}

function isBreak(node: PhrasingContent): boolean {
	return node.type === 'html' && /^<br\s*\/?>$/i.test(node.value.trim());
}

/** Only links, `<br>`s and whitespace: navigation such as "[back to home](/README.md)". */
function isNavigation(nodes: readonly PhrasingContent[]): boolean {
	const meaningful = nodes.filter(
		(n) => !(n.type === 'break' || isBreak(n) || (n.type === 'text' && !n.value.trim()))
	);
	return (
		meaningful.length > 0 &&
		meaningful.every(
			(n) =>
				n.type === 'link' ||
				n.type === 'linkReference' ||
				((n.type === 'strong' || n.type === 'emphasis') && isNavigation(n.children))
		)
	);
}

/** Only bold or italic text (and whitespace): a label such as "**Technical**". */
function isStrong(nodes: readonly PhrasingContent[]): boolean {
	const meaningful = nodes.filter((n) => !(n.type === 'text' && !n.value.trim()));
	return (
		meaningful.length > 0 && meaningful.every((n) => n.type === 'strong' || n.type === 'emphasis')
	);
}

function splitAtBreaks<T>(nodes: readonly T[], isBr: (node: T) => boolean): T[][] {
	const parts: T[][] = [[]];
	for (const node of nodes) {
		if (isBr(node)) parts.push([]);
		else parts[parts.length - 1]?.push(node);
	}
	return parts;
}

/** A statement of a cell: "- " or "• " in front of it is the author's bullet, not text. */
function cellPart(text: string): string {
	return clean(text).replace(/^[-*•]\s+/, '');
}

function markdownCell(cell: TableCell, line: number, raw: RawHtml[]): Cell {
	const parts = splitAtBreaks(
		cell.children,
		(n) => n.type === 'html' && CELL_BREAK.test(n.value.trim())
	)
		.map((part) => cellPart(inlineText(part, raw, line)))
		.filter(Boolean);
	return {
		text: clean(inlineText(cell.children)),
		parts,
		line,
		strong: isStrong(cell.children),
		navigation: isNavigation(cell.children)
	};
}

type HastNode = HastContent | ElementContent;

const isElement = (n: HastNode, ...tags: string[]): n is Element =>
	n.type === 'element' && tags.includes(n.tagName);

function hastText(nodes: readonly HastNode[]): string {
	return nodes
		.map((n): string => {
			if (n.type === 'text') return n.value;
			if (n.type !== 'element' || n.tagName === 'style' || n.tagName === 'template') return '';
			return n.tagName === 'br' ? ' ' : hastText(n.children);
		})
		.join('');
}

/** The statements of an HTML cell: each `<p>` and `<li>`, or its text split at `<br>`. */
function htmlCellParts(nodes: readonly HastNode[]): string[] {
	const blocks = nodes.some((c) => isElement(c, 'ul', 'ol', 'p', 'div', 'table'));
	if (!blocks) {
		return splitAtBreaks(nodes, (n) => isElement(n, 'br'))
			.map((part) => cellPart(hastText(part)))
			.filter(Boolean);
	}
	return nodes.flatMap((c): string[] => {
		if (c.type === 'text') return c.value.trim() ? [cellPart(c.value)] : [];
		if (c.type !== 'element') return [];
		if (c.tagName === 'ul' || c.tagName === 'ol')
			return htmlListItems(c, (n) => n).map((b) => b.text);
		if (c.tagName === 'div') return htmlCellParts(c.children);
		const text = cellPart(hastText([c]));
		return text ? [text] : [];
	});
}

/** The items of an HTML list, nested ones after their parent, as bullets. */
/** `at` turns a line of the HTML fragment into a source line. */
type LineOf = (fragmentLine: number) => number;

function htmlListItems(list: Element, at: LineOf): Bullet[] {
	const out: Bullet[] = [];
	const walk = (node: Element, depth: number, parent: number | undefined) => {
		for (const li of node.children) {
			if (!isElement(li, 'li')) continue;
			const own = li.children.filter((c) => !isElement(c, 'ul', 'ol'));
			const text = cellPart(hastText(own));
			const index = out.length;
			const bullet: Bullet = {
				text,
				line: at(li.position?.start.line ?? 1),
				depth,
				children: 0,
				navigation:
					own.some((c) => isElement(c, 'a')) &&
					own.every((c) => isElement(c, 'a') || (c.type === 'text' && !c.value.trim()))
			};
			if (parent !== undefined) bullet.parent = parent;
			if (text) {
				out.push(bullet);
				const up = parent !== undefined ? out[parent] : undefined;
				if (up) up.children++;
			}
			for (const sub of li.children) {
				if (isElement(sub, 'ul', 'ol')) walk(sub, text ? depth + 1 : depth, text ? index : parent);
			}
		}
	};
	walk(list, 0, undefined);
	return out;
}

/** The rows of an HTML table as a grid: a cell spanning rows or columns fills every place it covers. */
function htmlTableRows(table: Element, lineOf: LineOf): Cell[][] {
	const at = (n: Element) => lineOf(n.position?.start.line ?? 1);
	const rows: Element[] = [];
	const collect = (nodes: readonly HastNode[]) => {
		for (const n of nodes) {
			if (n.type !== 'element') continue;
			if (n.tagName === 'tr') rows.push(n);
			else if (n.tagName !== 'table') collect(n.children);
		}
	};
	collect(table.children);
	const span = (value: unknown) => Math.min(Math.max(Number(value) || 1, 1), 100);
	const carried = new Map<number, { cell: Cell; left: number }>();
	return rows.map((tr) => {
		const row: Cell[] = [];
		let col = 0;
		const fill = () => {
			for (let c = carried.get(col); c && c.left > 0; c = carried.get(col)) {
				row[col++] = c.cell;
				c.left--;
			}
		};
		for (const c of tr.children) {
			if (!isElement(c, 'td', 'th')) continue;
			fill();
			const cell: Cell = {
				text: clean(hastText(c.children)),
				parts: htmlCellParts(c.children),
				line: at(c),
				strong:
					c.children.every(
						(n) => isElement(n, 'strong', 'b', 'em', 'i') || (n.type === 'text' && !n.value.trim())
					) && c.children.some((n) => isElement(n, 'strong', 'b', 'em', 'i')),
				navigation: false
			};
			const colspan = span(c.properties?.colSpan);
			const rowspan = span(c.properties?.rowSpan);
			for (let k = 0; k < colspan; k++) {
				row[col] = cell;
				if (rowspan > 1) carried.set(col, { cell, left: rowspan - 1 });
				col++;
			}
		}
		// Cells carried down from rows above, after this row's own cells.
		for (const [c, carry] of [...carried].sort((a, b) => a[0] - b[0])) {
			if (c >= col && carry.left > 0 && !row[c]) {
				row[c] = carry.cell;
				carry.left--;
			}
		}
		return Array.from(
			row,
			(cell) => cell ?? { text: '', parts: [], line: at(tr), strong: false, navigation: false }
		);
	});
}

/** An HTML block in Markdown as blocks: its headings, paragraphs, lists, tables and other text. */
function htmlBlocks(html: string, lineOf: LineOf): Block[] {
	const tree = fromHtml(html, { fragment: true });
	const out: Block[] = [];
	let loose = '';
	let looseLine = lineOf(1);
	const flush = () => {
		const text = clean(loose);
		if (text) out.push({ kind: 'other', line: looseLine, text });
		loose = '';
	};
	const walk = (nodes: readonly HastNode[]) => {
		for (const n of nodes) {
			const at = lineOf(n.position?.start.line ?? 1);
			if (n.type === 'text') {
				if (!loose.trim()) looseLine = at;
				loose += n.value;
				continue;
			}
			if (n.type !== 'element' || n.tagName === 'style' || n.tagName === 'template') continue;
			const tag = n.tagName;
			if (/^h[1-6]$/.test(tag)) {
				flush();
				const text = clean(hastText(n.children));
				if (text) out.push({ kind: 'heading', line: at, depth: Number(tag[1]), text, links: [] });
			} else if (tag === 'table') {
				flush();
				out.push({ kind: 'table', line: at, rows: htmlTableRows(n, lineOf) });
			} else if (tag === 'ul' || tag === 'ol') {
				flush();
				const bullets = htmlListItems(n, lineOf);
				if (bullets.length) out.push({ kind: 'list', line: at, bullets });
			} else if (tag === 'p') {
				flush();
				const text = clean(hastText(n.children));
				if (text) out.push({ kind: 'paragraph', line: at, text, navigation: false });
			} else if (
				/^(?:div|section|article|main|header|footer|aside|nav|details|blockquote|center|body|html)$/.test(
					tag
				)
			) {
				flush();
				walk(n.children);
				flush();
			} else {
				if (!loose.trim()) looseLine = at;
				loose += ` ${hastText([n])} `;
			}
		}
	};
	walk(tree.children);
	flush();
	return out;
}

const CONTAINER = /<(\/?)(table|ul|ol|div|details|section)\b[^>]*?(\/?)>/gi;

/** How many container elements an HTML fragment leaves open. */
function openContainers(html: string): number {
	let open = 0;
	for (const m of html.matchAll(CONTAINER)) {
		if (m[3]) continue;
		open += m[1] ? -1 : 1;
	}
	return open;
}

/**
 * In Markdown an HTML block ends at a blank line, so a table written with blank lines in it
 * arrives in pieces. Pieces that continue an open `<table>` (or list, or div) are joined back.
 */
function joinHtml(markdown: string, nodes: readonly RootContent[]): RootContent[] {
	const out: RootContent[] = [];
	for (let i = 0; i < nodes.length; i++) {
		const node = nodes[i];
		if (!node) continue;
		let open = node.type === 'html' ? openContainers(node.value) : 0;
		const start = node.position?.start.offset;
		let j = i;
		while (open > 0 && nodes[j + 1]?.type === 'html') {
			j++;
			const next = nodes[j];
			open += next?.type === 'html' ? openContainers(next.value) : 0;
		}
		const end = nodes[j]?.position?.end.offset;
		if (j > i && node.type === 'html' && start !== undefined && end !== undefined) {
			out.push({ ...node, value: markdown.slice(start, end) });
			i = j;
		} else out.push(node);
	}
	return out;
}

export interface ReadOptions {
	/** Maps parsed lines back to source lines. */
	lineMap?: readonly number[];
	/** Collects the raw HTML tags kept as text. */
	rawHtml?: RawHtml[];
}

/**
 * Parse Markdown into blocks. The parse goes part by part (./parse-markdown `parseMarkdown`: the parser's
 * time grows faster than the text), with the tree and line numbers of a whole-text parse.
 */
export function readBlocks(
	markdown: string,
	options: ReadOptions | readonly number[] = {}
): Block[] {
	const { lineMap, rawHtml = [] } = Array.isArray(options)
		? { lineMap: options as readonly number[] }
		: (options as ReadOptions);
	const tree = parseMarkdown(markdown);
	const mapLine = (parsed: number) => lineMap?.[parsed - 1] ?? parsed;
	const lineOf = (node: Nodes): number => mapLine(node.position?.start.line ?? 1);
	const raw: RawHtml[] = [];

	const bullets = (list: List, depth: number, parent: number | undefined, out: Bullet[]) => {
		for (const item of list.children as ListItem[]) {
			const own = item.children.filter((c) => c.type !== 'list');
			const text0 = own
				.map((c) => (c.type === 'paragraph' ? inlineText(c.children, raw) : inlineText([c], raw)))
				.join('\n');
			let text = clean(text0);
			const stray = /[.!?]\s*-$/.test(text);
			if (stray) text = text.replace(/\s*-$/, '');
			const runOn = /[^.!?;:,\s][ \t]*\n[ \t]*([A-Z][^\n]*)/.exec(text0)?.[1];
			const phrasing = own.flatMap((c) => (c.type === 'paragraph' ? c.children : []));
			const bullet: Bullet = {
				text,
				line: lineOf(item),
				depth,
				children: 0,
				navigation: phrasing.length > 0 && isNavigation(phrasing)
			};
			if (parent !== undefined) bullet.parent = parent;
			if (runOn) bullet.runOn = clean(runOn);
			if (stray) bullet.strayMarker = true;
			const index = out.length;
			if (text) {
				out.push(bullet);
				const up = parent !== undefined ? out[parent] : undefined;
				if (up) up.children++;
			}
			for (const sub of item.children) {
				if (sub.type === 'list') {
					bullets(sub, text ? depth + 1 : depth, text ? index : parent, out);
				}
			}
		}
		return out;
	};

	const toBlocks = (node: RootContent): Block[] => {
		const line = lineOf(node);
		switch (node.type) {
			case 'heading':
				return [
					{
						kind: 'heading',
						line,
						depth: node.depth,
						// "## L1 {#l1}": an anchor attribute, not part of the name.
						text: clean(inlineText(node.children, raw)).replace(/\s*\{#[^}]*\}$/, ''),
						links: links(node.children)
					}
				];
			case 'paragraph': {
				const text = clean(inlineText(node.children, raw));
				if (!text && !isNavigation(node.children)) return [];
				const paragraph: Block = {
					kind: 'paragraph',
					line,
					text,
					navigation: isNavigation(node.children)
				};
				if (isStrong(node.children)) paragraph.strong = true;
				return [paragraph];
			}
			case 'list': {
				const items = bullets(node, 0, undefined, []);
				return items.length ? [{ kind: 'list', line, bullets: items }] : [];
			}
			case 'table':
				return [
					{
						kind: 'table',
						line,
						rows: node.children.map((row) =>
							row.children.map((c) => markdownCell(c, lineOf(c), raw))
						)
					}
				];
			case 'html': {
				const first = node.position?.start.line ?? 1;
				return htmlBlocks(node.value, (n) => mapLine(first + n - 1));
			}
			case 'blockquote':
				return node.children.flatMap(toBlocks);
			case 'thematicBreak':
			case 'definition':
				return [];
			default: {
				const text = clean(inlineText([node], raw));
				return text ? [{ kind: 'other', line, text }] : [];
			}
		}
	};
	const blocks = joinHtml(markdown, tree.children).flatMap(toBlocks);
	for (const r of raw) rawHtml.push({ line: mapLine(r.line), tag: r.tag });
	return blocks;
}
