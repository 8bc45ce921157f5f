// What the importer and the validator read at most, checked by cheap linear scans of the text
// BEFORE a parser sees it: the Markdown, HTML, JSON and YAML parsers all have inputs that make
// them recurse until the stack overflows, allocate gigabytes or run for minutes (deep lists and
// quotes, deep HTML, wide tables, long runs of emphasis markers, deep JSON). And a Markdown parse
// in independent chunks, since micromark's time grows with (lists closed) × (document size).
// No Node APIs here: the /import page runs it too.

/** The caps, in one place. Real published ladders are under 50 KB and nest 3 or 4 deep. */
export const LIMITS = {
	/** JSON parses fast; Markdown, text, HTML and YAML parse at well under 1 MB/s here. */
	jsonBytes: 5_000_000,
	textBytes: 2_000_000,
	/** Lists and block quotes inside each other (Markdown). */
	nesting: 16,
	/** Elements inside each other (HTML, and HTML inside Markdown). */
	htmlDepth: 64,
	/** Objects and arrays inside each other (JSON, YAML). */
	dataDepth: 64,
	tableColumns: 64,
	/** Cells in all the tables of one file together. */
	tableCells: 20_000,
	/** A `rowspan` beyond this is a mistake or an attack (HTML itself clamps it at 65,534). */
	rowSpan: 1_000,
	/** Runs of `*`, `_` or `~` in one paragraph: emphasis is resolved in quadratic time. */
	emphasisRuns: 1_000,
	/** Square brackets inside each other in one paragraph. */
	bracketDepth: 32,
	/** Closing square brackets (links, labels) in one paragraph: also resolved in quadratic time. */
	labels: 1_000,
	/** Backticks in one run (a code span or fence marker). */
	backtickRun: 64,
	/**
	 * Lines inside lists and quotes, each counted once per level it is nested in: the parser
	 * re-checks every open list and quote on every line (about 20 µs each here).
	 */
	nestedLines: 150_000,
	/** Emphasis markers in the file (about 30 µs each to parse here). */
	emphasisTotal: 100_000,
	/** Links and bracketed labels in the file (about 120 µs each to parse here). */
	labelsTotal: 20_000,
	/**
	 * Lists and quotes closed in a chunk × the chunk's bytes, summed over the chunks: the parser
	 * re-walks its chunk each time a nested list or quote closes. About 2 s of parsing here.
	 */
	closingWork: 50_000_000
} as const;

/** Why a text is refused, at the line where the cap was first exceeded. */
export interface LimitError {
	line: number;
	message: string;
}

export type ScanFormat = 'markdown' | 'text' | 'html' | 'json' | 'yaml';

const number = (n: number) => n.toLocaleString('en-US');

/** The text without a leading UTF-8 byte order mark (editors on Windows write one). */
export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The size of the text in UTF-8 bytes, as a file on disk. */
export function utf8Bytes(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c <= 0xdbff) {
			bytes += 4; // a surrogate pair: one 4-byte character
			i++;
		} else bytes += 3;
	}
	return bytes;
}

/** The largest file any format accepts: bigger files need not even be read. */
export const MAX_FILE_BYTES = Math.max(LIMITS.jsonBytes, LIMITS.textBytes);

/** The size cap for a format, and the message when a file of `bytes` exceeds it. */
export function sizeError(bytes: number, format: ScanFormat): LimitError | undefined {
	const cap = format === 'json' ? LIMITS.jsonBytes : LIMITS.textBytes;
	if (bytes <= cap) return undefined;
	const what = format === 'json' ? 'JSON is' : 'Markdown, text, HTML and YAML are';
	return {
		line: 1,
		message: `the file is ${number(bytes)} bytes; ${what} read up to ${number(cap)} bytes (${cap / 1_000_000} MB): split it, one file per framework or track`
	};
}

