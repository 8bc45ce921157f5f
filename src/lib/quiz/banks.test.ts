import { describe, expect, it } from 'vitest';
import { catalog } from '../frameworks/catalog.server';
import type { Framework } from '../model/schema';
import {
	MIN_STEPS,
	PLATFORM_FAMILY,
	allBanks,
	familyBank,
	levelNames,
	normaliseText,
	placeability,
	trackBank,
	trackOptions
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
	it('puts every member statement at its common level, P1–P7', () => {
		expect(family.steps.map((s) => s.label)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
		for (const item of family.items) {
			const f = fw(item.source.framework);
			const level = f.steps.find((s) => s.id === item.source.step)!.common.level;
			expect(item.step).toBe(level! - 1);
		}
	});

	it('counts: 35 + 15 (000 without its repeated Level 7) + 15 (Vaarst) + 9 (rubric) statements', () => {
		const from = (id: string) => family.items.filter((i) => i.source.framework === id).length;
		expect(from('infrastructure-platform-engineering')).toBe(35);
		expect(from('platform-engineer')).toBe(15);
		expect(from('vaarst-devops-engineer')).toBe(15);
		expect(from('senior-platform-engineer-rubric')).toBe(9);
		expect(from('speedoc-engineering')).toBe(0);
		expect(perStep(family)).toEqual([5, 5, 5, 32, 11, 11, 5]);
	});

	it('takes only the rubric’s Consistently Delivers bands, all at P4', () => {
		const rubricItems = family.items.filter(
			(i) => i.source.framework === 'senior-platform-engineer-rubric'
		);
		expect(new Set(rubricItems.map((i) => i.source.step))).toEqual(
			new Set([
				'consistently-delivers-low',
				'consistently-delivers-mid',
				'consistently-delivers-high'
			])
		);
		expect(new Set(rubricItems.map((i) => i.step))).toEqual(new Set([3]));
	});

	it('never holds two statements with the same normalised text', () => {
		const groups = family.items.map((i) => i.group);
		expect(new Set(groups).size).toBe(groups.length);
	});
});

describe('levelNames', () => {
	const names = levelNames(catalog.frameworks, PLATFORM_FAMILY);

	it('P4 is named in all five frameworks, with the rubric as a role', () => {
		expect(names[4]!.map((n) => [n.framework, n.name, n.status])).toEqual([
			['infrastructure-platform-engineering', 'P4', 'defined'],
			['platform-engineer', 'Level 4', 'defined'],
			['vaarst-devops-engineer', 'Level 4 (Mid)', 'defined'],
			[
				'senior-platform-engineer-rubric',
				'Senior Platform Engineer, any of its 15 rating bands',
				'defined'
			],
			['speedoc-engineering', 'Level 4', 'not-documented']
		]);
	});

	it('P2 says the Platform Engineer track does not apply there', () => {
		const p2 = names[2]!;
		expect(p2.find((n) => n.framework === 'platform-engineer')?.status).toBe('not-applicable');
		expect(p2.some((n) => n.framework === 'vaarst-devops-engineer')).toBe(false);
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
});
