// What changes across a range of the common scale (`?from=P2&to=P5`), per framework: the
// proficiency at each end and the evidence that is new at the top of the range. Pure.

export interface RangePoint<E extends { id: string }> {
	step: string;
	level: number | null;
	proficiency: number;
	evidence: E[];
}

export interface RangeChange<P> {
	/** The framework's points at the range's ends (several for the rubric's bands, or none). */
	atFrom: P[];
	atTo: P[];
	/** The lowest and highest levels inside the range where the framework has points. */
	bottom: number | null;
	top: number | null;
	/** The points at those levels. */
	atBottom: P[];
	atTop: P[];
	/** Proficiency at the top minus at the bottom, when each has exactly one point. */
	rise: number | null;
	/** Points at the top level, each with only the evidence not already cited at the bottom. */
	newAtTop: P[];
}

export function rangeChange<E extends { id: string }, P extends RangePoint<E>>(
	points: readonly P[],
	range: { from: number; to: number }
): RangeChange<P> {
	const at = (level: number) => points.filter((p) => p.level === level);
	const atFrom = at(range.from);
	const atTo = at(range.to);
	const inside = points
		.map((p) => p.level)
		.filter((l): l is number => l !== null && l >= range.from && l <= range.to);
	const bottom = inside.length > 0 ? Math.min(...inside) : null;
	const top = inside.length > 0 ? Math.max(...inside) : null;
	const atBottom = bottom === null ? [] : at(bottom);
	const atTop = top === null ? [] : at(top);
	// With one level in range there is nothing to compare it with: all of its evidence is new.
	const before = new Set(
		bottom !== null && bottom !== top ? at(bottom).flatMap((p) => p.evidence.map((e) => e.id)) : []
	);
	const newAtTop =
		top === null
			? []
			: at(top)
					.map((p) => ({ ...p, evidence: p.evidence.filter((e) => !before.has(e.id)) }))
					.filter((p) => p.evidence.length > 0);
	return {
		atFrom,
		atTo,
		bottom,
		top,
		atBottom,
		atTop,
		rise:
			atBottom.length === 1 && atTop.length === 1
				? atTop[0]!.proficiency - atBottom[0]!.proficiency
				: null,
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