/** Line number (1-based) of a character offset. Linear; called once, for a message. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

// ---------------------------------------------------------------------------------------------
// HTML (a page, or HTML inside Markdown): element depth, table columns, cells and spans.

const VOID = new Set(
	'area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr'.split(
		' '
	)
);
/** Their content is text up to the closing tag, whatever it looks like. */
const RAW_TEXT = new Set(
	'script style textarea title xmp iframe noembed noframes noscript plaintext'.split(' ')
);
/** Opening one of these closes an open `<p>` (as the HTML parser does). */
const CLOSES_P = new Set(
	'address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul li dd dt'.split(
		' '
	)
);
/** Opening the key closes an open element of `same` found before one of `scope`. */
const IMPLIED_END: Record<string, { same: string[]; scope: string[] }> = {
	li: { same: ['li'], scope: ['ul', 'ol', 'menu', 'table'] },
	dt: { same: ['dt', 'dd'], scope: ['dl', 'table'] },
	dd: { same: ['dt', 'dd'], scope: ['dl', 'table'] },
	td: { same: ['td', 'th'], scope: ['tr', 'table'] },
	th: { same: ['td', 'th'], scope: ['tr', 'table'] },
	tr: { same: ['tr'], scope: ['table'] },
	thead: { same: ['thead', 'tbody', 'tfoot'], scope: ['table'] },
	tbody: { same: ['thead', 'tbody', 'tfoot'], scope: ['table'] },
	tfoot: { same: ['thead', 'tbody', 'tfoot'], scope: ['table'] },
	option: { same: ['option'], scope: ['select', 'datalist'] },
	optgroup: { same: ['optgroup', 'option'], scope: ['select'] },
	rb: { same: ['rb', 'rt', 'rp'], scope: ['ruby'] },
	rt: { same: ['rb', 'rt', 'rp'], scope: ['ruby'] },
	rp: { same: ['rb', 'rt', 'rp'], scope: ['ruby'] }
};
const P_SCOPE = ['button', 'td', 'th', 'table', 'li', 'dd', 'dt'];

/** An estimate of the open elements as an HTML parser keeps them (implied ends included). */
class OpenElements {
	private names: string[] = [];
	private counts = new Map<string, number>();

	get depth(): number {
		return this.names.length;
	}

	has(...names: string[]): boolean {
		return names.some((n) => this.counts.get(n));
	}

	push(name: string): void {
		this.names.push(name);
		this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
	}

	/** Pop down to (and including) the last `name`, if it is open. */
	close(name: string): void {
		if (!this.counts.get(name)) return;
		for (;;) {
			const top = this.names.pop();
			if (top === undefined) return;
			this.counts.set(top, (this.counts.get(top) ?? 1) - 1);
			if (top === name) return;
		}
	}

	/** Close the nearest open element of `same` when no element of `scope` is open above it. */
	closeImplied(same: readonly string[], scope: readonly string[]): void {
		if (!this.has(...same)) return;
		for (let i = this.names.length - 1; i >= 0; i--) {
			const name = this.names[i] ?? '';
			if (same.includes(name)) {
				this.close(name);
				return;
			}
			if (scope.includes(name)) return;
		}
	}
}

/** Running totals shared by the HTML and Markdown scans of one file. */
interface TableCount {
	cells: number;
}

function attribute(tag: string, name: string): number | undefined {
	const m = new RegExp(`\\s${name}\\s*=\\s*["']?\\s*(\\d+)`, 'i').exec(tag);
	return m?.[1] === undefined ? undefined : Number(m[1]);
}

const TAG_NAME = /^<\/?([A-Za-z][A-Za-z0-9:-]*)/;

/**
 * Element depth, and the columns, cells and spans of HTML tables. `markdown` when the HTML is
 * inside Markdown (where a `<` is often just a character). Linear: every tag is visited once
 * and the implied-end search is bounded by the depth cap.
 */
