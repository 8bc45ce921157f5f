// The bundled data as one validated catalogue: the taxonomy and every framework, checked alone
// and together, frameworks in the site's order. Pure: the build (catalog.server.ts, through Vite)
// and Node (scripts/bundled.ts: the CLIs, benchmarks and tests) each read the files their own way
// and hand them here, so both see the same catalogue.
import type { Framework, Skill } from '../model/schema';
import {
	checkAcrossFrameworks,
	formatProblem,
	parseFramework,
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

/** Bundled data must be valid: one error that lists every problem, `file: json.path: message`. */
export function invalidBundledData(problems: readonly Problem[]): Error {
	return new Error(`Invalid bundled data:\n${problems.map(formatProblem).join('\n')}`);
}

/** The catalogue of data/skills.json and data/frameworks/*.json; throws on any problem. */
export function buildCatalog(skills: DataFile, frameworkFiles: readonly DataFile[]): Catalog {
	const problems: Problem[] = [];
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
