// The bundled data files are valid, alone and together: the same checks `npm run validate` runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	checkAcrossFrameworks,
	formatProblem,
	parseFramework,
	parseJson,
	parseTaxonomy
} from '../model/validate';
import type { Framework } from '../model/schema';
import { lintFramework } from '../model/lint';

const dataDir = join(import.meta.dirname, '../../../data');
const frameworkFiles = readdirSync(join(dataDir, 'frameworks'))
	.filter((f) => f.endsWith('.json'))
	.sort();

function load(file: string): unknown {
	const parsed = parseJson(readFileSync(join(dataDir, file), 'utf8'), file);
	if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
	return parsed.value;
}

describe('bundled data', () => {
	const taxonomy = parseTaxonomy(load('skills.json'), 'data/skills.json');

	it('has a valid skill taxonomy', () => {
		expect(taxonomy.problems.map(formatProblem)).toEqual([]);
	});

	it('has the five source frameworks', () => {
		expect(frameworkFiles).toHaveLength(5);
	});

	const skillIds = new Set(taxonomy.ok ? taxonomy.value.skills.map((s) => s.id) : []);
	const valid: { file: string; framework: Framework }[] = [];
	it.each(frameworkFiles)('%s is a valid framework', (file) => {
		const result = parseFramework(load(`frameworks/${file}`), `data/frameworks/${file}`, skillIds);
		expect(result.problems.map(formatProblem)).toEqual([]);
		if (result.ok) {
			expect(result.value.id).toBe(file.replace(/\.json$/, ''));
			valid.push({ file, framework: result.value });
		}
	});

	it.each(frameworkFiles)('%s has no curation warnings (each quirk fixed or noted)', (file) => {
		const result = parseFramework(load(`frameworks/${file}`), `data/frameworks/${file}`, skillIds);
		expect(result.ok).toBe(true);
		if (result.ok) expect(lintFramework(result.value, file).map(formatProblem)).toEqual([]);
	});

	it('has cross-framework transitions that resolve', () => {
		expect(valid).toHaveLength(frameworkFiles.length);
		expect(checkAcrossFrameworks(valid).map(formatProblem)).toEqual([]);
	});
});
