import { describe, expect, it } from 'vitest';
import { catalog } from '../frameworks/catalog.server';
import { formatRange } from '../frameworks/queries';
import type { Framework } from '../model/schema';
import {
	MIN_STEPS,
	PLATFORM_FAMILY,
	allBanks,
	familyBank,
	levelNameText,
	levelNames,
	normaliseText,
	placeability,
	trackBank,
	trackOptions,
	withRange
} from './banks';

const fw = (id: string) => catalog.frameworks.find((f) => f.id === id)!;
const reference = trackBank(fw('infrastructure-platform-engineering'), 'infrastructure-platform')!;
const platformEngineer = trackBank(fw('platform-engineer'), 'platform-engineer')!;
const rubric = trackBank(fw('senior-platform-engineer-rubric'), 'senior-platform-engineer')!;
const family = familyBank(catalog.frameworks, PLATFORM_FAMILY);

const perStep = (bank: typeof reference) =>
	bank.steps.map((_, s) => bank.items.filter((i) => i.step === s).length);

describe('normaliseText', () => {
	it.each([
		['Can advise on hosting.', 'can advise on hosting'],
		['  Can   advise on\nhosting.- ', 'can advise on hosting'],
		['PaaS, CaaS; SaaS', 'paas caas saas'],
		['Level 7 — the same', 'level 7 the same']
	])('%j → %j', (text, expected) => {
		expect(normaliseText(text)).toBe(expected);
	});
});

