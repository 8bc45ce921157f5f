// The catalogue a page for an imported framework stands on: the built-in frameworks (from
// /catalog.json, checked at build time) and every framework saved in this browser, each checked
// again as it is read back (the validator arrives with this module's first use, never with a
// page's first load). The same Catalog shape the build uses, so every view works on it.
import { base } from '../base';
import type { Catalog } from '../frameworks/catalog';
import { registerLocal } from '../frameworks/paths';
import type { Framework } from '../model/schema';
import { readAll, type ReadBack } from './store';

export interface LocalCatalog {
	catalog: Catalog;
	/** The frameworks saved in this browser, newest first. */
	saved: ReadBack<Framework>['entries'];
	setAside: ReadBack<Framework>['setAside'];
	newlySetAside: number;
}

let bundled: Promise<Catalog> | null = null;

function loadBundled(): Promise<Catalog> {
	bundled ??= fetch(`${base}/catalog.json`).then((r) => {
		if (!r.ok) throw new Error(`the built-in frameworks could not be loaded (HTTP ${r.status})`);
		return r.json() as Promise<Catalog>;
	});
	bundled.catch(() => (bundled = null));
	return bundled;
}

/** Read every saved framework back, checked against the built-in skills and ids. */
export async function loadLocalCatalog(): Promise<LocalCatalog> {
	const [builtInCatalog, { parseFramework, formatProblem }] = await Promise.all([
		loadBundled(),
		import('../model/validate')
	]);
	const skillIds = new Set(builtInCatalog.skills.map((s) => s.id));
	const builtIn = new Set(builtInCatalog.frameworks.map((f) => f.id));
	const read = await readAll<Framework>((data, id) => {
		if (builtIn.has(id))
			return { ok: false, reason: `its id “${id}” is now a built-in framework’s` };
		const result = parseFramework(data, id, skillIds);
		if (!result.ok) {
			const first = result.problems.slice(0, 3).map(formatProblem).join('; ');
			return { ok: false, reason: first };
		}
		if (result.value.id !== id) return { ok: false, reason: 'its id does not match its key' };
		return { ok: true, value: result.value };
	});
	registerLocal(read.entries.map((e) => e.id));
	return {
		catalog: {
			frameworks: [...builtInCatalog.frameworks, ...read.entries.map((e) => e.framework)],
			skills: builtInCatalog.skills
		},
		saved: read.entries,
		setAside: read.setAside,
		newlySetAside: read.newlySetAside
	};
}

/** A sentence for the notice about entries set aside. */
export function setAsideNotice(count: number): string {
	return count === 1
		? 'One framework saved in this browser could not be read back, so it was set aside (not deleted). You can download what was stored below.'
		: `${count} frameworks saved in this browser could not be read back, so they were set aside (not deleted). You can download what was stored below.`;
}
