// One way in for a framework file in any format people publish or author: Markdown, plain text,
// HTML pasted from a page, our JSON, and YAML in the same shape as the JSON. The format comes
// from the file's extension or, failing that, from its content; every cap in limits.ts is
// checked before a parser sees the text; nothing here throws. Shared by `npm run import` and
// the /import page, so no Node APIs.
import type { Element, ElementContent, Nodes as HastNodes, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { FrameworkInput } from '../model/schema';
import { parseFramework, parseJson, type ParsedData, type Problem } from '../model/validate';
import { importFramework } from './index';
import { slugify } from './labels';
import { checkLimits, scanMarkdown, stripBom } from './limits';
import { parseYaml } from './yaml';

export type Format = 'markdown' | 'text' | 'html' | 'json' | 'yaml';

export const FORMAT_NAMES: Record<Format, string> = {
	markdown: 'Markdown',
	text: 'plain text',
	html: 'HTML',
	json: 'JSON',
	yaml: 'YAML'
};

/** Extensions that decide the format. Any other (`.txt`, none) is read from the content. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, Format>> = {
	md: 'markdown',
	markdown: 'markdown',
	mdown: 'markdown',
	mkd: 'markdown',
	mkdn: 'markdown',
	html: 'html',
	htm: 'html',
	xhtml: 'html',
	json: 'json',
	yaml: 'yaml',
	yml: 'yaml'
};

export interface Detected {
	format: Format;
	/** Whether the format was told (`format` option), read from the extension or the content. */
	by: 'option' | 'extension' | 'content';
}

/** Top-level keys that make a YAML file one of our frameworks rather than prose. */
const FRAMEWORK_KEYS = ['id', 'name', 'steps', 'tracks', 'statements', 'kind'];

/** What the text is, from its first characters and its lines. Linear; never parses. */
export function formatFromContent(input: string): Format {
	const text = stripBom(input);
	const start = text.search(/\S/);
	if (start < 0) return 'text';
	const head = text.slice(start, start + 4000);
	// JSON: an object, or an array of objects, arrays or strings (not a "[link](…)").
	if (/^\{\s*(?:"|\}|$)/.test(head) || /^\[\s*(?:[{["\]]|$)/.test(head)) return 'json';
	const lines = text.split(/\r?\n/);
	// A YAML framework: every line at column 0 is a "key:" (or a document marker or comment),
	// and the keys are a framework's. Front matter above Markdown fails this at its first line
	// of Markdown.
	const keys: string[] = [];
	const yamlLike = lines.every((line) => {
		if (/^(?:\s|#|---\s*$|\.\.\.\s*$|$)/.test(line)) return true;
		const key = /^["']?([A-Za-z_][\w-]*)["']?\s*:(?:\s|$)/.exec(line)?.[1];
		if (key) keys.push(key);
		return key !== undefined;
	});
	if (
		yamlLike &&
		keys.includes('steps') &&
		keys.filter((k) => FRAMEWORK_KEYS.includes(k)).length >= 2
	) {
		return 'yaml';
	}
	// HTML: a document, or a fragment whose lines are mostly tags and that has no Markdown heading.
	if (/^<(?:!doctype\s+html|html|head|body)\b/i.test(head)) return 'html';
	const filled = lines.filter((l) => l.trim());
	const markdownHeading = filled.some((l) => /^ {0,3}#{1,6}\s/.test(l));
	if (/^<[A-Za-z!]/.test(head) && !markdownHeading) {
		const tags = filled.filter((l) => /^\s*</.test(l)).length;
		if (tags * 2 >= filled.length) return 'html';
	}
	const markdown =
		markdownHeading ||
		filled.some((l) => /^ {0,3}(?:[-*+]|\d{1,9}[.)])\s+\S/.test(l) || /^\s*\|.*\|\s*$/.test(l));
	return markdown ? 'markdown' : 'text';
}

/** The format by the file name's extension if it names one, else by the content. */
export function detectFormat(fileName: string, text: string): Detected {
	const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
	const byName = FORMAT_BY_EXTENSION[extension];
	return byName
		? { format: byName, by: 'extension' }
		: { format: formatFromContent(text), by: 'content' };
}

// ---------------------------------------------------------------------------------------------
// Markup lost from statements.

/** Inline formatting: dropping the tags keeps the words between them. */
const FORMATTING = new Set(
	'a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark nobr q s samp small span strike strong sub sup time tt u var wbr'.split(
		' '
	)
);
/** Document structure: a tag of these stands for a break between words. */
const STRUCTURE = new Set(
	'address article aside blockquote body caption center col colgroup dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 head header hgroup hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
		' '
	)
);
/** Every string in a value (a framework's text), to look for what survived an import. */
function strings(value: unknown): string[] {
	const out: string[] = [];
	const stack: unknown[] = [value];
	while (stack.length) {
		const v = stack.pop();
		if (typeof v === 'string') out.push(v);
		else if (Array.isArray(v)) stack.push(...(v as unknown[]));
		else if (v && typeof v === 'object') stack.push(...Object.values(v));
	}
	return out;
}

/**
 * Raw HTML tags in Markdown (other than formatting, structure, `<br>` and images) that the
 * imported framework does not contain: markup lost from a statement. One warning per tag name,
 * with the lines it is on.
 */
export function droppedMarkup(markdown: string, framework: unknown): ReadProblem[] {
	const kept = strings(framework).join('\n');
	const lost = new Map<string, { tag: string; lines: number[] }>();
	let fence: string | undefined;
	markdown.split('\n').forEach((line, i) => {
		const marker = /^\s*(?:>\s*)*(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence) {
			if (marker?.startsWith(fence)) fence = undefined;
			return;
		}
		if (marker) {
			fence = marker;
			return;
		}
		for (const m of line.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>/g)) {
			const name = (m[1] ?? '').toLowerCase();
			if (FORMATTING.has(name) || STRUCTURE.has(name) || name === 'br' || name === 'img') continue;
			if (kept.includes(m[0])) continue;
			const entry = lost.get(name) ?? { tag: m[0], lines: [] };
			if (entry.lines[entry.lines.length - 1] !== i + 1) entry.lines.push(i + 1);
			lost.set(name, entry);
		}
	});
	return [...lost.values()].map(({ tag, lines }) => ({
		line: lines[0],
		message: `raw HTML ${tag} is not in the imported text: the markup was dropped and the words around it kept (line${lines.length > 1 ? 's' : ''} ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}); check ${lines.length > 1 ? 'those statements' : 'that statement'}`
	}));
}

