// Browsing the bundled frameworks as a person would: from the home page to a framework, to a
// cell, along its steps, and to a statement's anchor.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { framework, frameworks, squash } from './data';
import { expect, test } from './page';

/** Fail the test on any console error or uncaught exception. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(String(e)));
	return errors;
}

test('the home page lists every framework and the common-scale ladder', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	for (const fw of frameworks) {
		await expect(
			page.getByRole('main').getByRole('link', { name: fw.name, exact: true })
		).toBeVisible();
	}
	// Where each step sits on the scale is checked in charts.e2e.ts (the ladder and its table).
	await expect(page.getByRole('figure', { name: /common P1–P7 scale/ })).toBeVisible();
	expect(errors).toEqual([]);
});

test('a person goes from the home page to a cell and walks its steps', async ({ page }) => {
	const errors = watchErrors(page);
	const fw = framework('platform-engineer');
	await page.goto('/');
	await page.getByRole('main').getByRole('link', { name: fw.name, exact: true }).click();
	await expect(page).toHaveURL(`/frameworks/${fw.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fw.name);

	// Level 1 is not applicable in the source ("N/A"), and the page says so.
	await page.goto(`/frameworks/${fw.id}/platform-engineer/level-1`);
	await expect(page.getByText('not applicable', { exact: true })).toBeVisible();
	await expect(page.locator('p.status')).toContainText('the source says “N/A”');

	await page.getByRole('link', { name: /Level 2 →/ }).click();
	await page.getByRole('link', { name: /Level 3 →/ }).click();
	await page.getByRole('link', { name: /Level 4 →/ }).click();
	await expect(page).toHaveURL(`/frameworks/${fw.id}/platform-engineer/level-4`);
	const level4 = fw.statements.filter((s) => s.step === 'level-4');
	await expect(page.getByRole('heading', { level: 2, name: /^Statements/ })).toHaveText(
		`Statements (${level4.length})`
	);
	const statements = page.locator('ul.statements');
	for (const s of level4) await expect(statements.getByText(s.text, { exact: true })).toBeVisible();
	await page.getByRole('link', { name: /← Level 3/ }).click();
	await expect(page).toHaveURL(`/frameworks/${fw.id}/platform-engineer/level-3`);
	expect(errors).toEqual([]);
});

test('a link to a statement lands on it, highlighted', async ({ page }) => {
	const fw = framework('senior-platform-engineer-rubric');
	const statement = fw.statements[fw.statements.length - 1]!;
	await page.goto(`/frameworks/${fw.id}/${statement.track}/${statement.step}#${statement.id}`);
	const item = page.locator(`li[id="${statement.id}"]`);
	await expect(item).toContainText(statement.text);
	await expect(item).toBeInViewport();
	const background = await item.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('a rubric cell groups its statements by perspective and section', async ({ page }) => {
	const fw = framework('senior-platform-engineer-rubric');
	const step = fw.steps[0]!;
	await page.goto(`/frameworks/${fw.id}/senior-platform-engineer/${step.id}`);
	const perspectives = [
		...new Set(fw.statements.filter((s) => s.step === step.id).map((s) => s.perspective))
	];
	expect(perspectives.length).toBeGreaterThan(1);
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(perspectives as string[]);
	const first = fw.statements.find((s) => s.step === step.id)!;
	const section = page.getByRole('heading', { level: 4, name: first.section }).first();
	await expect(section).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every statement of every framework is on its prerendered cell page', async ({ page }) => {
		test.setTimeout(120_000);
		const cells = new Map<string, string[]>();
		for (const fw of frameworks) {
			for (const s of fw.statements) {
				const url = `/frameworks/${fw.id}/${s.track}/${s.step}`;
				cells.set(url, [...(cells.get(url) ?? []), squash(s.text)]);
			}
		}
		expect(cells.size).toBeGreaterThan(20);
		for (const [url, texts] of cells) {
			await page.goto(url);
			const body = squash(await page.locator('main').innerText());
			const missing = texts.filter((t) => !body.includes(t));
			expect(missing, url).toEqual([]);
		}
	});

	test('every step dimension, description and source text is on the framework page', async ({
		page
	}) => {
		for (const fw of frameworks) {
			await page.goto(`/frameworks/${fw.id}`);
			// Some of it (source context, the sentences a note concerns) sits in disclosures.
			await page.evaluate(() => {
				for (const details of document.querySelectorAll('details')) details.open = true;
			});
			const body = squash(await page.locator('main').innerText());
			const texts = [
				fw.description,
				...fw.steps.flatMap((s) => [s.summary, ...s.dimensions.map((d) => d.text)]),
				...fw.tracks.map((t) => t.description),
				...fw.skills.map((s) => s.sourceDescription),
				...fw.context.map((c) => c.text),
				...fw.notes.map((n) => n.text)
			].filter((t): t is string => Boolean(t));
			const missing = texts.map(squash).filter((t) => !body.includes(t));
			expect(missing, fw.id).toEqual([]);
		}
	});
});

test.describe('stale links', () => {
	test('an unknown framework offers the nearest ones', async ({ page }) => {
		const errors = watchErrors(page);
		const response = await page.goto('/frameworks/speedoc');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/);
		await expect(page.getByText('There is no framework called “speedoc”.')).toBeVisible();
		await page.getByRole('link', { name: 'Speedoc Engineering Career Tracks' }).first().click();
		await expect(page).toHaveURL('/frameworks/speedoc-engineering');
		// The host's 404 status for the page itself is expected; nothing else may fail.
		expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
	});

	test('a misspelt track keeps the step and offers the right track', async ({ page }) => {
		await page.goto('/frameworks/speedoc-engineering/platfrom/level-3');
		await expect(page.getByText(/has no track called “platfrom”/)).toBeVisible();
		await page.getByRole('link', { name: 'Platform · Level 3' }).click();
		await expect(page).toHaveURL('/frameworks/speedoc-engineering/platform/level-3');
	});

	test('an unknown step offers the steps of that track', async ({ page }) => {
		await page.goto('/frameworks/infrastructure-platform-engineering/infrastructure-platform/p9');
		await expect(page.getByText(/has no step called “p9”/)).toBeVisible();
		await expect(page.getByRole('main').getByRole('link', { name: /P\d/ }).first()).toBeVisible();
	});

	test('a malformed escape gets the same helpful page, with its JavaScript working', async ({
		page
	}) => {
		for (const [path, problem] of [
			['/skills/%', 'There is no skill called “%”.'],
			['/frameworks/%E0%A4%A', 'There is no framework called “%E0%A4%A”.']
		] as const) {
			const errors = watchErrors(page);
			await page.goto(path);
			await expect(page.getByText(problem)).toBeVisible();
			// Scripts run: the search palette opens from the keyboard.
			await page.keyboard.press('/');
			await expect(page.getByRole('dialog')).toBeVisible();
			await page.keyboard.press('Escape');
			expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
		}
	});

	test('a path past a real cell names the extra part and offers the cell', async ({ page }) => {
		await page.goto('/frameworks/platform-engineer/platform-engineer/level-4/extra');
		await expect(page.getByText(/has no page below it: “extra”/)).toBeVisible();
		await page.getByRole('main').getByRole('link', { name: 'Platform Engineer · Level 4' }).click();
		await expect(page).toHaveURL('/frameworks/platform-engineer/platform-engineer/level-4');
	});

	test('an overlong link is echoed shortened', async ({ page }) => {
		await page.goto(`/frameworks/${'x'.repeat(300)}`);
		const problem = page.getByText(/^There is no framework called “x+…”\.$/);
		await expect(problem).toBeVisible();
		expect((await problem.textContent())!.length).toBeLessThan(100);
	});

	test('a misspelt skill offers the nearest skills', async ({ page }) => {
		await page.goto('/skills/mentorng');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/);
		await page.getByRole('main').getByRole('link', { name: 'Mentoring' }).first().click();
		await expect(page).toHaveURL('/skills/mentoring');
	});

	test('a link followed inside the app to a missing page gets the same help', async ({ page }) => {
		// The error view arrives with the missing page, not with every page's start-up.
		const errors = watchErrors(page);
		await page.goto('/');
		await page.waitForLoadState('networkidle');
		// A stale link inside a page (as a saved bookmark list or an old document might hold).
		await page.evaluate(() => {
			const link = document.createElement('a');
			link.href = '/frameworks/speedoc';
			link.textContent = 'an old link';
			document.querySelector('main')!.append(link);
		});
		await page.getByRole('link', { name: 'an old link' }).click();
		await expect(page).toHaveURL('/frameworks/speedoc');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/);
		await expect(page.getByText('There is no framework called “speedoc”.')).toBeVisible();
		await page.getByRole('link', { name: 'Speedoc Engineering Career Tracks' }).first().click();
		await expect(page).toHaveURL('/frameworks/speedoc-engineering');
		expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
	});

	test('without JavaScript the not-found page still offers every framework', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/frameworks/nope/nothing/here');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/);
		for (const fw of frameworks) {
			await expect(page.getByRole('main').getByRole('link', { name: fw.name })).toBeVisible();
		}
		await context.close();
	});
});

test('the site makes no request to another host', async ({ page }) => {
	const outside: string[] = [];
	page.on('request', (r) => {
		const host = new URL(r.url()).hostname;
		if (host !== '127.0.0.1') outside.push(r.url());
	});
	for (const path of [
		'/',
		'/frameworks/infrastructure-platform-engineering',
		'/frameworks/speedoc-engineering/tech-lead/level-5'
	]) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(outside).toEqual([]);
});

test.describe('accessibility', () => {
	for (const path of [
		'/',
		'/frameworks/senior-platform-engineer-rubric',
		'/frameworks/infrastructure-platform-engineering/infrastructure-platform/p7',
		'/frameworks/nope'
	]) {
		test(`axe finds no violations on ${path}`, async ({ page }) => {
			await page.goto(path);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}

	test('the skip link moves focus to the content', async ({ page }) => {
		await page.goto('/frameworks/speedoc-engineering');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
	});
});
