import { describe, expect, it } from 'vitest';
import { loadBundled } from '../../../scripts/bundled';
import { indexDocs } from './build';
import { frameworkDocs, searchDocs } from './documents';
import { frameworkNames, onPage, openSearcher } from './open';

const { frameworks, skills } = loadBundled();
const [first, ...rest] = frameworks;
/** The built-in index as shipped: JSON, as the worker reads it. */
const shipped = () => JSON.parse(JSON.stringify(indexDocs(searchDocs(rest, skills))));

describe('opening search over the shipped index and the frameworks imported in this browser', () => {
	it('finds an imported framework’s sentences and names it, as well as the built-in ones', async () => {
		const sentence = first!.statements[5]!;
		const without = await openSearcher(shipped(), []);
		const withLocal = await openSearcher(shipped(), frameworkDocs(first!));
		const keys = (hits: { doc: { key: string } }[]) => hits.map((h) => h.doc.key);
		const key = `statement:${first!.id}:${sentence.id}`;
		expect(keys(without.search(sentence.text).hits)).not.toContain(key);
		expect(keys(withLocal.search(sentence.text).hits)).toContain(key);

		expect(frameworkNames(without)[first!.id]).toBeUndefined();
		expect(frameworkNames(withLocal)[first!.id]).toBe(first!.name);
		expect(frameworkNames(withLocal)[rest[0]!.id]).toBe(rest[0]!.name);
		expect(onPage(withLocal).frameworkName(first!.id)).toBe(first!.name);
	});
});
