// Case and accent folding for search, done once on both sides (index text and query) so Fuse can
// compare raw strings. Folding keeps every string's length, so match positions found in the
// folded text are positions in the displayed text too.

const cache = new Map<string, string>();

/** One code point folded: lower case, accents dropped, same length (else left as it is). */
function foldChar(ch: string): string {
	let folded = cache.get(ch);
	if (folded === undefined) {
		const lower = ch.toLowerCase();
		const bare = lower.normalize('NFD').replace(/\p{M}/gu, '');
		// "ß" → "ss" or "İ" → "i̇" would shift every later position: keep such characters as typed.
		folded = bare.length === ch.length ? bare : lower.length === ch.length ? lower : ch;
		cache.set(ch, folded);
	}
	return folded;
}

/** Lower case without accents, `fold(s).length === s.length`. */
export function fold(text: string): string {
	// ASCII (most of the corpus) only needs lower case, which keeps its length.
	const lower = text.toLowerCase();
	if (/^\p{ASCII}*$/u.test(lower)) return lower;
	let out = '';
	for (const ch of text) out += foldChar(ch);
	return out;
}

/** A query as the index sees it: folded, inner whitespace collapsed, trimmed. */
export function foldQuery(query: string): string {
	return fold(query).replace(/\s+/g, ' ').trim();
}
