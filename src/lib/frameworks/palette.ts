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
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#9a8f00'];

export function frameworkColor(id: string, fallbackIndex = 0): string {
	const i = FRAMEWORK_ORDER.indexOf(id);
	return PALETTE[(i === -1 ? FRAMEWORK_ORDER.length + fallbackIndex : i) % PALETTE.length]!;
}
