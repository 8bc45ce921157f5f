// `npm run validate -- <file.json|file.yaml>…`: check framework files (and skills.json taxonomies)
// against the schema and their cross-references, together with the bundled frameworks so
// transitions into them resolve. Prints every problem as `file: json.path: message` and a summary
// line; exit code 1 on any problem, 2 on bad arguments. A file that cannot be read or parsed (too
// big, too deep, not JSON) is reported by name and the other files are still checked.
import { readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { detectFormat, FORMAT_NAMES } from '../src/lib/import/formats';
import { MAX_FILE_BYTES, sizeError } from '../src/lib/import/limits';
import { parseYaml } from '../src/lib/import/yaml';
import type { Framework } from '../src/lib/model/schema';
import {
	checkAcrossFrameworks,
	formatProblem,
	parseFramework,
	parseJson,
	parseTaxonomy,
	type ParsedData,
	type Problem
} from '../src/lib/model/validate';
import { lintFramework } from '../src/lib/model/lint';
import { bundledFrameworkFiles, DATA_DIR, describeFsError, readJsonFile } from './bundled';

const USAGE = `usage: npm run validate -- <file.json|file.yaml>…

Checks each framework file (JSON, or YAML in the same shape: .yaml or .yml) against the
framework schema, its cross-references and the skill
taxonomy in data/skills.json, and its transitions against the bundled frameworks. A file named
skills.json with a "skills" list is checked as a taxonomy (and used for the other files).
Curation warnings (evidence only from progression signals or dampeners, a curve that falls with
no note, a copied step placed elsewhere, a rating placed as a level) are printed as "warning:"
and do not fail the run.`;

function isTaxonomy(file: string, value: unknown): boolean {
	return (
		basename(file) === 'skills.json' &&
		typeof value === 'object' &&
		value !== null &&
		Array.isArray((value as { skills?: unknown }).skills)
	);
}

/** One file's data: size checked before reading, JSON or YAML by its name (or its content). */
function load(file: string): ParsedData {
	const fail = (message: string): ParsedData => ({
		ok: false,
		problems: [{ file, path: '$', message }],
		warnings: []
	});
	try {
		const { size } = statSync(file);
		const byName = detectFormat(basename(file), '');
		const tooBig = size > MAX_FILE_BYTES ? sizeError(size, byName.format) : undefined;
		if (tooBig) return fail(tooBig.message);
		const text = readFileSync(file, 'utf8');
		const { format } = detectFormat(basename(file), text);
		if (format === 'yaml') return parseYaml(text, file);
		if (format === 'json' || text.trim() === '') return parseJson(text, file);
		const parsed = parseJson(text, file);
		if (parsed.ok) return parsed;
		return fail(
			`this is ${FORMAT_NAMES[format]}, not framework JSON or YAML: turn it into JSON with \`npm run import -- ${file}\``
		);
	} catch (error) {
		const code = (error as { code?: string } | null)?.code;
		return fail(
			code
				? `cannot read the file: ${describeFsError(error)}`
				: `cannot be checked: ${error instanceof Error ? error.message : String(error)}`
		);
	}
}

/** Never let one file's unexpected failure stop the others: it becomes that file's problem. */
function guarded<T>(file: string, problems: Problem[], run: () => T): T | undefined {
	try {
		return run();
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		problems.push({ file, path: '$', message: `cannot be checked: ${message}` });
		return undefined;
	}
}

function main(files: readonly string[]): number {
	if (files.includes('--help') || files.includes('-h')) {
		console.log(USAGE);
		return 0;
	}
	const unknown = files.find((f) => f.startsWith('-'));
	if (files.length === 0 || unknown) {
		console.error(
			`validate: ${unknown ? `unknown option ${unknown}` : 'no files given'}\n\n${USAGE}`
		);
		return 2;
	}

	const problems: Problem[] = [];
	// The same file named twice is checked once (it would otherwise clash with itself).
	const unique = files.filter((f, i) => files.findIndex((g) => resolve(g) === resolve(f)) === i);
	const loaded = unique.map((file) => ({ file, data: load(file) }));
	for (const { data } of loaded) if (!data.ok) problems.push(...data.problems);
	const parseWarnings = loaded.flatMap(({ data }) => data.warnings);

	// Taxonomies first, so frameworks are checked against a taxonomy given alongside them.
	let skillIds: Set<string> | undefined;
	for (const { file, data } of loaded) {
		if (!data.ok || !isTaxonomy(file, data.value)) continue;
		const taxonomy = guarded(file, problems, () => parseTaxonomy(data.value, file));
		if (taxonomy?.ok) skillIds = new Set(taxonomy.value.skills.map((s) => s.id));
		else if (taxonomy) problems.push(...taxonomy.problems);
	}
	if (!skillIds) {
		const bundled = readJsonFile(join(DATA_DIR, 'skills.json'), 'data/skills.json');
		const taxonomy = bundled.ok ? parseTaxonomy(bundled.value, 'data/skills.json') : bundled;
		if (!taxonomy.ok) {
			problems.push(...taxonomy.problems);
			skillIds = new Set();
		} else skillIds = new Set(taxonomy.value.skills.map((s) => s.id));
	}

	const own: { file: string; framework: Framework }[] = [];
	for (const { file, data } of loaded) {
		if (!data.ok || isTaxonomy(file, data.value)) continue;
		const ids = skillIds;
		const parsed = guarded(file, problems, () => parseFramework(data.value, file, ids));
		if (parsed?.ok) own.push({ file, framework: parsed.value });
		else if (parsed) problems.push(...parsed.problems);
	}

	// Bundled frameworks first: a user's file that reuses one of their ids is the one reported.
	const given = new Set(files.map((f) => resolve(f)));
	const bundled: { file: string; framework: Framework }[] = [];
	for (const { path, file } of bundledFrameworkFiles()) {
		if (given.has(path)) continue;
		const data = readJsonFile(path, file);
		const parsed = data.ok ? parseFramework(data.value, file, skillIds) : data;
		if (parsed.ok) bundled.push({ file, framework: parsed.value });
		else console.error(`validate: note: bundled ${file} is itself invalid and was left out`);
	}
	const ownFiles = new Set(own.map((o) => o.file));
	const across = guarded('validate', problems, () => checkAcrossFrameworks([...bundled, ...own]));
	problems.push(...(across ?? []).filter((p) => ownFiles.has(p.file)));

	// Warnings never fail the run: curation warnings ask for a fix or a data note, and a repeated
	// key is read as JSON reads it (the last one wins).
	const warnings = [
		...parseWarnings,
		...own.flatMap(
			({ file, framework }) => guarded(file, problems, () => lintFramework(framework, file)) ?? []
		)
	];
	for (const p of problems) console.error(formatProblem(p));
	for (const w of warnings) console.error(`warning: ${formatProblem(w)}`);
	const failing = new Set(problems.map((p) => p.file));
	const checked = `${unique.length} file${unique.length === 1 ? '' : 's'} checked`;
	if (problems.length === 0) {
		const warned = warnings.length
			? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})`
			: '';
		console.log(`${checked}: all valid${warned}`);
		return 0;
	}
	console.error(
		`${checked}: ${failing.size} with problems (${problems.length} problem${problems.length === 1 ? '' : 's'})`
	);
	return 1;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	// Never a stack trace: an unexpected failure is still one readable line.
	console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
