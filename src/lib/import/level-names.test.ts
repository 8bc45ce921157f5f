import { describe, expect, it } from 'vitest';
import {
	couldBeLevel,
	draftNumbers,
	labelShape,
	sharedTemplate,
	stepLabel,
	trackQualifiers
} from './level-names';

describe('labelShape and couldBeLevel', () => {
	it.each([
		['IC2', { prefix: 'ic', number: 2 }],
		['E4', { prefix: 'e', number: 4 }],
		['SRE 1', { prefix: 'sre', number: 1 }],
		['S3', { prefix: 's', number: 3 }],
		['Milestone 3', { prefix: 'milestone', number: 3 }],
		['Stage 2', { prefix: 'stage', number: 2 }],
		['L1 IC - Software Engineer', { prefix: 'l', number: 1 }],
		['Engineer II', { prefix: 'engineer', number: 2 }],
		['OSPO Engineer IV (Staff)', { prefix: 'engineer', number: 4 }],
		['Junior Programmer (L1)', { prefix: 'l', number: 1 }]
	])('finds the level code in %j', (text, code) => {
		const shape = labelShape(text);
		expect(shape.code).toMatchObject(code);
		expect(couldBeLevel(shape)).toBe(true);
	});

	it.each(['Junior', 'Senior Engineer', 'Technology Director', 'Engineer', 'Staff', 'Tech Lead'])(
		'reads the role or rank in %j as a possible level',
		(text) => {
			expect(labelShape(text).code).toBeUndefined();
			expect(couldBeLevel(labelShape(text))).toBe(true);
		}
	);

	it.each([
		['What are the expectations of my role?', 'a question'],
		['All Levels', 'about every level'],
		['Management Levels', 'a plural'],
		['Software Engineers', 'a plural'],
		['IC1 - IC6 Framework', 'a range of levels'],
		['Introduction', 'an introduction'],
		['Other Pages', 'navigation'],
		['Communication', 'a competency'],
		['Things I wish I knew', 'an "I" that is no numeral'],
		['Released in 2023', 'a year']
	])('does not read %j as a level (%s)', (text) => {
		expect(couldBeLevel(labelShape(text))).toBe(false);
	});

	it('measures how many labels share one code template', () => {
		expect(sharedTemplate(['IC1', 'IC2', 'IC3', 'M3'].map(labelShape))).toBe(3);
		expect(sharedTemplate(['Junior', 'Senior'].map(labelShape))).toBe(0);
	});
});

describe('stepLabel', () => {
	it.each([
		['Level 4 (Mid)', { label: 'Level 4', title: 'Mid', number: 4 }],
		['P2 — Senior', { label: 'P2', title: 'Senior', number: 2 }],
		['D1 - Developer 1', { label: 'D1', title: 'Developer 1', number: 1 }],
		['Junior Programmer (L1)', { label: 'L1', title: 'Junior Programmer', number: 1 }],
		['L4 - Software Engineer', { label: 'L4', title: 'Software Engineer', number: 4 }],
		['DevOps Engineer - Level 4', { label: 'Level 4', number: 4, prefix: 'DevOps Engineer' }],
		['Senior Engineer 2', { label: 'Senior Engineer 2', number: 2 }],
		['Technology Director', { label: 'Technology Director', number: null }],
		['**IC3**:', { label: 'IC3', number: 3 }]
	])('keeps %j as written, code first', (text, expected) => {
		expect(stepLabel(text)).toEqual(expected);
	});
});

describe('trackQualifiers', () => {
	it('finds the word that tells two labels of one level apart', () => {
		expect(
			trackQualifiers([
				'L1 IC - Software Engineer',
				'L2 IC - Software Engineer',
				'L2 EM - Software Engineer'
			])
		).toEqual([
			{ base: 'L1 - Software Engineer', track: 'IC' },
			{ base: 'L2 - Software Engineer', track: 'IC' },
			{ base: 'L2 - Software Engineer', track: 'EM' }
		]);
	});

	it('finds tracks in brackets, and leaves labels without one on no track', () => {
		expect(
			trackQualifiers([
				'Engineer',
				'Senior Engineer (Individual Contributor)',
				'Senior Engineer (People Manager)'
			])
		).toEqual([
			{ base: 'Engineer' },
			{ base: 'Senior Engineer', track: 'Individual Contributor' },
			{ base: 'Senior Engineer', track: 'People Manager' }
		]);
	});

	it('does not take seniorities, codes or numerals for tracks', () => {
		const labels = [
			'OSPO Engineer I',
			'OSPO Engineer II',
			'Senior OSPO Engineer',
			'Staff OSPO Engineer',
			'L1 Engineer',
			'L2 Engineer'
		];
		expect(trackQualifiers(labels).every((q) => q.track === undefined)).toBe(true);
	});
});

describe('draftNumbers', () => {
	it('keeps every number when each level has a different one', () => {
		expect(draftNumbers([stepLabel('IC1'), stepLabel('IC2')])).toEqual([1, 2]);
	});
	it('keeps codes but not numbers after a role when some levels have none', () => {
		expect(draftNumbers(['P2', 'Staff', 'Senior Engineer 2'].map((t) => stepLabel(t)))).toEqual([
			2,
			null,
			null
		]);
	});
});
