import { describe, expect, it } from 'vitest';
import { CODE_PROBLEMS, decodeResult, encodeResult, type CodeBank, type ResultCode } from './code';
import type { Response } from './engine';
import { fnv1a } from './hash';
import type { AnswerCode } from './model';

const makeBank = (items: number, fingerprint = 0x1234abcd): CodeBank => ({
	fingerprint,
	items: Array.from({ length: items }, (_, i) => ({ group: `g${i}` }))
});

const responses = (pairs: [number, number][]): Response[] =>
	pairs.map(([item, answer]) => ({ item, answer: answer as AnswerCode }));

const twenty = responses(Array.from({ length: 20 }, (_, i) => [73 - i * 3, i % 5]));

describe('encodeResult / decodeResult round trip', () => {
	it.each([
		['no answers', 35, { seed: 0, responses: [] }],
		['one answer', 35, { seed: 1, responses: responses([[0, 3]]) }],
		[
			'every answer code',
			35,
			{
				seed: 77,
				responses: responses([
					[4, 0],
					[9, 1],
					[14, 2],
					[19, 3],
					[24, 4]
				])
			}
		],
		[
			'the highest index of a 74-item bank',
			74,
			{ seed: 2 ** 32 - 1, responses: responses([[73, 3]]) }
		],
		['20 answers', 74, { seed: 123456789, responses: twenty }],
		['a one-item bank', 1, { seed: 5, responses: responses([[0, 2]]) }]
	] as [string, number, ResultCode][])('%s', (_, items, code) => {
		const bank = makeBank(items);
		const text = encodeResult(bank, code);
		expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeResult(bank, text)).toEqual({ ok: true, ...code });
	});

	it('is compact: 20 answers on a 74-item bank take 39 bytes, 52 characters', () => {
		// 10 header bytes, 20 × (7 index bits + 3 answer bits) = 25 bytes, 4 checksum bytes.
		const text = encodeResult(makeBank(74), { seed: 123456789, responses: twenty });
		expect(text.length).toBe(52);
	});
});

describe('tamper detection', () => {
	const bank = makeBank(35);
	const code = encodeResult(bank, {
		seed: 99,
		responses: responses([
			[3, 3],
			[17, 0],
			[8, 1],
			[30, 2],
			[12, 4],
			[21, 3]
		])
	});
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

	it('every single-character change is caught', () => {
		for (let i = 0; i < code.length; i++) {
			for (const c of alphabet) {
				if (c === code[i]) continue;
				const changed = code.slice(0, i) + c + code.slice(i + 1);
				expect(decodeResult(bank, changed).ok, `${i}: ${changed}`).toBe(false);
			}
		}
	});

	it('every truncation is caught', () => {
		for (let n = 0; n < code.length; n++) {
			expect(decodeResult(bank, code.slice(0, n)).ok, `first ${n}`).toBe(false);
		}
	});

	it.each([
		['', 'malformed'],
		['!!!', 'malformed'],
		['a b', 'malformed'],
		['AAAA', 'malformed'],
		['AAAAAAAAAAAAAAAAAAAA', 'checksum']
	])('%j → %s', (text, problem) => {
		expect(decodeResult(bank, text)).toEqual({ ok: false, problem });
	});

	it('a link made for another bank (or older data) says so', () => {
		expect(decodeResult(makeBank(35, 0x0badf00d), code)).toEqual({
			ok: false,
			problem: 'other-bank'
		});
	});

	/** A code with a valid checksum around any bytes: what a careful forger (or a bug) would make. */
	const signed = (bytes: number[]) => {
		const body = Uint8Array.from(bytes);
		const sum = fnv1a(body);
		const all = [...body, sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255];
		return btoa(String.fromCharCode(...all))
			.replace(/\+/g, '-')
			.replace(/\//g, '_')
			.replace(/=+$/, '');
	};
	const header = (version: number, count: number) => [
		version,
		0x12,
		0x34,
		0xab,
		0xcd,
		0,
		0,
		0,
		9,
		count
	];

	it.each([
		['another version', [...header(2, 0)], 'version'],
		['an index past the bank', [...header(1, 1), 0b11111001, 0b10000000], 'invalid'],
		['an answer code past Skip', [...header(1, 1), 0b00000111, 0b00000000], 'invalid'],
		// 35 items: 6 index bits + 3 answer bits per response.
		['the same statement twice', [...header(1, 2), 0b00000001, 0b10000000, 0b01100000], 'invalid'],
		['a count the bytes do not hold', [...header(1, 5), 0], 'invalid'],
		['stray bits in the padding', [...header(1, 1), 0b00000001, 0b10000001], 'invalid']
	])('%s → %s', (_, bytes, problem) => {
		expect(decodeResult(bank, signed(bytes))).toEqual({ ok: false, problem });
	});

	it('the same bytes without the stray bit decode (so the cases above fail for their reason)', () => {
		expect(decodeResult(bank, signed([...header(1, 1), 0b00000001, 0b10000000]))).toEqual({
			ok: true,
			seed: 9,
			responses: [{ item: 0, answer: 3 }]
		});
		expect(decodeResult(bank, signed([...header(1, 1), 0b00000000, 0b10000000])).ok).toBe(true);
	});

	it('has a clear message for every problem', () => {
		for (const message of Object.values(CODE_PROBLEMS))
			expect(message).toMatch(/^This result link/);
	});
});
