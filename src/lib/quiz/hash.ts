// FNV-1a, 32 bits: a small, fast, dependency-free hash for bank fingerprints and link checksums.
// Not cryptographic: it catches typos, truncation and stale links, not a determined forger (a
// result link holds nothing worth forging).

export function fnv1a(bytes: Uint8Array): number {
	let hash = 0x811c9dc5;
	for (const byte of bytes) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

export function fingerprintOf(text: string): number {
	return fnv1a(new TextEncoder().encode(text));
}
