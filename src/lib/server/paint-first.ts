import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** SvelteKit's start script loads its two entry files with this expression, then starts the app. */
const ENTRY_IMPORTS = /Promise\.all\(\[\s*import\("[^"]+"\),\s*import\("[^"]+"\)\s*\]\)/;
const SCRIPT = /<script>([\s\S]*?)<\/script>/g;
/** The `<link rel="modulepreload">` SvelteKit writes for each module the page starts with. */
const MODULE_PRELOAD = /<link href="([^"]+)" rel="modulepreload">/g;

/** An inline script's CSP source: the hash of its text, as SvelteKit writes it. */
const scriptHash = (text: string) =>
	`'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A prerendered page whose scripts start once it has painted. The page reads before they run, so
 * nothing in them is needed for its first paint; fetched and run while it was parsed, they
 * competed with that paint (for a slow connection, or a slow phone when a service worker answers
 * at once).
 *
 * - The `<link rel="modulepreload">` tags leave the head: src/app.html's `window.__paintFirst`
 *   adds them once the page has painted, so the page's modules still arrive all at once rather
 *   than one import level after another. With them, every module they import (`imports`):
 *   SvelteKit leaves out a module that a page imports and that is also imported dynamically
 *   somewhere on the way (its traversal marks it seen as a dynamic import), and the browser then
 *   asks for it only once the module importing it has arrived, a round trip later.
 * - SvelteKit's start script imports the app when that is done.
 * - The page's Content-Security-Policy allows the new start script by its hash instead of the
 *   old one's.
 *
 * Throws on a page whose start script or policy is not where SvelteKit writes them: an upgrade
 * that changes them must fail the build, not ship a page whose scripts the policy blocks.
 */
export function paintFirst(html: string, imports: StaticImports = () => []): string {
	const starts = [...html.matchAll(SCRIPT)].filter(([, text]) => text?.includes('.start(app,'));
	if (starts.length !== 1) throw new Error(`paintFirst: ${starts.length} SvelteKit start scripts`);
	const [tag, text = ''] = starts[0] ?? [];
	if (!tag || !ENTRY_IMPORTS.test(text))
		throw new Error(
			'paintFirst: SvelteKit’s start script no longer imports its entries as expected'
		);
	const modules = withImports(
		[...html.matchAll(MODULE_PRELOAD)].map(([, href]) => href ?? ''),
		imports
	);
	const held = text.replace(
		ENTRY_IMPORTS,
		(imports) => `window.__paintFirst(${JSON.stringify(modules)}).then(() => ${imports})`
	);
	const oldHash = scriptHash(text);
	const policy = /<meta http-equiv="content-security-policy" content="[^"]*"/.exec(html)?.[0];
	if (!policy?.includes(oldHash))
		throw new Error(
			'paintFirst: the page’s Content-Security-Policy does not list its start script'
		);
	// Replaced by function: the page's data may hold "$&" and the like.
	return html
		.replace(MODULE_PRELOAD, '')
		.replace(policy, () => policy.replace(oldHash, () => scriptHash(held)))
		.replace(tag, () => `<script>${held}</script>`);
}

/** The modules a built module imports statically, as site paths. */
export type StaticImports = (href: string) => readonly string[];

/** `modules` and every module they import statically, in that order. */
function withImports(modules: string[], imports: StaticImports): string[] {
	const all = new Set(modules);
	for (const href of all) for (const next of imports(href)) all.add(next);
	return [...all];
}

/**
 * Static imports from the client build's Vite manifest (`.vite/manifest.json`): each chunk's
 * `imports`, by the site path its file is served at. `prefix` is the path the files sit under
 * (SvelteKit's `paths.base` and a slash).
 */
export function manifestImports(manifestFile: string, prefix: string): StaticImports {
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
		string,
		{ file: string; imports?: string[] }
	>;
	const byHref = new Map<string, string[]>();
	for (const chunk of Object.values(manifest))
		byHref.set(
			prefix + chunk.file,
			(chunk.imports ?? []).flatMap((key) => {
				const file = manifest[key]?.file;
				return file ? [prefix + file] : [];
			})
		);
	return (href) => byHref.get(href) ?? [];
}
