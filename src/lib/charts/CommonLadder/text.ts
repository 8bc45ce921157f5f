// Text in SVG does not wrap, and charts are laid out before any DOM exists (prerendered), so
// widths are estimated from character classes of a system sans-serif, measured on DejaVu Sans
// (the widest common one) and rounded up, so that a label which "fits" really fits.

const NARROW = new Set("iIjl.,:;'|!()[]ft ");
const WIDE = new Set('mwMW@%');

/** Estimated rendered width of `text` at `fontSize` (user units); bold text is wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const ch of text) {
		if (ch === ' ') em += 0.32;
		else if (NARROW.has(ch)) em += 0.37;
		else if (WIDE.has(ch)) em += 0.94;
		else if (ch >= 'A' && ch <= 'Z') em += 0.7;
		else if (ch >= '0' && ch <= '9') em += 0.64;
		else em += 0.58;
	}
	return em * fontSize * (bold ? 1.15 : 1);
}

/** `text` cut to fit `maxWidth`, ending in "…" when cut. */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
	if (textWidth(text, fontSize, bold) <= maxWidth) return text;
	let out = text;
	while (out.length > 0 && textWidth(`${out}…`, fontSize, bold) > maxWidth) out = out.slice(0, -1);
	out = out.trimEnd();
	return out.length === 0 ? '' : `${out}…`;
}

/**
 * Greedy word wrap into lines no wider than `maxWidth`; at most `maxLines` lines, the last one
 * ending in "…" when text is left over. A single word wider than the line is cut.
 */
export function wrapText(
	text: string,
	maxWidth: number,
	fontSize: number,
	maxLines = Infinity,
	bold = false
): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		const candidate = line ? `${line} ${word}` : word;
		if (textWidth(candidate, fontSize, bold) <= maxWidth || !line) {
			line = candidate;
			continue;
		}
		lines.push(line);
		line = word;
		if (lines.length === maxLines) {
			const rest = [lines.pop()!, ...words.slice(i)].join(' ');
			lines.push(rest);
			return lines.map((l) => truncate(l, maxWidth, fontSize, bold));
		}
	}
	if (line) lines.push(line);
	return lines.map((l) => truncate(l, maxWidth, fontSize, bold));
}

export interface TooltipBox {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Lines with their baseline offset from the box's top; `strong` for the heading. */
	lines: { key: string; text: string; dy: number; strong: boolean }[];
}

export const TOOLTIP_FONT = 13;
const PAD = 8;
const LINE = 17;

/**
 * A tooltip box for a mark at (`x`, `y`, `w`, `h`): its heading and paragraphs wrapped to at most
 * `maxWidth`, placed above the mark when there is room (else below), kept inside 0…`boundsWidth`.
 */
export function tooltipBox(
	heading: string,
	paragraphs: readonly string[],
	mark: { x: number; y: number; width: number; height: number },
	boundsWidth: number,
	maxWidth = 300
): TooltipBox {
	const inner = Math.min(maxWidth, boundsWidth - 2 * PAD - 4);
	const blocks = [
		{ text: heading, strong: true },
		...paragraphs.filter((p) => p.trim()).map((text) => ({ text, strong: false }))
	];
	const lines: TooltipBox['lines'] = [];
	let dy = PAD + TOOLTIP_FONT;
	let widest = 0;
	blocks.forEach((block, b) => {
		for (const text of wrapText(block.text, inner, TOOLTIP_FONT, 6, block.strong)) {
			lines.push({ key: `${b}-${lines.length}`, text, dy, strong: block.strong });
			widest = Math.max(widest, textWidth(text, TOOLTIP_FONT, block.strong));
			dy += LINE;
		}
		dy += 4;
	});
	const width = Math.min(inner, Math.ceil(widest)) + 2 * PAD;
	const height = dy - LINE - 4 + PAD + 4;
	const centre = mark.x + mark.width / 2;
	const x = Math.max(2, Math.min(boundsWidth - width - 2, centre - width / 2));
	const above = mark.y - height - 6;
	const y = above >= 0 ? above : mark.y + mark.height + 6;
	return { x, y, width, height, lines };
}
