import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SKILL_VIEW,
	isShown,
	parseLevel,
	parseSkillView,
	serialiseSkillView,
	setRangeBound,
	skillViewHref,
	toggleFramework,
	type SkillView
} from './skill-view';

const known = [
	'infrastructure-platform-engineering',
	'platform-engineer',
	'vaarst-devops-engineer'
];
const [ipe, pe, vaarst] = known as [string, string, string];

describe('parseLevel', () => {
	it.each([
		['P1', 1],
		['p7', 7],
		['4', 4],
		[' P3 ', 3],
		['P0', null],
		['P8', null],
		['8', null],
		['0', null],
		['3.5', null],
		['P', null],
		['PP3', null],
		['zz', null],
		['', null],
		[null, null]
	])('%j → %j', (text, expected) => {
		expect(parseLevel(text)).toBe(expected);
	});
});

describe('parseSkillView', () => {
	it.each<[string, SkillView]>([
		['', DEFAULT_SKILL_VIEW],
		[`fw=${ipe}`, { frameworks: [ipe], range: null }],
		// Page order, whatever order the link uses; duplicates and case do not matter.
		[`fw=${vaarst},${ipe},${ipe}`, { frameworks: [ipe, vaarst], range: null }],
		[`fw=${pe.toUpperCase()}`, { frameworks: [pe], range: null }],
		[`fw=${ipe}&fw=${pe}`, { frameworks: [ipe, pe], range: null }],
		// Unknown ids are dropped; all unknown (or all known) is the default.
		[`fw=nope,${pe}`, { frameworks: [pe], range: null }],
		['fw=nope,nada', DEFAULT_SKILL_VIEW],
		['fw=', DEFAULT_SKILL_VIEW],
		['fw=,,,', DEFAULT_SKILL_VIEW],
		[`fw=${known.join(',')}`, DEFAULT_SKILL_VIEW],
		['fw=<script>alert(1)</script>', DEFAULT_SKILL_VIEW],
		['from=P2&to=P5', { frameworks: null, range: { from: 2, to: 5 } }],
		['from=p2&to=5', { frameworks: null, range: { from: 2, to: 5 } }],
		['from=P5&to=P2', { frameworks: null, range: { from: 2, to: 5 } }],
		['from=P4&to=P4', { frameworks: null, range: { from: 4, to: 4 } }],
		// One bound alone runs to the end of the scale.
		['from=P3', { frameworks: null, range: { from: 3, to: 7 } }],
		['to=P2', { frameworks: null, range: { from: 1, to: 2 } }],
		// A malformed bound drops the range.
		['from=P9&to=zz', DEFAULT_SKILL_VIEW],
		['from=P2&to=P9', DEFAULT_SKILL_VIEW],
		['from=&to=P3', DEFAULT_SKILL_VIEW],
		['from=P0', DEFAULT_SKILL_VIEW],
		['from=2.5&to=4', DEFAULT_SKILL_VIEW],
		['fw=<script>&from=P9&to=zz', DEFAULT_SKILL_VIEW],
		[`fw=${pe}&from=P9&to=P5`, { frameworks: [pe], range: null }],
		[`unrelated=1&fw=${pe}&from=P6&to=P7`, { frameworks: [pe], range: { from: 6, to: 7 } }]
	])('?%s', (query, expected) => {
		expect(parseSkillView(new URLSearchParams(query), known)).toEqual(expected);
	});

	it('shows every framework when the page knows none', () => {
		expect(parseSkillView(new URLSearchParams(`fw=${ipe}`), [])).toEqual(DEFAULT_SKILL_VIEW);
	});
});

