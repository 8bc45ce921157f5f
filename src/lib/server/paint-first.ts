import { createHash } from 'node:crypto';

/** SvelteKit's start script loads its two entry files with this expression, then starts the app. */
const ENTRY_IMPORTS = /Promise\.all\(\[\s*import\("[^"]+"\),\s*import\("[^"]+"\)\s*\]\)/;
const SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/** An inline script's CSP source: the hash of its text, as SvelteKit writes it. */
export const scriptHash = (text: string) =>
	`'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A prerendered page whose scripts start once it has painted: SvelteKit's start script waits for
 * `window.__painted` (a promise that src/app.html's head script settles at the first contentful
 * paint) before it imports the app, and the page's Content-Security-Policy allows the new script
 * by its hash instead of the old one's.
 *
 * The page reads before its scripts run, so nothing in them is needed for its first paint; started
 * while it is parsed, their download and hydration competed with that paint (on a slow phone, or
 * when a service worker answers at once). Throws on a page whose start script or policy is not
 * where SvelteKit writes them: an upgrade that changes them must fail the build, not ship a page
 * whose scripts the policy blocks.
 */
export function paintFirst(html: string): string {
	const starts = [...html.matchAll(SCRIPT)].filter(([, text]) => text?.includes('.start(app,'));
	if (starts.length !== 1) throw new Error(`paintFirst: ${starts.length} SvelteKit start scripts`);
	const [tag, text = ''] = starts[0] ?? [];
	if (!tag || !ENTRY_IMPORTS.test(text))
		throw new Error(
			'paintFirst: SvelteKit’s start script no longer imports its entries as expected'
		);
	const held = text.replace(ENTRY_IMPORTS, (imports) => `window.__painted.then(() => ${imports})`);
	const oldHash = scriptHash(text);
	const policy = /<meta http-equiv="content-security-policy" content="[^"]*"/.exec(html)?.[0];
	if (!policy?.includes(oldHash))
		throw new Error(
			'paintFirst: the page’s Content-Security-Policy does not list its start script'
		);
	// Replaced by function: the page's data may hold "$&" and the like.
	return html
		.replace(policy, () => policy.replace(oldHash, () => scriptHash(held)))
		.replace(tag, () => `<script>${held}</script>`);
}
