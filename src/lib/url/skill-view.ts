// The view of a skill page a person can share: which frameworks, which range of the common scale.
// `parseSkillView` never throws: anything it does not understand falls back to the default view.

/** A range of the common scale, from ≤ to, both 1–7. */
export interface LevelRange {
	from: number;
	to: number;
}

export interface SkillView {
	/** Frameworks to show, in the page's order; null shows every framework (the default). */
	frameworks: string[] | null;
	/** The highlighted range, or null (the default). */
	range: LevelRange | null;
}

export const DEFAULT_SKILL_VIEW: SkillView = { frameworks: null, range: null };

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 7;

/** "P3", "p3" or "3" → 3; anything else (P0, P9, 3.5, "zz") → null. */
export function parseLevel(value: string | null): number | null {
	const match = /^\s*[pP]?([1-7])\s*$/.exec(value ?? '');
	return match ? Number(match[1]) : null;
}

export function formatLevel(level: number): string {
	return `P${level}`;
}

/**
 * `?fw=a,b&from=P2&to=P5` → a view. `known` lists the framework ids the page can show, in its
 * order. Unknown ids are dropped (none left → every framework); listing every framework is the
 * default. A range needs well-formed bounds: a malformed bound drops the range, one missing bound
 * opens it to the end of the scale, and a swapped range is put the right way round.
 */
export function parseSkillView(params: URLSearchParams, known: readonly string[]): SkillView {
	const asked = new Set(
		params
			.getAll('fw')
			.flatMap((v) => v.split(','))
			.map((id) => id.trim().toLowerCase())
	);
	const frameworks = known.filter((id) => asked.has(id));

	return {
		frameworks: frameworks.length === 0 || frameworks.length === known.length ? null : frameworks,
		range: parseRange(params.get('from'), params.get('to'))
	};
}

function parseRange(fromText: string | null, toText: string | null): LevelRange | null {
	if (fromText === null && toText === null) return null;
	const from = fromText === null ? MIN_LEVEL : parseLevel(fromText);
	const to = toText === null ? MAX_LEVEL : parseLevel(toText);
	if (from === null || to === null) return null;
	return { from: Math.min(from, to), to: Math.max(from, to) };
}

/** The canonical query string for a view (without "?"), defaults omitted. */
export function serialiseSkillView(view: SkillView): string {
	const params = new URLSearchParams();
	if (view.frameworks && view.frameworks.length > 0) params.set('fw', view.frameworks.join(','));
	if (view.range) {
		params.set('from', formatLevel(view.range.from));
		params.set('to', formatLevel(view.range.to));
	}
	// Commas are safe in a query string and keep shared links readable.
	return params.toString().replace(/%2C/g, ',');
}

/** The path plus canonical query for a view. */
export function skillViewHref(pathname: string, view: SkillView): string {
	const query = serialiseSkillView(view);
	return query ? `${pathname}?${query}` : pathname;
}

/** Whether a framework is shown in a view. */
export function isShown(view: SkillView, framework: string): boolean {
	return view.frameworks === null || view.frameworks.includes(framework);
}

/**
 * The view after ticking or unticking one framework. `known` is the page's order. Unticking the
 * last shown framework is refused (the view stays as it is): an empty chart helps nobody.
 */
export function toggleFramework(
	view: SkillView,
	framework: string,
	shown: boolean,
	known: readonly string[]
): SkillView {
	const current = new Set(view.frameworks ?? known);
	if (shown) current.add(framework);
	else current.delete(framework);
	const frameworks = known.filter((id) => current.has(id));
	if (frameworks.length === 0) return view;
	return { ...view, frameworks: frameworks.length === known.length ? null : frameworks };
}

/**
 * The view after choosing one end of the range in a control. Without a range the other end is
 * the end of the scale; a bound past the other end swaps them; null clears the range.
 */
export function setRangeBound(
	view: SkillView,
	bound: 'from' | 'to',
	level: number | null
): SkillView {
	if (level === null) return { ...view, range: null };
	const next = { ...(view.range ?? { from: MIN_LEVEL, to: MAX_LEVEL }), [bound]: level };
	return {
		...view,
		range: { from: Math.min(next.from, next.to), to: Math.max(next.from, next.to) }
	};
}