describe('serialiseSkillView', () => {
	it.each<[SkillView, string]>([
		[DEFAULT_SKILL_VIEW, ''],
		[{ frameworks: [ipe, vaarst], range: null }, `fw=${ipe},${vaarst}`],
		[{ frameworks: null, range: { from: 2, to: 5 } }, 'from=P2&to=P5'],
		[{ frameworks: [pe], range: { from: 1, to: 7 } }, `fw=${pe}&from=P1&to=P7`],
		[{ frameworks: [], range: null }, '']
	])('%j → ?%s', (view, expected) => {
		expect(serialiseSkillView(view)).toBe(expected);
	});

	it.each(['', `fw=${pe}`, `fw=${ipe},${vaarst}&from=P2&to=P5`, 'from=P3&to=P3', 'from=P1&to=P7'])(
		'round-trips the canonical ?%s',
		(query) => {
			expect(serialiseSkillView(parseSkillView(new URLSearchParams(query), known))).toBe(query);
		}
	);

	it('canonicalises a messy link', () => {
		const view = parseSkillView(
			new URLSearchParams(`fw=${vaarst},nope,${ipe}&from=5&to=p2`),
			known
		);
		expect(serialiseSkillView(view)).toBe(`fw=${ipe},${vaarst}&from=P2&to=P5`);
	});
});

describe('skillViewHref', () => {
	it.each<[SkillView, string]>([
		[DEFAULT_SKILL_VIEW, '/skills/mentoring'],
		[{ frameworks: [pe], range: null }, `/skills/mentoring?fw=${pe}`]
	])('%j → %s', (view, expected) => {
		expect(skillViewHref('/skills/mentoring', view)).toBe(expected);
	});
});

describe('toggleFramework and isShown', () => {
	it.each<[SkillView, string, boolean, SkillView]>([
		[DEFAULT_SKILL_VIEW, pe, false, { frameworks: [ipe, vaarst], range: null }],
		[{ frameworks: [ipe, vaarst], range: null }, pe, true, DEFAULT_SKILL_VIEW],
		[{ frameworks: [vaarst], range: null }, ipe, true, { frameworks: [ipe, vaarst], range: null }],
		// The last framework cannot be unticked.
		[{ frameworks: [pe], range: null }, pe, false, { frameworks: [pe], range: null }],
		// The range is kept.
		[
			{ frameworks: null, range: { from: 2, to: 3 } },
			ipe,
			false,
			{ frameworks: [pe, vaarst], range: { from: 2, to: 3 } }
		]
	])('%j, %s → %s', (view, framework, shown, expected) => {
		expect(toggleFramework(view, framework, shown, known)).toEqual(expected);
	});

	it.each<[SkillView, string, boolean]>([
		[DEFAULT_SKILL_VIEW, pe, true],
		[{ frameworks: [ipe], range: null }, pe, false],
		[{ frameworks: [ipe], range: null }, ipe, true]
	])('isShown(%j, %s) → %s', (view, framework, expected) => {
		expect(isShown(view, framework)).toBe(expected);
	});
});

describe('setRangeBound', () => {
	const fw = { frameworks: [pe] };
	it.each<[SkillView, 'from' | 'to', number | null, SkillView['range']]>([
		[DEFAULT_SKILL_VIEW, 'from', 3, { from: 3, to: 7 }],
		[DEFAULT_SKILL_VIEW, 'to', 2, { from: 1, to: 2 }],
		[{ ...fw, range: { from: 2, to: 5 } }, 'to', 6, { from: 2, to: 6 }],
		[{ ...fw, range: { from: 2, to: 5 } }, 'from', 6, { from: 5, to: 6 }],
		[{ ...fw, range: { from: 2, to: 5 } }, 'to', 1, { from: 1, to: 2 }],
		[{ ...fw, range: { from: 2, to: 5 } }, 'from', 5, { from: 5, to: 5 }],
		[{ ...fw, range: { from: 2, to: 5 } }, 'from', null, null],
		[{ ...fw, range: { from: 2, to: 5 } }, 'to', null, null]
	])('%j: %s = %j → %j', (view, bound, level, expected) => {
		const next = setRangeBound(view, bound, level);
		expect(next.range).toEqual(expected);
		expect(next.frameworks).toEqual(view.frameworks);
	});
});
