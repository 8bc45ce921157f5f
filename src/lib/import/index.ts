// Markdown or plain text → a draft framework (no skills yet), or errors that name the line.
// Shared by `npm run import` and the /import page; no Node APIs here.
import type { FrameworkInput } from '../model/schema';
import { formatProblem, parseFramework } from '../model/validate';
import { Draft, type ImportError } from './draft';
import { slugify } from './labels';
import { hasLevelHeadings, readLevelHeadings } from './level-headings';
import { findLevelTable, readLevelTable } from './level-table';
import { readBlocks, separateBlocks, splitFrontMatter, type Block } from './markdown';
import { looksLikeRatingRubric, readRatingRubric } from './rating-rubric';

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

function noLevels(blocks: readonly Block[]): string {
	const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [`"${b.text}"`] : []));
	const seen = headings.length
		? ` (the headings found, ${headings.slice(0, 4).join(', ')}${headings.length > 4 ? ', …' : ''}, are not levels)`
		: '';
	return `no levels found: expected headings like "## Level 1" or a table with a Level column${seen}`;
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
		let blocks = readBlocks(body);
		const page = !blocks.some((b) => b.kind === 'heading');
		if (page) {
			// No headings: a page of lines (often scraped) rather than authored Markdown.
			const separated = separateBlocks(body);
			blocks = readBlocks(separated.text, separated.lines);
		}
		const table = findLevelTable(blocks);
		if (hasLevelHeadings(blocks)) readLevelHeadings(blocks, draft, entries);
		else if (table) readLevelTable(blocks, draft, table, page);
		else draft.fail(1, noLevels(blocks));
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
