// Build time: the search documents and their Fuse index, serialised for /search-index.json.
import Fuse from 'fuse.js';
import type { Framework, Skill } from '../model/schema';
import { searchDocs } from './documents';
import { FUSE_OPTIONS } from './options';
import type { SearchDoc, SearchIndexData } from './types';

/** The docs' metadata and Fuse's index of their texts (as displayed: see SearchIndexData). */
export function indexDocs(docs: readonly SearchDoc[]): SearchIndexData {
	const index = Fuse.createIndex(FUSE_OPTIONS.keys, docs);
	return {
		// eslint-disable-next-line @typescript-eslint/no-unused-vars
		docs: docs.map(({ title, aliases, text, skills, ...meta }) => meta),
		index: index.toJSON()
	};
}

export function buildSearchIndex(
	frameworks: readonly Framework[],
	skills: readonly Skill[]
): SearchIndexData {
	return indexDocs(searchDocs(frameworks, skills));
}

/**
 * One index from two: `extra`'s docs after `base`'s (the browser adds the frameworks imported
 * there to the built-in index without indexing the built-in docs again).
 */
export function mergeIndexes(base: SearchIndexData, extra: SearchIndexData): SearchIndexData {
	const offset = base.docs.length;
	return {
		docs: [...base.docs, ...extra.docs],
		index: {
			keys: base.index.keys,
			records: [
				...base.index.records,
				...extra.index.records.map((r) => ({ ...r, i: r.i + offset }))
			]
		}
	};
}
