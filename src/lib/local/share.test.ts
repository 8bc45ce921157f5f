import { describe, expect, it } from 'vitest';
import { SHARE_LIMIT, decodeShare, encodeShare } from './share';

const framework = {
	id: 'acme',
	name: 'Acme ladder',
	statements: [
		{ id: 's1', text: 'Ships small changes — “safely”, every day. <script>alert(1)</script>' }
	]
};

describe('share links', () => {
	it('carries a framework through the fragment unchanged, text included', async () => {
		const encoded = await encodeShare(framework);
		expect(encoded.ok).toBe(true);
		if (!encoded.ok) return;
		expect(encoded.fragment).toMatch(/^share=[A-Za-z0-9_-]+$/);
		expect(await decodeShare(`#${encoded.fragment}`)).toEqual({ ok: true, data: framework });
	});

	it('refuses a framework too big for a link, and says how big it is', async () => {
		// Random text does not compress: well over the limit once packed.
		let seed = 1;
		const noise = Array.from({ length: 40_000 }, () => {
			seed = (seed * 48271) % 2147483647;
			return String.fromCharCode(33 + (seed % 90));
		}).join('');
		const encoded = await encodeShare({ ...framework, description: noise });
		expect(encoded.ok).toBe(false);
		expect(encoded.bytes).toBeGreaterThan(SHARE_LIMIT);
	});

	it('says a damaged or truncated link is damaged, never throws', async () => {
		const encoded = await encodeShare(framework);
		if (!encoded.ok) throw new Error('expected a link');
		const cut = encoded.fragment.slice(0, encoded.fragment.length - 12);
		for (const hash of [`#${cut}`, '#share=%%%', '#share=', '#share=AAAA']) {
			const decoded = await decodeShare(hash);
			expect(decoded?.ok, hash).toBe(false);
		}
	});

	it('reads nothing from a fragment without a shared framework', async () => {
		expect(await decodeShare('#statement-3')).toBeNull();
		expect(await decodeShare('')).toBeNull();
	});
});
