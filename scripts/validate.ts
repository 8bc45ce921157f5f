// `npm run validate -- <file.json>…`: check framework files (and skills.json taxonomies) against
// the schema and their cross-references, together with the bundled frameworks so transitions
// into them resolve. Prints every problem as `file: json.path: message` and a summary line;
// exit code 1 on any problem, 2 on bad arguments.
import { basename, join, resolve } from 'node:path';
import type { Framework } from '../src/lib/model/schema';
import {
	checkAcrossFrameworks,
	formatProblem,
	parseFramework,
	parseTaxonomy,
	type Problem
} from '../src/lib/model/validate';
import { lintFramework } from '../src/lib/model/lint';
import { bundledFrameworkFiles, DATA_DIR, readJsonFile } from './bundled';

const USAGE = `usage: npm run validate -- <file.json>…

Checks each framework file against the framework schema, its cross-references and the skill
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
	const loaded = unique.map((file) => ({ file, data: readJsonFile(file, file) }));
	for (const { data } of loaded) if (!data.ok) problems.push(...data.problems);

	// Taxonomies first, so frameworks are checked against a taxonomy given alongside them.
	let skillIds: Set<string> | undefined;
	for (const { file, data } of loaded) {
		if (!data.ok || !isTaxonomy(file, data.value)) continue;
		const taxonomy = parseTaxonomy(data.value, file);
		if (taxonomy.ok) skillIds = new Set(taxonomy.value.skills.map((s) => s.id));
		else problems.push(...taxonomy.problems);
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
		const parsed = parseFramework(data.value, file, skillIds);
		if (parsed.ok) own.push({ file, framework: parsed.value });
		else problems.push(...parsed.problems);
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
	problems.push(...checkAcrossFrameworks([...bundled, ...own]).filter((p) => ownFiles.has(p.file)));

	for (const p of problems) console.error(formatProblem(p));
	// Curation warnings never fail the run: they ask for a fix or a data note.
	const warnings = own.flatMap(({ file, framework }) => lintFramework(framework, file));
	for (const w of warnings) console.error(`warning: ${formatProblem(w)}`);
	const failing = new Set(problems.map((p) => p.file));
	const checked = `${unique.length} file${unique.length === 1 ? '' : 's'} checked`;
	if (problems.length === 0) {
		const warned = warnings.length
			? ` (${warnings.length} curation warning${warnings.length === 1 ? '' : 's'})`
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
