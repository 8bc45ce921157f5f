// Evenly spaced bands (columns, rows) over a range: the part of d3-scale's scaleBand these charts
// use. Importing d3-scale itself would put its interpolators and number formats (~10 kB gzipped,
// shared with other charts' chunk) into every page that draws a ladder, over the JS budget.

export interface Band<T> {
	(key: T): number | undefined;
	bandwidth(): number;
	step(): number;
}

/** Like `scaleBand().domain(domain).range(range).paddingInner(padding)` (outer padding 0). */
export function band<T>(
	domain: readonly T[],
	[start, stop]: readonly [number, number],
	padding = 0
): Band<T> {
	const index = new Map(domain.map((key, i) => [key, i]));
	const step = (stop - start) / Math.max(1, domain.length - padding);
	// Whatever the bands leave over (a single padded band) is split evenly on both sides.
	const offset = start + (stop - start - step * (domain.length - padding)) / 2;
	const scale = ((key: T) => {
		const i = index.get(key);
		return i === undefined ? undefined : offset + step * i;
	}) as Band<T>;
	scale.bandwidth = () => step * (1 - padding);
	scale.step = () => step;
	return scale;
}
