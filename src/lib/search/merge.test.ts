import { describe, expect, it } from 'vitest';
import { loadBundled } from '../../../scripts/bundled';
import { indexDocs, mergeIndexes } from './build';
import { frameworkDocs, searchDocs } from './documents';
import { Searcher } from './searcher';

const { frameworks, skills } = loadBundled();
const [first, ...rest] = frameworks;

describe('adding frameworks to a built index', () => {
	it('finds the same docs, typos forgiven, as one index built over all of them', () => {
		const base = indexDocs(searchDocs(rest, skills));
		const added = indexDocs(frameworkDocs(first!));
		const merged = new Searcher(mergeIndexes(base, added));
		const whole = new Searcher(indexDocs(searchDocs(rest, skills).concat(frameworkDocs(first!))));
		// A sentence only the added framework holds, with a typo.
		const sentence = first!.statements[3]!.text;
		const words = sentence.split(/\s+/).slice(0, 4);
		words[1] = words[1]!.length > 4 ? words[1]!.slice(0, -2) + words[1]!.slice(-1) : words[1]!;
		const query = words.join(' ');
		const keys = (s: Searcher) => s.search(query).hits.map((h) => h.doc.key);
		expect(keys(merged)).toEqual(keys(whole));
		expect(keys(merged)).toContain(`statement:${first!.id}:${first!.statements[3]!.id}`);
	});
});
