// Search as a person uses it: the palette from the keyboard on any page, typos forgiven, landing on
// the statement; the /search page as a shareable, reloadable link that hostile text cannot abuse.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { covers, stepPlacement } from '../src/lib/frameworks/queries';
import { framework, frameworks, squash } from './data';
import { expect, test, visit, watch } from './page';

const BUILD = join(import.meta.dirname, '..', process.env.BUILD_DIR ?? 'build');
const palette = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const combobox = (page: Page) => palette(page).getByRole('combobox');
const options = (page: Page) => palette(page).getByRole('listbox').getByRole('option');

const rubric = framework('senior-platform-engineer-rubric');
/** "Kubernetes upgrade delivered on schedule…", searched with two typos. */
const upgrade = rubric.statements.find((s) => s.text.startsWith('Kubernetes upgrade delivered'))!;

test('a typo query finds the statement, and Enter lands on it highlighted', async ({ page }) => {
	const problems = watch(page);
	await visit(page, '/');
	await page.keyboard.press('/');
	await expect(combobox(page)).toBeFocused();
	await combobox(page).fill('kubernets upgrade delivred');

	const first = options(page).first();
	await expect(first).toContainText(squash(upgrade.text));
	await expect(first).toHaveAttribute('aria-selected', 'true');
	await expect(combobox(page)).toHaveAttribute(
		'aria-activedescendant',
		(await first.getAttribute('id'))!
	);
	// The typed words are marked in the result.
	await expect(first.locator('mark').first()).toHaveText('Kubernetes');

	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(
		`/frameworks/${rubric.id}/${upgrade.track}/${upgrade.step}#${upgrade.id}`
	);
	await expect(palette(page)).toBeHidden();
	const item = page.locator(`li[id="${upgrade.id}"]`);
	await expect(item).toContainText(upgrade.text);
	await expect(item).toBeInViewport();
	expect(await item.evaluate((el) => el.matches(':target'))).toBe(true);
	const background = await item.evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(background).not.toBe('rgba(0, 0, 0, 0)');
	expect(problems).toEqual([]);
});

test('a skill opens its growth curve, a step its page', async ({ page }) => {
	const problems = watch(page);
	await visit(page, '/');
	await page.keyboard.press('/');
	await combobox(page).fill('k8s');
	await expect(options(page).first()).toContainText('Container orchestration');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL('/skills/container-orchestration');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Container orchestration');

	await page.keyboard.press('/');
	await combobox(page).fill('p7 staff');
	await expect(options(page).first()).toContainText('P7 (Staff / Distinguished Professional)');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(
		'/frameworks/infrastructure-platform-engineering/infrastructure-platform/p7'
	);
	expect(problems).toEqual([]);
});

