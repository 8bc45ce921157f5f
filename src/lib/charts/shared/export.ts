// Export a chart as a file that stands alone: SVG with its colours and fonts written in (CSS
// variables resolved, so it renders without the site's stylesheet), a title on top and the link
// that reopens the same view as visible text at the bottom; PNG drawn from that SVG at 2×.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties that the site sets through CSS and a standalone file needs inline. */
const INLINED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'paint-order'
] as const;

/** Values that are the SVG defaults anyway: leaving them out keeps the file small. */
const DEFAULTS: Record<string, string> = {
	'fill-opacity': '1',
	'stroke-opacity': '1',
	opacity: '1',
	stroke: 'none',
	'stroke-dasharray': 'none',
	'stroke-linecap': 'butt',
	'stroke-linejoin': 'miter',
	'font-weight': '400',
	'text-anchor': 'start',
	'dominant-baseline': 'auto',
	'paint-order': 'normal'
};

/** `var(--name, fallback)` → the variable's value, recursively; unknown variables use the fallback. */
export function resolveCssVars(value: string, lookup: (name: string) => string): string {
	let result = value;
	for (let depth = 0; depth < 10 && result.includes('var('); depth++) {
		result = result.replace(
			/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g,
			(_, name: string, fallback?: string) => lookup(name).trim() || (fallback ?? '').trim()
		);
	}
	return result;
}

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/**
 * Split a long line (a URL) into lines of at most `maxChars`, breaking after `?`, `&`, `,` or `/`
 * where it can, and anywhere when a run has no such character.
 */
export function breakLongLine(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let rest = text;
	while (rest.length > maxChars) {
		const head = rest.slice(0, maxChars);
		const cut = Math.max(...['?', '&', ',', '/'].map((c) => head.lastIndexOf(c)));
		const at = cut > maxChars / 3 ? cut + 1 : maxChars;
		lines.push(rest.slice(0, at));
		rest = rest.slice(at);
	}
	if (rest) lines.push(rest);
	return lines;
}

export interface ExportFrame {
	/** The chart's size in user units. */
	width: number;
	height: number;
	/** The chart's markup, styles already inline. */
	inner: string;
	title: string;
	/** Visible lines at the bottom, e.g. the deep link. */
	footer: string;
	colors: { background: string; text: string; muted: string };
	font: string;
}

/** The standalone SVG document: background, title, the chart, and the footer text. */
export function frameSvg(frame: ExportFrame): { text: string; width: number; height: number } {
	const pad = 16;
	const titleSize = 16;
	const footerSize = 12;
	const top = pad + titleSize + 10;
	const maxChars = Math.floor((frame.width - 2 * pad) / (footerSize * 0.6));
	const footer = breakLongLine(frame.footer, maxChars);
	const lineHeight = footerSize * 1.35;
	const height = Math.ceil(top + frame.height + 8 + footer.length * lineHeight + pad);
	const width = Math.ceil(frame.width);
	const footerY = top + frame.height + 8 + footerSize;
	const text = [
		`<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(frame.font)}">`,
		`<rect width="${width}" height="${height}" fill="${escapeXml(frame.colors.background)}"/>`,
		`<text x="${pad}" y="${pad + titleSize}" font-size="${titleSize}" font-weight="700" fill="${escapeXml(frame.colors.text)}">${escapeXml(frame.title)}</text>`,
		`<g transform="translate(0 ${top})">${frame.inner}</g>`,
		`<text data-deep-link="" x="${pad}" y="${footerY}" font-size="${footerSize}" fill="${escapeXml(frame.colors.muted)}">`,
		...footer.map(
			(line, i) => `<tspan x="${pad}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`
		),
		'</text>',
		'</svg>'
	].join('');
	return { text, width, height };
}

