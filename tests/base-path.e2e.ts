// The site built for a sub-path (BASE_PATH=/explorer, as on a GitHub Pages project page), served
// under it (playwright.base.config.ts): every link, fetch and page stays under /explorer/. Run by
// `npm run test:base`, never by the default configuration (which serves a root build).
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PATH as BASE } from '../playwright.base.config';
import { framework, squash } from './data';
import { expect, test, visit } from './page';

const IPE = framework('infrastructure-platform-engineering');
const mentoring = IPE.statements.find((s) => s.skills.includes('mentoring'))!;
const RUBRIC = framework('senior-platform-engineer-rubric');
const upgrade = RUBRIC.statements.find((s) => s.text.startsWith('Kubernetes upgrade delivered'))!;
const LADDER = readFileSync(
	join(import.meta.dirname, 'fixtures', 'import', 'lighthouse-ladder.md'),
	'utf8'
);

/**
 * Every request the page makes that leaves the base (another path on this host, or another host),
 * and every console error or uncaught exception.
 */
function watch(page: Page, baseURL: string | undefined): { outside: string[]; errors: string[] } {
	const origin = new URL(baseURL!).origin;
	const outside: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!url.protocol.startsWith('http')) return; // data: and blob: URLs go nowhere
		if (url.origin !== origin || !url.pathname.startsWith(`${BASE}/`)) outside.push(request.url());
	});
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(String(e)));
	return { outside, errors };
}

/** The links of this site on the page (in-page anchors and other sites' addresses left out). */
async function siteLinks(page: Page): Promise<string[]> {
	const hrefs = await page
		.locator('a[href]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	return hrefs.filter((href) => !href.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(href));
}

test('every link of the home page and a framework page, and a walk to a skill, stay under the base', async ({
	page,
	baseURL
}) => {
	const { outside, errors } = watch(page, baseURL);
	await visit(page, `${BASE}/`);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const home = await siteLinks(page);
	expect(home.length).toBeGreaterThan(20);
	expect(home.filter((href) => !href.startsWith(`${BASE}/`))).toEqual([]);

	await page.getByRole('main').getByRole('link', { name: IPE.name, exact: true }).click();
	await expect(page).toHaveURL(`${BASE}/frameworks/${IPE.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(IPE.name);
	// The page marks its framework in the header (the path is read without the base).
	await expect(
		page.getByRole('navigation', { name: 'Frameworks' }).getByRole('link', { name: IPE.name })
	).toHaveAttribute('aria-current', 'page');
	const frameworkLinks = await siteLinks(page);
	expect(frameworkLinks.length).toBeGreaterThan(20);
	expect(frameworkLinks.filter((href) => !href.startsWith(`${BASE}/`))).toEqual([]);

	const cell = `${BASE}/frameworks/${IPE.id}/${mentoring.track}/${mentoring.step}`;
	await page.locator(`main a[href="${cell}"]`).filter({ visible: true }).first().click();
	await expect(page).toHaveURL(cell);
	await page
		.locator(`li[id="${mentoring.id}"]`)
		.getByRole('link', { name: 'Mentoring', exact: true })
		.click();
	await expect(page).toHaveURL(`${BASE}/skills/mentoring`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Mentoring');
	await expect(
		page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Skills' })
	).toHaveAttribute('aria-current', 'page');

	expect(outside).toEqual([]);
	expect(errors).toEqual([]);
});

test('the search palette loads its index and worker from under the base and opens a statement there', async ({
	page,
	baseURL
}) => {
	const { outside, errors } = watch(page, baseURL);
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
	await visit(page, `${BASE}/skills`);
	await page.keyboard.press('/');
	const palette = page.getByRole('dialog', { name: 'Search' });
	await palette.getByRole('combobox').fill('kubernets upgrade delivred');
	await expect(palette.getByRole('option').first()).toContainText(squash(upgrade.text));
	// Searched in its worker, whose script is under the base too.
	expect(workers).toEqual([expect.stringMatching(`^${BASE}/_app/immutable/workers/search`)]);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(
		`${BASE}/frameworks/${RUBRIC.id}/${upgrade.track}/${upgrade.step}#${upgrade.id}`
	);
	await expect(page.locator(`li[id="${upgrade.id}"]`)).toContainText(upgrade.text);
	expect(outside).toEqual([]);
	expect(errors).toEqual([]);
});

test('the import page reads a pasted ladder in its worker and explores it under the base', async ({
	page,
	baseURL
}) => {
	const { outside, errors } = watch(page, baseURL);
	await visit(page, `${BASE}/import`);
	await page.getByRole('textbox', { name: /^Paste/ }).fill(LADDER);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByRole('region', { name: 'What was found' })).toContainText(
		'Read as Markdown (from its content)'
	);
	await page.getByRole('button', { name: 'Save in this browser' }).click();
	const explore = page.getByRole('link', { name: /^Explore Lighthouse/ }).last();
	await expect(explore).toHaveAttribute('href', new RegExp(`^${BASE}/mine/framework\\?fw=`));
	await explore.click();
	// The page reads the built-in catalogue (catalog.json) from under the base, then draws.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lighthouse Engineering Ladder');
	expect(outside).toEqual([]);
	expect(errors).toEqual([]);
});

test('an unknown page gets the not-found page, its suggestions under the base', async ({
	page,
	baseURL
}) => {
	const { outside, errors } = watch(page, baseURL);
	const response = await visit(page, `${BASE}/frameworks/nope`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/);
	await expect(page.getByText('There is no framework called “nope”.')).toBeVisible();
	const suggestions = page.locator('ul.suggestions a');
	await expect(suggestions.first()).toBeVisible();
	const links = await siteLinks(page);
	expect(links.filter((href) => !href.startsWith(`${BASE}/`))).toEqual([]);
	await expect(page.getByRole('link', { name: 'See all frameworks' })).toHaveAttribute(
		'href',
		`${BASE}/`
	);
	await suggestions.first().click();
	await expect(page).toHaveURL(new RegExp(`^[^?#]*${BASE}/frameworks/[a-z0-9-]+$`));
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/could not find/);

	// A path outside the base is not part of the site.
	expect((await page.request.get('/frameworks/' + IPE.id)).status()).toBe(404);
	expect(outside).toEqual([]);
	// The host's 404 for the page itself is expected; nothing else may fail.
	expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test.describe('offline under the base', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the service worker keeps the site under the base, and pages open offline', async ({
		page,
		context
	}) => {
		await visit(page, `${BASE}/`);
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(new URL(scope).pathname).toBe(`${BASE}/`);
		await context.setOffline(true);
		await page.goto(`${BASE}/skills/mentoring`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Mentoring');
		await page.goto(`${BASE}/frameworks/nope`);
		await expect(page.getByText('There is no framework called “nope”.')).toBeVisible();
	});
});
