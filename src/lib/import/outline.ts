// The heading tree of a document: each heading owns the blocks up to the next heading of the same
// or a higher rank. Structure recognition compares sibling headings in this tree.
import type { Block } from './markdown';

export type Heading = Extract<Block, { kind: 'heading' }>;

export interface Region {
	/** Undefined for the document itself. */
	heading?: Heading;
	/** Index of the heading in the blocks (-1 for the document). */
	index: number;
	/** Index after the region's last block. */
	end: number;
	/** 0 for the document. */
	depth: number;
	parent?: Region;
	children: Region[];
}

export function outline(blocks: readonly Block[]): Region {
	const root: Region = { index: -1, end: blocks.length, depth: 0, children: [] };
	const stack: Region[] = [root];
	blocks.forEach((block, index) => {
		if (block.kind !== 'heading') return;
		while ((stack[stack.length - 1]?.depth ?? 0) >= block.depth) {
			const done = stack.pop();
			if (done) done.end = index;
		}
		const parent = stack[stack.length - 1] ?? root;
		const region: Region = {
			heading: block,
			index,
			end: blocks.length,
			depth: block.depth,
			parent,
			children: []
		};
		parent.children.push(region);
		stack.push(region);
	});
	return root;
}

/** Every region below this one, in document order. */
export function descendants(region: Region): Region[] {
	const out: Region[] = [];
	const stack = [...region.children].reverse();
	for (let r = stack.pop(); r; r = stack.pop()) {
		out.push(r);
		for (let i = r.children.length - 1; i >= 0; i--) {
			const child = r.children[i];
			if (child) stack.push(child);
		}
	}
	return out;
}

/** Whether the region holds anything besides headings. */
export function hasContent(blocks: readonly Block[], region: Region): boolean {
	for (let i = region.index + 1; i < region.end; i++) {
		if (blocks[i]?.kind !== 'heading') return true;
	}
	return false;
}

/** The heading texts directly below a region (its competency sub-headings, for instance). */
export function childNames(region: Region): string[] {
	return region.children.map((c) => (c.heading?.text ?? '').toLowerCase());
}
