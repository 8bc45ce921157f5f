// Markdown (GFM) and embedded HTML tables → a flat list of blocks with source line numbers.
// The shape readers work on these blocks; the real parsers do the Markdown.
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { List, ListItem, Nodes, PhrasingContent, RootContent, TableCell } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { clean } from './labels';

export interface Bullet {
	text: string;
	line: number;
	/** Start of a second line that begins a new sentence: perhaps a missing "- ". */
	runOn?: string;
	/** The bullet ended with a stray list marker ("….- "), which was removed. */
	strayMarker?: boolean;
}

export interface Cell {
	/** Text of the whole cell. */
	text: string;
	/** The cell split at `<br>`: one entry per sentence group, empty ones dropped. */
	parts: string[];
	line: number;
}

export type Block =
	| { kind: 'heading'; line: number; depth: number; text: string; links: string[] }
	| { kind: 'paragraph'; line: number; text: string; navigation: boolean }
	| { kind: 'list'; line: number; bullets: Bullet[] }
	/** The first row is the header row. */
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

/** Inline content as plain text; markup dropped, soft line breaks kept as "\n". */
function inlineText(nodes: readonly Nodes[]): string {
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
					return ' ';
				case 'image':
				case 'imageReference':
					return node.alt ?? '';
				case 'footnoteReference':
					return '';
				default:
					return 'children' in node ? inlineText(node.children) : '';
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
	return (
		nodes.some((n) => n.type === 'link') &&
		nodes.every(
			(n) =>
				n.type === 'link' ||
				n.type === 'break' ||
				isBreak(n) ||
				(n.type === 'text' && !n.value.trim())
		)
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

function markdownCell(cell: TableCell, line: number): Cell {
	const parts = splitAtBreaks(cell.children, isBreak)
		.map((part) => clean(inlineText(part)))
		.filter(Boolean);
	return { text: clean(inlineText(cell.children)), parts, line };
}

function hastText(nodes: readonly (HastContent | ElementContent)[]): string {
	return nodes
		.map((n): string => {
			if (n.type === 'text') return n.value;
			if (n.type === 'element') return n.tagName === 'br' ? ' ' : hastText(n.children);
			return '';
		})
		.join('');
}

function elements(nodes: readonly (HastContent | ElementContent)[], tag: string): Element[] {
	return nodes.flatMap((n): Element[] => {
		if (n.type !== 'element') return [];
		if (n.tagName === tag) return [n];
		return elements(n.children, tag);
	});
}

/** The tables in an HTML block, `line` being the block's first source line. */
function htmlTables(tree: HastRoot, line: number): Cell[][][] {
	const at = (n: Element) => line + (n.position?.start.line ?? 1) - 1;
	return elements(tree.children, 'table').map((table) =>
		elements(table.children, 'tr').map((tr) =>
			tr.children
				.filter(
					(c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')
				)
				.map((c) => ({
					text: clean(hastText(c.children)),
					parts: splitAtBreaks(c.children, (n) => n.type === 'element' && n.tagName === 'br')
						.map((part) => clean(hastText(part)))
						.filter(Boolean),
					line: at(c)
				}))
		)
	);
}

/** Parse Markdown into blocks. `lineMap` maps parsed lines back to source lines. */
export function readBlocks(markdown: string, lineMap?: readonly number[]): Block[] {
	const tree = fromMarkdown(markdown, {
		extensions: [gfm()],
		mdastExtensions: [gfmFromMarkdown()]
	});
	const lineOf = (node: Nodes): number => {
		const parsed = node.position?.start.line ?? 1;
		return lineMap?.[parsed - 1] ?? parsed;
	};

	const bullets = (list: List): Bullet[] =>
		list.children.flatMap((item: ListItem) => {
			const own = item.children.filter((c) => c.type !== 'list');
			const raw = own
				.map((c) => (c.type === 'paragraph' ? inlineText(c.children) : inlineText([c])))
				.join('\n');
			let text = clean(raw);
			const stray = /[.!?]\s*-$/.test(text);
			if (stray) text = text.replace(/\s*-$/, '');
			const runOn = /[^.!?;:,\s][ \t]*\n[ \t]*([A-Z][^\n]*)/.exec(raw)?.[1];
			const bullet: Bullet = { text, line: lineOf(item) };
			if (runOn) bullet.runOn = clean(runOn);
			if (stray) bullet.strayMarker = true;
			const nested = item.children.filter((c): c is List => c.type === 'list').flatMap(bullets);
			return text ? [bullet, ...nested] : nested;
		});

	const toBlocks = (node: RootContent): Block[] => {
		const line = lineOf(node);
		switch (node.type) {
			case 'heading':
				return [
					{
						kind: 'heading',
						line,
						depth: node.depth,
						text: clean(inlineText(node.children)),
						links: links(node.children)
					}
				];
			case 'paragraph': {
				const text = clean(inlineText(node.children));
				if (!text && !isNavigation(node.children)) return [];
				return [{ kind: 'paragraph', line, text, navigation: isNavigation(node.children) }];
			}
			case 'list':
				return [{ kind: 'list', line, bullets: bullets(node) }];
			case 'table':
				return [
					{
						kind: 'table',
						line,
						rows: node.children.map((row) => row.children.map((c) => markdownCell(c, lineOf(c))))
					}
				];
			case 'html': {
				const tree = fromHtml(node.value, { fragment: true });
				const tables = htmlTables(tree, line);
				if (tables.length) return tables.map((rows) => ({ kind: 'table', line, rows }));
				const text = clean(hastText(tree.children));
				return text ? [{ kind: 'other', line, text }] : [];
			}
			case 'thematicBreak':
			case 'definition':
				return [];
			default: {
				const text = clean(inlineText([node]));
				return text ? [{ kind: 'other', line, text }] : [];
			}
		}
	};
	return tree.children.flatMap(toBlocks);
}