test('"/" and Ctrl+K open the palette; Esc closes it and gives focus back', async ({ page }) => {
	const problems = watch(page);
	const fw = framework('platform-engineer');
	await visit(page, `/frameworks/${fw.id}`);
	const link = page.getByRole('banner').getByRole('link', { name: 'Career Explorer' });
	await link.focus();

	await page.keyboard.press('Control+k');
	await expect(palette(page)).toBeVisible();
	await expect(combobox(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(palette(page)).toBeHidden();
	await expect(link).toBeFocused();

	// Pressed again only if the palette is not open yet: under load the first key can land while
	// the closing palette is still handing focus back.
	await expect(async () => {
		if (!(await palette(page).isVisible())) await page.keyboard.press('/');
		await expect(combobox(page)).toBeFocused({ timeout: 1000 });
	}).toPass({ timeout: 10_000 });
	// The query is kept between openings, selected so typing replaces it.
	await page.keyboard.type('k8s');
	await expect(combobox(page)).toHaveValue('k8s');
	await expect(options(page).first()).toContainText('Container orchestration');
	await page.keyboard.press('Escape');
	await expect(link).toBeFocused();
	expect(problems).toEqual([]);
});

test('"/" typed in a text field is a character, not a shortcut', async ({ page }) => {
	await visit(page, '/search');
	const field = page.getByRole('searchbox');
	await field.click();
	await page.keyboard.type('ci/cd');
	await expect(field).toHaveValue('ci/cd');
	await expect(palette(page)).toBeHidden();
});

test('arrow keys move through results grouped by kind, filters narrow them', async ({ page }) => {
	await visit(page, '/');
	await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
	await combobox(page).fill('golden path');
	await expect(options(page).first()).toContainText('Platform as product');
	await expect(palette(page).getByRole('group', { name: 'Skills' })).toBeVisible();
	await expect(palette(page).getByRole('group', { name: /^Statements · / })).toBeVisible();

	await page.keyboard.press('ArrowDown');
	const second = options(page).nth(1);
	await expect(second).toHaveAttribute('aria-selected', 'true');
	await expect(combobox(page)).toHaveAttribute(
		'aria-activedescendant',
		(await second.getAttribute('id'))!
	);
	await page.keyboard.press('ArrowUp');
	await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
	// Up from the first wraps to the last: the link to every result.
	await page.keyboard.press('ArrowUp');
	await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
	await expect(options(page).last()).toContainText(/See all \d+ results/);

	await palette(page).getByRole('button', { name: 'Filters' }).click();
	await palette(page).getByLabel('Kind').selectOption('skill');
	await expect(palette(page).getByRole('group', { name: /^Statements/ })).toHaveCount(0);
	await expect(options(page).first()).toContainText('Platform as product');
	await expect(options(page)).toHaveCount(2); // the skill, and the link to the search page
	await expect(palette(page).getByRole('button', { name: /^Filters\s\(1\)$/ })).toBeVisible();
});

test('recent searches come back, and damaged ones are ignored', async ({ page }) => {
	const problems = watch(page);
	await visit(page, '/');
	await page.evaluate(() =>
		localStorage.setItem('career-explorer:search:recent:v1', '{"queries": [')
	);
	await page.keyboard.press('/');
	await combobox(page).fill('onbord workloads');
	await expect(options(page).first()).toContainText('onboard workloads');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#p2-4$/);

	await page.keyboard.press('/');
	await combobox(page).fill('');
	const recent = palette(page).getByRole('listbox', { name: 'Recent searches' });
	await expect(recent.getByRole('option')).toHaveText(['onbord workloads']);
	await page.keyboard.press('Enter');
	await expect(combobox(page)).toHaveValue('onbord workloads');
	expect(problems).toEqual([]);
});

test('a /search?q= link opens its results, and a reload keeps them', async ({ page }) => {
	const problems = watch(page);
	await page.goto('/search?q=eror+budget&kind=statement');
	const field = page.getByRole('searchbox');
	await expect(field).toHaveValue('eror budget');
	const expected = rubric.statements.filter((s) => /error budget/i.test(s.text));
	const hits = page.getByRole('main').getByRole('link', { name: /error budget/i });
	await expect(hits).toHaveCount(expected.length);
	await expect(page.getByRole('heading', { name: 'Skills' })).toHaveCount(0);

	await page.reload();
	await expect(field).toHaveValue('eror budget');
	await expect(hits).toHaveCount(expected.length);

	// Typing replaces the URL (no new history entry), so the link in the address bar is current.
	const length = await page.evaluate(() => history.length);
	await field.fill('golden path');
	await expect(page).toHaveURL('/search?q=golden+path&kind=statement');
	expect(await page.evaluate(() => history.length)).toBe(length);
	await page.reload();
	await expect(field).toHaveValue('golden path');
	await expect(
		page
			.getByRole('main')
			.getByRole('link', { name: /golden path/i })
			.first()
	).toBeVisible();
	expect(problems).toEqual([]);
});

test('on /search, Filters opens its fields, narrows the results into the link, and a reload keeps them', async ({
	page
}) => {
	await visit(page, '/search?q=platform');
	const main = page.getByRole('main');
	const filters = main.getByText('Filters', { exact: true });
	const kind = main.getByRole('combobox', { name: 'Kind' });
	await expect(main.getByRole('heading', { name: /^Skills/ })).toBeVisible();
	await expect(kind).toBeHidden();
	await filters.click();
	await kind.selectOption({ label: 'Statements' });
	await expect(page).toHaveURL(/[?&]kind=statement(&|$)/);
	await expect(main.getByText(/^Filters\s\(1\)$/)).toBeVisible();
	await expect(main.getByRole('heading', { name: /^Skills/ })).toHaveCount(0);
	await expect(main.getByRole('heading', { name: /^Statements · / }).first()).toBeVisible();

	// A link with filters opens with them shown.
	await page.reload();
	await expect(kind).toBeVisible();
	await expect(kind).toHaveValue('statement');
	await main.getByRole('button', { name: 'Clear filters' }).click();
	await expect(page).not.toHaveURL(/kind=/);
	await expect(main.getByRole('heading', { name: /^Skills/ })).toBeVisible();
	// Still open: the person opened it.
	await expect(kind).toHaveValue('');
});

/** Whether a built script holds Fuse. */
const holdsFuse = (path: string) =>
	readFileSync(join(BUILD, path), 'utf8').includes('Fuse.match does not support');

/** The scripts the page itself loaded (not a worker's), as site paths. */
const pageScripts = (page: Page) =>
	page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => new URL(e.name).pathname)
			.filter((path) => path.endsWith('.js') && !path.includes('/workers/'))
	);

