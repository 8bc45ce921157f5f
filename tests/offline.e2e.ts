// Offline: after a first visit, every page opens without a network, from the copy the service
// worker kept; an unknown link still gets the not-found page.
import { expect, test } from '@playwright/test';

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
