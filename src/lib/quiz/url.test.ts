import { describe, expect, it } from 'vitest';
import type { PlacementOption } from './banks';
import { parseSeed, parseStart } from './url';

const option = (framework: string, track: string, canPlace: boolean): PlacementOption => ({
	bank: `${framework}/${track}`,
	href: `/quiz/${framework}/${track}`,
	framework,
	frameworkName: framework.toUpperCase(),
	track,
	trackName: track,
	color: '#000',
	canPlace,
	...(canPlace ? {} : { reason: 'Not enough steps.' }),
	stepWord: 'steps',
	steps: canPlace ? 7 : 1,
	questions: canPlace ? 35 : 0
});

const options = [
	option('ref', 'ip', true),
	option('ref', 'sre', false),
	option('one', 'only', false),
	option('two', 'a', true),
	option('two', 'b', true)
];
const families = [{ id: 'platform', href: '/quiz/family/platform', title: 'Platform family' }];
const parse = (query: string) => parseStart(new URLSearchParams(query), options, families);

describe('parseStart', () => {
	it.each([
		['', { kind: 'none' }],
		['?fw=ref&track=ip', { kind: 'start', href: '/quiz/ref/ip' }],
		['?fw=ref&track=ip&seed=12', { kind: 'start', href: '/quiz/ref/ip?seed=12' }],
		['?fw=ref&track=ip&seed=-3', { kind: 'start', href: '/quiz/ref/ip' }],
		['?family=platform', { kind: 'start', href: '/quiz/family/platform' }],
		['?fw=ref', { kind: 'start', href: '/quiz/ref/ip' }],
		['?fw=ref&track=sre', { kind: 'cannot-place', option: options[1] }],
		['?fw=one', { kind: 'cannot-place', option: options[2] }],
		['?fw=two', { kind: 'unknown', message: 'TWO has several tracks: choose one below.' }],
		['?fw=nope&track=ip', { kind: 'unknown', message: 'There is no framework called “nope”.' }],
		['?fw=ref&track=nope', { kind: 'unknown', message: 'REF has no track called “nope”.' }],
		['?track=ip', { kind: 'unknown', message: 'The link names a track but not its framework.' }],
		['?family=nope', { kind: 'unknown', message: 'There is no family of tracks called “nope”.' }]
	])('%j', (query, expected) => {
		expect(parse(query)).toEqual(expected);
	});
});

describe('parseStart quotes what a link names on one short line', () => {
	const long = 'x'.repeat(500);
	it.each([
		[`?fw=${long}`, 'There is no framework called “'],
		[`?fw=ref&track=${long}`, 'REF has no track called “'],
		[`?family=${long}`, 'There is no family of tracks called “']
	])('%#', (query, start) => {
		const request = parse(query);
		const message = request.kind === 'unknown' ? request.message : '';
		expect(message.startsWith(start)).toBe(true);
		expect(message).toContain('x…”');
		expect(message.length).toBeLessThan(start.length + 70);
	});

	it('puts a name with line breaks on one line', () => {
		expect(parse('?fw=a%0A%0Ab')).toEqual({
			kind: 'unknown',
			message: 'There is no framework called “a b”.'
		});
	});
});

describe('parseSeed', () => {
	it.each([
		[null, null],
		['0', 0],
		['4294967295', 4294967295],
		['4294967296', null],
		['1e3', null],
		['12abc', null],
		['', null]
	])('%j → %j', (value, expected) => {
		expect(parseSeed(value)).toBe(expected);
	});
});
