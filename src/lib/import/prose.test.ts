import { describe, expect, it } from 'vitest';
import { leadLabel, sectionName, sentences } from './prose';

describe('sentences', () => {
	it.each([
		['One sentence.', ['One sentence.']],
		[
			'Plans work. Ships it!  Asks why? "Quotes" count.',
			['Plans work.', 'Ships it!', 'Asks why?', '"Quotes" count.']
		],
		['Leads 3 teams. 2 of them remote.', ['Leads 3 teams.', '2 of them remote.']],
		// A lower-case start is no new sentence; a missing space neither.
		['You are a contributor! you grow fast.', ['You are a contributor! you grow fast.']],
		['Removes barriers.Creates strategies.', ['Removes barriers.Creates strategies.']],
		// A doubtful boundary keeps the paragraph whole rather than cut a sentence.
		['Owns tools, e.g. Terraform. Teaches them.', ['Owns tools, e.g. Terraform. Teaches them.']],
		['Works with the U.S. Army. Travels.', ['Works with the U.S. Army. Travels.']],
		['Works with U.S. teams. Travels.', ['Works with U.S. teams.', 'Travels.']],
		['Line one\nstill one. Two.', ['Line one still one.', 'Two.']],
		['', []]
	])('%j', (text, expected) => {
		expect(sentences(text)).toEqual(expected);
	});
});

describe('leadLabel', () => {
	it.each([
		['Impact: Delivers projects.', 'Impact'],
		['Scope:', 'Scope'],
		['Years of experience: 2+', 'Years of experience'],
		['Adopts: learns the tools', 'Adopts'],
		['Delivers projects.', undefined],
		['note: lower case', undefined],
		['At 10:30 every day', undefined],
		['A very long label that is really a sentence: no', undefined]
	])('%j → %j', (text, expected) => {
		expect(leadLabel(text)).toBe(expected);
	});
});

describe('sectionName', () => {
	it.each([
		['💬 Communication', 'Communication'],
		['Example behaviors:', 'Example behaviors'],
		['Typical Experience**', 'Typical Experience'],
		['Scope & Impact', 'Scope & Impact']
	])('%j → %j', (text, expected) => {
		expect(sectionName(text)).toBe(expected);
	});
});