test('a /search?q= link searches in a worker: Fuse never loads on the page', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
	await page.goto('/search?q=terraform');
	await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
	expect(workers).toHaveLength(1);
	expect(holdsFuse(workers[0]!), 'the worker runs Fuse').toBe(true);
	const onPage = await pageScripts(page);
	expect(onPage.length).toBeGreaterThan(3);
	expect(onPage.filter(holdsFuse)).toEqual([]);
});

test('where the search worker cannot start, search runs on the page all the same', async ({
	page
}) => {
	await page.route('**/workers/search.worker-*.js', (route) => route.abort());
	await page.goto('/search?q=terraform');
	const first = page.getByRole('main').getByRole('listitem').first();
	await expect(first).toContainText(/terraform/i);
	await expect(page.getByText(/^\d+ results?\./).first()).toBeVisible();
	// Found by Fuse on the page: one of the page's own scripts holds it.
	expect((await pageScripts(page)).filter(holdsFuse)).toHaveLength(1);
	// The palette shares it.
	await page.keyboard.press('/');
	await combobox(page).fill('kubernets');
	await expect(options(page).first()).toBeVisible();
});

for (const url of ['/search?q=terraform', '/import']) {
	test(`${url} asks for every module it imports at once, not one import level after another`, async ({
		page
	}) => {
		await page.goto(url);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await page.waitForLoadState('networkidle');
		const scripts = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((e) => new URL(e.name).pathname.endsWith('.js'))
				.map((e) => ({
					path: new URL(e.name).pathname,
					start: e.startTime,
					end: (e as PerformanceResourceTiming).responseEnd
				}))
		);
		const code = (path: string) => readFileSync(join(BUILD, path), 'utf8');
		let checked = 0;
		for (const importer of scripts) {
			const dir = importer.path.slice(0, importer.path.lastIndexOf('/'));
			// Its static imports (`from"./x.js"`; dynamic ones are asked for when used).
			for (const [, file] of code(importer.path).matchAll(/from\s*"\.\/([^"]+\.js)"/g)) {
				const imported = scripts.find((s) => s.path === `${dir}/${file}`);
				expect(imported, `${importer.path} imports ${file}`).toBeDefined();
				// Asked for before the module importing it had arrived: not found by reading it.
				expect(imported!.start, `${file}, imported by ${importer.path}`).toBeLessThan(importer.end);
				checked += 1;
			}
		}
		expect(checked).toBeGreaterThan(5);
	});
}

