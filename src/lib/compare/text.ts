// Sentences compared word by word: the words of a sentence, how much two sentences share, and a
// word-level diff for display. Pure; small enough to ship to the comparison page.

/** A word: letters and digits, with inner apostrophes ("team's"). Case is ignored. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** A word, or one mark of punctuation, with the whitespace before it (to show a diff verbatim). */
const PIECE = /(\s*)([\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}])/gu;

/**
 * Words too common to make two sentences alike on their own: a near-copy must share some words
 * that carry meaning, not only "and the of to".
 */
const FUNCTION_WORDS = new Set(
	(
		'a an and are as at be been but by can for from has have in into is it its may more most ' +
		'not of on or so such than that the their them they this to was were what when where which ' +
		'while who will with within without'
	).split(' ')
);

export function words(text: string): string[] {
	return (text.normalize('NFKC').toLowerCase().match(WORD) ?? []) as string[];
}

/** The largest table `lcs` fills (words × words). */
const MAX_CELLS = 250_000;

/** The longest common subsequence of two sequences, as index pairs in order. */
function lcs<T>(
	a: readonly T[],
	b: readonly T[],
	same: (x: T, y: T) => boolean
): [number, number][] {
	const m = a.length;
	const n = b.length;
	// The table is m × n: an imported framework's page-long "sentence" must not hang the page.
	if (m * n > MAX_CELLS) return [];
	// Suffix lengths: table[i][j] is the LCS of a[i..] and b[j..].
	const table = Array.from({ length: m + 1 }, () => new Uint16Array(n + 1));
	for (let i = m - 1; i >= 0; i--) {
		for (let j = n - 1; j >= 0; j--) {
			table[i]![j] = same(a[i]!, b[j]!)
				? table[i + 1]![j + 1]! + 1
				: Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
		}
	}
	const pairs: [number, number][] = [];
	let i = 0;
	let j = 0;
	while (i < m && j < n) {
		if (same(a[i]!, b[j]!)) {
			pairs.push([i, j]);
			i++;
			j++;
		} else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
		else j++;
	}
	return pairs;
}

const equal = (x: string, y: string) => x === y;

export interface Likeness {
	/** Shared words in order, over the words of both: 2·common / (|a| + |b|), 0–1. */
	similarity: number;
	/** Shared words in order that carry meaning (not function words). */
	sharedContent: number;
	/** Places where words were removed, added or replaced: a near-copy has few. */
	hunks: number;
}

/** How much two sentences share, word for word in order (case and punctuation aside). */
export function likeness(a: readonly string[], b: readonly string[]): Likeness {
	if (a.length + b.length === 0) return { similarity: 1, sharedContent: 0, hunks: 0 };
	const common = lcs(a, b, equal);
	let hunks = 0;
	let i = -1;
	let j = -1;
	for (const [ci, cj] of [...common, [a.length, b.length] as [number, number]]) {
		if (ci > i + 1 || cj > j + 1) hunks++;
		i = ci;
		j = cj;
	}
	return {
		similarity: (2 * common.length) / (a.length + b.length),
		sharedContent: common.filter(([i]) => !FUNCTION_WORDS.has(a[i]!)).length,
		hunks
	};
}

export interface DiffPart {
	op: 'same' | 'removed' | 'added';
	/** Verbatim, with the whitespace before it. */
	text: string;
}

interface Piece {
	space: string;
	token: string;
	key: string;
}

function pieces(text: string): Piece[] {
	return [...text.normalize('NFKC').matchAll(PIECE)].map((m) => ({
		space: m[1]!,
		token: m[2]!,
		key: m[2]!.toLowerCase()
	}));
}

/**
 * What changed from one sentence to the other, word by word (and mark by mark, so a stray "- " is
 * seen): runs of kept, removed and added text. Kept text is shown as the later sentence has it.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
	const a = pieces(before);
	const b = pieces(after);
	const common = lcs(
		a.map((p) => p.key),
		b.map((p) => p.key),
		equal
	);
	const parts: DiffPart[] = [];
	// A sentence's first word has no space before it; after the other sentence's words it needs one.
	const push = (op: DiffPart['op'], piece: Piece, first: boolean) => {
		const last = parts.at(-1);
		const space = parts.length === 0 ? '' : piece.space || (first ? ' ' : '');
		const text = space + piece.token;
		if (last && last.op === op) last.text += text;
		else parts.push({ op, text });
	};
	let i = 0;
	let j = 0;
	for (const [ci, cj] of [...common, [a.length, b.length] as [number, number]]) {
		while (i < ci) push('removed', a[i]!, i++ === 0);
		while (j < cj) push('added', b[j]!, j++ === 0);
		if (ci < a.length) push('same', b[cj]!, cj === 0);
		i = ci + 1;
		j = cj + 1;
	}
	return parts;
}