describe('track banks', () => {
	it('002: 35 statements, 5 at each of P1–P7, each at its true step', () => {
		expect(reference.steps.map((s) => s.label)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
		expect(perStep(reference)).toEqual([5, 5, 5, 5, 5, 5, 5]);
		for (const item of reference.items) {
			expect(reference.steps[item.step]!.id).toBe(item.source.step);
		}
		expect(reference.model).toBe('cumulative');
		expect(reference.notes).toEqual([]);
	});

	it('000: Level 7 repeats Level 6, so its statements are asked once, at Level 6', () => {
		expect(platformEngineer.steps.map((s) => s.id)).toEqual([
			'level-4',
			'level-5',
			'level-6',
			'level-7'
		]);
		expect(perStep(platformEngineer)).toEqual([3, 6, 6, 0]);
		const level6 = platformEngineer.items.filter((i) => i.source.step === 'level-6');
		expect(level6.map((i) => i.repeats)).toEqual(
			[1, 2, 3, 4, 5, 6].map((n) => [`platform-engineer/level-7-${n}`])
		);
		expect(platformEngineer.notes).toHaveLength(1);
		expect(platformEngineer.notes[0]).toMatch(/Level 7 repeats Level 6/);
		// No two questions share a normalised text.
		const groups = platformEngineer.items.map((i) => i.group);
		expect(new Set(groups).size).toBe(groups.length);
	});

	it('the rating rubric asks its Individual · Impact statements, 3 per band, with an ideal-point model', () => {
		expect(rubric.model).toBe('ideal-point');
		expect(rubric.steps).toHaveLength(15);
		expect(perStep(rubric)).toEqual(new Array(15).fill(3));
		const source = fw('senior-platform-engineer-rubric').statements;
		for (const item of rubric.items) {
			const s = source.find((x) => x.id === item.source.statement)!;
			expect([s.perspective, s.section]).toEqual(['Individual', 'Impact']);
		}
	});

	it.each([
		[reference, ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']],
		[platformEngineer, ['P2–P3', 'P3–P4', 'P4–P5', 'P4–P5']]
	])('$id: each step carries its place on the common scale', (bank, places) => {
		expect(bank.steps.map((s) => formatRange(s.placement))).toEqual(places);
	});

	it('the rating rubric: no rating has a level, and a note says where the role sits', () => {
		expect(rubric.steps.every((s) => s.placement === null)).toBe(true);
		expect(rubric.notes).toEqual([
			'These are ratings of performance within the Senior Platform Engineer role, not levels: the role sits at P4–P5 on the common scale, whichever rating fits.'
		]);
	});

	it('no bank for a track that cannot place', () => {
		expect(trackBank(fw('vaarst-devops-engineer'), 'devops-engineer')).toBeNull();
		expect(trackBank(fw('speedoc-engineering'), 'platform')).toBeNull();
		expect(trackBank(fw('infrastructure-platform-engineering'), 'sre')).toBeNull();
		expect(trackBank(fw('infrastructure-platform-engineering'), 'no-such-track')).toBeNull();
	});
});

describe('placeability', () => {
	it.each([
		['infrastructure-platform-engineering', 'infrastructure-platform', true, null],
		['platform-engineer', 'platform-engineer', true, null],
		['senior-platform-engineer-rubric', 'senior-platform-engineer', true, null],
		['vaarst-devops-engineer', 'devops-engineer', false, /only Level 4 \(Mid\).*at least 3 steps/],
		['speedoc-engineering', 'platform', false, /no statements/],
		['senior-platform-engineer-rubric', 'platform-architect', false, /no statements/]
	])('%s/%s → %s', (fwId, trackId, canPlace, reason) => {
		const f = fw(fwId);
		const p = placeability(
			f,
			f.tracks.find((t) => t.id === trackId)!
		);
		expect(p.canPlace).toBe(canPlace);
		if (reason) expect(p.reason).toMatch(reason);
		else expect(p.reason).toBeUndefined();
	});

	it(`a hand-made ladder needs ${MIN_STEPS} documented steps`, () => {
		const make = (documented: number): Framework => ({
			id: 'x',
			name: 'X',
			organisation: 'X',
			kind: 'ladder',
			source: { file: 'x.txt', title: 'X' },
			notes: [],
			context: [],
			steps: [1, 2, 3].map((n) => ({
				id: `s${n}`,
				label: `S${n}`,
				dimensions: [],
				common: { level: n, basis: 'test', evidence: [] }
			})),
			tracks: [
				{
					id: 't',
					name: 'T',
					family: 'individual-contributor',
					steps: [1, 2, 3].map((n) => ({
						step: `s${n}`,
						status: n <= documented ? ('defined' as const) : ('not-documented' as const)
					}))
				}
			],
			statements: [1, 2, 3]
				.filter((n) => n <= documented)
				.map((n) => ({ id: `x${n}`, track: 't', step: `s${n}`, text: `Does ${n}.`, skills: [] })),
			skills: [],
			transitions: []
		});
		expect(placeability(make(2), make(2).tracks[0]!).canPlace).toBe(false);
		expect(placeability(make(3), make(3).tracks[0]!).canPlace).toBe(true);
		expect(trackBank(make(3), 't')!.items.map((i) => i.step)).toEqual([0, 1, 2]);
	});
});

describe('the platform family', () => {
	it('puts every member statement at its step’s own place on the common scale, a range included', () => {
		expect(family.steps.map((s) => s.label)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
		for (const item of family.items) {
			const common = fw(item.source.framework).steps.find((s) => s.id === item.source.step)!.common;
			expect([item.step + 1, item.to + 1]).toEqual([common.level, common.to ?? common.level]);
		}
	});

	it('counts: 35 (002) + 15 (000 without its repeated Level 7) + 15 (Vaarst), none from the rubric', () => {
		const from = (id: string) => family.items.filter((i) => i.source.framework === id).length;
		expect(from('infrastructure-platform-engineering')).toBe(35);
		expect(from('platform-engineer')).toBe(15);
		expect(from('vaarst-devops-engineer')).toBe(15);
		expect(from('senior-platform-engineer-rubric')).toBe(0);
		expect(from('speedoc-engineering')).toBe(0);
	});

	it.each([
		['P1', 0, 0, 5],
		['P2', 1, 1, 5],
		['P2–P3 (000 Level 4 and Vaarst Level 4)', 1, 2, 18],
		['P3', 2, 2, 5],
		['P3–P4 (000 Level 5)', 2, 3, 6],
		['P4', 3, 3, 5],
		['P4–P5 (000 Level 6; Level 7 repeats it)', 3, 4, 6],
		['P5', 4, 4, 5],
		['P6', 5, 5, 5],
		['P7', 6, 6, 5]
	])('%s: %i–%i, %i statements', (_, step, to, count) => {
		expect(family.items.filter((i) => i.step === step && i.to === to)).toHaveLength(count);
	});

	it('asks Level 7 of 000 once, as the repeat of Level 6 it is', () => {
		const level6 = family.items.filter((i) => i.source.step === 'level-6');
		expect(level6.map((i) => i.repeats)).toEqual(
			[1, 2, 3, 4, 5, 6].map((n) => [`platform-engineer/level-7-${n}`])
		);
		expect(family.items.some((i) => i.source.step === 'level-7')).toBe(false);
	});

	it('lists the rubric with why it adds no questions: ratings are not levels', () => {
		const member = PLATFORM_FAMILY.members.find(
			(m) => m.framework === 'senior-platform-engineer-rubric'
		)!;
		expect(member.why).toMatch(/ratings/i);
		expect(member.why).toMatch(/own rating quiz/);
	});

	it('never holds two statements with the same normalised text', () => {
		const groups = family.items.map((i) => i.group);
		expect(new Set(groups).size).toBe(groups.length);
	});

	it('has no silent level: each is described by a statement of its own or of a range', () => {
		expect(family.notes).toEqual([]);
	});
});

describe('levelNames', () => {
	const names = levelNames(catalog.frameworks, PLATFORM_FAMILY);
	const summary = (level: number) =>
		names[level]!.map((n) => [n.framework, levelNameText(n), n.status]);

	it('P4: the steps placed at or around it, each with its range, and the rubric as a role', () => {
		expect(summary(4)).toEqual([
			['infrastructure-platform-engineering', 'P4', 'defined'],
			['platform-engineer', 'Level 5 (P3–P4), Level 6 (P4–P5), Level 7 (P4–P5)', 'defined'],
			[
				'senior-platform-engineer-rubric',
				'the role (P4–P5); its 15 rating bands are performance within it, not levels',
				'defined'
			],
			['speedoc-engineering', 'Level 4 (P4)', 'not-documented']
		]);
	});

	it('P2: 000’s Level 4 and Vaarst’s Level 4 (Mid) read like P2–P3; 000’s N/A levels have no place', () => {
		expect(summary(2)).toEqual([
			['infrastructure-platform-engineering', 'P2', 'defined'],
			['platform-engineer', 'Level 4 (P2–P3)', 'defined'],
			['vaarst-devops-engineer', 'Level 4 (Mid) (P2–P3)', 'defined'],
			['speedoc-engineering', 'Level 2 (P2)', 'not-documented']
		]);
	});

	it('links each step to its cell, and names no rating as a level', () => {
		const p4 = names[4]!;
		expect(p4.find((n) => n.framework === 'platform-engineer')!.steps.map((s) => s.href)).toEqual([
			'/frameworks/platform-engineer/platform-engineer/level-5',
			'/frameworks/platform-engineer/platform-engineer/level-6',
			'/frameworks/platform-engineer/platform-engineer/level-7'
		]);
		expect(p4.find((n) => n.framework === 'senior-platform-engineer-rubric')!.steps).toEqual([]);
	});

	it.each([
		['Level 5', 'P3–P4', 'Level 5 (P3–P4)'],
		['P4', 'P4', 'P4']
	])('withRange(%s, %s) → %s', (name, range, expected) => {
		expect(withRange({ id: 'x', name, range, href: '/' })).toBe(expected);
	});
});

describe('options and banks', () => {
	it('every track is offered, and exactly the three with enough steps can place', () => {
		const options = trackOptions(catalog.frameworks);
		expect(options).toHaveLength(catalog.frameworks.reduce((n, f) => n + f.tracks.length, 0));
		expect(options.filter((o) => o.canPlace).map((o) => o.bank)).toEqual([
			'infrastructure-platform-engineering/infrastructure-platform',
			'platform-engineer/platform-engineer',
			'senior-platform-engineer-rubric/senior-platform-engineer'
		]);
		expect(options.filter((o) => !o.canPlace).every((o) => (o.reason ?? '').length > 0)).toBe(true);
	});

	it('bank ids are unique and fingerprints differ', () => {
		const banks = allBanks(catalog.frameworks);
		expect(banks.map((b) => b.id)).toEqual([
			'family/platform',
			'infrastructure-platform-engineering/infrastructure-platform',
			'platform-engineer/platform-engineer',
			'senior-platform-engineer-rubric/senior-platform-engineer'
		]);
		expect(new Set(banks.map((b) => b.fingerprint)).size).toBe(banks.length);
	});

	it('a fingerprint changes when a statement moves step', () => {
		const moved = structuredClone(fw('infrastructure-platform-engineering'));
		moved.statements.find((s) => s.id === 'p1-1')!.step = 'p2';
		expect(trackBank(moved, 'infrastructure-platform')!.fingerprint).not.toBe(
			reference.fingerprint
		);
	});

	it('a family fingerprint changes when a step’s range changes', () => {
		const widened = catalog.frameworks.map((f) => structuredClone(f));
		widened.find((f) => f.id === 'vaarst-devops-engineer')!.steps[0]!.common.to = 4;
		expect(familyBank(widened, PLATFORM_FAMILY).fingerprint).not.toBe(family.fingerprint);
	});
});
