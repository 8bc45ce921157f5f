// Headings that are not written as Markdown headings, for a document whose headings name no levels.
import { couldBeLevel, labelShape, sharedTemplate } from './level-names';
import type { Block, Bullet } from './markdown';
import { leadLabel } from './prose';

const shortLine = (text: string, words: number) =>
	text.length <= 80 && text.split(' ').length <= words && !/[.!?,;]$/.test(text);

/**
 * Headings that are not written as Markdown headings, for a document whose headings name no
 * levels: on a page without headings, short lines that stand alone above content ("Junior
 * Engineer"); anywhere, a bold line ("**Senior**") or a short line ending in ":" above a list, and
 * a list whose items are short names with items nested under them ("- Junior" › "- Writes code").
 */
export function impliedHeadings(blocks: readonly Block[], page: boolean): Block[] {
	const deepest = blocks.reduce((d, b) => (b.kind === 'heading' ? Math.max(d, b.depth) : d), 0);
	const depth = deepest + 1;
	return blocks.flatMap((b, i): Block[] => {
		const next = blocks[i + 1];
		if (b.kind === 'list') {
			const top = b.bullets.filter((x) => x.depth === 0);
			const names = top.length > 1 && top.every((x) => x.children > 0 && shortLine(x.text, 8));
			// "- **L1 Junior**: works on tasks": a level per item, the whole item its statement.
			const labels = top.map((x) => leadLabel(x.text));
			const levels =
				top.length > 1 &&
				labels.every((l) => l && couldBeLevel(labelShape(l))) &&
				(sharedTemplate(labels.map((l) => labelShape(l ?? ''))) > 1 ||
					labels.every((l) => labelShape(l ?? '').rank));
			if (!levels && !names) return [b];
			// Each top item becomes a heading over its own list: its nested items (and, for a
			// "Label: text" item, the item itself).
			const out: Block[] = [];
			let items: Bullet[] = [];
			const moved = new Map<number, number>();
			let n = -1;
			b.bullets.forEach((x, index) => {
				if (x.depth === 0) {
					n++;
					const text = (levels ? labels[n] : undefined) ?? x.text.replace(/:$/, '');
					out.push({ kind: 'heading', line: x.line, depth, text, links: [] });
					items = levels ? [{ ...x }] : [];
					if (levels) moved.set(index, 0);
					out.push({ kind: 'list', line: x.line, bullets: items });
					return;
				}
				const bullet: Bullet = { ...x, depth: levels ? x.depth : x.depth - 1 };
				const parent = x.parent === undefined ? undefined : moved.get(x.parent);
				if (parent === undefined) delete bullet.parent;
				else bullet.parent = parent;
				moved.set(index, items.length);
				items.push(bullet);
			});
			return out.filter((o) => o.kind !== 'list' || o.bullets.length > 0);
		}
		if (b.kind !== 'paragraph' || b.navigation || !next || next.kind === 'heading') return [b];
		const text = b.text.replace(/:$/, '');
		const heading: Block = { kind: 'heading', line: b.line, depth, text, links: [] };
		if ((b.strong || /:$/.test(b.text)) && shortLine(text, 12) && next.kind !== 'paragraph') {
			return [heading];
		}
		if (!page || !shortLine(b.text, 8)) return [b];
		// The page's first line is its title; a later one heads what follows it.
		if (i === 0) return [{ ...heading, depth: 1 }];
		if (next.kind === 'paragraph' && next.text.length <= 60) return [b];
		return [{ ...heading, depth: 2 }];
	});
}
