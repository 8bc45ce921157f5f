import { describe, expect, it } from 'vitest';
import type { FrameworkInput } from '../model/schema';
import {
	applyCuration,
	curationOf,
	placementProblem,
	previewTable,
	suggestFromName
} from './draft';

const fw: FrameworkInput = {
	id: 'acme',
	name: 'Acme',
	organisation: 'Acme Ltd',
	kind: 'ladder',
	source: { file: 'acme.md', title: 'Acme' },
	steps: [
		{ id: 'l1', label: 'L1', common: { level: 1, basis: 'guessed', evidence: ['a1'] } },
		{ id: 'l2', label: 'L2', title: 'Mid', common: { level: 2, basis: 'guessed', evidence: [] } }
	],
	tracks: [
		{
			id: 'eng',
			name: 'Engineer',
			family: 'individual-contributor',
			steps: [{ step: 'l1' }, { step: 'l2' }]
		},
		{ id: 'mgr', name: 'Manager', family: 'management', steps: [{ step: 'l2' }] }
	],
	statements: [
		{ id: 'a1', track: 'eng', step: 'l1', text: 'Writes code.' },
		{ id: 'a2', track: 'eng', step: 'l1', text: 'Tests it.' },
		{ id: 'b1', track: 'mgr', step: 'l2', text: 'Hires.' }
	]
} as FrameworkInput;

describe('preview table', () => {
	it('counts statements per step and track, and marks steps a track does not have', () => {
		const t = previewTable(fw);
		expect(t.steps.map((s) => s.label)).toEqual(['L1', 'L2 · Mid']);
		expect(t.counts).toEqual([
			[2, null],
			[0, 1]
		]);
		expect(t.total).toBe(3);
	});
});

describe('placement choices', () => {
	it('requires a reason and a sensible range', () => {
		expect(placementProblem({ level: '2', to: '', basis: '  ' })).toMatch(/why/);
		expect(placementProblem({ level: '', to: '3', basis: 'x' })).toMatch(/lowest/);
		expect(placementProblem({ level: '3', to: '3', basis: 'x' })).toMatch(/above/);
		expect(placementProblem({ level: '2', to: '3', basis: 'scope of a team' })).toBeNull();
		expect(placementProblem({ level: '', to: '', basis: 'no content' })).toBeNull();
	});
});

describe('curation', () => {
	it('starts from what the file says', () => {
		const c = curationOf(fw);
		expect(c.placements.l1).toEqual({ level: '1', to: '', basis: 'guessed' });
		expect(c.families.mgr).toBe('management');
	});

	it('applies name, placements (a range), reasons and families; drops evidence of a moved step', () => {
		const c = curationOf(fw);
		c.name = '  Acme ladder ';
		c.placements.l1 = { level: '2', to: '3', basis: 'Owns features alone.' };
		c.families.eng = 'lead';
		const out = applyCuration(fw, c);
		expect(out.name).toBe('Acme ladder');
		expect(out.steps[0]!.common).toEqual({
			level: 2,
			to: 3,
			basis: 'Owns features alone.',
			evidence: []
		});
		// Unchanged placement keeps its evidence; a new reason is kept.
		expect(out.steps[1]!.common.level).toBe(2);
		expect(out.tracks[0]!.family).toBe('lead');
		expect(fw.steps[0]!.common.level).toBe(1);
	});

	it('can take a step off the scale', () => {
		const c = curationOf(fw);
		c.placements.l2 = { level: '', to: '', basis: 'The source says nothing here.' };
		expect(applyCuration(fw, c).steps[1]!.common).toMatchObject({
			level: null,
			basis: 'The source says nothing here.'
		});
	});
});

describe('suggestions from a level’s name', () => {
	it('reads a seniority word as the reference framework places it, and says to check it', () => {
		const senior = suggestFromName({ label: 'Senior Engineer' });
		expect(senior).toMatchObject({ level: '4', to: '5' });
		expect(senior!.basis).toMatch(/“Senior”.*P4–P5.*Check it/);
		expect(suggestFromName({ label: 'L3', title: 'Principal' })).toMatchObject({
			level: '6',
			to: ''
		});
	});

	it('suggests nothing for a name without one, or with words that disagree', () => {
		expect(suggestFromName({ label: 'Engineer' })).toBeNull();
		expect(suggestFromName({ label: 'Senior Staff Engineer' })).toBeNull();
		// "Mid-sized" is not "mid".
		expect(suggestFromName({ label: 'Mid-sized team lead' })).toBeNull();
	});

	it('fills only steps the file left unplaced', () => {
		const unplaced = {
			...fw,
			steps: [
				fw.steps[0]!,
				{ id: 'l2', label: 'Senior', common: { level: null, basis: 'no number', evidence: [] } }
			]
		} as FrameworkInput;
		const c = curationOf(unplaced);
		expect(c.placements.l1!.level).toBe('1');
		expect(c.placements.l2).toMatchObject({ level: '4', to: '5' });
	});
});