export function scanHtml(
	text: string,
	count: TableCount = { cells: 0 },
	firstLine = 1
): LimitError | undefined {
	const open = new OpenElements();
	let rowCells = 0;
	let pos = 0;
	const at = (offset: number) => firstLine - 1 + lineAt(text, offset);
	const fail = (offset: number, message: string): LimitError => ({ line: at(offset), message });
	for (;;) {
		const start = text.indexOf('<', pos);
		if (start < 0) return undefined;
		if (text.startsWith('<!--', start)) {
			const end = text.indexOf('-->', start + 4);
			if (end < 0) return undefined;
			pos = end + 3;
			continue;
		}
		if (text.startsWith('<![CDATA[', start)) {
			const end = text.indexOf(']]>', start);
			if (end < 0) return undefined;
			pos = end + 3;
			continue;
		}
		const name = TAG_NAME.exec(text.slice(start, start + 80))?.[1]?.toLowerCase();
		const end = text.indexOf('>', start);
		if (end < 0) return undefined; // the rest is text
		pos = end + 1;
		if (!name) continue; // "<!doctype>", "<?xml>", or a "<" in prose
		const tag = text.slice(start, end);
		if (text[start + 1] === '/') {
			open.close(name);
			continue;
		}
		// "<div/>" opens a div in HTML; only SVG and MathML elements close themselves.
		if (VOID.has(name) || (tag.endsWith('/') && open.has('svg', 'math'))) continue;
		if (RAW_TEXT.has(name)) {
			const close = new RegExp(`</${name}[\\s/>]`, 'ig');
			close.lastIndex = pos;
			const found = close.exec(text);
			if (!found) return undefined;
			pos = found.index + found[0].length;
			continue;
		}
		const implied = IMPLIED_END[name];
		if (implied) open.closeImplied(implied.same, implied.scope);
		if (CLOSES_P.has(name)) open.closeImplied(['p'], P_SCOPE);
		if (name === 'tr') rowCells = 0;
		if (name === 'td' || name === 'th') {
			const colspan = attribute(tag, 'colspan') ?? 1;
			const rowspan = attribute(tag, 'rowspan') ?? 1;
			if (colspan > LIMITS.tableColumns) {
				return fail(
					start,
					`a table cell spans ${number(colspan)} columns; at most ${LIMITS.tableColumns} are read`
				);
			}
			if (rowspan > LIMITS.rowSpan) {
				return fail(
					start,
					`a table cell spans ${number(rowspan)} rows; at most ${number(LIMITS.rowSpan)} are read`
				);
			}
			rowCells += Math.max(colspan, 1);
			if (rowCells > LIMITS.tableColumns) {
				return fail(
					start,
					`a table row with more than ${LIMITS.tableColumns} columns; at most ${LIMITS.tableColumns} are read`
				);
			}
			if (++count.cells > LIMITS.tableCells) return tooManyCells(at(start));
		}
		open.push(name);
		if (open.depth > LIMITS.htmlDepth) {
			return fail(
				start,
				`HTML elements nested more than ${LIMITS.htmlDepth} deep (<${name}> here); at most ${LIMITS.htmlDepth} levels are read`
			);
		}
	}
}

function tooManyCells(line: number): LimitError {
	return {
		line,
		message: `more than ${number(LIMITS.tableCells)} table cells in the file; at most ${number(LIMITS.tableCells)} are read`
	};
}

// ---------------------------------------------------------------------------------------------
// Markdown (and plain text, which is read as Markdown): containers, tables, inline runs.

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

interface Prefix {
	/** Block quote markers on the line. */
	quotes: number;
	/** The column where each list marker on the line starts, and where its content starts. */
	markers: { at: number; content: number }[];
	/** Where the line's content starts (index into the line) and its column. */
	index: number;
	column: number;
}

/** The container markers (`>`, `-`, `*`, `+`, `1.`) at the start of a line. */
function readPrefix(line: string): Prefix {
	const prefix: Prefix = { quotes: 0, markers: [], index: 0, column: 0 };
	let i = 0;
	let column = 0;
	const spaces = () => {
		while (line[i] === ' ' || line[i] === '\t') {
			column += line[i] === '\t' ? 4 - (column % 4) : 1;
			i++;
		}
	};
	for (;;) {
		const before = { i, column };
		spaces();
		const c = line[i];
		if (c === '>') {
			prefix.quotes++;
			i++;
			column++;
			continue;
		}
		let width = 0;
		if (c === '-' || c === '*' || c === '+') width = 1;
		else if (c !== undefined && c >= '0' && c <= '9') {
			const digits = /^\d{1,9}[.)]/.exec(line.slice(i, i + 11));
			if (digits) width = digits[0].length;
		}
		const after = line[i + width];
		if (width > 0 && (after === undefined || after === ' ' || after === '\t')) {
			const at = column;
			i += width;
			column += width;
			const contentStart = column;
			spaces();
			// More than 4 spaces after the marker: the content starts one space after it.
			const content =
				column - contentStart > 4 || line[i] === undefined ? contentStart + 1 : column;
			prefix.markers.push({ at, content });
			continue;
		}
		i = before.i;
		column = before.column;
		spaces();
		break;
	}
	prefix.index = i;
	prefix.column = column;
	return prefix;
}