/** A note for Jekyll-style front matter at the top of Markdown: set aside, never fatal. */
export function frontMatterNote(text: string): ReadProblem | undefined {
	const lines = stripBom(text).split(/\r?\n/);
	if (lines[0]?.trim() !== '---') return undefined;
	const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
	if (end < 0) return undefined;
	const keys = lines.slice(1, end).flatMap((l) => /^([\w-]+)\s*:/.exec(l)?.[1] ?? []);
	const named = keys.length
		? `: ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`
		: '';
	return {
		line: 1,
		message: `front matter (lines 1–${end + 1}${named}) set aside: kept as context, not read as levels`
	};
}

// ---------------------------------------------------------------------------------------------
// HTML pasted from a page → Markdown for the importer, each block near its source line.

/** Page machinery, not content. */
const SKIP = new Set(
	'script style noscript template svg math canvas iframe object embed button select input textarea head audio video map dialog'.split(
		' '
	)
);
const LISTS = new Set(['ul', 'ol', 'menu']);
const BLOCKS = new Set(
	'address article aside blockquote body center dd details div dl dt fieldset figcaption figure footer form header hgroup html legend main nav p section summary'.split(
		' '
	)
);

/** Backslash-escape what Markdown would read as markup: the importer sees the words as written. */
function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>#+\-!|~&=(){}.:]/g, '\\$&');
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ');
const lineOf = (node: HastNodes) => node.position?.start.line;

interface HtmlContext {
	warnings: ReadProblem[];
}

/** Dropped page machinery inside text is worth a word: the words around it stay. */
function skipped(node: Element, ctx: HtmlContext): void {
	if (['script', 'style', 'iframe', 'object', 'embed'].includes(node.tagName)) {
		ctx.warnings.push({
			line: lineOf(node),
			message: `a <${node.tagName}> element inside the text was left out`
		});
	}
}