test('a /search?q= link asks for its index with the page, before the page’s code has arrived', async ({
	page
}) => {
	await page.goto('/search?q=terraform');
	await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
	const requests = await page.evaluate(() =>
		performance.getEntriesByType('resource').map((e) => ({
			path: new URL(e.name).pathname,
			start: e.startTime,
			end: (e as PerformanceResourceTiming).responseEnd
		}))
	);
	const index = requests.filter((r) => r.path === '/search-index.json');
	// Asked for once: the search's own fetch takes the preloaded response.
	expect(index).toHaveLength(1);
	const scripts = requests.filter((r) => r.path.endsWith('.js'));
	expect(scripts.length).toBeGreaterThan(0);
	// Before any of the page's scripts had arrived, so before any could ask for it.
	for (const script of scripts) expect(index[0]!.start, script.path).toBeLessThan(script.end);
});

test('a search link whose index cannot be fetched says so, and Try again brings the results', async ({
	page
}) => {
	const uncaught: string[] = [];
	page.on('pageerror', (error) => uncaught.push(String(error)));
	await page.route('**/search-index.json', (route) => route.abort('internetdisconnected'));
	await page.goto('/search?q=terraform');
	// Shown beside its Try again button (and announced, off screen).
	const retry = page.getByRole('button', { name: 'Try again' });
	const status = page
		.getByRole('main')
		.getByRole('paragraph')
		.filter({ hasText: 'Search could not be loaded.', has: retry });
	await expect(status).toBeVisible();
	await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(0);
	await page.unroute('**/search-index.json');
	await retry.click();
	await expect(status).toHaveCount(0);
	await expect(
		page.getByRole('main').getByRole('link', { name: /Infrastructure as code/ })
	).toBeVisible();
	expect(uncaught).toEqual([]);
});

for (const hostile of [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'%E0%A4%A',
	'{{constructor.constructor("alert(1)")()}}'
]) {
	test(`a /search link with ${JSON.stringify(hostile)} shows text and runs nothing`, async ({
		page
	}) => {
		const problems = watch(page);
		await page.goto(`/search?q=${encodeURIComponent(hostile)}`);
		await expect(page.getByRole('searchbox')).toHaveValue(hostile);
		await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
		// Whatever it finds, the text is shown as text: no element made of it.
		await expect(page.locator('main img, main script')).toHaveCount(0);
		await expect(page.locator('p.status')).toBeVisible();
		expect(await page.title()).toContain(hostile.trim());
		// Search has loaded and shown what it found: whatever the text could set off has run.
		await expect(page.locator('p.status')).not.toHaveText(/Loading search/);
		expect(problems).toEqual([]);
	});
}

/** The line saying what search understood of a query's level words. */
const understood = (scope: Locator) => scope.locator('p', { hasText: /^\s*Understood:/ });

/** The statements whose text matches `pattern` and whose range on the common scale covers `level`. */
function statementsAt(pattern: RegExp, level: number) {
	return frameworks.flatMap((fw) =>
		fw.statements.filter(
			(s) =>
				pattern.test(s.text) &&
				covers(
					stepPlacement(
						fw.steps.find((x) => x.id === s.step)!,
						fw.tracks.find((t) => t.id === s.track)
					),
					level
				)
		)
	);
}

