// What the browser tests share about driving a page.
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Playwright's `test`, whose `page.goto` returns once the page's scripts have run (the root layout
 * marks `<html data-hydrated>`), as a person waits for a page to answer. The scripts come after
 * the HTML, so a test that typed, hovered or clicked sooner would meet the page without them.
 * Pages opened without JavaScript are not waited for.
 */
export const test = base.extend({
	page: async ({ page, javaScriptEnabled }, use) => {
		if (javaScriptEnabled !== false) {
			const goto = page.goto.bind(page);
			page.goto = async (url, options) => {
				const response = await goto(url, options);
				await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
				return response;
			};
		}
		await use(page);
	}
});

/**
 * Open a page, wait until its scripts have run and the network is quiet: the modules it loads
 * once it runs (an editor's parser, the search code) have arrived too. Returns the response.
 */
export async function visit(page: Page, path: string) {
	const response = await page.goto(path);
	await page.waitForLoadState('networkidle');
	return response;
}

/** Fail the test on any console error, uncaught exception or alert/confirm/prompt dialog. */
export function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	page.on('pageerror', (e) => problems.push(String(e)));
	page.on('dialog', (d) => {
		problems.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	return problems;
}

/**
 * Wait until the chart around `inside` is live. A chart's code loads when it is first used
 * (src/lib/charts/island): a key pressed meanwhile is kept and acted on once it is live, so a test
 * that reads the result of each key at once waits for that, as a person sees the chart answer.
 */
export async function chartLive(inside: Locator) {
	await expect(inside.locator('xpath=ancestor-or-self::*[@data-island]')).toHaveAttribute(
		'data-live',
		''
	);
}
