// Markdown (GFM) → mdast in independent chunks (./limits `markdownChunks`). Apart from the caps,
// so that what only checks sizes (the validator) does not carry the Markdown parser.
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { markdownChunks } from './limits';

const MARKDOWN = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
/**
 * What GFM adds to CommonMark (tables, strikethrough, autolink literals, footnotes, task items):
 * a chunk with none of it parses the same without the extensions, and about a third faster.
 */
const GFM_SYNTAX = /[|~@]|www\.|:\/\/|\[\^|\[[ xX]\]/;

/** Move a parsed subtree down by `lines` lines and `offset` characters. Iterative. */
function shift(node: Nodes, lines: number, offset: number): void {
	const stack: Nodes[] = [node];
	for (let n = stack.pop(); n; n = stack.pop()) {
		const p = n.position;
		if (p) {
			n.position = {
				start: {
					line: p.start.line + lines,
					column: p.start.column,
					offset: (p.start.offset ?? 0) + offset
				},
				end: {
					line: p.end.line + lines,
					column: p.end.column,
					offset: (p.end.offset ?? 0) + offset
				}
			};
		}
		if ('children' in n) stack.push(...n.children);
	}
}

/**
 * Markdown (GFM) → mdast, as `fromMarkdown` gives it, parsed chunk by chunk (`markdownChunks`)
 * so that time grows with the size of each chunk rather than of the whole text. A 1 MB ladder
 * with nested bullets under headings: about 3 s instead of 15 s on the project's machines.
 */
export function parseMarkdown(text: string): Root {
	const parse = (chunk: string) =>
		GFM_SYNTAX.test(chunk) ? fromMarkdown(chunk, MARKDOWN) : fromMarkdown(chunk);
	const { starts, definitions, openAtEnd } = markdownChunks(text);
	if (starts.length === 1) return parse(text);
	const root: Root = { type: 'root', children: [] };
	starts.forEach(({ line, offset }, k) => {
		const end = starts[k + 1]?.offset ?? text.length;
		let chunk = text.slice(offset, end);
		let ownLines = 1;
		for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) ownLines++;
		const last = k === starts.length - 1;
		if (definitions.length && chunk.includes(']') && !(last && openAtEnd)) {
			chunk += `\n\n${definitions.join('\n')}\n`;
		}
		for (const child of parse(chunk).children) {
			if ((child.position?.start.line ?? 0) > ownLines) break; // the shared definitions
			shift(child, line - 1, offset);
			root.children.push(child);
		}
	});
	const lastLine = text.lastIndexOf('\n');
	let lines = 1;
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
	root.position = {
		start: { line: 1, column: 1, offset: 0 },
		end: { line: lines, column: text.length - lastLine, offset: text.length }
	};
	return root;
}
