// The committed JSON Schema files are what `npm run schema` generates now, and they describe the
// bundled files' top level.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaDir, schemaFiles } from './schema';

const dataDir = join(import.meta.dirname, '..', 'data');
const generated = schemaFiles();

interface ObjectSchema {
	properties: Record<string, unknown>;
	required: string[];
	additionalProperties: boolean;
}

describe('data/schema', () => {
	it.each(Object.keys(generated))('%s is up to date (run `npm run schema` if not)', (name) => {
		expect(readFileSync(join(schemaDir, name), 'utf8')).toBe(generated[name]);
	});

	const schemaOf = (name: string) => JSON.parse(generated[name] ?? '{}') as ObjectSchema;

	const frameworks = readdirSync(join(dataDir, 'frameworks')).filter((f) => f.endsWith('.json'));
	it.each(frameworks)('the framework schema accepts the top-level keys of %s', (file) => {
		const schema = schemaOf('framework.schema.json');
		const data = JSON.parse(readFileSync(join(dataDir, 'frameworks', file), 'utf8')) as object;
		expect(schema.additionalProperties).toBe(false);
		expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(data)));
		expect(Object.keys(data)).toEqual(expect.arrayContaining(schema.required));
	});

	it('the skills schema accepts the keys of data/skills.json, and defaults are optional', () => {
		const schema = schemaOf('skills.schema.json');
		const data = JSON.parse(readFileSync(join(dataDir, 'skills.json'), 'utf8')) as object;
		expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(Object.keys(data)));
		expect(schema.required).toEqual(['skills']);
		// io: 'input': "notes", "statements"… have defaults, so an author may leave them out.
		expect(schemaOf('framework.schema.json').required).not.toContain('statements');
	});
});
