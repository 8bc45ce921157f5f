// One consistent colour per framework across every view (DESIGN.md, "Look and feel").

/** Display order: the reference P1–P7 ladder first, then by how much of the scale each covers. */
export const FRAMEWORK_ORDER = [
	'infrastructure-platform-engineering',
	'speedoc-engineering',
	'platform-engineer',
	'vaarst-devops-engineer',
	'senior-platform-engineer-rubric'
];

// Okabe–Ito hues: distinguishable with common colour-vision deficiencies, and legible on both
// light and dark backgrounds at the weights we use.
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00'];
/**
 * Hues for any other framework (a FRAMEWORKS_DIR build's, one imported in the browser), picked by
 * its id so it keeps its colour on every page and in every browser; two may share one.
 */
const MORE = ['#56b4e9', '#9a8f00', '#7570b3', '#8c564b', '#b04a8b'];

export function frameworkColor(id: string): string {
	const i = FRAMEWORK_ORDER.indexOf(id);
	if (i !== -1) return PALETTE[i]!;
	let hash = 0;
	for (const c of id) hash = (hash * 31 + c.codePointAt(0)!) >>> 0;
	return MORE[hash % MORE.length]!;
}

/** Every colour a framework can have, in the order of their classes (`hue-0` …) in app.css. */
export const HUES = [...PALETTE, ...MORE];

/**
 * The class that gives an element a framework's colour (as `--fw` and `--swatch`): classes, not
 * style attributes, so that the Content-Security-Policy allows no inline style. '' for a colour
 * that is not a framework's.
 */
export function hueClass(color: string | null | undefined): string {
	const i = color ? HUES.indexOf(color) : -1;
	return i === -1 ? '' : `hue-${i}`;
}