/** Inline Markdown for HTML content; "\n" stands for a `<br>`. */
function inlineMarkdown(nodes: readonly ElementContent[], ctx: HtmlContext): string {
	let out = '';
	for (const node of nodes) {
		if (node.type === 'text') out += escapeMarkdown(collapse(node.value));
		if (node.type !== 'element') continue;
		const name = node.tagName;
		if (SKIP.has(name)) skipped(node, ctx);
		else if (name === 'br') out += '\n';
		else if (name === 'img') out += escapeMarkdown(String(node.properties.alt ?? ''));
		else if (name === 'a' && typeof node.properties.href === 'string') {
			const text = inlineMarkdown(node.children, ctx).replace(/\n/g, ' ').trim();
			const href = node.properties.href.replace(/[<>\\\s]/g, encodeURIComponent);
			out += !text ? '' : /^javascript:/i.test(href) ? text : `[${text}](<${href}>)`;
		} else if (LISTS.has(name) || BLOCKS.has(name) || name === 'li' || name === 'table') {
			out += ` ${inlineMarkdown(node.children, ctx)} `;
		} else out += inlineMarkdown(node.children, ctx);
	}
	return out;
}

/** Lines of a paragraph: one per `<br>`, joined by Markdown hard breaks. */
function hardBreaks(inline: string, indent = ''): string {
	return inline
		.split('\n')
		.map((part) => part.trim())
		.filter(Boolean)
		.join(`\\\n${indent}`);
}

function listLines(list: Element, depth: number, ctx: HtmlContext): string[] {
	const indent = '  '.repeat(depth);
	const lines: string[] = [];
	for (const child of list.children) {
		if (child.type !== 'element') continue;
		if (LISTS.has(child.tagName)) {
			lines.push(...listLines(child, depth + 1, ctx));
			continue;
		}
		if (child.tagName !== 'li') continue;
		const nested = child.children.filter(
			(c): c is Element => c.type === 'element' && LISTS.has(c.tagName)
		);
		const own = child.children.filter((c) => !nested.includes(c as Element));
		const text = hardBreaks(inlineMarkdown(own, ctx), `${indent}  `);
		if (text) lines.push(`${indent}- ${text}`);
		for (const n of nested) lines.push(...listLines(n, text ? depth + 1 : depth, ctx));
	}
	return lines;
}

/** A cell's content as minimal HTML: text, line breaks, paragraphs, lists, bold. */
function cellHtml(nodes: readonly ElementContent[], ctx: HtmlContext): string {
	let out = '';
	for (const node of nodes) {
		if (node.type === 'text') out += escapeHtml(collapse(node.value));
		if (node.type !== 'element') continue;
		const name = node.tagName;
		const inner = () => cellHtml(node.children, ctx);
		if (SKIP.has(name)) skipped(node, ctx);
		else if (name === 'br') out += '<br>';
		else if (name === 'img') out += escapeHtml(String(node.properties.alt ?? ''));
		else if (['p', 'div', 'li', 'ul', 'ol', 'strong', 'b'].includes(name)) {
			out += `<${name}>${inner()}</${name}>`;
		} else if (name === 'table') out += ` ${inner()} `;
		else out += inner();
	}
	return out;
}

/** A table as one line per row of plain HTML (no blank line may split a Markdown HTML block). */
function tableLines(table: Element, ctx: HtmlContext): string[] {
	const rows: Element[] = [];
	for (const child of table.children) {
		if (child.type !== 'element') continue;
		if (child.tagName === 'tr') rows.push(child);
		else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) {
			for (const tr of child.children) {
				if (tr.type === 'element' && tr.tagName === 'tr') rows.push(tr);
			}
		}
	}
	const span = (cell: Element, name: 'rowSpan' | 'colSpan') => {
		const n = Number(cell.properties[name]);
		return Number.isInteger(n) && n > 1 ? ` ${name.toLowerCase()}="${n}"` : '';
	};
	const lines = rows.map((tr) => {
		const cells = tr.children.filter(
			(c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')
		);
		const html = cells.map((c) => {
			const attributes = span(c, 'rowSpan') + span(c, 'colSpan');
			return `<${c.tagName}${attributes}>${cellHtml(c.children, ctx).trim()}</${c.tagName}>`;
		});
		return `<tr>${html.join('')}</tr>`;
	});
	return ['<table>', ...lines, '</table>'];
}

type BlockKind = 'heading' | 'paragraph' | 'list' | 'table';