/** Cells of a GFM table row: its unescaped pipes, less the outer ones. */
function tableCells(row: string): number {
	let pipes = 0;
	for (let i = 0; i < row.length; i++) {
		if (row[i] === '\\') i++;
		else if (row[i] === '|') pipes++;
	}
	const trimmed = row.trim();
	return pipes + 1 - (trimmed.startsWith('|') ? 1 : 0) - (trimmed.endsWith('|') && pipes ? 1 : 0);
}

/** Raw HTML blocks that run over blank lines, to the end marker (CommonMark kinds 1–5). */
const RAW_HTML_BLOCKS: [RegExp, RegExp][] = [
	[/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
	[/^ {0,3}<!--/, /-->/],
	[/^ {0,3}<\?/, /\?>/],
	[/^ {0,3}<!\[CDATA\[/, /\]\]>/],
	[/^ {0,3}<![A-Za-z]/, />/]
];
const DEFINITION = /^ {0,3}\[(?:\\.|[^\\\]]){1,999}\]:/;
/** Chunks smaller than this are joined to the next: each parse has a fixed cost. */
const MIN_CHUNK = 2_000;
/** More link definitions than this and the text is parsed whole (each chunk gets them all). */
const MAX_SHARED_DEFINITIONS = 100;

export interface MarkdownChunks {
	/** Where each chunk starts: its first line (1-based) and its offset in the text. */
	starts: { line: number; offset: number }[];
	/** Link and footnote definitions (first lines), which every chunk needs to resolve references. */
	definitions: string[];
	/** The text ends inside a code fence or raw HTML block (nothing may be added to its end). */
	openAtEnd: boolean;
}

/**
 * Where Markdown can be parsed in independent pieces. A chunk starts at a line that begins at
 * column 0 after a blank line, outside code fences and raw HTML blocks, and that is neither a
 * list item nor a quote: every block before it is closed there, so parsing the pieces apart gives
 * the same tree as parsing the whole. Linear.
 */
export function markdownChunks(text: string): MarkdownChunks {
	const starts = [{ line: 1, offset: 0 }];
	const definitions: string[] = [];
	// A lone "\r" is a line ending to the parser but not to this scan: keep such text whole.
	if (/\r(?!\n)/.test(text)) return { starts, definitions, openAtEnd: false };
	let fence: { char: string; length: number } | undefined;
	let rawEnd: RegExp | undefined;
	let previousBlank = false;
	let line = 0;
	let pos = 0;
	while (pos <= text.length) {
		const newline = text.indexOf('\n', pos);
		const stop = newline < 0 ? text.length : newline;
		const raw = text.slice(pos, text[stop - 1] === '\r' ? stop - 1 : stop);
		const lineStart = pos;
		pos = stop + 1;
		line++;
		if (rawEnd) {
			if (rawEnd.test(raw)) rawEnd = undefined;
			previousBlank = false;
			continue;
		}
		const prefix = readPrefix(raw);
		const rest = raw.slice(prefix.index);
		if (fence) {
			const close = FENCE.exec(rest);
			if (close?.[1]?.[0] === fence.char && close[1].length >= fence.length) {
				if (rest.slice(close[0].length).trim() === '') fence = undefined;
			}
			previousBlank = false;
			continue;
		}
		if (raw.trim() === '') {
			previousBlank = true;
			continue;
		}
		const last = starts[starts.length - 1] ?? { offset: 0 };
		if (
			previousBlank &&
			!/^\s/.test(raw) &&
			prefix.markers.length === 0 &&
			prefix.quotes === 0 &&
			lineStart - last.offset >= MIN_CHUNK
		) {
			starts.push({ line, offset: lineStart });
		}
		previousBlank = false;
		if (prefix.quotes === 0 && prefix.markers.length === 0 && DEFINITION.test(raw)) {
			// "[label]:" with its destination on the next line
			const next = /\]:\s*$/.test(raw) ? text.slice(pos).split('\n', 1)[0] : '';
			definitions.push(next ? `${raw}\n${next}` : raw);
		}
		const opened = FENCE.exec(rest);
		if (opened?.[1] && !(opened[1][0] === '`' && rest.slice(opened[0].length).includes('`'))) {
			fence = { char: opened[1][0] ?? '`', length: opened[1].length };
			continue;
		}
		for (const [start, end] of RAW_HTML_BLOCKS) {
			const m = start.exec(rest);
			if (m) {
				if (!end.test(rest.slice(m[0].length))) rawEnd = end;
				break;
			}
		}
	}
	const openAtEnd = Boolean(fence || rawEnd);
	if (definitions.length > MAX_SHARED_DEFINITIONS) {
		return { starts: starts.slice(0, 1), definitions: [], openAtEnd };
	}
	return { starts, definitions, openAtEnd };
}

