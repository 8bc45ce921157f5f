import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { maxErrors, narrows, pieces, queryTerms, Vocabulary } from './prefilter';

describe('maxErrors', () => {
	it.each([
		[1, 0],
		[3, 0],
		[4, 1],
		[7, 1],
		[8, 2],
		[9, 2],
		[12, 3]
	])('a %i-letter word allows %i edits at threshold 0.25', (length, errors) => {
		expect(maxErrors(length, 0.25)).toBe(errors);
	});

	it('agrees with Fuse on where a match stops being one', () => {
		const options = { isCaseSensitive: true, ignoreLocation: true, threshold: 0.25 };
		// "kubernetes" with e letters changed: a match while e ≤ maxErrors(10).
		const word = 'kubernetes';
		for (let e = 0; e <= 4; e += 1) {
			const typo = 'xxxx'.slice(0, e) + word.slice(e);
			expect(Fuse.match(typo, word, options).isMatch, typo).toBe(e <= maxErrors(10, 0.25));
		}
	});
});

describe('pieces', () => {
	it.each([
		['eror', ['er', 'or']],
		['kubernets', ['kub', 'ern', 'ets']],
		['k8s', ['k8s']]
	])('%s → %j', (term, expected) => {
		expect(pieces(term, 0.25)).toEqual(expected);
		expect(pieces(term, 0.25).join('')).toBe(term);
	});
});

describe('queryTerms', () => {
	it('splits on anything but letters and digits, as Fuse does', () => {
		expect(queryTerms('ci/cd on-call p4')).toEqual(['ci', 'cd', 'on', 'call', 'p4']);
		expect(queryTerms('<script>')).toEqual(['script']);
		expect(queryTerms('!!!')).toEqual([]);
	});
});

describe('narrows', () => {
	it.each([
		[['kube'], ['kuber'], true],
		[['golden'], ['golden', 'p'], true],
		[['k'], ['ku'], true],
		[['ku'], ['kub'], false], // "kub" may match inside a word, "ku" only at a word start
		[['kubernet'], ['kuberneti'], true],
		[['kuberne'], ['kubernet'], false], // 8 letters allow 2 edits, 7 only 1
		[['golden', 'path'], ['golden'], false], // a word removed
		[['path'], ['bath'], false],
		[[], ['a'], false]
	])('%j → %j: %s', (previous, next, expected) => {
		expect(narrows(previous, next, 0.25)).toBe(expected);
	});
});

describe('Vocabulary', () => {
	const texts = [
		['Kubernetes upgrade', 'cluster'],
		['error budget review'],
		['decision log', 'CI/CD pipelines'],
		['the organization']
	].map((fields) => fields.map((t) => t.toLowerCase()));
	const vocabulary = new Vocabulary(texts.length, (doc) =>
		texts[doc]!.map((text, i) => ({ text, weight: i === 0 ? 1 : 0.5 }))
	);
	const all = [0, 1, 2, 3];
	const docs = (...terms: string[]) => vocabulary.candidates(terms, all).docs;

	it('finds a word with a typo inside one word', () => {
		expect(docs('kubernets')).toEqual([0]);
		expect(docs('eror')).toEqual([1]);
	});

	it('does not match across two words', () => {
		// Fuse alone finds "eror" in "th[e or]ganization".
		expect(docs('eror')).not.toContain(3);
	});

	it('matches short words at word starts only', () => {
		expect(docs('ci')).toEqual([2]);
		expect(docs('de')).toEqual([2]);
		expect(docs('is')).toEqual([]); // inside "decision" only
	});

	it('requires every word', () => {
		expect(docs('error', 'review')).toEqual([1]);
		expect(docs('error', 'cluster')).toEqual([]);
	});

	it('searches only the docs it is given', () => {
		expect(vocabulary.candidates(['kubernetes'], [1, 2, 3]).docs).toEqual([]);
	});

	it('scores a word in a heavier field higher, and says when every word starts a word', () => {
		const found = vocabulary.candidates(['cluster'], all);
		const first = vocabulary.candidates(['kubernetes'], all);
		expect(first.relevance[0]).toBeGreaterThan(found.relevance[0]!);
		expect(vocabulary.candidates(['bud'], all).startsWords[1]).toBe(1);
		expect(vocabulary.candidates(['udget'], all).startsWords[1]).toBe(0);
	});
});
