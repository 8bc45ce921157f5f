// The first five minutes: what a new visitor sees first, and pages that hold on a phone with
// everything opened, on every kind of page.
import type { Page } from '@playwright/test';
import { frameworks } from './data';
import { expect, test } from './page';

/** One page of every kind the site has. */
const PAGES = [
	'/',
	...frameworks.map((fw) => `/frameworks/${fw.id}`),
	'/frameworks/infrastructure-platform-engineering/infrastructure-platform/p4',
	'/frameworks/senior-platform-engineer-rubric/senior-platform-engineer/leading-mid',
	'/skills',
	'/skills/mentoring',
	'/transitions',
	'/search?q=terraform',
	'/quiz',
	'/quiz/family/platform',
	'/frameworks/nowhere'
];

/** Opens every disclosure and every "show the data as a table" on the page. */
async function openEverything(page: Page): Promise<void> {
	await page.evaluate(() => {
		for (const details of document.querySelectorAll('details')) details.open = true;
	});
}

test.describe('on a phone (390 px), with every table and disclosure open', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const path of PAGES) {
		test(`${path} does not scroll sideways`, async ({ page }) => {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await openEverything(page);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(390);
		});
	}

	test('the step guidelines read as cards, each value under its column’s name', async ({
		page
	}) => {
		await page.goto('/frameworks/speedoc-engineering');
		const table = page.getByRole('region', { name: 'Step guidelines' }).locator('table');
		const row = table.locator('tbody tr').first();
		// The row is a card: its cells stack, not side by side.
		const [step, scale] = [row.locator('th'), row.locator('td').first()];
		expect((await scale.boundingBox())!.y).toBeGreaterThan((await step.boundingBox())!.y);
		const label = await row
			.locator('td[data-label="Ownership"]')
			.evaluate((td) => getComputedStyle(td, '::before').content);
		expect(label).toBe('"Ownership"');
	});
});

test.describe('the first screen', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('the home ladder starts within the first 800 px, search and the quiz one click away', async ({
		page
	}) => {
		await page.goto('/');
		const ladder = page.getByRole('figure', { name: /common P1–P7 scale/ });
		expect((await ladder.boundingBox())!.y).toBeLessThan(800);
		await expect(
			page.getByRole('main').getByRole('link', { name: /quiz/i }).first()
		).toBeInViewport();
		await expect(
			page.getByRole('main').getByRole('link', { name: 'Search everything' }).first()
		).toBeInViewport();
	});
});

test.describe('the page before its scripts', () => {
	// A prerendered page reads without its scripts: it paints first, then fetches them (app.html,
	// src/lib/server/paint-first.ts), so their download and start-up never hold that paint back;
	// then it asks for all of its modules at once.
	for (const path of ['/', '/frameworks/senior-platform-engineer-rubric', '/quiz', '/nowhere']) {
		test(`${path} paints before it fetches its first script, then asks for all at once`, async ({
			page,
			request
		}) => {
			await page.goto(path);
			const { paint, firstScript, preloads } = await page.evaluate(() => ({
				paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
				firstScript: Math.min(
					...performance
						.getEntriesByType('resource')
						.filter((r) => new URL(r.name).pathname.endsWith('.js'))
						.map((r) => r.startTime)
				),
				preloads: [...document.head.querySelectorAll('link[rel="modulepreload"]')].map(
					(link) => new URL((link as HTMLLinkElement).href).pathname
				)
			}));
			expect(paint).toBeGreaterThan(0);
			expect(firstScript).toBeLessThan(Infinity);
			expect(firstScript).toBeGreaterThan(paint!);
			// The preload links come with the scripts, not in the HTML: SvelteKit's start and the
			// page's own component among them, so that neither waits for the module importing it.
			const html = await (await request.get(path)).text();
			expect(html.match(/<link[^>]*rel="modulepreload"[^>]*>/g)).toBeNull();
			expect(preloads).toContainEqual(expect.stringContaining('/entry/start.'));
			expect(preloads).toContainEqual(expect.stringMatching(/\/nodes\/([2-9]|\d\d)/));
		});
	}
});

test.describe('small words', () => {
	test('a framework with one step says "1 step"', async ({ page }) => {
		await page.goto('/frameworks/vaarst-devops-engineer');
		await expect(page.getByText(/· 1 step ·/)).toBeVisible();
		await expect(page.getByText(/\b1 steps\b/)).toHaveCount(0);
	});

	test('a cell page title names the framework once', async ({ page }) => {
		await page.goto('/frameworks/vaarst-devops-engineer/devops-engineer/level-4');
		await expect(page).toHaveTitle('DevOps Engineer · Level 4 (Mid) · Career Explorer');
	});

	test('untagged statements carry no stray "#" row; tagged ones list their skills', async ({
		page
	}) => {
		await page.goto(
			'/frameworks/senior-platform-engineer-rubric/senior-platform-engineer/leading-mid'
		);
		const items = page.locator('ul.statements > li');
		const count = await items.count();
		expect(count).toBeGreaterThan(0);
		for (let i = 0; i < count; i++) {
			const tags = items.nth(i).locator('.tags');
			if ((await tags.count()) > 0) await expect(tags.getByRole('link')).not.toHaveCount(0);
		}
	});

	test('a data note names the sentences it concerns by their text, not their ids', async ({
		page
	}) => {
		await page.goto('/frameworks/platform-engineer');
		const note = page.locator('#note-level-7-repeats-level-6');
		await note.getByText(/sentences?\s+it concerns/).click();
		await expect(note.getByRole('link').first()).toHaveText(/\w+ \w+ \w+/);
		await expect(note.getByRole('link', { name: /^level-7-\d$/ })).toHaveCount(0);
	});

	test('scraped page chrome is kept as labelled source context, out of the reading path', async ({
		page
	}) => {
		await page.goto('/frameworks/infrastructure-platform-engineering');
		const context = page.locator('details#source-text');
		await expect(context).not.toHaveAttribute('open');
		await expect(context.locator('summary')).toContainText('Source context');
		await expect(page.getByText('Title aliasesshow ▾', { exact: true })).toBeHidden();
	});

	test('a missing skill’s page leads back to the skills, not the frameworks', async ({ page }) => {
		await page.goto('/skills/mentorng');
		await expect(page.getByRole('link', { name: 'See all skills' })).toHaveAttribute(
			'href',
			'/skills'
		);
	});

	test('a cross-organisation pair keeps its spaces: “Platform (Speedoc …)”', async ({ page }) => {
		await page.goto('/transitions');
		await expect(page.getByRole('main')).not.toContainText(/Platform\(Speedoc/);
		await expect(page.getByRole('main')).toContainText(
			'Platform (Speedoc Engineering Career Tracks)'
		);
	});
});

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('hints speak of tapping, not of hovering or keys', async ({ page }) => {
		await page.goto('/');
		const main = page.getByRole('main');
		await expect(main.getByText('Hover or focus a step').filter({ visible: true })).toHaveCount(0);
		await expect(
			main.getByText('Tap a step for why it sits there').filter({ visible: true }).first()
		).toBeVisible();
	});
});