test('"terraform P4" on /search: says what it understood, finds Terraform at P4, keeps the URL', async ({
	page
}) => {
	const problems = watch(page);
	// Typed into the empty page: the URL follows every keystroke.
	await visit(page, '/search');
	const main = page.getByRole('main');
	await page.getByRole('searchbox').pressSequentially('terraform P4');
	await expect(page).toHaveURL('/search?q=terraform+P4');
	await expect(understood(main)).toHaveText(/Understood:\s*terraform · at P4/);
	// The link opens the same.
	await page.goto('/search?q=terraform+P4');
	await expect(page.getByRole('searchbox')).toHaveValue('terraform P4');
	await expect(understood(main)).toHaveText(/Understood:\s*terraform · at P4/);
	const expected = statementsAt(/terraform/i, 4);
	expect(expected.length).toBeGreaterThan(0);
	const first = main
		.getByRole('region', { name: /^Statements/ })
		.getByRole('link')
		.first();
	await expect(first).toContainText(squash(expected[0]!.text).slice(0, 60));
	// Terraform at P2 is not at P4.
	await expect(main.getByRole('link', { name: /authoring Terraform/ })).toHaveCount(0);
	await expect(page).toHaveURL('/search?q=terraform+P4');

	// Typed: the URL follows, and a level word that is not "P4" says what it was read as.
	await page.getByRole('searchbox').fill('Terraform level 4');
	await expect(page).toHaveURL('/search?q=Terraform+level+4');
	await expect(understood(main)).toHaveText(
		/Terraform · at P4\s*\(“level 4” is P4 on the common scale\)/
	);
	await expect(first).toContainText(squash(expected[0]!.text).slice(0, 60));

	// The way out: the words as typed, kept in the URL; and back.
	await main.getByRole('button', { name: 'Search the words “Terraform level 4” instead' }).click();
	await expect(page).toHaveURL('/search?q=Terraform+level+4&literal=1');
	await expect(understood(main)).toContainText('Every word searched as text');
	await expect(page.locator('p.status')).toHaveText('No results for “Terraform level 4”.');
	await page.reload();
	await expect(understood(main)).toContainText('Every word searched as text');
	await main.getByRole('button', { name: 'Read “level 4” as P4' }).click();
	await expect(page).toHaveURL('/search?q=Terraform+level+4');
	await expect(first).toContainText(squash(expected[0]!.text).slice(0, 60));
	expect(problems).toEqual([]);
});

test('"platform engineer level 5" and "senior" on /search read as levels', async ({ page }) => {
	const problems = watch(page);
	await page.goto('/search?q=platform+engineer+level+5');
	const main = page.getByRole('main');
	await expect(understood(main)).toHaveText(/platform engineer · at P5/);
	// The Platform Engineer Track's track first (tracks are the first group), and 002's P5 step.
	await expect(main.getByRole('heading', { level: 2 }).first()).toHaveText(/^Tracks/);
	await expect(main.getByRole('link').first()).toContainText('Platform Engineer');
	await expect(
		main.getByRole('link', { name: /Infrastructure & Platform Engineering · P5$/ })
	).toBeVisible();

	await page.getByRole('searchbox').fill('senior');
	await expect(understood(main)).toHaveText(
		/Everything at P4–P5\s*\(“senior” spans P4–P5 on the common scale\)/
	);
	await expect(main.getByRole('heading', { name: /^Skills/ })).toHaveCount(0);
	expect(problems).toEqual([]);
});

test('"Senior Platform Engineer" is a name; the level is one click away', async ({ page }) => {
	const problems = watch(page);
	await page.goto('/search?q=Senior+Platform+Engineer');
	const main = page.getByRole('main');
	await expect(understood(main)).toHaveText(
		/“Senior” read as part of the name “Senior Platform Engineer”/
	);
	await expect(main.getByRole('link').first()).toContainText('Senior Platform Engineer');
	await main.getByRole('button', { name: 'Search “Platform Engineer” at P4–P5 instead' }).click();
	await expect(page.getByRole('searchbox')).toHaveValue('Platform Engineer P4–P5');
	await expect(page).toHaveURL('/search?q=Platform+Engineer+P4%E2%80%93P5');
	await expect(understood(main)).toHaveText(/Platform Engineer · at P4–P5/);
	expect(problems).toEqual([]);
});

