// The bundled data (validated, with the schema's defaults), for browser tests to derive what a
// page shows.
import type { Framework } from '../src/lib/model/schema';
import { loadBundled } from '../scripts/bundled';

export const { frameworks } = loadBundled();

export function framework(id: string): Framework {
	const fw = frameworks.find((f) => f.id === id);
	if (!fw) throw new Error(`no bundled framework ${id}`);
	return fw;
}

/** Whitespace-normalised, as the page's text is. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
