// The result link's code: the answers, compactly, so that a result opens anywhere without a server.
// A versioned byte string, base64url-encoded:
//   version (1 byte) · bank fingerprint (4) · seed (4) · response count (1)
//   · responses, bit-packed: item index (just enough bits for the bank) + answer code (3 bits)
//   · FNV-1a checksum of everything before it (4)
// The bank fingerprint makes a link from another bank or from older data fail clearly instead of
// silently attaching answers to the wrong statements.
import { fnv1a } from './hash';
import type { Response } from './engine';
import { SKIP, type AnswerCode } from './model';

export const CODE_VERSION = 1;
const HEADER = 10;
const CHECKSUM = 4;
const ANSWER_BITS = 3;

export interface ResultCode {
	seed: number;
	responses: Response[];
}

/** What the code needs to know about its bank. */
export interface CodeBank {
	fingerprint: number;
	items: readonly { group: string }[];
}

export type Decoded =
	| ({ ok: true } & ResultCode)
	| { ok: false; problem: 'malformed' | 'version' | 'checksum' | 'other-bank' | 'invalid' };

/** What to tell the person for each problem: clear, and what to do next. */
export const CODE_PROBLEMS: Record<Exclude<Decoded, { ok: true }>['problem'], string> = {
	malformed:
		'This result link is damaged: its code is not one the quiz makes. Check that the whole link was copied.',
	checksum:
		'This result link is damaged or incomplete: its check digits do not match its answers. Check that the whole link was copied.',
	version:
		'This result link was made by a different version of the quiz, which this page cannot read.',
	'other-bank':
		'This result link answers a different set of questions (another quiz, or the data has changed since it was made).',
	invalid: 'This result link’s answers do not fit these questions.'
};

const indexBits = (itemCount: number) => Math.max(1, Math.ceil(Math.log2(Math.max(2, itemCount))));

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	const padded =
		text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
	let bytes: Uint8Array;
	try {
		bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
	// Only the canonical spelling: a changed last character that lands in the padding bits would
	// otherwise decode to the same bytes and hide the change.
	return toBase64Url(bytes) === text ? bytes : null;
}

function writeU32(bytes: Uint8Array, at: number, value: number) {
	new DataView(bytes.buffer).setUint32(at, value >>> 0);
}

function readU32(bytes: Uint8Array, at: number): number {
	return new DataView(bytes.buffer, bytes.byteOffset).getUint32(at);
}

export function encodeResult(bank: CodeBank, code: ResultCode): string {
	const bits = indexBits(bank.items.length) + ANSWER_BITS;
	if (code.responses.length > 255) throw new Error('a result holds at most 255 responses');
	const body = Math.ceil((code.responses.length * bits) / 8);
	const bytes = new Uint8Array(HEADER + body + CHECKSUM);
	bytes[0] = CODE_VERSION;
	writeU32(bytes, 1, bank.fingerprint);
	writeU32(bytes, 5, code.seed);
	bytes[9] = code.responses.length;
	let bit = HEADER * 8;
	const put = (value: number, width: number) => {
		for (let b = width - 1; b >= 0; b--, bit++) {
			if ((value >> b) & 1) bytes[bit >> 3]! |= 0x80 >> (bit & 7);
		}
	};
	for (const r of code.responses) {
		put(r.item, bits - ANSWER_BITS);
		put(r.answer, ANSWER_BITS);
	}
	writeU32(bytes, HEADER + body, fnv1a(bytes.subarray(0, HEADER + body)));
	return toBase64Url(bytes);
}

/** Never throws: a bad code is a value saying what is wrong with it. */
export function decodeResult(bank: CodeBank, text: string): Decoded {
	const bytes = fromBase64Url(text.trim());
	if (!bytes || bytes.length < HEADER + CHECKSUM) return { ok: false, problem: 'malformed' };
	const end = bytes.length - CHECKSUM;
	if (fnv1a(bytes.subarray(0, end)) !== readU32(bytes, end)) {
		return { ok: false, problem: 'checksum' };
	}
	if (bytes[0] !== CODE_VERSION) return { ok: false, problem: 'version' };
	if (readU32(bytes, 1) !== bank.fingerprint) return { ok: false, problem: 'other-bank' };
	const seed = readU32(bytes, 5);
	const count = bytes[9]!;
	const bits = indexBits(bank.items.length) + ANSWER_BITS;
	if (end - HEADER !== Math.ceil((count * bits) / 8)) return { ok: false, problem: 'invalid' };

	let bit = HEADER * 8;
	const take = (width: number) => {
		let value = 0;
		for (let b = 0; b < width; b++, bit++) {
			value = (value << 1) | ((bytes[bit >> 3]! >> (7 - (bit & 7))) & 1);
		}
		return value;
	};
	const responses: Response[] = [];
	const groups = new Set<string>();
	for (let n = 0; n < count; n++) {
		const item = take(bits - ANSWER_BITS);
		const answer = take(ANSWER_BITS);
		const group = bank.items[item]?.group;
		// Each statement (and each word-for-word repeat) is asked at most once.
		if (group === undefined || answer > SKIP || groups.has(group)) {
			return { ok: false, problem: 'invalid' };
		}
		groups.add(group);
		responses.push({ item, answer: answer as AnswerCode });
	}
	if (take(end * 8 - bit) !== 0) return { ok: false, problem: 'invalid' };
	return { ok: true, seed, responses };
}