test('in the palette: "mentoring senior" says what it understood; "mentorng" lists Mentoring first', async ({
	page
}) => {
	const problems = watch(page);
	await visit(page, '/');
	await page.keyboard.press('/');
	await combobox(page).fill('mentoring senior');
	await expect(understood(palette(page))).toHaveText(
		/mentoring · at P4–P5\s*\(“senior” spans P4–P5 on the common scale\)/
	);
	const mentoring = statementsAt(/mentor/i, 4).concat(statementsAt(/mentor/i, 5));
	await expect(options(page).first()).toContainText(/mentor/i);
	const firstText = await options(page).first().innerText();
	expect(mentoring.some((s) => firstText.includes(squash(s.text).slice(0, 40)))).toBe(true);

	// The way out keeps focus in the field.
	await palette(page)
		.getByRole('button', { name: 'Search the words “mentoring senior” instead' })
		.click();
	await expect(combobox(page)).toBeFocused();
	await expect(understood(palette(page))).toContainText('Every word searched as text');
	await expect(options(page).last()).toHaveAttribute('href', /literal=1/);

	await combobox(page).fill('mentorng');
	await expect(understood(palette(page))).toHaveCount(0);
	await expect(options(page).first()).toContainText('Mentoring');
	await expect(options(page).nth(4)).toBeVisible();
	for (const text of await options(page)
		.allInnerTexts()
		.then((t) => t.slice(0, 5))) {
		expect(text).not.toMatch(/documenting/i);
	}
	expect(problems).toEqual([]);
});

test('a malformed /search link falls back to no filter', async ({ page }) => {
	const problems = watch(page);
	await page.goto('/search?q=k8s&kind=nope&fw=unknown&track=x&from=P9&to=zz');
	await expect(
		page.getByRole('main').getByRole('link', { name: /Container orchestration/ })
	).toBeVisible();
	expect(problems).toEqual([]);
});

test('without JavaScript, /search is a plain form that says results need JavaScript', async ({
	browser,
	request
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/search?q=golden+path');
	// A GET form: submitting it opens /search?q=… (the same page, for when JavaScript comes back).
	const form = page.getByRole('search');
	await expect(form).toHaveAttribute('method', /get/i);
	await expect(form).toHaveAttribute('action', '/search');
	await expect(form.getByRole('searchbox')).toHaveAttribute('name', 'q');
	// Nothing misleading: no results, no "no results", no endless "loading".
	await expect(page.getByText(/No results|Loading search|\d+ results?\./)).toHaveCount(0);
	await expect(page.locator('main section, main .status')).toHaveCount(0);
	await context.close();
	// The note is in a <noscript> (Chromium with scripts switched off by a test does not show
	// <noscript> content, a browser without JavaScript does).
	const html = await (await request.get('/search?q=golden+path')).text();
	expect(html).toMatch(/<noscript>\s*<p[^>]*>\s*Search results need JavaScript/);
});

test('the palette and the search page have no accessibility violations', async ({ page }) => {
	await visit(page, '/search?q=golden+path');
	await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
	const onPage = await new AxeBuilder({ page }).analyze();
	expect(onPage.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	// With what it understood of a level word, light and dark.
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.getByRole('searchbox').fill('mentoring senior');
		await expect(understood(page.getByRole('main'))).toBeVisible();
		const reading = await new AxeBuilder({ page }).analyze();
		expect(reading.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		await page.getByRole('searchbox').fill('');
	}

	await page.keyboard.press('Control+k');
	await combobox(page).fill('kubernets');
	await expect(options(page).first()).toBeVisible();
	const inPalette = await new AxeBuilder({ page }).include('dialog').analyze();
	expect(inPalette.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	await combobox(page).fill('terraform level 4');
	await expect(understood(palette(page))).toBeVisible();
	const readingInPalette = await new AxeBuilder({ page }).include('dialog').analyze();
	expect(readingInPalette.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
