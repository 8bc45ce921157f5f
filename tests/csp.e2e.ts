// The Content-Security-Policy holds on every kind of page: each page carries it, and nothing a
// person does (charts, search, the quiz, an import in its worker, compare) breaks it, Trusted
// Types included. Violations are collected from the page's own `securitypolicyviolation` events
// and the browser's console reports.
import type { Page } from '@playwright/test';
import { expect, test } from './page';

/** Every CSP violation the page reports, from its first script on. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (m) => {
		const text = m.text();
		if (/Content Security Policy|Trusted Type/i.test(text)) console.push(text);
	});
	await page.addInitScript(() => {
		const found: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = found;
		document.addEventListener('securitypolicyviolation', (e) =>
			found.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample}`)
		);
	});
	return async () => [
		...console,
		...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))
	];
}

const PAGES = [
	'/',
	'/frameworks/speedoc-engineering',
	'/frameworks/senior-platform-engineer-rubric',
	'/frameworks/infrastructure-platform-engineering/infrastructure-platform/p4',
	'/skills',
	'/skills/mentoring?fw=infrastructure-platform-engineering,speedoc-engineering&from=P2&to=P5',
	'/transitions',
	'/quiz',
	'/quiz/family/platform',
	'/search?q=terraform',
	'/compare?a=speedoc-engineering/platform/level-3&b=infrastructure-platform-engineering/infrastructure-platform/p3',
	'/compare/platform-engineer/platform-engineer/level-4',
	'/levels/p4',
	'/frameworks/no-such-framework',
	'/skills/%'
];

test('every page carries the policy: scripts and styles by hash only, Trusted Types, no plugins, no base', async ({
	page
}) => {
	await page.goto('/');
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
	expect(policy).not.toContain("'unsafe-inline' 'sha256");
	expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
	// Styles: the site's files and the page's own <style> by its hash; no inline style attribute
	// but SvelteKit's announcer's, by its hash.
	expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
	expect(policy).toMatch(/style-src-attr 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/=]+')+;/);
	expect(policy).not.toContain('unsafe-inline');
	for (const directive of [
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
		"connect-src 'self'",
		"require-trusted-types-for 'script'"
	]) {
		expect(policy).toContain(directive);
	}
});

test('framework colours and the page-change announcer hold without style attributes', async ({
	page
}) => {
	const violations = await watchCsp(page);
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	// The header's swatches: each framework's own colour (Speedoc's is #d55e00), from a class.
	const speedoc = page
		.getByRole('navigation', { name: 'Frameworks' })
		.getByRole('link', { name: 'Speedoc Engineering Career Tracks' })
		.locator('.swatch');
	await expect(speedoc).toHaveCSS('background-color', 'rgb(213, 94, 0)');
	// A navigation inside the app: SvelteKit announces the new page, off screen.
	await page.getByRole('link', { name: 'Skills', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Skills');
	const announcer = page.locator('#svelte-announcer');
	await expect(announcer).toContainText('Skills');
	const box = await announcer.boundingBox();
	expect(box?.width).toBeLessThanOrEqual(1);
	expect(box?.height).toBeLessThanOrEqual(1);
	expect(await violations()).toEqual([]);
});

for (const path of PAGES) {
	test(`no violation on ${path}`, async ({ page }) => {
		const violations = await watchCsp(page);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		// Hover and focus what the page draws (tooltips), and open the search palette.
		const mark = page.locator('main svg a:visible, main svg [tabindex="0"]:visible').first();
		if (await mark.count()) {
			await mark.focus();
			await mark.hover();
		}
		await page.keyboard.press('Escape');
		await page.keyboard.press('/');
		await expect(page.getByRole('dialog')).toBeVisible();
		await page.keyboard.type('mentorng');
		await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
		await page.keyboard.press('Escape');
		expect(await violations()).toEqual([]);
	});
}

test('no violation through a quiz to its result', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.goto('/quiz/platform-engineer/platform-engineer');
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: /^Finish now/ }).waitFor();
	for (let i = 0; i < 3; i++) await page.keyboard.press('3');
	await page.getByRole('button', { name: /^Finish now/ }).click();
	await expect(page).toHaveURL(/[?&]r=/);
	await expect(page.locator('#result-title')).toBeVisible();
	expect(await violations()).toEqual([]);
});

test('no violation importing a framework (its worker) and exploring it', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.goto('/import');
	await page.waitForLoadState('networkidle');
	await page
		.getByRole('textbox', { name: /^Paste/ })
		.fill('# Policy Ladder\n\n## Level 1\n\n- Writes code.\n\n## Level 2\n\n- Reviews code.\n');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('region', { name: 'What was found' })).toBeVisible();
	await page.getByRole('button', { name: 'Save in this browser' }).click();
	await page.getByRole('link', { name: 'Explore Policy Ladder', exact: true }).last().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policy Ladder');
	expect(await violations()).toEqual([]);
});

test('a static host that reads _headers sends the hardening headers', async ({ request }) => {
	const page = await request.get('/');
	const headers = page.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
	const html = await page.text();
	const script = /\/_app\/immutable\/[^"]+\.js/.exec(html)![0];
	const asset = await request.get(script, { headers: { 'accept-encoding': 'br' } });
	expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	// Precompressed beside it, and served so.
	expect(asset.headers()['content-encoding']).toBe('br');
});
