// The site's Web Workers, started as its Content-Security-Policy wants (Trusted Types for every
// script sink, svelte.config.js): one policy that vouches for these workers' URLs and no other.
import importWorker from '../local/import.worker?worker&url';
import searchWorker from '../search/search.worker?worker&url';

/** The workers by name: the /import page's reader, and search (Fuse and the index). */
export const WORKERS = { import: importWorker, search: searchWorker } as const;

interface ScriptUrlPolicy {
	createScriptURL(url: string): unknown;
}

let policy: ScriptUrlPolicy | null = null;

/** Start one of the site's workers (a module worker). */
export function startWorker(name: keyof typeof WORKERS): Worker {
	const url = WORKERS[name];
	const factory = (
		globalThis as {
			trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy };
		}
	).trustedTypes;
	policy ??=
		factory?.createPolicy('career-explorer-workers', {
			createScriptURL(url) {
				if (!Object.values(WORKERS).includes(url))
					throw new TypeError(`only the site's own workers may be started, not ${url}`);
				return url;
			}
		}) ?? null;
	return new Worker((policy ? policy.createScriptURL(url) : url) as string, { type: 'module' });
}
