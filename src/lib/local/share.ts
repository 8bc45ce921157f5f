// A framework carried whole in a link's fragment (`#share=…`), compressed: the fragment never
// reaches a server, so sharing needs none. Deflate (the browser's CompressionStream) and base64url.
// Reading a fragment back never throws: a damaged or truncated link says so.

/** The most a link carries, compressed: longer links break in chat tools and some browsers. */
export const SHARE_LIMIT = 16 * 1024;
export const SHARE_KEY = 'share';

async function through(
	bytes: Uint8Array<ArrayBuffer>,
	stream: CompressionStream | DecompressionStream
) {
	const out = new Blob([bytes]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

export type Encoded = { ok: true; fragment: string; bytes: number } | { ok: false; bytes: number };

/** `share=<data>` for a framework, or how big it would be when it is over the limit. */
export async function encodeShare(framework: unknown): Promise<Encoded> {
	const json = new TextEncoder().encode(JSON.stringify(framework));
	const packed = await through(json, new CompressionStream('deflate-raw'));
	if (packed.length > SHARE_LIMIT) return { ok: false, bytes: packed.length };
	return { ok: true, fragment: `${SHARE_KEY}=${toBase64Url(packed)}`, bytes: packed.length };
}

export type Decoded = { ok: true; data: unknown } | { ok: false; message: string };

/** The framework data in a fragment (`#share=…`), or why it cannot be read; null when none. */
export async function decodeShare(hash: string): Promise<Decoded | null> {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const value = params.get(SHARE_KEY);
	if (value === null) return null;
	const damaged = {
		ok: false as const,
		message:
			'This shared link is damaged or cut short: its framework could not be read. Ask for the link again, or for the file.'
	};
	const bytes = fromBase64Url(value);
	// Base64 of at most the limit, with room for its padding.
	if (!bytes || bytes.length === 0) return damaged;
	if (bytes.length > SHARE_LIMIT) {
		return {
			ok: false,
			message: 'This shared link carries more than a link may (16 kB compressed); it was not read.'
		};
	}
	try {
		const json = await through(bytes, new DecompressionStream('deflate-raw'));
		// A small link must not unpack into something huge (a zip bomb): the JSON cap applies.
		if (json.length > 5 * 1024 * 1024) return damaged;
		return {
			ok: true,
			data: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) as unknown
		};
	} catch {
		return damaged;
	}
}
