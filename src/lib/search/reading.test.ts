import { describe, expect, it } from 'vitest';
import { atLevels, describeReading, readingText } from './reading';
import type { QueryReading } from './types';

describe('describeReading', () => {
	it.each([
		[
			'terraform P4',
			{ as: 'level', said: ['P4'], levels: [4, 4], words: 'terraform' },
			'Understood: terraform · at P4.',
			{ label: 'Search the words “terraform P4” instead', literal: true }
		],
		[
			'Terraform level 4',
			{ as: 'level', said: ['level 4'], levels: [4, 4], words: 'Terraform' },
			'Understood: Terraform · at P4 (“level 4” is P4 on the common scale).',
			{ label: 'Search the words “Terraform level 4” instead', literal: true }
		],
		[
			// A word naming a range says so.
			'mentoring  senior',
			{ as: 'level', said: ['senior'], levels: [4, 5], words: 'mentoring' },
			'Understood: mentoring · at P4–P5 (“senior” spans P4–P5 on the common scale).',
			{ label: 'Search the words “mentoring senior” instead', literal: true }
		],
		[
			'senior',
			{ as: 'level', said: ['senior'], levels: [4, 5], words: '' },
			'Understood: Everything at P4–P5 (“senior” spans P4–P5 on the common scale).',
			{ label: 'Search the words “senior” instead', literal: true }
		],
		[
			'p4-p5 architecture',
			{ as: 'level', said: ['p4-p5'], levels: [4, 5], words: 'architecture' },
			'Understood: architecture · at P4–P5.',
			{ label: 'Search the words “p4-p5 architecture” instead', literal: true }
		],
		[
			'senior level 5',
			{ as: 'level', said: ['senior', 'level 5'], levels: [5, 5], words: '' },
			'Understood: Everything at P5 (“senior” and “level 5” together name P5 on the common scale).',
			{ label: 'Search the words “senior level 5” instead', literal: true }
		],
		[
			'Senior Platform Engineer',
			{
				as: 'name',
				said: ['Senior'],
				levels: [4, 5],
				words: 'Platform Engineer',
				name: 'Senior Platform Engineer'
			},
			'Understood: “Senior” read as part of the name “Senior Platform Engineer”.',
			{
				label: 'Search “Platform Engineer” at P4–P5 instead',
				literal: false,
				query: 'Platform Engineer P4–P5'
			}
		],
		[
			'p7 staff',
			{
				as: 'name',
				said: ['p7', 'staff'],
				levels: [7, 7],
				words: '',
				name: 'P7 (Staff / Distinguished Professional)'
			},
			'Understood: “p7” and “staff” read as part of the name “P7 (Staff / Distinguished Professional)”.',
			{ label: 'Show everything at P7 instead', literal: false, query: 'P7' }
		],
		[
			'junior staff',
			{ as: 'clash', said: ['junior', 'staff'], levels: null, words: '' },
			'Understood: “junior” and “staff” name levels that do not overlap: every word searched as text.',
			null
		],
		[
			'terraform P4',
			{ as: 'literal', said: ['P4'], levels: [4, 4], words: 'terraform' },
			'Understood: Every word searched as text, “P4” included.',
			{ label: 'Read “P4” as P4', literal: false }
		]
	] as [string, QueryReading, string, unknown][])('%j', (query, reading, text, action) => {
		const view = describeReading(reading, query);
		expect(readingText(view)).toBe(text);
		expect(view.action).toEqual(action);
	});
});

describe('atLevels', () => {
	it.each([
		['platform', [4, 5], 'platform P4–P5'],
		['', [7, 7], 'P7']
	] as [string, [number, number], string][])('%j at %j → %j', (words, levels, query) => {
		expect(atLevels(words, levels)).toBe(query);
	});
});
