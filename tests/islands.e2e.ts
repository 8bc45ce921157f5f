// Charts as islands (src/lib/charts/island): each is prerendered whole and its code loads when a
// person first uses it. What that must not cost them: the first hover, key or tap does what it
// does on a live chart, a chart whose code cannot load still reads and links, and a page reached
// by a link shows with its charts drawn.
import type { Page } from '@playwright/test';
import { chartLive, expect, test } from './page';

const LADDER = 'Every framework on the common P1–P7 scale';
const STEP = /^Platform Engineer Track: Level 5,/;

/**
 * Once the page has loaded and the network is quiet: every script it asks for from now on, each
 * answered `delay` ms late, or never when `fail`. Returns their paths as they are asked for.
 */
async function later(page: Page, { delay = 0, fail = false } = {}): Promise<string[]> {
	await page.waitForLoadState('networkidle');
	const scripts: string[] = [];
	await page.route('**/*.js', async (route) => {
		scripts.push(new URL(route.request().url()).pathname);
		if (fail) return route.abort();
		await new Promise((resolve) => setTimeout(resolve, delay));
		await route.continue();
	});
	return scripts;
}

const focusedLabel = (page: Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

test('a chart’s code loads when it is first used, and hydrates the elements the page drew', async ({
	page
}) => {
	await page.goto('/');
	const scripts = await later(page);
	const island = page.locator('[data-island="ladder"]');
	const step = page.getByRole('group', { name: LADDER }).getByRole('link', { name: STEP });
	// Read, not used: the chart is the prerendered one, and none of its code has been asked for.
	await expect(step).toBeVisible();
	expect(scripts).toEqual([]);
	await expect(island).not.toHaveAttribute('data-live');
	const drawn = await step.elementHandle();
	// The first hover loads it; the tooltip of the step under the pointer shows.
	await step.hover();
	await expect(page.locator('.ladder-wide .tooltip')).toBeVisible();
	await chartLive(step);
	expect(scripts.length).toBeGreaterThan(0);
	// The same element, made live (not drawn anew): focus and the pointer stay where they were.
	expect(await drawn!.evaluate((el) => el.isConnected)).toBe(true);
});

test('keys pressed while a chart’s code loads are acted on once it is live, and do not scroll the page', async ({
	page
}) => {
	await page.goto('/');
	await later(page, { delay: 600 });
	const first = page.getByRole('group', { name: LADDER }).locator('[tabindex="0"]');
	await first.focus();
	expect(await focusedLabel(page)).toMatch(/at P1$/);
	const scrolled = await page.evaluate(() => scrollY);
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
	// Still loading: nothing moved yet, the page neither.
	expect(await focusedLabel(page)).toMatch(/at P1$/);
	await expect.poll(() => focusedLabel(page)).toMatch(/: P4, defined, at P4$/);
	expect(await page.evaluate(() => scrollY)).toBe(scrolled);
});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a first tap while the chart’s code loads shows the step’s tooltip; the second opens it', async ({
		page
	}) => {
		await page.goto('/');
		await later(page, { delay: 600 });
		const step = page.getByRole('group', { name: LADDER }).getByRole('link', { name: STEP });
		await step.tap();
		await expect(page.locator('.ladder-narrow .tooltip')).toBeVisible();
		expect(new URL(page.url()).pathname).toBe('/');
		await step.tap();
		await expect(page).toHaveURL('/frameworks/platform-engineer/platform-engineer/level-5');
	});
});

test('a chart whose code cannot load stays as drawn, throws nothing, and its links still open', async ({
	page
}) => {
	const thrown: string[] = [];
	page.on('pageerror', (e) => thrown.push(String(e)));
	await page.goto('/');
	const scripts = await later(page, { fail: true });
	const step = page.getByRole('group', { name: LADDER }).getByRole('link', { name: STEP });
	await step.hover();
	await expect.poll(() => scripts.length).toBeGreaterThan(0);
	await expect(page.locator('[data-island="ladder"]')).not.toHaveAttribute('data-live');
	await expect(page.locator('.ladder-wide .tooltip')).toHaveCount(0);
	await step.click();
	await expect(page).toHaveURL('/frameworks/platform-engineer/platform-engineer/level-5');
	expect(thrown).toEqual([]);
});

test('a page reached by a link shows with its charts drawn, even when their code is slow', async ({
	page
}) => {
	await page.goto('/');
	await later(page, { delay: 400 });
	// At the first frame painted after the new page's heading is in the document: its charts.
	await page.evaluate(() => {
		const w = window as unknown as { charts?: number };
		new MutationObserver((_, observer) => {
			if (!document.querySelector('h1')?.textContent?.includes('Speedoc')) return;
			observer.disconnect();
			requestAnimationFrame(() => {
				w.charts = document.querySelectorAll('[data-island] svg').length;
			});
		}).observe(document.body, { childList: true, subtree: true });
	});
	await page
		.getByRole('navigation', { name: 'Frameworks' })
		.getByRole('link', { name: /Speedoc/ })
		.click();
	await expect(page).toHaveURL('/frameworks/speedoc-engineering');
	const charts = await page.waitForFunction(
		() => (window as unknown as { charts?: number }).charts
	);
	expect(await charts.jsonValue()).toBeGreaterThanOrEqual(2);
});

test('a chart the page redraws before it is used shows the new view, not the prerendered one', async ({
	page
}) => {
	await page.goto('/frameworks/platform-engineer');
	await page.waitForLoadState('networkidle');
	const progression = (name: string) =>
		page.getByRole('main').getByRole('group', { name: `${name}: level progression` });
	await expect(progression('Platform Engineer Track')).toBeVisible();
	// Another framework through the same page: its chart is drawn for it, the old one gone.
	await page
		.getByRole('navigation', { name: 'Frameworks' })
		.getByRole('link', { name: /Speedoc/ })
		.click();
	await expect(page).toHaveURL('/frameworks/speedoc-engineering');
	await expect(progression('Speedoc Engineering Career Tracks')).toBeVisible();
	await expect(progression('Platform Engineer Track')).toHaveCount(0);
});
