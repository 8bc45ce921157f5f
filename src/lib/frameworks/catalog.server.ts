// The bundled frameworks, loaded and validated once at build time. Server-only: pages receive just
// the slices they need, so the browser never ships zod or the full data.
import type { Framework, Skill } from '../model/schema';
import {
	checkAcrossFrameworks,
	formatProblem,
	parseFramework,
	parseTaxonomy,
	type Problem
} from '../model/validate';
import { FRAMEWORK_ORDER } from './palette';

const frameworkFiles = import.meta.glob('/data/frameworks/*.json', {
	eager: true,
	import: 'default'
});
const skillFiles = import.meta.glob('/data/skills.json', { eager: true, import: 'default' });

export interface Catalog {
	frameworks: Framework[];
	skills: Skill[];
}

function load(): Catalog {
	const problems: Problem[] = [];
	const taxonomy = parseTaxonomy(skillFiles['/data/skills.json'], 'data/skills.json');
	if (!taxonomy.ok) problems.push(...taxonomy.problems);
	const skillIds = new Set(taxonomy.ok ? taxonomy.value.skills.map((s) => s.id) : []);

	const entries: { file: string; framework: Framework }[] = [];
	for (const [path, data] of Object.entries(frameworkFiles)) {
		const file = path.slice(1);
		const result = parseFramework(data, file, skillIds);
		if (result.ok) entries.push({ file, framework: result.value });
		else problems.push(...result.problems);
	}
	problems.push(...checkAcrossFrameworks(entries));
	if (problems.length > 0) {
		throw new Error(`Invalid bundled data:\n${problems.map(formatProblem).join('\n')}`);
	}

	const rank = (id: string) => {
		const i = FRAMEWORK_ORDER.indexOf(id);
		return i === -1 ? FRAMEWORK_ORDER.length : i;
	};
	const frameworks = entries
		.map((e) => e.framework)
		.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
	return { frameworks, skills: taxonomy.ok ? taxonomy.value.skills : [] };
}

export const catalog: Catalog = load();