/**
 * Check Markdown (or plain text) against the caps: nested lists and quotes, tables, runs of
 * emphasis markers, nested brackets, long backtick runs, and the HTML inside it. One pass.
 */
export function scanMarkdown(text: string): LimitError | undefined {
	const count: TableCount = { cells: 0 };
	// HTML in Markdown is parsed block by block, and a blank line ends an HTML block.
	let section = { start: 0, line: 1 };
	let nextTag = -2; // where the next "<" is, once looked for (-1: none left)
	const scanSection = (end: number) => {
		const { start, line } = section;
		if (nextTag !== -1 && nextTag < start) nextTag = text.indexOf('<', start);
		if (nextTag < 0 || nextTag >= end) return undefined;
		return scanHtml(text.slice(start, end), count, line);
	};

	// The parse is chunked (./parse-markdown): closing a nested list or quote costs its chunk's size.
	const { starts } = markdownChunks(text);
	let chunk = 0;
	let closed = 0; // lists and quotes closed in this chunk
	let work = 0;
	let nestedLines = 0;
	let emphasisTotal = 0;
	let labelsTotal = 0;
	let quotes = 0;
	let closedInAll = 0;
	const endChunk = (end: number, lastLine: number): LimitError | undefined => {
		const start = starts[chunk] ?? { line: 1, offset: 0 };
		const cost = closed * (end - start.offset);
		work += cost;
		closedInAll += closed;
		if (cost > LIMITS.closingWork) {
			return {
				line: start.line,
				message: `too many nested lists or quotes to read in time: ${number(closed)} end between lines ${start.line} and ${lastLine}, with no blank line followed by unindented text between them; break the text up with blank lines and headings, or nest less`
			};
		}
		if (work <= LIMITS.closingWork) return undefined;
		return {
			line: start.line,
			message: `too many nested lists or quotes to read in time: ${number(closedInAll)} end before line ${lastLine}; nest less or split the file`
		};
	};

	let fence: { char: string; length: number } | undefined;
	/** Content columns of the open list items, innermost last. */
	const items: number[] = [];
	let previous = '';
	let previousBlank = true;
	let inTable = false;
	let runs = 0;
	let brackets = 0;
	let labels = 0;
	let line = 0;
	let pos = 0;
	while (pos <= text.length) {
		const newline = text.indexOf('\n', pos);
		const stop = newline < 0 ? text.length : newline;
		const raw = text.slice(pos, text[stop - 1] === '\r' ? stop - 1 : stop);
		const lineStart = pos;
		pos = stop + 1;
		line++;
		if (starts[chunk + 1]?.line === line) {
			const heavy = endChunk(lineStart, line - 1);
			if (heavy) return heavy;
			chunk++;
			closed = 0;
		}
		if (raw.trim() === '' || newline < 0) {
			const html = scanSection(newline < 0 ? text.length : lineStart);
			if (html) return html;
			section = { start: pos, line: line + 1 };
		}

		const prefix = readPrefix(raw);
		const rest = raw.slice(prefix.index);
		if (fence) {
			const close = FENCE.exec(rest);
			if (close?.[1]?.[0] === fence.char && close[1].length >= fence.length) {
				if (rest.slice(close[0].length).trim() === '') fence = undefined;
			}
			continue;
		}
		if (rest.trim() === '') {
			previousBlank = true;
			inTable = false;
			runs = 0;
			brackets = 0;
			labels = 0;
			previous = '';
			continue;
		}

		const opened = FENCE.exec(rest);
		if (opened?.[1] && !(opened[1][0] === '`' && rest.slice(opened[0].length).includes('`'))) {
			fence = { char: opened[1][0] ?? '`', length: opened[1].length };
			if (opened[1].length > LIMITS.backtickRun) return backticks(line, opened[1].length);
			previousBlank = false;
			continue;
		}

		let markers = prefix.markers;
		if (THEMATIC_BREAK.test(raw)) markers = [];
		// A marker indented 4 columns past the open item's content is code, not a nested item.
		const first = markers[0];
		if (first && first.at >= (items[items.length - 1] ?? 0) + 4) markers = [];
		const before = items.length;
		if (markers.length > 0 && first) {
			while (items.length && first.at < (items[items.length - 1] ?? 0)) items.pop();
			// The first marker replaces a closed item with a sibling: that list goes on.
			closed += Math.max(0, before - items.length - 1);
			for (const m of markers) items.push(m.content);
		} else if (previousBlank) {
			// After a blank line, a line less indented than an item's content closes it.
			while (items.length && prefix.column < (items[items.length - 1] ?? 0)) items.pop();
			closed += before - items.length;
		}
		closed += Math.max(0, quotes - prefix.quotes);
		quotes = prefix.quotes;
		const depth = prefix.quotes + items.length;
		nestedLines += depth;
		if (nestedLines > LIMITS.nestedLines) {
			return {
				line,
				message: `more than ${number(LIMITS.nestedLines)} lines in lists and quotes (a line nested 3 deep counts 3 times); at most ${number(LIMITS.nestedLines)} are read`
			};
		}
		if (depth > LIMITS.nesting) {
			return {
				line,
				message: `lists or quotes nested ${number(depth)} deep; at most ${LIMITS.nesting} levels are read`
			};
		}

		// Tables: the delimiter row makes the line above a header and the lines below rows.
		if (!inTable && rest.includes('|') && DELIMITER_ROW.test(rest) && !previousBlank) {
			inTable = true;
			const header = tableCells(previous);
			if (header > LIMITS.tableColumns) return wideRow(line - 1, header);
			count.cells += header;
		}
		if (inTable) {
			const cells = tableCells(rest);
			if (cells > LIMITS.tableColumns) return wideRow(line, cells);
			count.cells += cells;
			if (count.cells > LIMITS.tableCells) return tooManyCells(line);
		}

		// A new block starts a new paragraph: its inline markers are resolved apart.
		if (markers.length > 0 || inTable || HEADING.test(rest) || THEMATIC_BREAK.test(raw)) {
			runs = 0;
			brackets = 0;
			labels = 0;
		}
		for (let i = 0; i < rest.length; i++) {
			const c = rest[i];
			if (c === '\\') i++;
			else if (c === '*' || c === '_' || c === '~') {
				if (rest[i - 1] === c) continue;
				if (++runs > LIMITS.emphasisRuns) {
					return {
						line,
						message: `more than ${number(LIMITS.emphasisRuns)} emphasis markers (*, _ or ~) in one paragraph; at most ${number(LIMITS.emphasisRuns)} are read (add blank lines between paragraphs)`
					};
				}
				if (++emphasisTotal > LIMITS.emphasisTotal) {
					return {
						line,
						message: `more than ${number(LIMITS.emphasisTotal)} emphasis markers (*, _ or ~) in the file; at most ${number(LIMITS.emphasisTotal)} are read`
					};
				}
			} else if (c === '[') {
				if (++brackets > LIMITS.bracketDepth) {
					return {
						line,
						message: `square brackets nested more than ${LIMITS.bracketDepth} deep; at most ${LIMITS.bracketDepth} levels are read`
					};
				}
			} else if (c === ']') {
				brackets = Math.max(0, brackets - 1);
				if (++labels > LIMITS.labels) {
					return {
						line,
						message: `more than ${number(LIMITS.labels)} links or bracketed labels ([…]) in one paragraph; at most ${number(LIMITS.labels)} are read (add blank lines between paragraphs)`
					};
				}
				if (++labelsTotal > LIMITS.labelsTotal) {
					return {
						line,
						message: `more than ${number(LIMITS.labelsTotal)} links or bracketed labels ([…]) in the file; at most ${number(LIMITS.labelsTotal)} are read`
					};
				}
			} else if (c === '`') {
				let run = 1;
				while (rest[i + 1] === '`') {
					run++;
					i++;
				}
				if (run > LIMITS.backtickRun) return backticks(line, run);
			}
		}
		previous = rest;
		previousBlank = false;
	}
	return endChunk(text.length, line);
}

