// Offline: after a first visit, every page opens without a network, from the copy the service
// worker kept; an unknown link still gets the not-found page. A new deploy waits until asked.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { expect, test } from './page';

test.use({ serviceWorkers: 'allow' });

test('after a first visit, pages open offline, by link and by address', async ({
	page,
	context
}) => {
	await page.goto('/');
	// Ready once installed and active: the app and every page are kept by then.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);

	// A page never opened before, typed as an address.
	await page.goto('/frameworks/speedoc-engineering');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Speedoc Engineering Career Tracks'
	);
	// A link within the site (a client-side navigation reads the page's data).
	await page.goto('/skills');
	await page.getByRole('main').getByRole('link', { name: 'Mentoring', exact: true }).click();
	await expect(page).toHaveURL('/skills/mentoring');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Mentoring');
	// Search works offline (its index was kept).
	await page.keyboard.press('/');
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.keyboard.type('terrafrom');
	await expect(page.getByRole('dialog').getByRole('option').first()).toBeVisible();
	await page.keyboard.press('Escape');
	// A quiz, and an unknown link.
	await page.goto('/quiz/platform-engineer/platform-engineer');
	await expect(page.getByRole('button', { name: /^Finish now/ })).toBeVisible();
	await page.goto('/frameworks/nowhere');
	await expect(page.getByText('There is no framework called “nowhere”.')).toBeVisible();
});

test('a new deploy waits: the page says a new version is ready and swaps only when asked', async ({
	browser
}) => {
	test.setTimeout(90_000);
	// The site copied and served as it is; its service worker then changes, as a deploy changes it.
	const root = mkdtempSync(join(tmpdir(), 'deploy-'));
	cpSync(join(import.meta.dirname, '..', process.env.BUILD_DIR ?? 'build'), root, {
		recursive: true
	});
	const files = sirv(root, { extensions: ['html'], dev: true });
	const server = createServer((req, res) =>
		files(req, res, () => {
			res.writeHead(404).end();
		})
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const context = await browser.newContext({
		serviceWorkers: 'allow',
		baseURL: `http://127.0.0.1:${port}`
	});
	try {
		const page = await context.newPage();
		await page.goto('/quiz/platform-engineer/platform-engineer');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		// Mid-quiz: one answer given.
		await page.getByRole('button', { name: /^Usually/ }).click();
		const asked = page.locator('p.count');
		await expect(asked).toContainText('1 question answered');

		// A mark on this document: a reload or a swap would lose it.
		await page.evaluate(() => ((window as unknown as { same: boolean }).same = true));
		appendFileSync(join(root, 'service-worker.js'), '\n// the next deploy\n');
		await page.evaluate(async () => {
			await (await navigator.serviceWorker.getRegistration())?.update();
		});
		const notice = page.getByRole('status').filter({ hasText: 'A new version' });
		await expect(notice).toHaveText(/A new version of Career Explorer is ready\./, {
			timeout: 30_000
		});
		// Nothing swapped under the person: the same document, the quiz where it was.
		expect(await page.evaluate(() => (window as unknown as { same?: boolean }).same)).toBe(true);
		await expect(asked).toContainText('1 question answered');

		await notice.getByRole('button', { name: 'Reload to use it' }).click();
		await expect(notice).toHaveCount(0);
		await page.waitForLoadState('networkidle');
		const state = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			return { waiting: !!registration?.waiting, controlled: !!navigator.serviceWorker.controller };
		});
		expect(state).toEqual({ waiting: false, controlled: true });
	} finally {
		await context.close();
		server.close();
		rmSync(root, { recursive: true, force: true });
	}
});
