// The bundled data (with the schema's defaults), for browser tests to derive what a page shows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Framework } from '../src/lib/model/schema';

const dir = join(import.meta.dirname, '..', 'data', 'frameworks');

export const frameworks: Framework[] = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => Framework.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));

export function framework(id: string): Framework {
	const fw = frameworks.find((f) => f.id === id);
	if (!fw) throw new Error(`no bundled framework ${id}`);
	return fw;
}

/** Whitespace-normalised, as the page's text is. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