/**
 * Collects Markdown blocks, each placed at its source line when the lines before allow, so that
 * the importer's line numbers point into the HTML. A blank line goes between blocks only where
 * Markdown needs one: after a table (an HTML block runs to a blank line), before a paragraph
 * that would otherwise continue the one before, between two lists.
 */
class MarkdownWriter {
	readonly lines: string[] = [];
	private last: BlockKind | undefined;
	private paragraph = '';
	private paragraphLine: number | undefined;

	block(kind: BlockKind, lines: readonly string[], line: number | undefined): void {
		if (kind !== 'paragraph') this.flush();
		if (lines.length === 0) return;
		const previous = this.last;
		const separate =
			previous === 'table' ||
			(kind === 'paragraph' && (previous === 'paragraph' || previous === 'list')) ||
			(kind === 'list' && previous === 'list');
		if (separate) this.lines.push('');
		if (line !== undefined) while (this.lines.length < line - 1) this.lines.push('');
		this.lines.push(...lines);
		this.last = kind;
	}

	inline(markdown: string, line: number | undefined): void {
		if (!this.paragraph.trim()) this.paragraphLine = line;
		this.paragraph += markdown;
	}

	flush(): void {
		const text = hardBreaks(this.paragraph);
		const line = this.paragraphLine;
		this.paragraph = '';
		if (text) this.block('paragraph', text.split('\n'), line);
	}
}

function walk(
	nodes: readonly (RootContent | ElementContent)[],
	w: MarkdownWriter,
	ctx: HtmlContext
) {
	for (const node of nodes) {
		if (node.type === 'text') {
			w.inline(escapeMarkdown(collapse(node.value)), lineOf(node));
			continue;
		}
		if (node.type !== 'element') continue; // comments, doctype
		const name = node.tagName;
		const heading = /^h([1-6])$/.exec(name)?.[1];
		if (SKIP.has(name)) continue;
		if (heading) {
			const text = inlineMarkdown(node.children, ctx).replace(/\n/g, ' ').trim();
			w.block('heading', text ? [`${'#'.repeat(Number(heading))} ${text}`] : [], lineOf(node));
		} else if (LISTS.has(name)) w.block('list', listLines(node, 0, ctx), lineOf(node));
		else if (name === 'table') w.block('table', tableLines(node, ctx), lineOf(node));
		else if (name === 'br') w.inline('\n', lineOf(node));
		else if (name === 'hr') w.flush();
		else if (name === 'pre') {
			w.flush();
			const text = inlineMarkdown(node.children, ctx);
			w.inline(text, lineOf(node));
			w.flush();
		} else if (BLOCKS.has(name) || name === 'li') {
			w.flush();
			walk(node.children, w, ctx);
			w.flush();
		} else w.inline(inlineMarkdown([node], ctx), lineOf(node));
	}
}

/**
 * HTML (a whole page or a fragment) → Markdown the importer reads: headings, lists (nested
 * ones indented), paragraphs, and tables kept as plain HTML tables (with their row and column
 * spans). Scripts, styles and forms are left out. Check the HTML against `scanHtml` first.
 */
