// The bundled data as one validated catalogue: the taxonomy and every framework, checked alone
// and together, frameworks in the site's order. Pure: the build (catalog.server.ts, through Vite)
// and Node (scripts/bundled.ts: the CLIs, benchmarks and tests) each read the files their own way
// and hand them here, so both see the same catalogue. A folder of framework files in any format
// the importer reads (FRAMEWORKS_DIR) is turned into the same data files here too.
import { FORMAT_BY_EXTENSION, readFramework } from '../import/formats';
import { slugify } from '../import/labels';
import type { Framework, Skill } from '../model/schema';
import {
	checkAcrossFrameworks,
	formatProblem,
	parseFramework,
	parseJson,
	parseTaxonomy,
	type Problem
} from '../model/validate';
import { FRAMEWORK_ORDER } from './palette';

export interface Catalog {
	frameworks: Framework[];
	skills: Skill[];
}

/** A data file's JSON and its path from the project root (as problems name it). */
export interface DataFile {
	file: string;
	data: unknown;
}

/** Framework data must be valid: one error that lists every problem, `file: json.path: message`. */
export function invalidBundledData(problems: readonly Problem[]): Error {
	return new Error(`Invalid framework data:\n${problems.map(formatProblem).join('\n')}`);
}

/**
 * The catalogue of data/skills.json and data/frameworks/*.json (and a folder's frameworks);
 * throws on any problem, those found reading the files (`earlier`) listed with the rest.
 */
export function buildCatalog(
	skills: DataFile,
	frameworkFiles: readonly DataFile[],
	earlier: readonly Problem[] = []
): Catalog {
	const problems: Problem[] = [...earlier];
	const taxonomy = parseTaxonomy(skills.data, skills.file);
	if (!taxonomy.ok) problems.push(...taxonomy.problems);
	const skillIds = new Set(taxonomy.ok ? taxonomy.value.skills.map((s) => s.id) : []);

	const entries: { file: string; framework: Framework }[] = [];
	for (const { file, data } of frameworkFiles) {
		const result = parseFramework(data, file, skillIds);
		if (result.ok) entries.push({ file, framework: result.value });
		else problems.push(...result.problems);
	}
	problems.push(...checkAcrossFrameworks(entries));
	if (problems.length > 0) throw invalidBundledData(problems);

	const rank = (id: string) => {
		const i = FRAMEWORK_ORDER.indexOf(id);
		return i === -1 ? FRAMEWORK_ORDER.length : i;
	};
	const frameworks = entries
		.map((e) => e.framework)
		.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
	return { frameworks, skills: taxonomy.ok ? taxonomy.value.skills : [] };
}

/** A file of a frameworks folder: its path as problems name it, and its text. */
export interface TextFile {
	file: string;
	text: string;
}

/** Extensions read as frameworks: JSON, and what the importer reads (plain text as `.txt`). */
export const FRAMEWORK_EXTENSIONS: readonly string[] = [...Object.keys(FORMAT_BY_EXTENSION), 'txt'];

/** Whether a folder's file is a framework: by extension; dotfiles and READMEs are not. */
export function isFrameworkFile(name: string): boolean {
	const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
	return (
		!name.startsWith('.') &&
		!/^readme(?:\.|$)/i.test(name) &&
		extension !== undefined &&
		FRAMEWORK_EXTENSIONS.includes(extension)
	);
}

export interface FolderFrameworks {
	frameworks: DataFile[];
	/** Files that could not be read as frameworks, `file: line N: message` or `file: $.path: …`. */
	problems: Problem[];
	/** What the importer asks a person to check (an organisation not stated, …). */
	warnings: Problem[];
}

/**
 * A folder's framework files as data files for `buildCatalog`. JSON is handed on as is (checked
 * there, as the bundled files are); Markdown, text, HTML and YAML go through the importer, each
 * draft's id the slug of its file name (`my-ladder.md` is `/frameworks/my-ladder`).
 */
export function readFolderFrameworks(
	files: readonly TextFile[],
	skillIds: ReadonlySet<string>
): FolderFrameworks {
	const out: FolderFrameworks = { frameworks: [], problems: [], warnings: [] };
	const asProblem = (file: string, p: { line?: number; path?: string; message: string }) => ({
		file,
		path: p.path ?? `line ${p.line ?? 1}`,
		message: p.message
	});
	for (const { file, text } of files) {
		const name = file.split(/[\\/]/).pop() ?? file;
		if (/\.json$/i.test(name)) {
			const json = parseJson(text, file);
			if (json.ok) out.frameworks.push({ file, data: json.value });
			else out.problems.push(...json.problems);
			out.warnings.push(...json.warnings);
			continue;
		}
		const markup = !/\.ya?ml$/i.test(name);
		const id = markup ? slugify(name.replace(/\.[^.]+$/, '')) || undefined : undefined;
		// The file's name, not its path, is the draft's `source.file` (a file under data/sources/).
		const result = readFramework(text, { fileName: name, skillIds, ...(id ? { id } : {}) });
		out.warnings.push(...result.warnings.map((w) => asProblem(file, w)));
		if (result.ok) out.frameworks.push({ file, data: result.framework });
		else out.problems.push(...result.errors.map((e) => asProblem(file, e)));
	}
	return out;
}
