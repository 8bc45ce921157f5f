import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestImports, paintFirst } from './paint-first';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const HEAD_SCRIPT = 'window.__paintFirst = () => Promise.resolve();';
const MODULES = ['/_app/immutable/entry/start.A1.js', '/_app/immutable/chunks/C3.js'];
/** A start script as SvelteKit 2 writes it, its data holding a replacement pattern. */
const START = `
	{
		__sveltekit_abc = { base: "" };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("/_app/immutable/entry/start.A1.js"),
			import("/_app/immutable/entry/app.B2.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2], data: [{type:"data",data:{note:"costs $& and $1"}}] });
		});
		if ('serviceWorker' in navigator) addEventListener('load', () => {});
	}
`;

function page(start = START, policyHashes = [sha(HEAD_SCRIPT), sha(start)]) {
	return `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${policyHashes.join(' ')}; object-src 'none'">
${MODULES.map((href) => `<link href="${href}" rel="modulepreload">`).join('\n')}
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script>${HEAD_SCRIPT}</script></head>
<body><div class="app"><p>Hello</p><script>${start}</script></div></body></html>`;
}

const scripts = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
const policy = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('paintFirst', () => {
	it('makes the start script import the app once the page has painted and asked for its modules', () => {
		const [head, start] = scripts(paintFirst(page()));
		expect(head).toBe(HEAD_SCRIPT);
		const call = `window.__paintFirst(${JSON.stringify(MODULES)}).then(() => `;
		expect(start).toContain(
			`${call}Promise.all([\n\t\t\timport("/_app/immutable/entry/start.A1.js"),\n\t\t\timport("/_app/immutable/entry/app.B2.js")\n\t\t]))`
		);
		// Everything else is SvelteKit's, as it was: the data and the worker registration.
		expect(start?.replace(call, '').replace(']))', '])')).toBe(START);
	});

	it('takes the module preloads out of the head, and only them', () => {
		const after = paintFirst(page());
		expect(after).not.toContain('modulepreload');
		expect(after).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
		const without = page().replace(/<link href="[^"]+" rel="modulepreload">\n/g, '');
		expect(scripts(paintFirst(without))[1]).toContain('window.__paintFirst([]).then(');
	});

	it("swaps the start script's hash in the policy for the new script's, and keeps the rest", () => {
		const before = page();
		const after = paintFirst(before);
		const [, start = ''] = scripts(after);
		expect(policy(after)).toBe(policy(before).replace(sha(START), sha(start)));
		expect(policy(after)).toContain(sha(start));
		expect(policy(after)).not.toContain(sha(START));
		expect(policy(after)).toContain(sha(HEAD_SCRIPT));
	});

	it('keeps the page around the scripts and preloads as it was', () => {
		const before = page();
		const after = paintFirst(before);
		const outside = (html: string) =>
			html
				.replace(/<script>[\s\S]*?<\/script>/g, '')
				.replace(/<link href="[^"]+" rel="modulepreload">/g, '')
				.replace(/content="[^"]*"/, '');
		expect(outside(after)).toBe(outside(before));
	});

	it('fails rather than ship a page whose scripts the policy would block', () => {
		expect(() => paintFirst(page(START, [sha(HEAD_SCRIPT)]))).toThrow(/Content-Security-Policy/);
		const changed = START.replace('Promise.all', 'Promise.allSettled');
		expect(() => paintFirst(page(changed))).toThrow(/no longer imports/);
		expect(() => paintFirst(page(START.replace('kit.start(app,', 'kit.boot(app,')))).toThrow(
			/0 SvelteKit start scripts/
		);
	});

	it('asks for every module the page imports at once, those SvelteKit left out too', () => {
		const imports: Record<string, string[]> = {
			// C3 imports D4, which imports E5 and, again, the start module.
			'/_app/immutable/chunks/C3.js': ['/_app/immutable/chunks/D4.js'],
			'/_app/immutable/chunks/D4.js': [
				'/_app/immutable/chunks/E5.js',
				'/_app/immutable/entry/start.A1.js'
			]
		};
		const [, start] = scripts(paintFirst(page(), (href) => imports[href] ?? []));
		const asked = JSON.parse(/__paintFirst\((\[[^\]]*\])\)/.exec(start ?? '')?.[1] ?? '[]');
		expect(asked).toEqual([
			...MODULES,
			'/_app/immutable/chunks/D4.js',
			'/_app/immutable/chunks/E5.js'
		]);
	});
});

describe('manifestImports', () => {
	it("reads each built file's static imports from Vite's manifest, as site paths", () => {
		const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
		const file = join(dir, 'manifest.json');
		writeFileSync(
			file,
			JSON.stringify({
				'.svelte-kit/generated/client-optimized/nodes/15.js': {
					file: '_app/immutable/nodes/15.X.js',
					imports: ['_C3.js', '_gone.js'],
					dynamicImports: ['src/lib/search/open.ts']
				},
				'_C3.js': { file: '_app/immutable/chunks/C3.js', imports: ['_D4.js'] },
				'_D4.js': { file: '_app/immutable/chunks/D4.js' },
				'src/lib/search/open.ts': { file: '_app/immutable/chunks/F6.js' }
			})
		);
		const imports = manifestImports(file, '/explorer/');
		// Static imports only (not the dynamic one), and none that the manifest does not name.
		expect(imports('/explorer/_app/immutable/nodes/15.X.js')).toEqual([
			'/explorer/_app/immutable/chunks/C3.js'
		]);
		expect(imports('/explorer/_app/immutable/chunks/C3.js')).toEqual([
			'/explorer/_app/immutable/chunks/D4.js'
		]);
		expect(imports('/explorer/_app/immutable/chunks/D4.js')).toEqual([]);
		expect(imports('/_app/immutable/chunks/C3.js')).toEqual([]);
	});
});
