// static/_headers (copied to the build's root) says what the pages' CSP says, with frame-ancestors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES } from '../../svelte.config.js';

const headers = readFileSync(join(import.meta.dirname, '..', '..', 'static', '_headers'), 'utf8');

/** The headers of one path pattern, by name. */
function block(pattern: string): Map<string, string> {
	const lines = headers.split('\n').filter((l) => !l.startsWith('#'));
	const start = lines.indexOf(pattern);
	const found = new Map<string, string>();
	for (const line of lines.slice(start + 1)) {
		if (!/^\s+\S/.test(line)) break;
		const [name, ...value] = line.trim().split(': ');
		found.set(name!, value.join(': '));
	}
	return found;
}

/** A source as a policy writes it: keywords quoted, schemes and policy names as they are. */
const KEYWORDS = new Set([
	'self',
	'none',
	'unsafe-inline',
	'unsafe-eval',
	'strict-dynamic',
	'script'
]);
const word = (v: string) => (KEYWORDS.has(v) || v.startsWith('sha256-') ? `'${v}'` : v);

const directives = (policy: string) =>
	new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.map(([name, ...values]) => [name!, values.join(' ')])
	);

const PER_PAGE = ['script-src', 'style-src', 'style-src-attr', 'default-src'];

describe('static/_headers', () => {
	it('sends the pages’ policy (less the per-page script and style sources) and frame-ancestors', () => {
		const csp = directives(block('/*').get('Content-Security-Policy') ?? '');
		expect(csp.get('frame-ancestors')).toBe("'none'");
		for (const [name, values] of Object.entries(CSP_DIRECTIVES ?? {})) {
			// Per page, in the <meta> (SvelteKit adds the page's hashes to the script and style
			// sources); a default-src here would stand in for script-src.
			if (PER_PAGE.includes(name)) continue;
			const words = (values as string[]).map(word).join(' ');
			expect(csp.get(name), name).toBe(words);
		}
		for (const name of PER_PAGE) expect(csp.has(name), name).toBe(false);
	});

	it('hardens every response and caches the immutable assets for a year', () => {
		const all = block('/*');
		expect(all.get('X-Content-Type-Options')).toBe('nosniff');
		expect(all.get('Referrer-Policy')).toBe('no-referrer');
		expect(all.get('Permissions-Policy')).toContain('camera=()');
		expect(block('/_app/immutable/*').get('Cache-Control')).toBe(
			'public, max-age=31536000, immutable'
		);
	});
});
