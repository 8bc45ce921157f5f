// Small pieces of text the level charts share (kept apart from ./text, which every chart loads).

/** A line of text in a chart, placed. */
export interface TextLine {
	key: string;
	text: string;
	x: number;
	y: number;
	/** Bold and a size larger (a mark's name, as against its detail). */
	strong?: boolean;
	/** A font size of its own, where the usual one would not fit. */
	size?: number;
}

/** "0–1", "2+", "15–22": years of experience as the charts show them. */
export function formatYears(years: { min: number; max?: number }): string {
	if (years.max === undefined) return `${years.min}+`;
	return years.max === years.min ? `${years.min}` : `${years.min}–${years.max}`;
}

/** "Level 4" → "L4" where space is short; other labels stay as they are. */
export function shortLabel(label: string): string {
	return label.replace(/^Level\s+/, 'L');
}