function wideRow(line: number, cells: number): LimitError {
	return {
		line,
		message: `a table row with ${number(cells)} columns; at most ${LIMITS.tableColumns} are read`
	};
}

function backticks(line: number, run: number): LimitError {
	return {
		line,
		message: `a run of ${number(run)} backticks; at most ${LIMITS.backtickRun} are read`
	};
}

// ---------------------------------------------------------------------------------------------
// JSON: depth (before JSON.parse or a tolerant parser recurses) and duplicate keys.

export interface DuplicateKey {
	/** Where the repeated key is: the path of the object, then the key. */
	path: (string | number)[];
	line: number;
	/** The line of the first occurrence. */
	first: number;
}

export interface JsonScan {
	/** The first place nesting exceeds the cap. */
	tooDeep?: { line: number; column: number };
	duplicates: DuplicateKey[];
}

type JsonFrame =
	| { kind: 'object'; keys: Map<string, number>; key?: string; expectKey: boolean }
	| { kind: 'array'; index: number };

/** Nesting and duplicate keys of JSON text, in one pass that never recurses. */
export function scanJson(text: string): JsonScan {
	const duplicates: DuplicateKey[] = [];
	const stack: JsonFrame[] = [];
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 /* \n */) {
			line++;
			lineStart = i + 1;
		} else if (c === 34 /* " */) {
			let j = i + 1;
			while (j < text.length) {
				const d = text.charCodeAt(j);
				if (d === 92 /* \ */) j += 2;
				else if (d === 34 || d === 10) break;
				else j++;
			}
			const top = stack[stack.length - 1];
			if (top?.kind === 'object' && top.expectKey) {
				const raw = text.slice(i, j + 1);
				let key: string;
				try {
					key = JSON.parse(raw) as string;
				} catch {
					key = raw.slice(1, -1);
				}
				const first = top.keys.get(key);
				if (first !== undefined) {
					const path = stack
						.slice(0, -1)
						.map((f) => (f.kind === 'array' ? f.index : (f.key ?? '')));
					duplicates.push({ path: [...path, key], line, first });
				} else top.keys.set(key, line);
				top.key = key;
				top.expectKey = false;
			}
			if (text.charCodeAt(j) === 10) j--; // an unterminated string: let the newline count
			i = j;
		} else if (c === 123 /* { */ || c === 91 /* [ */) {
			stack.push(
				c === 123
					? { kind: 'object', keys: new Map(), expectKey: true }
					: { kind: 'array', index: 0 }
			);
			if (stack.length > LIMITS.dataDepth) {
				return { tooDeep: { line, column: i - lineStart + 1 }, duplicates };
			}
		} else if (c === 125 /* } */ || c === 93 /* ] */) stack.pop();
		else if (c === 44 /* , */) {
			const top = stack[stack.length - 1];
			if (top?.kind === 'array') top.index++;
			else if (top) top.expectKey = true;
		}
	}
	return { duplicates };
}

