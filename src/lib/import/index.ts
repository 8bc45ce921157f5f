// Markdown or plain text → a draft framework (no skills yet), or errors that name the line.
// Shared by `npm run import` and the /import page; no Node APIs here. The text is read into blocks
// (./markdown), the levels are found from the document's structure (./structure: sibling headings,
// headings repeated under competencies, tables; ./implied-headings when headings are not written
// as such), and a reader turns the levels into steps, tracks and statements (./level-headings,
// ./level-table); a performance-rating rubric has a reader of its own (./rating-rubric).
import type { FrameworkInput } from '../model/schema';
import { formatProblem, parseFramework } from '../model/validate';
import { Draft, type ImportError } from './draft';
import { slugify } from './labels';
import { impliedHeadings } from './implied-headings';
import { readLevelHeadings } from './level-headings';
import { readLevelTable, readLevelTables } from './level-table';
import { readBlocks, separateBlocks, splitFrontMatter, type RawHtml } from './markdown';
import { looksLikeRatingRubric, readRatingRubric } from './rating-rubric';
import { findAxis, type AxisResult } from './structure';

export type { ImportError } from './draft';

export interface ImportOptions {
	/** Where the text came from; becomes `source.file` and names the framework when it has no title. */
	fileName: string;
	/** The framework id; by default the slug of its name. */
	id?: string;
}

export type ImportResult =
	| { ok: true; framework: FrameworkInput; warnings: string[] }
	| { ok: false; errors: ImportError[] };

/** One warning per tag name: raw HTML in a statement is the author's text, kept as written. */
function warnRawHtml(draft: Draft, rawHtml: readonly RawHtml[]) {
	const byTag = new Map<string, number[]>();
	for (const r of rawHtml) {
		const name = /^<\/?([\w-]+)/.exec(r.tag)?.[1]?.toLowerCase() ?? r.tag;
		const lines = byTag.get(name);
		if (!lines) byTag.set(name, [r.line]);
		else if (!lines.includes(r.line)) lines.push(r.line);
	}
	for (const [name, lines] of byTag) {
		const several = lines.length > 1;
		const shown = lines.length > 5 ? `${lines.slice(0, 5).join(', ')}, …` : lines.join(', ');
		draft.warn(
			lines[0],
			`raw HTML <${name}> is kept as text in the statement${several ? 's' : ''} (line${several ? 's' : ''} ${shown}), not run or dropped`
		);
	}
}

export function importFramework(text: string, options: ImportOptions): ImportResult {
	if (!text.trim()) {
		return {
			ok: false,
			errors: [
				{ line: 1, message: 'the file is empty: expected a career framework in Markdown or text' }
			]
		};
	}
	if (options.id !== undefined && slugify(options.id) !== options.id) {
		const message = `the id "${options.id}" is not a lowercase slug like "${slugify(options.id) || 'my-framework'}"`;
		return { ok: false, errors: [{ line: 1, message }] };
	}
	const draft = new Draft();
	if (looksLikeRatingRubric(text)) readRatingRubric(text, draft);
	else {
		const { body, entries } = splitFrontMatter(text);
		const rawHtml: RawHtml[] = [];
		let blocks = readBlocks(body, { rawHtml });
		const page = !blocks.some((b) => b.kind === 'heading');
		if (page) {
			// No headings: a page of lines (often scraped) rather than authored Markdown.
			const separated = separateBlocks(body);
			rawHtml.length = 0;
			blocks = readBlocks(separated.text, { lineMap: separated.lines, rawHtml });
		}
		let found: AxisResult = findAxis(blocks);
		if (!found.ok) {
			const implied = impliedHeadings(blocks, page);
			const again = findAxis(implied);
			if (again.ok) {
				blocks = implied;
				found = again;
			}
		}
		warnRawHtml(draft, rawHtml);
		if (!found.ok) draft.fail(found.line, found.message);
		else if (found.axis.kind === 'headings') readLevelHeadings(blocks, draft, found.axis, entries);
		else if (found.axis.tables.length === 1 && found.axis.tables[0]) {
			readLevelTable(blocks, draft, found.axis.tables[0], page);
		} else readLevelTables(blocks, draft, found.axis.tables);
	}

	const result = draft.finish(options.fileName, options.id);
	if (!result.ok) return result;
	// The readers should only ever build valid drafts; if one does not, say so rather than return it.
	const checked = parseFramework(result.framework, options.fileName, new Set());
	if (!checked.ok) {
		return {
			ok: false,
			errors: checked.problems.map((p) => ({
				line: 1,
				message: `the importer built an invalid draft (${formatProblem(p)})`
			}))
		};
	}
	return result;
}
