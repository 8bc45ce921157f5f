// Static blocks (src/lib/components/static): content the page prerenders is left as it is in the
// browser, not walked by its start-up. What that must not cost a person: a link to another page of
// the same kind shows that page's content, not the one they left; a page reached by a link shows
// in full; a view read from the link still applies; the links inside still navigate in the site.
import type { Page } from '@playwright/test';
import { expect, test } from './page';

/** What `path` reads when opened directly: its prerendered text. */
async function readDirectly(page: Page, path: string): Promise<string> {
	const other = await page.context().newPage();
	await other.goto(path);
	await other.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const text = await other.locator('main').innerText();
	await other.close();
	return text;
}

/** Marks the loaded document: gone if a click reloads the page instead of navigating in it. */
const markDocument = (page: Page) =>
	page.evaluate(() => ((window as unknown as { kept: boolean }).kept = true));
const documentKept = (page: Page) =>
	page.evaluate(() => (window as unknown as { kept?: boolean }).kept === true);

test('a common level reached from another level shows that level, drawn afresh', async ({
	page
}) => {
	await page.goto('/levels/p4');
	const block = page.locator('main .static-block').first();
	// Opened directly: the prerendered content stays as it is.
	await expect(block).not.toHaveAttribute('data-drawn');
	await markDocument(page);

	await page
		.getByRole('navigation', { name: 'Common levels' })
		.getByRole('link', { name: 'P5' })
		.click();
	await expect(page).toHaveURL('/levels/p5');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('P5 across every framework');
	await expect(block).toHaveAttribute('data-drawn', '');
	expect(await documentKept(page)).toBe(true);
	// Word for word what P5 reads when opened directly: nothing of P4 is left.
	expect(await page.locator('main').innerText()).toBe(await readDirectly(page, '/levels/p5'));

	// Back: P4 again, in full.
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('P4 across every framework');
	expect(await page.locator('main').innerText()).toBe(await readDirectly(page, '/levels/p4'));
});

test('a link inside a block left as prerendered navigates in the site, to a page in full', async ({
	page
}) => {
	await page.goto('/');
	await markDocument(page);
	const cards = page.getByRole('heading', { name: 'Frameworks', level: 2 }).locator('xpath=..');
	await expect(cards).toHaveAttribute('class', /static-block/);
	await cards.getByRole('link', { name: 'Senior Platform Engineer', exact: true }).click();
	await expect(page).toHaveURL('/frameworks/senior-platform-engineer-rubric');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Senior Platform Engineer');
	expect(await documentKept(page)).toBe(true);
	// Its blocks are drawn by the browser and read as the prerendered page does.
	await expect(page.locator('main .static-block[data-drawn]')).toHaveCount(3);
	expect(await page.locator('main').innerText()).toBe(
		await readDirectly(page, '/frameworks/senior-platform-engineer-rubric')
	);
	await expect(page.getByRole('heading', { name: 'Data notes' })).toBeVisible();
});

test('a skill’s evidence follows the view: a link’s frameworks only, then every one again', async ({
	page
}) => {
	await page.goto('/skills/mentoring');
	const evidence = page
		.getByRole('heading', { name: 'Evidence, step by step' })
		.locator('xpath=..');
	const sections = evidence.locator('section.framework h3');
	const all = (await sections.allInnerTexts()).map((t) => t.trim());
	expect(all.length).toBeGreaterThan(1);
	await expect(evidence).not.toHaveAttribute('data-drawn');

	// A link that keeps one framework: the prerendered evidence of the others goes.
	await page.goto('/skills/mentoring?fw=vaarst-devops-engineer');
	await expect(sections).toHaveText(['DevOps Engineer']);
	await expect(evidence).toHaveAttribute('data-drawn', '');

	// Every framework shown again from the page's own controls: all of them, in their order.
	const frameworks = page.getByRole('group', { name: 'Frameworks' });
	for (const name of all.filter((n) => n !== 'DevOps Engineer')) {
		await frameworks.getByRole('checkbox', { name, exact: true }).check();
	}
	await expect(page).toHaveURL('/skills/mentoring');
	await expect(sections).toHaveText(all);
});

test('the skills index reached again by a link shows its small curves with it, even when scripts are slow', async ({
	page
}) => {
	await page.goto('/skills');
	const curves = page.locator('main [data-island="sparkline"] svg');
	const count = await curves.count();
	expect(count).toBeGreaterThan(0);
	// Left as prerendered: the curves are pictures, and no code of theirs has run.
	await expect(page.locator('main [data-island="sparkline"][data-live]')).toHaveCount(0);
	// Anything the person does fetches their code, as it would a chart outside a static block.
	await page.mouse.move(200, 200);
	await page.waitForLoadState('networkidle');
	await page.route('**/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.locator('main a[href="/skills/mentoring"]').first().click();
	await expect(page).toHaveURL('/skills/mentoring');
	await page
		.getByRole('navigation', { name: 'Breadcrumb' })
		.getByRole('link', { name: 'Skills' })
		.click();
	await expect(page).toHaveURL('/skills');
	// Drawn with the page, not once their code arrives 1.5 s later.
	expect(await curves.count()).toBe(count);
});

test('a promotion page reached from the next one shows its own comparison, drawn afresh', async ({
	page
}) => {
	await page.goto('/compare/platform-engineer/platform-engineer/level-4');
	const block = page.locator('main .static-block').first();
	await expect(block).not.toHaveAttribute('data-drawn');
	await markDocument(page);

	const next = page
		.getByRole('navigation', { name: 'Neighbouring comparisons' })
		.locator('a[rel=next]');
	const target = new URL((await next.getAttribute('href'))!, page.url()).pathname;
	await next.click();
	await expect(page).toHaveURL(target);
	await expect(block).toHaveAttribute('data-drawn', '');
	expect(await documentKept(page)).toBe(true);
	expect(await page.locator('main').innerText()).toBe(await readDirectly(page, target));
	// What is not in the block still runs: the Markdown follows the comparison shown.
	await page.getByText('Show the Markdown').click();
	const heading = (await page.getByRole('heading', { level: 1 }).innerText()).split(': ')[1]!;
	await expect(page.getByRole('textbox', { name: 'The comparison as Markdown' })).toHaveValue(
		new RegExp(heading.split(' → ')[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
	);
});

test('the transitions list follows the focused track of a link, and every transition again', async ({
	page
}) => {
	const list = (p: Page) => p.getByRole('region', { name: 'Every transition, in words' });
	const whole = await page.context().newPage();
	await whole.goto('/transitions');
	await whole.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	// Opened directly without a focus: the prerendered list stays as it is.
	await expect(list(whole).locator('.static-block')).not.toHaveAttribute('data-drawn');
	const everything = await list(whole).innerText();
	await whole.close();

	await page.goto('/transitions?from=speedoc-engineering/platform');
	await expect(list(page).getByRole('heading', { name: /^To and from / })).toBeVisible();
	await expect(list(page).locator('.static-block')).toHaveAttribute('data-drawn', '');
	await page.getByRole('button', { name: 'Show all transitions' }).click();
	await expect(page).toHaveURL('/transitions');
	await expect(list(page).getByRole('heading', { name: /^To and from / })).toHaveCount(0);
	expect(await list(page).innerText()).toBe(everything);
});