// ---------------------------------------------------------------------------------------------
// YAML: block nesting by indentation and compact "- - -", flow nesting by brackets.

/**
 * How deep YAML nests, estimated from indentation, compact sequence markers and flow brackets;
 * an error past the cap. Block scalars (`|`, `>`), quoted strings and comments are skipped.
 */
export function scanYaml(text: string): LimitError | undefined {
	const indents: number[] = [];
	let blockScalar: number | undefined; // indent of the line that opened it
	let flow = 0;
	let quote: string | undefined;
	let line = 0;
	let pos = 0;
	const tooDeep = (at: number): LimitError => ({
		line: at,
		message: `YAML nested more than ${LIMITS.dataDepth} levels deep; at most ${LIMITS.dataDepth} are read`
	});
	while (pos <= text.length) {
		const newline = text.indexOf('\n', pos);
		const stop = newline < 0 ? text.length : newline;
		const raw = text.slice(pos, stop);
		pos = stop + 1;
		line++;
		const indent = raw.length - raw.trimStart().length;
		const content = raw.trim();
		if (blockScalar !== undefined) {
			if (content === '' || indent > blockScalar) continue;
			blockScalar = undefined;
		}
		if (!quote && flow === 0) {
			if (content === '' || content.startsWith('#')) continue;
			if (content === '---' || content === '...' || content.startsWith('%')) continue;
			while (indents.length && (indents[indents.length - 1] ?? 0) > indent) indents.pop();
			if ((indents[indents.length - 1] ?? -1) < indent) indents.push(indent);
		}
		let i = quote || flow > 0 ? 0 : indent;
		let compact = 0;
		// Compact sequences ("- - - x") nest on one line.
		while (!quote && flow === 0 && raw[i] === '-' && (raw[i + 1] === ' ' || i + 1 === raw.length)) {
			compact++;
			i += 2;
			while (raw[i] === ' ') i++;
		}
		let valueStart = true;
		for (; i < raw.length; i++) {
			const c = raw[i];
			if (quote) {
				if (c === quote) {
					if (quote === "'" && raw[i + 1] === "'") i++;
					else quote = undefined;
				} else if (c === '\\' && quote === '"') i++;
				continue;
			}
			if (c === '#' && (i === 0 || raw[i - 1] === ' ' || raw[i - 1] === '\t')) break;
			if ((c === '"' || c === "'") && valueStart) {
				quote = c;
				continue;
			}
			if ((c === '[' || c === '{') && (valueStart || flow > 0)) {
				flow++;
				if (indents.length + compact + flow > LIMITS.dataDepth) return tooDeep(line);
			} else if ((c === ']' || c === '}') && flow > 0) flow--;
			if (c === ' ' || c === '\t') continue;
			// A value starts after "key: ", "- ", "? ", or a flow separator.
			valueStart =
				flow > 0
					? c === '[' || c === '{' || c === ',' || c === ':'
					: c === ':' && (raw[i + 1] === ' ' || raw[i + 1] === undefined);
		}
		if (indents.length + compact + flow > LIMITS.dataDepth) return tooDeep(line);
		if (!quote && flow === 0 && /(?:^|[:\-?]\s+|^\s*)[|>][+-]?\d?[+-]?\s*(?:#.*)?$/.test(content)) {
			blockScalar = indent;
		}
	}
	return undefined;
}

// ---------------------------------------------------------------------------------------------

/** Every cap that applies to text of this format: size first, then the format's own scan. */
export function checkLimits(text: string, format: ScanFormat): LimitError | undefined {
	// Cheap before counting bytes: a string's UTF-8 size is at most three bytes per unit.
	const size = text.length * 3 > LIMITS.textBytes ? sizeError(utf8Bytes(text), format) : undefined;
	if (size) return size;
	switch (format) {
		case 'markdown':
		case 'text':
			return scanMarkdown(text);
		case 'html':
			return scanHtml(text);
		case 'yaml':
			return scanYaml(text);
		case 'json': {
			const deep = scanJson(text).tooDeep;
			return deep
				? {
						line: deep.line,
						message: `JSON nested more than ${LIMITS.dataDepth} levels deep (column ${deep.column}); at most ${LIMITS.dataDepth} are read`
					}
				: undefined;
		}
	}
}
