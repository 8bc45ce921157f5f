// Match ranges → display segments. Ranges index the folded text, which has the displayed text's
// length (see ./fold), so they apply to the displayed text as they are. Rendered as text nodes.
import type { Segment } from './types';

export type Range = readonly [number, number];

/** Ranges sorted, clipped to the text, overlaps merged; single letters dropped unless `keepSingle`. */
export function normaliseRanges(
	ranges: readonly Range[],
	length: number,
	keepSingle = false
): [number, number][] {
	const sorted = ranges
		.map(([a, b]): [number, number] => [Math.max(0, a), Math.min(length - 1, b)])
		.filter(([a, b]) => a <= b && (keepSingle || b > a))
		.sort((x, y) => x[0] - y[0]);
	const merged: [number, number][] = [];
	for (const r of sorted) {
		const last = merged.at(-1);
		if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	return merged;
}

/** The text cut at the (inclusive) ranges. */
export function segments(text: string, ranges: readonly Range[], keepSingle = false): Segment[] {
	const out: Segment[] = [];
	let at = 0;
	for (const [a, b] of normaliseRanges(ranges, text.length, keepSingle)) {
		if (a > at) out.push({ at, text: text.slice(at, a), match: false });
		out.push({ at: a, text: text.slice(a, b + 1), match: true });
		at = b + 1;
	}
	if (at < text.length || out.length === 0) out.push({ at, text: text.slice(at), match: false });
	return out;
}

/**
 * At most about `max` characters of a long text, around its first match, cut at word boundaries
 * with an ellipsis on the cut sides; ranges shifted to match.
 */
export function excerpt(
	text: string,
	ranges: readonly Range[],
	max = 180
): { text: string; ranges: Range[] } {
	if (text.length <= max) return { text, ranges: [...ranges] };
	const first = normaliseRanges(ranges, text.length, true)[0]?.[0] ?? 0;
	let start = Math.max(0, first - Math.floor(max / 3));
	let end = Math.min(text.length, start + max);
	start = Math.max(0, end - max);
	if (start > 0) {
		const space = text.indexOf(' ', start);
		if (space !== -1 && space < first) start = space + 1;
	}
	if (end < text.length) {
		const space = text.lastIndexOf(' ', end);
		if (space > start) end = space;
	}
	const before = start > 0 ? '…' : '';
	const after = end < text.length ? '…' : '';
	const shift = before.length - start;
	return {
		text: before + text.slice(start, end) + after,
		ranges: ranges
			.map(([a, b]): Range => [Math.max(a, start) + shift, Math.min(b, end - 1) + shift])
			.filter(([a, b]) => a <= b)
	};
}
