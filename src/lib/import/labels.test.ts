import { describe, expect, it } from 'vitest';
import {
	commonLevel,
	dimensionKind,
	isNotApplicable,
	parseLevelLabel,
	parseYears,
	slugify
} from './labels';

describe('parseLevelLabel', () => {
	it.each([
		['Level 1', { label: 'Level 1', number: 1 }],
		['Level 5  ', { label: 'Level 5', number: 5 }],
		['Level 4 (Mid)', { label: 'Level 4', title: 'Mid', number: 4 }],
		['P2 — Senior', { label: 'P2', title: 'Senior', number: 2 }],
		['L3', { label: 'L3', number: 3 }],
		['L3: Staff Engineer', { label: 'L3', title: 'Staff Engineer', number: 3 }],
		['IC4', { label: 'IC4', number: 4 }],
		['Junior', { label: 'Junior', number: null }],
		['Senior Data Engineer', { label: 'Senior Data Engineer', number: null }],
		['Mid-level', { label: 'Mid-level', number: null }],
		['DevOps Engineer - Level 4', { label: 'Level 4', number: 4, prefix: 'DevOps Engineer' }],
		[
			'Level — P7 — Staff / Distinguished Professional',
			{ label: 'P7', title: 'Staff / Distinguished Professional', number: 7, prefix: 'Level' }
		]
	])('reads %j as a level', (text, expected) => {
		expect(parseLevelLabel(text)).toEqual(expected);
	});

	it.each([
		'Installation',
		'Technical skills',
		'L1 cache tuning',
		'Leadership',
		'Senior stakeholders and how to manage them well',
		'Step 1: install',
		''
	])('does not read %j as a level', (text) => {
		expect(parseLevelLabel(text)).toBeNull();
	});
});

describe('commonLevel', () => {
	it.each([
		[{ label: 'Level 4', number: 4 }, 4],
		[{ label: 'P7', number: 7 }, 7],
		[{ label: 'Level 8', number: 8 }, null],
		[{ label: 'Junior', number: null }, null]
	])('places %j at %s, with a basis that asks for review', (level, expected) => {
		const common = commonLevel(level);
		expect(common.level).toBe(expected);
		expect(common.basis).toContain(`"${level.label}"`);
		expect(common.basis).toContain('needs review');
	});
});

describe('dimensionKind', () => {
	it.each([
		['Knowledge & Application', 'knowledge'],
		['Complexity & Problem Solving', 'complexity'],
		['Collaboration & Interaction', 'collaboration'],
		['Typical Degree & Years', 'experience'],
		['Ownership', 'ownership'],
		['Decision rights', 'decision-rights'],
		['Craft', null],
		['Communication', null]
	])('%s → %s', (name, kind) => {
		expect(dimensionKind(name)).toBe(kind);
	});
});

describe('parseYears', () => {
	it.each([
		['0–1 years; new graduate or intern.', { min: 0, max: 1 }],
		['2+ years with BA, or MS/PhD with no experience.', { min: 2 }],
		['5+ years (BA), 3 years (MA), or PhD without experience.', { min: 5 }],
		['15–22 yrs', { min: 15, max: 22 }],
		['Across the whole company', undefined]
	])('%s', (text, years) => {
		expect(parseYears(text)).toEqual(years);
	});
});

describe('slugify and isNotApplicable', () => {
	it.each([
		['Level 1', 'level-1'],
		['Infrastructure & Platform Engineering', 'infrastructure-platform-engineering'],
		['Crème brûlée', 'creme-brulee'],
		['—', '']
	])('slugify(%j) = %j', (text, slug) => {
		expect(slugify(text)).toBe(slug);
	});

	it.each([
		['N/A', true],
		['n/a', true],
		['None', true],
		['Not applicable', true],
		['Navigates ambiguity', false]
	])('isNotApplicable(%j) = %s', (text, expected) => {
		expect(isNotApplicable(text)).toBe(expected);
	});
});
