// A place on the common P1–P7 scale in words ("P4", "P2–P3"): for the skill curve, its panels and
// the pages around it, which need these without the curve's layout.
import type { Span } from './types';

export const LEVELS = [1, 2, 3, 4, 5, 6, 7] as const;

/** "P4", "P2–P3", or null for no place. */
export function spanText(span: Span | null): string | null {
	if (!span) return null;
	return span.min === span.max ? `P${span.min}` : `P${span.min}–P${span.max}`;
}

/** Whether a place on the scale overlaps a range of levels (a point counts where it may sit). */
export function overlaps(span: Span | null, range: { from: number; to: number }): boolean {
	return span !== null && span.min <= range.to && span.max >= range.from;
}

/** "Level 4 · P2–P3", or just "P6" when the step's label already is the common level. */
export function stepAndLevel(label: string, placement: Span | null): string {
	const text = spanText(placement);
	if (text === null || label === text || label.startsWith(`${text} `)) return label;
	return `${label} · ${text}`;
}
