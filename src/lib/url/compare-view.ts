// The comparison a person shares: up to four cells, `?a=<fw>/<track>/<step>&b=…&c=…&d=…`.
// `parseCompareView` never throws: a value it cannot read is kept (shortened) with the reason, so
// the page can say which part of the link is wrong.
import { base } from '../base';
import type { CellRef } from '../compare/cell';

export const CELL_PARAMS = ['a', 'b', 'c', 'd'] as const;
export type CellParam = (typeof CELL_PARAMS)[number];

/** Longer values are not cells: the page shows their start only. */
const MAX_VALUE = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CellSlot {
	param: CellParam;
	/** The value as given, trimmed and at most 80 characters (to say what was not understood). */
	raw: string;
	/** The cell it names, or null when it is not written as framework/track/step. */
	ref: CellRef | null;
}

export interface CompareView {
	slots: CellSlot[];
	/** Parameters that look like more cells (`e=`, `f=`…): only four compare at once. */
	ignored: string[];
}

export const EMPTY_COMPARE_VIEW: CompareView = { slots: [], ignored: [] };

/** "platform-engineer/platform-engineer/level-5", a cell page's path or its full address → ref. */
export function parseCellRef(value: string): CellRef | null {
	if (value.length > MAX_VALUE) return null;
	let text = value.trim().toLowerCase();
	// A pasted cell address: keep its path.
	text = text.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/, '');
	// …and its path within the site (the address of a site on a sub-path starts with the base).
	const prefix = base.toLowerCase();
	if (prefix && text.startsWith(`${prefix}/`)) text = text.slice(prefix.length);
	text = text.replace(/[?#].*$/, '').replace(/^\/+|\/+$/g, '');
	text = text.replace(/^frameworks\//, '');
	const parts = text.split('/');
	if (parts.length !== 3 || !parts.every((p) => SLUG.test(p))) return null;
	const [framework, track, step] = parts as [string, string, string];
	return { framework, track, step };
}

export function parseCompareView(params: URLSearchParams): CompareView {
	const slots: CellSlot[] = [];
	for (const param of CELL_PARAMS) {
		const value = params.get(param);
		if (value === null || value.trim() === '') continue;
		const trimmed = value.trim();
		slots.push({
			param,
			raw: trimmed.length > 80 ? `${trimmed.slice(0, 79)}…` : trimmed,
			ref: parseCellRef(trimmed)
		});
	}
	const ignored = [...new Set(params.keys())].filter(
		(key) => /^[e-z]$/.test(key) && (params.get(key) ?? '').trim() !== ''
	);
	return { slots, ignored };
}

export const refText = (ref: CellRef) => `${ref.framework}/${ref.track}/${ref.step}`;

/** `/compare?a=…&b=…` for these cells (the first four), slashes left readable. */
export function compareHref(refs: readonly CellRef[]): string {
	const query = refs
		.slice(0, CELL_PARAMS.length)
		.map(
			(ref, i) =>
				`${CELL_PARAMS[i]}=${[ref.framework, ref.track, ref.step].map(encodeURIComponent).join('/')}`
		)
		.join('&');
	return query ? `${base}/compare?${query}` : `${base}/compare`;
}

/** The prerendered page of a step against the framework's next step, on one track. */
export const promotionHref = (ref: CellRef) =>
	`${base}/compare/${ref.framework}/${ref.track}/${ref.step}`;
