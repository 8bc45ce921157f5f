// The project's data files from Node: the bundled catalogue for the CLIs, benchmarks and tests
// (validated exactly as the build validates it), and file errors as short sentences.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	buildCatalog,
	invalidBundledData,
	type Catalog,
	type DataFile
} from '../src/lib/frameworks/catalog';
import { parseJson, type Problem, type Result } from '../src/lib/model/validate';

/** The project's data/ folder. */
export const DATA_DIR = join(import.meta.dirname, '..', 'data');

/** A file-system error as a short sentence: "no such file", not a stack trace. */
export function describeFsError(error: unknown): string {
	const code = (error as { code?: string } | null)?.code;
	const known: Record<string, string> = {
		ENOENT: 'no such file',
		EISDIR: 'is a directory, not a file',
		EACCES: 'permission denied',
		ENOTDIR: 'a folder in the path is a file'
	};
	return (code && known[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** A file's JSON, or the problems reading it; `file` is the name problems give it. */
export function readJsonFile(path: string, file: string): Result<unknown> {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		return {
			ok: false,
			problems: [{ file, path: '$', message: `cannot read the file: ${describeFsError(error)}` }]
		};
	}
	return parseJson(text, file);
}

/** data/frameworks/*.json by name: where each is, and the name problems give it. */
export function bundledFrameworkFiles(): { path: string; file: string }[] {
	const dir = join(DATA_DIR, 'frameworks');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => ({ path: join(dir, name), file: `data/frameworks/${name}` }));
}

/** data/skills.json and data/frameworks/*.json, validated as the build does; throws on any problem. */
export function loadBundled(): Catalog {
	const problems: Problem[] = [];
	const read = (path: string, file: string): DataFile => {
		const json = readJsonFile(path, file);
		if (!json.ok) problems.push(...json.problems);
		return { file, data: json.ok ? json.value : undefined };
	};
	const skills = read(join(DATA_DIR, 'skills.json'), 'data/skills.json');
	const frameworks = bundledFrameworkFiles().map(({ path, file }) => read(path, file));
	if (problems.length > 0) throw invalidBundledData(problems);
	return buildCatalog(skills, frameworks);
}
