// `npm run schema`: writes data/schema/*.schema.json from the zod schemas (the single source of
// truth), for people who write framework files by hand and for their editors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { Framework, SkillTaxonomy } from '../src/lib/model/schema';

export const schemaDir = resolve(import.meta.dirname, '..', 'data', 'schema');

/** The generated files: name under data/schema/ → content. */
export function schemaFiles(): Record<string, string> {
	// io: 'input' — what an author writes: fields with defaults are optional.
	const framework = z.toJSONSchema(Framework, { io: 'input' });
	const taxonomy = z.toJSONSchema(SkillTaxonomy, { io: 'input' });
	const files = {
		'framework.schema.json': {
			$schema: framework.$schema,
			title: 'Career Explorer framework',
			...framework
		},
		'skills.schema.json': {
			$schema: taxonomy.$schema,
			title: 'Career Explorer skill taxonomy',
			...taxonomy
		}
	};
	return Object.fromEntries(
		Object.entries(files).map(([name, schema]) => [name, `${JSON.stringify(schema, null, '\t')}\n`])
	);
}

function main(): void {
	mkdirSync(schemaDir, { recursive: true });
	for (const [name, content] of Object.entries(schemaFiles())) {
		writeFileSync(join(schemaDir, name), content);
		console.log(`wrote data/schema/${name}`);
	}
}

// Run only as a script, not when the test imports schemaFiles().
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	try {
		main();
	} catch (error) {
		console.error(`schema: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	}
}