/** Safe file-name part: lowercase slug characters only. */
function slugPart(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** `skill-<id>[-<fw>…][-p2-p5].<ext>`: says which view the file shows. */
export function exportFileName(
	parts: readonly string[],
	range: { from: number; to: number } | null,
	extension: 'svg' | 'png'
): string {
	const name = [...parts, ...(range ? [`p${range.from}`, `p${range.to}`] : [])]
		.map(slugPart)
		.filter(Boolean)
		.join('-');
	return `${name || 'chart'}.${extension}`;
}

// Browser-only from here on.

/** Properties an SVG element inherits from its parent: written only where they change. */
const INHERITED = new Set<string>(INLINED.filter((p) => p !== 'opacity'));

/**
 * A copy of a rendered SVG's content with its computed presentation inlined, as XML, without
 * elements marked `data-export="skip"` (tooltips, focus rings), comments and interaction
 * attributes.
 */
export function inlineSvgContent(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	const styles = new Map<Element, CSSStyleDeclaration>();
	const styleOf = (element: Element) => {
		let style = styles.get(element);
		if (!style) {
			style = getComputedStyle(element);
			styles.set(element, style);
		}
		return style;
	};
	const drop: Element[] = [];
	originals.forEach((original, i) => {
		const copy = copies[i]!;
		const style = styleOf(original);
		if (
			original.matches('[data-export="skip"], title, desc') ||
			(original !== svg && style.display === 'none')
		) {
			drop.push(copy);
			return;
		}
		const parent =
			original === svg ? null : original.parentElement && styleOf(original.parentElement);
		for (const property of INLINED) {
			const value = style.getPropertyValue(property);
			const unchanged =
				parent && INHERITED.has(property)
					? parent.getPropertyValue(property) === value
					: DEFAULTS[property] === value;
			if (value && !unchanged) copy.setAttribute(property, value);
		}
		for (const attribute of [
			'class',
			'style',
			'tabindex',
			'role',
			'aria-label',
			'aria-pressed',
			'aria-hidden',
			'data-key'
		]) {
			copy.removeAttribute(attribute);
		}
	});
	for (const element of drop) element.remove();
	// Svelte's hydration markers are comments: not part of the picture.
	const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
	const comments: Node[] = [];
	while (walker.nextNode()) comments.push(walker.currentNode);
	for (const comment of comments) comment.parentNode?.removeChild(comment);

	// XML, not HTML serialisation: entities such as &nbsp; are not XML.
	const serializer = new XMLSerializer();
	const group = document.createElementNS(SVG_NS, 'g');
	for (const attribute of INLINED) {
		const value = clone.getAttribute(attribute);
		if (value) group.setAttribute(attribute, value);
	}
	group.append(...clone.childNodes);
	return serializer.serializeToString(group);
}

/** The chart's SVG as a standalone file. */
export function exportSvg(
	svg: SVGSVGElement,
	options: { title: string; footer: string }
): { text: string; width: number; height: number } {
	const root = getComputedStyle(document.documentElement);
	const color = (name: string, fallback: string) =>
		resolveCssVars(`var(${name}, ${fallback})`, (n) => root.getPropertyValue(n));
	const box = svg.viewBox.baseVal;
	return frameSvg({
		width: box.width,
		height: box.height,
		inner: inlineSvgContent(svg),
		title: options.title,
		footer: options.footer,
		colors: {
			background: color('--surface', '#fff'),
			text: color('--text', '#000'),
			muted: color('--muted', '#555')
		},
		font: getComputedStyle(svg).fontFamily || 'sans-serif'
	});
}

/** A PNG of an SVG document, drawn at `scale` × its size. */
export async function svgToPng(
	svg: { text: string; width: number; height: number },
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = svg.width * scale;
		canvas.height = svg.height * scale;
		const context = canvas.getContext('2d');
		if (!context) throw new Error('This browser cannot draw a PNG.');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, svg.width, svg.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed.'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Save a blob under a file name through the browser's download. */
export function download(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser a moment to start the download before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
