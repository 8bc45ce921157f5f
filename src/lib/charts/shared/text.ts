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
	fontSize: number;
	/** Lines with their baselines; `strong` for the heading. */
	lines: { key: string; text: string; x: number; y: number; strong: boolean }[];
}

export interface TooltipOptions {
	/**
	 * Where the box goes: above the mark (below it where there is no room), below it (above it
	 * where there is no room), or beside it (right, else left; centred on it vertically).
	 */
	placement?: 'above' | 'below' | 'beside';
	/** The widest a line of text may be. */
	maxWidth?: number;
	fontSize?: number;
}

const PAD = 8;
/** Between the mark and its tooltip. */
const GAP = 6;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A tooltip box for a mark at (`x`, `y`, `width`, `height`): its heading (bold) and paragraphs,
 * each wrapped to at most `maxWidth` and 6 lines, placed by `placement` and kept inside `bounds`.
 */
export function tooltipBox(
	heading: string,
	paragraphs: readonly string[],
	mark: { x: number; y: number; width: number; height: number },
	bounds: { width: number; height: number },
	{ placement = 'above', maxWidth = 300, fontSize = 13 }: TooltipOptions = {}
): TooltipBox {
	const lineHeight = Math.round(fontSize * 1.3);
	const inner = Math.min(maxWidth, bounds.width - 2 * PAD - 4);
	const blocks = [
		{ text: heading, strong: true },
		...paragraphs.filter((p) => p.trim()).map((text) => ({ text, strong: false }))
	];
	const texts: { key: string; text: string; dy: number; strong: boolean }[] = [];
	let dy = PAD + fontSize;
	let widest = 0;
	blocks.forEach((block, b) => {
		for (const text of wrapText(block.text, inner, fontSize, 6, block.strong)) {
			texts.push({ key: `${b}-${texts.length}`, text, dy, strong: block.strong });
			widest = Math.max(widest, textWidth(text, fontSize, block.strong));
			dy += lineHeight;
		}
		dy += 4;
	});
	const width = Math.min(inner, Math.ceil(widest)) + 2 * PAD;
	// The last baseline, then room for descenders.
	const height = dy - lineHeight - 4 + PAD + 4;

	let x: number;
	let y: number;
	if (placement === 'beside') {
		const right = mark.x + mark.width + GAP;
		x = right + width <= bounds.width ? right : Math.max(0, mark.x - GAP - width);
		y = Math.min(Math.max(0, mark.y + mark.height / 2 - height / 2), bounds.height - height);
	} else {
		const centre = mark.x + mark.width / 2;
		x = Math.max(2, Math.min(bounds.width - width - 2, centre - width / 2));
		const above = mark.y - height - GAP;
		const below = mark.y + mark.height + GAP;
		y =
			placement === 'above'
				? above >= 0
					? above
					: below
				: below + height <= bounds.height
					? below
					: above;
	}
	return {
		x: round(x),
		y: round(y),
		width,
		height,
		fontSize,
		lines: texts.map((t) => ({
			key: t.key,
			text: t.text,
			x: round(x + PAD),
			y: round(y + t.dy),
			strong: t.strong
		}))
	};
}