export function htmlToMarkdown(html: string): { markdown: string; warnings: ReadProblem[] } {
	const tree = fromHtml(html);
	const ctx: HtmlContext = { warnings: [] };
	const w = new MarkdownWriter();
	const all: Element[] = [];
	const stack: HastNodes[] = [tree];
	for (let n = stack.pop(); n; n = stack.pop()) {
		if (n.type === 'element') all.push(n);
		if ('children' in n) stack.push(...n.children);
	}
	// A page without an <h1> is named by its <title>.
	const title = all.find((e) => e.tagName === 'title');
	if (title && !all.some((e) => e.tagName === 'h1')) {
		const text = collapse(title.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
		if (text.trim()) w.block('heading', [`# ${escapeMarkdown(text.trim())}`], lineOf(title));
	}
	walk(tree.children, w, ctx);
	w.flush();
	return { markdown: w.lines.join('\n'), warnings: ctx.warnings };
}

// ---------------------------------------------------------------------------------------------
// The pipeline.

/** A problem with a file: at a line (text formats) or a JSON path (JSON, YAML). */
export interface ReadProblem {
	line?: number;
	path?: string;
	message: string;
}

export interface ReadOptions {
	/** Where the text came from: names the framework when it has no title, and picks the format. */
	fileName: string;
	/** The framework id; by default the slug of its name (or the id in a JSON or YAML file). */
	id?: string;
	/** The format, when known; else by `detectFormat`. */
	format?: Format;
	/** The skill taxonomy JSON and YAML frameworks are checked against. */
	skillIds: ReadonlySet<string>;
}

export type ReadResult = Detected & { warnings: ReadProblem[] } & (
		{ ok: true; framework: FrameworkInput } | { ok: false; errors: ReadProblem[] }
	);

/** "file: line 3: message" or "file: $.steps[0]: message". */
export function formatReadProblem(file: string, p: ReadProblem, prefix = ''): string {
	return `${file}: ${p.path ?? `line ${p.line ?? 1}`}: ${prefix}${p.message}`;
}

/** The importer's warnings are "line N: message" strings. */
function fromImporter(warning: string): ReadProblem {
	const m = /^line (\d+): ([\s\S]*)$/.exec(warning);
	return m ? { line: Number(m[1]), message: m[2] ?? '' } : { message: warning };
}

const fromProblem = (p: Problem): ReadProblem => ({ path: p.path, message: p.message });

function readData(text: string, format: 'json' | 'yaml', options: ReadOptions) {
	const parsed: ParsedData =
		format === 'json' ? parseJson(text, options.fileName) : parseYaml(text, options.fileName);
	const warnings = parsed.warnings.map(fromProblem);
	if (!parsed.ok) return { ok: false as const, errors: parsed.problems.map(fromProblem), warnings };
	let value = parsed.value;
	if (options.id !== undefined) {
		if (slugify(options.id) !== options.id) {
			const message = `the id "${options.id}" is not a lowercase slug like "${slugify(options.id) || 'my-framework'}"`;
			return { ok: false as const, errors: [{ line: 1, message }], warnings };
		}
		if (value && typeof value === 'object' && !Array.isArray(value))
			value = { ...value, id: options.id };
	}
	const checked = parseFramework(value, options.fileName, options.skillIds);
	if (!checked.ok)
		return { ok: false as const, errors: checked.problems.map(fromProblem), warnings };
	// The file as written (zod's defaults are not added): the author's file, checked.
	return { ok: true as const, framework: value as FrameworkInput, warnings };
}

function readMarkup(text: string, format: 'markdown' | 'text' | 'html', options: ReadOptions) {
	const warnings: ReadProblem[] = [];
	let markdown = text;
	if (format === 'html') {
		const converted = htmlToMarkdown(text);
		warnings.push(...converted.warnings);
		markdown = converted.markdown;
		// Nested lists in HTML become nested Markdown lists: the Markdown caps apply too.
		const limit = scanMarkdown(markdown);
		if (limit) return { ok: false as const, errors: [limit], warnings };
	} else {
		const note = frontMatterNote(text);
		if (note) warnings.push(note);
	}
	const imported = importFramework(markdown, { fileName: options.fileName, id: options.id });
	if (!imported.ok) return { ok: false as const, errors: imported.errors, warnings };
	warnings.push(...imported.warnings.map(fromImporter));
	if (format !== 'html') warnings.push(...droppedMarkup(markdown, imported.framework));
	return { ok: true as const, framework: imported.framework, warnings };
}

/**
 * A framework file of any format → framework JSON, or errors that name the line or JSON path.
 * Markdown, text and HTML go through the importer (a draft, no skills yet); JSON and YAML are
 * checked as `npm run validate` checks them. Caps are checked first; nothing throws.
 */
export function readFramework(input: string, options: ReadOptions): ReadResult {
	const text = stripBom(input);
	const detected: Detected = options.format
		? { format: options.format, by: 'option' }
		: detectFormat(options.fileName, text);
	const { format } = detected;
	try {
		const limit = checkLimits(text, format);
		if (limit) return { ...detected, ok: false, errors: [limit], warnings: [] };
		const result =
			format === 'json' || format === 'yaml'
				? readData(text, format, options)
				: readMarkup(text, format, options);
		return { ...detected, ...result };
	} catch (error) {
		// A cap missed something: still one readable sentence, never a crash.
		const message =
			error instanceof RangeError
				? `the file is nested too deeply to read (${error.message})`
				: `the file could not be read: ${error instanceof Error ? error.message : String(error)}`;
		return { ...detected, ok: false, errors: [{ line: 1, message }], warnings: [] };
	}
}
