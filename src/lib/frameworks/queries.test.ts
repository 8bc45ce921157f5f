import { describe, expect, it } from 'vitest';
import type { Framework, Statement, Step } from '../model/schema';
import {
	commonRange,
	evidenceHref,
	firstDocumentedStep,
	formatRange,
	groupStatements,
	neighbours,
	noteView,
	notesFor,
	splitLead,
	trackForStep
} from './queries';

const step = (id: string, level: number | null): Step => ({
	id,
	label: id.toUpperCase(),
	dimensions: [],
	common: { level, basis: 'test', evidence: [] }
});

const statement = (id: string, section?: string, perspective?: string): Statement => ({
	id,
	track: 't',
	step: 's',
	text: id,
	skills: [],
	...(section === undefined ? {} : { section }),
	...(perspective === undefined ? {} : { perspective })
});

describe('commonRange / formatRange', () => {
	it.each([
		[[step('a', 1), step('b', 7)], 'P1–P7'],
		[[step('a', 4)], 'P4'],
		[[step('a', 4), step('b', 4), step('c', 4)], 'P4'],
		[[step('a', null), step('b', 5), step('c', 3)], 'P3–P5'],
		[[step('a', null)], 'not on the common scale'],
		[[], 'not on the common scale']
	])('%#: %j → %s', (steps, expected) => {
		expect(formatRange(commonRange(steps))).toBe(expected);
	});
});

describe('groupStatements', () => {
	it('keeps source order and starts a group when section or perspective changes', () => {
		const groups = groupStatements([
			statement('a', 'Impact', 'Individual'),
			statement('b', 'Impact', 'Individual'),
			statement('c', 'Examples', 'Individual'),
			statement('d', 'Impact', 'Business Impact'),
			statement('e')
		]);
		expect(groups.map((g) => [g.perspective, g.section, g.statements.map((s) => s.id)])).toEqual([
			['Individual', 'Impact', ['a', 'b']],
			['Individual', 'Examples', ['c']],
			['Business Impact', 'Impact', ['d']],
			[undefined, undefined, ['e']]
		]);
	});

	it('returns no group for no statements', () => {
		expect(groupStatements([])).toEqual([]);
	});
});

const fw = {
	steps: [step('l1', 1), step('l2', 2), step('l3', 3)],
	notes: [
		{ id: 'n-step', text: 'x', statements: [], steps: ['l2'], tracks: [] },
		{ id: 'n-track', text: 'x', statements: [], steps: [], tracks: ['t'] },
		{ id: 'n-statement', text: 'x', statements: ['s9'], steps: [], tracks: [] },
		{ id: 'n-other', text: 'x', statements: [], steps: ['l3'], tracks: ['u'] }
	]
} as unknown as Framework;

describe('neighbours', () => {
	it.each([
		['l1', undefined, 'l2'],
		['l2', 'l1', 'l3'],
		['l3', 'l2', undefined],
		['missing', undefined, undefined]
	])('%s has previous %s and next %s', (id, previous, next) => {
		const n = neighbours(fw, id);
		expect(n.previous?.id).toBe(previous);
		expect(n.next?.id).toBe(next);
	});
});

describe('notesFor', () => {
	it.each([
		[{ track: 't', step: 'l2' }, ['n-step', 'n-track']],
		[{ track: 't', step: 'l1', statements: ['s9'] }, ['n-track', 'n-statement']],
		[{ track: 'u', step: 'l1' }, []],
		[{ track: 'u', step: 'l3' }, ['n-other']],
		// A note about track u at l3 is not about track t at l3.
		[{ track: 't', step: 'l3' }, ['n-track']],
		// A note about step l2 of any track.
		[{ track: 'u', step: 'l2' }, ['n-step']],
		// A note naming only statements does not spread to other cells.
		[{ track: 'u', step: 'l1', statements: ['s1'] }, []]
	])('%j → %j', (where, ids) => {
		expect(notesFor(fw, where).map((n) => n.id)).toEqual(ids);
	});
});

describe('links', () => {
	const ladder = {
		id: 'fw',
		steps: [
			{ ...step('l1', 1), dimensions: [{ id: 'l1-scope', kind: 'scope', label: 'S', text: 'x' }] },
			step('l2', 2)
		],
		tracks: [
			{
				id: 'em',
				name: 'EM',
				family: 'management',
				steps: [
					{ step: 'l1', status: 'not-documented' },
					{ step: 'l2', status: 'not-documented' }
				]
			},
			{
				id: 'ic',
				name: 'IC',
				family: 'individual-contributor',
				steps: [
					{ step: 'l1', status: 'not-applicable' },
					{ step: 'l2', status: 'defined' }
				]
			}
		],
		statements: [{ ...statement('s1'), track: 'ic', step: 'l2' }],
		notes: [{ id: 'n', text: 'x', statements: ['s1'], steps: ['l2'], tracks: ['ic'] }]
	} as unknown as Framework;

	it('opens a step at the first track that documents it, else the first track', () => {
		expect(trackForStep(ladder, 'l2').id).toBe('ic');
		expect(trackForStep(ladder, 'l1').id).toBe('em');
	});

	it('finds a track’s first documented step', () => {
		expect(firstDocumentedStep(ladder.tracks[1]!)).toBe('l2');
		expect(firstDocumentedStep(ladder.tracks[0]!)).toBeUndefined();
	});

	it.each([
		['s1', '/frameworks/fw/ic/l2#s1'],
		['l1-scope', '/frameworks/fw/em/l1#l1-scope'],
		['gone', '/frameworks/fw']
	])('links evidence %s to %s', (id, href) => {
		expect(evidenceHref(ladder, id)).toBe(href);
	});

	it('describes a note in words with links to its statements', () => {
		expect(noteView(ladder, ladder.notes[0]!)).toEqual({
			id: 'n',
			text: 'x',
			about: ['L2', 'IC'],
			statements: [{ id: 's1', href: '/frameworks/fw/ic/l2#s1', text: 's1' }]
		});
	});
});

describe('splitLead', () => {
	it.each([
		['One sentence.', 'One sentence.', ''],
		['First. Second one.', 'First.', 'Second one.'],
		['A quote follows. "Quoted" then.', 'A quote follows.', '"Quoted" then.'],
		['Kept verbatim: "a.b". (Sic.) Done.', 'Kept verbatim: "a.b".', '(Sic.) Done.'],
		[
			'Calls for more (e.g. "Exceptional") here. Next.',
			'Calls for more (e.g. "Exceptional") here.',
			'Next.'
		],
		[
			'P1..P7 in order (p1-1 … p7-5). This mapping.',
			'P1..P7 in order (p1-1 … p7-5).',
			'This mapping.'
		],
		['No full stop at the end', 'No full stop at the end', ''],
		['One. Two.', 'One.', 'Two.'],
		['Only one sentence.', 'Only one sentence.', ''],
		['Calls (e.g. "Exceptional") kept. Next one.', 'Calls (e.g. "Exceptional") kept.', 'Next one.'],
		['Says "so". Then more.', 'Says "so".', 'Then more.'],
		['Levels 1.5 and 2. “Quoted” next.', 'Levels 1.5 and 2.', '“Quoted” next.']
	])('%j → %j + %j', (text, lead, rest) => {
		expect(splitLead(text)).toEqual({ lead, rest });
	});
});
