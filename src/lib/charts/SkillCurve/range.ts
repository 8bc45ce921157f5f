// What changes across a range of the common scale (`?from=P2&to=P5`), per framework: the
// proficiency at each end and the evidence that is new at the top of the range. Pure.
//
// A step on a range of levels (P2–P3) stands at every level it covers: it is "at P3" as much as
// "at P2", and it is inside a highlighted range when the two overlap. So one level may hold
// several steps of a framework (P3: Level 4 at P2–P3 and Level 5 at P3–P4), and a step may be at
// both ends of a range; its sentences are then not "new" at the top. Points with no place on the
// scale (a rating rubric's bands: ratings, not levels) are never inside a range.
import type { Span } from './types';

export interface RangePoint<E extends { id: string }> {
	step: string;
	placement: Span | null;
	proficiency: number;
	evidence: E[];
}

export interface RangeChange<P> {
	/** The framework's points at the range's ends: those whose place covers that level. */
	atFrom: P[];
	atTo: P[];
	/** The lowest and highest levels inside the range that some point covers. */
	bottom: number | null;
	top: number | null;
	/** The points that cover those levels. */
	atBottom: P[];
	atTop: P[];
	/** Proficiency at the top minus at the bottom, when each end has one proficiency. */
	rise: number | null;
	/** Points at the top level, each with only the evidence not already cited at the bottom. */
	newAtTop: P[];
}

/** Whether a place covers a level. */
export const coversLevel = (span: Span | null, level: number) =>
	span !== null && span.min <= level && level <= span.max;

/** The one proficiency the points share, or null (none, or several). */
function single(points: readonly { proficiency: number }[]): number | null {
	const values = new Set(points.map((p) => p.proficiency));
	return values.size === 1 ? [...values][0]! : null;
}

export function rangeChange<E extends { id: string }, P extends RangePoint<E>>(
	points: readonly P[],
	range: { from: number; to: number }
): RangeChange<P> {
	const at = (level: number) => points.filter((p) => coversLevel(p.placement, level));
	const levels: number[] = [];
	for (let l = range.from; l <= range.to; l++) if (at(l).length > 0) levels.push(l);
	const bottom = levels[0] ?? null;
	const top = levels.at(-1) ?? null;
	const atBottom = bottom === null ? [] : at(bottom);
	const atTop = top === null ? [] : at(top);
	// With one level in range there is nothing to compare it with: all of its evidence is new.
	const before = new Set(
		bottom !== top ? atBottom.flatMap((p) => p.evidence.map((e) => e.id)) : []
	);
	const newAtTop = atTop
		.map((p) => ({ ...p, evidence: p.evidence.filter((e) => !before.has(e.id)) }))
		.filter((p) => p.evidence.length > 0);
	const low = single(atBottom);
	const high = single(atTop);
	return {
		atFrom: at(range.from),
		atTo: at(range.to),
		bottom,
		top,
		atBottom,
		atTop,
		rise: low === null || high === null ? null : high - low,
		newAtTop
	};
}

/** "3", "1–5" for several points, or null for none. */
export function proficiencySpan(points: readonly { proficiency: number }[]): string | null {
	if (points.length === 0) return null;
	const values = points.map((p) => p.proficiency);
	const min = Math.min(...values);
	const max = Math.max(...values);
	return min === max ? String(min) : `${min}–${max}`;
}
