// Where a framework's pages live. A bundled framework (or one built in with FRAMEWORKS_DIR) has
// prerendered pages at /frameworks/<fw>/…; a framework imported in this browser has no page of its
// own on the host, so its views are the /mine/… pages, which read it from IndexedDB and take the
// ids from the query. Every link to a framework, a cell or a quiz is made here, so a view drawn
// for an imported framework links to the right pages with no change of its own. Every path starts
// with the site's base (its sub-path on a host, '' at the root).

import { base } from '../base';

/** Ids of the frameworks imported in this browser, registered by a /mine page before it draws. */
const local = new Set<string>();

/** Say which frameworks are this browser's own (replaces the previous list). */
export function registerLocal(ids: Iterable<string>): void {
	local.clear();
	for (const id of ids) local.add(id);
}

export function isLocal(framework: string): boolean {
	return local.has(framework);
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
const hash = (anchor?: string) => (anchor ? `#${anchor}` : '');

/** A framework's page. */
export function frameworkPath(framework: string, anchor?: string): string {
	return isLocal(framework)
		? `${base}/mine/framework?${query({ fw: framework })}${hash(anchor)}`
		: `${base}/frameworks/${framework}${hash(anchor)}`;
}

/** One cell: a step of a track. */
export function cellPath(framework: string, track: string, step: string, anchor?: string): string {
	return isLocal(framework)
		? `${base}/mine/cell?${query({ fw: framework, track, step })}${hash(anchor)}`
		: `${base}/frameworks/${framework}/${track}/${step}${hash(anchor)}`;
}

/** The quiz on one track. */
export function quizPath(framework: string, track: string): string {
	return isLocal(framework)
		? `${base}/mine/quiz?${query({ fw: framework, track })}`
		: `${base}/quiz/${framework}/${track}`;
}

/** A path (no anchor) with more query parameters: a quiz result's `r=`, a seed. */
export function withQuery(path: string, params: Record<string, string>): string {
	return `${path}${path.includes('?') ? '&' : '?'}${query(params)}`;
}

/**
 * A pathname of this site without the base, for reading what page it is: `/explorer/skills` →
 * `/skills`, `/explorer/` → `/` (here, not in ../base, so a root build ships no module of its own
 * for it).
 */
export function withoutBase(pathname: string): string {
	if (!base || !(pathname === base || pathname.startsWith(`${base}/`))) return pathname;
	return pathname.slice(base.length) || '/';
}
