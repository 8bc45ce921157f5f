// Text in SVG does not wrap, and charts are laid out before any DOM exists (prerendered), so
// widths are estimated from character classes of a system sans-serif, measured on DejaVu Sans
// (the widest common one) and rounded up, so that a label which "fits" really fits.

const NARROW = new Set("iIjl.,:;'|!()[]ft ");
const WIDE = new Set('mwMW@%');

/** A character's width in ems. */
function em(ch: string): number {
	if (ch === ' ') return 0.32;
	if (NARROW.has(ch)) return 0.37;
	if (WIDE.has(ch)) return 0.94;
	if (ch >= 'A' && ch <= 'Z') return 0.7;
	if (ch >= '0' && ch <= '9') return 0.64;
	return 0.58;
}

/** Ems summed character by character onto `start`, in reading order. */
function addEms(start: number, text: string): number {
	let sum = start;
	for (const ch of text) sum += em(ch);
	return sum;
}

const ELLIPSIS = em('…');
/** Ems as user units at `fontSize`; bold text is wider. */
const units = (ems: number, fontSize: number, bold: boolean) => ems * fontSize * (bold ? 1.15 : 1);

/** Estimated rendered width of `text` at `fontSize` (user units); bold text is wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	return units(addEms(0, text), fontSize, bold);
}

/** `text` cut to fit `maxWidth`, ending in "…" when cut. */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
	// ems[i]: the width of the first i code units (half a surrogate pair counts as a character).
	const ems = new Float64Array(text.length + 1);
	let i = 0;
	for (const ch of text) {
		const sum = ems[i]! + em(ch);
		for (let unit = 1; unit <= ch.length; unit += 1) ems[i + unit] = sum;
		i += ch.length;
	}
	if (units(ems[text.length]!, fontSize, bold) <= maxWidth) return text;
	let length = text.length;
	while (length > 0 && units(ems[length]! + ELLIPSIS, fontSize, bold) > maxWidth) length -= 1;
	const out = text.slice(0, length).trimEnd();
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
	let lineEms = 0;
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!;
		// The candidate line's width, measured as its whole text would be: from its start.
		const candidateEms = line ? addEms(addEms(lineEms, ' '), word) : addEms(0, word);
		if (units(candidateEms, fontSize, bold) <= maxWidth || !line) {
			line = line ? `${line} ${word}` : word;
			lineEms = candidateEms;
			continue;
		}
		lines.push(line);
		line = word;
		lineEms = addEms(0, word);
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
