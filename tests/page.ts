// What the browser tests share about driving a page.
import type { Page } from '@playwright/test';

/**
 * Open a page and wait until its scripts have run: a chart's marks, the shortcuts and the forms
 * answer only from hydration on. Returns the page's response.
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
