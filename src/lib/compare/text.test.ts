import { describe, expect, it } from 'vitest';
import { likeness, wordDiff, words, type DiffPart } from './text';

/** A diff as one line, as the page marks it up. */
const show = (parts: DiffPart[]) =>
	parts
		.map((p) =>
			p.op === 'same'
				? p.text
				: p.op === 'removed'
					? `<del>${p.text}</del>`
					: `<ins>${p.text}</ins>`
		)
		.join('');

describe('words', () => {
	it.each([
		['Mentors junior engineers.', ['mentors', 'junior', 'engineers']],
		['The team’s  platform - high-level', ['the', 'team’s', 'platform', 'high', 'level']],
		['CI/CD (Jenkins)', ['ci', 'cd', 'jenkins']],
		['', []],
		['- ', []]
	])('%j → %j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});
});

describe('likeness', () => {
	it.each([
		// text a, text b, similarity, shared content words, places changed
		['a b c', 'a b c', 1, 2, 0],
		['mentor less senior engineers', 'mentor senior engineers', 6 / 7, 3, 1],
		['x y z', 'p q r', 0, 0, 1],
		['the cat sat', 'the dog sat', 2 / 3, 1, 1],
		['a b c d', 'b c d a', 0.75, 3, 2]
	])('%j ~ %j', (a, b, similarity, sharedContent, hunks) => {
		const l = likeness(words(a), words(b));
		expect(l.similarity).toBeCloseTo(similarity, 5);
		expect(l.sharedContent).toBe(sharedContent);
		expect(l.hunks).toBe(hunks);
	});
});

describe('wordDiff', () => {
	it.each([
		[
			'Can mentor and advise less senior engineers.',
			'Can mentor and advise senior engineers.',
			'Can mentor and advise<del> less</del> senior engineers.'
		],
		// The stray list marker that ends a Level 6 bullet of the Platform Engineer Track.
		[
			'Can advise on appropriate hosting providers when none of the already vetted options are appropriate.- ',
			'Can advise on appropriate hosting providers when none of the already vetted options are appropriate.',
			'Can advise on appropriate hosting providers when none of the already vetted options are appropriate.<del>-</del>'
		],
		[
			'Promotion to Platform Architect is clear and overdue.',
			'Promotion to Platform Architect should be imminent.',
			'Promotion to Platform Architect<del> is clear and overdue</del><ins> should be imminent</ins>.'
		],
		['Leads the team', 'leads the team', 'leads the team'],
		['', 'New sentence', '<ins>New sentence</ins>'],
		['Old sentence', '', '<del>Old sentence</del>']
	])('%j → %j', (before, after, expected) => {
		expect(show(wordDiff(before, after))).toBe(expected);
	});

	it('keeps every word of both sentences, in order', () => {
		const before = 'Mentors intermediate engineers but does not shape their trajectory.';
		const after = 'Mentors intermediate engineers effectively, shaping their trajectory.';
		const parts = wordDiff(before, after);
		const side = (op: DiffPart['op']) =>
			parts
				.filter((p) => p.op !== op)
				.map((p) => p.text)
				.join('');
		expect(side('added').replace(/\s+/g, ' ')).toBe(before);
		expect(side('removed').replace(/\s+/g, ' ')).toBe(after);
	});
});
