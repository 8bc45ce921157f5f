// Bring your own framework, as a person does it: paste a ladder, check what was found, save it in
// this browser and explore it with every view (chart, cells, search, quiz), then delete it; broken
// files point at their line; hostile text stays text; damaged storage is set aside, not a crash;
// a share link carries the framework to another browser; accessibility.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, visit, watch } from './page';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** A ladder as its Markdown says it: "## <level>" headings with "- <statement>" bullets under them. */
function levelsOf(markdown: string): { name: string; statements: string[] }[] {
	const levels: { name: string; statements: string[] }[] = [];
	for (const line of markdown.split('\n')) {
		const heading = /^## (.+)$/.exec(line);
		const bullet = /^- (.+)$/.exec(line);
		if (heading) levels.push({ name: heading[1]!, statements: [] });
		else if (bullet) levels.at(-1)!.statements.push(bullet[1]!);
	}
	return levels;
}

const LADDER = fixture('lighthouse-ladder.md');
const LADDER_NAME = 'Lighthouse Engineering Ladder';
const LADDER_LEVELS = levelsOf(LADDER);
const LADDER_STATEMENTS = LADDER_LEVELS.flatMap((l) => l.statements);
const HOSTILE = fixture('hostile-ladder.md');

const textbox = (page: Page) => page.getByRole('textbox', { name: /^Paste/ });
const preview = (page: Page) => page.getByRole('region', { name: 'What was found' });
const saved = (page: Page) => page.getByRole('region', { name: 'Saved in this browser' });
const chart = (page: Page) => page.getByRole('group', { name: /: level progression$/ });
/** The chart's link to one level of the ladder's only track. */
const chartStep = (page: Page, level: string) =>
	chart(page).getByRole('link', { name: new RegExp(`^${LADDER_NAME} at ${level}: `) });

/** Paste `text` on /import and press Import; the preview shows once it is read. */
async function importText(page: Page, text: string) {
	await visit(page, '/import');
	await textbox(page).fill(text);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(preview(page)).toBeVisible();
}

/** Save the previewed framework as it is curated; returns the id its Explore link opens. */
async function saveIt(page: Page, name: string): Promise<string> {
	await page.getByRole('button', { name: 'Save in this browser' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Saved “${name}”` })).toBeVisible();
	const explore = page.getByRole('link', { name: `Explore ${name}`, exact: true }).last();
	await expect(explore).toHaveAttribute('href', /^\/mine\/framework\?fw=/);
	return new URL((await explore.getAttribute('href'))!, 'http://x').searchParams.get('fw')!;
}

/** Whether hostile text did anything: a script ran, a handler or a javascript: link exists. */
const injected = (page: Page) =>
	page.evaluate(() => ({
		pwned: (window as { __pwned?: unknown }).__pwned,
		onerror: document.querySelectorAll('img[onerror], [onerror]').length,
		javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length
	}));

const resultShown = (page: Page) =>
	page.evaluate(() => document.getElementById('result-title') !== null);
const statementText = (page: Page) =>
	page.evaluate(
		() =>
			(document.getElementById('statement')?.textContent ?? '').replace(/\s+/g, ' ').trim() || null
	);

/** Plays the quiz as a person at level `at` (0-based): Consistently up to it, Not yet above. */
async function playAs(page: Page, at: number): Promise<void> {
	await expect(page.locator('#statement')).toBeVisible();
	for (let asked = 0; !(await resultShown(page)); asked++) {
		expect(asked).toBeLessThanOrEqual(LADDER_STATEMENTS.length);
		const before = (await statementText(page))!;
		const level = LADDER_LEVELS.findIndex((l) => l.statements.includes(before));
		expect(level, `“${before}” is one of the ladder's statements`).toBeGreaterThanOrEqual(0);
		await page.keyboard.press(level <= at ? '4' : '1');
		// The next statement, or the result (the statement goes first while the result loads).
		await expect
			.poll(async () => {
				if (await resultShown(page)) return true;
				const now = await statementText(page);
				return now !== null && now !== before;
			})
			.toBe(true);
	}
}

test('a pasted Markdown ladder: preview, save, and every view of it, then delete', async ({
	page
}) => {
	const problems = watch(page);
	await importText(page, LADDER);

	// What was found: 4 levels, 1 track, 12 statements, 3 a level in the table.
	await expect(preview(page)).toContainText(
		`Read as Markdown (from its content): ${LADDER_LEVELS.length} levels, 1 track, ${LADDER_STATEMENTS.length} statements.`
	);
	const counts = preview(page).getByRole('table', { name: 'Statements per level and track' });
	for (const level of LADDER_LEVELS) {
		const row = counts
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: level.name, exact: true }) });
		await expect(row.getByRole('cell')).toHaveText([String(level.statements.length)]);
	}
	await page.getByRole('textbox', { name: 'Organisation' }).fill('Lighthouse Labs');
	const id = await saveIt(page, LADDER_NAME);
	await page
		.getByRole('link', { name: `Explore ${LADDER_NAME}`, exact: true })
		.last()
		.click();
	const frameworkUrl = `/mine/framework?fw=${id}`;
	await expect(page).toHaveURL(frameworkUrl);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(LADDER_NAME);
	await expect(page.locator('p.meta')).toHaveText(
		new RegExp(
			`^Lighthouse Labs · career ladder · ${LADDER_LEVELS.length} steps · ${LADDER_STATEMENTS.length} statements · `
		)
	);

	// The chart: one link per level, each with its statement count.
	await expect(chart(page).getByRole('link')).toHaveCount(LADDER_LEVELS.length);
	for (const level of LADDER_LEVELS) {
		await expect(chartStep(page, level.name)).toHaveAttribute(
			'aria-label',
			new RegExp(`\\b${level.statements.length} statements$`)
		);
	}

	// One cell: its statements, word for word.
	const third = LADDER_LEVELS[2]!;
	await chartStep(page, third.name).click();
	await expect(page).toHaveURL(/^[^?]*\/mine\/cell\?fw=.+&track=.+&step=engineer-iii$/);
	const cellUrl = page.url();
	const statements = page.locator('ul.statements');
	await expect(statements.locator(':scope > li')).toHaveCount(third.statements.length);
	for (const text of third.statements) {
		await expect(statements.getByText(text, { exact: true })).toBeVisible();
	}

	// Search finds its sentence, typos and all, from any page; the hit opens that cell.
	const sentence = third.statements[2]!; // "Mentors newer engineers through their first on-call rotation."
	await visit(page, '/');
	await page.keyboard.press('/');
	const palette = page.getByRole('dialog', { name: 'Search' });
	await palette.getByRole('combobox').fill('mentors newer enginers first on-call rotaton');
	const hit = palette.getByRole('listbox').getByRole('option').first();
	await expect(hit).toContainText(sentence);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`^${literal(cellUrl)}#.+`));
	const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
	await expect(page.locator(`ul.statements > li[id="${anchor}"]`)).toContainText(sentence);

	// The quiz, played to a result; the result link reopens the same suggestion.
	await visit(page, frameworkUrl);
	await page
		.getByRole('link', { name: `Where am I on ${LADDER_NAME}? Take the quiz`, exact: true })
		.click();
	await expect(page).toHaveURL(/^[^?]*\/mine\/quiz\?fw=.+&track=[^&]+$/);
	await playAs(page, 1);
	await expect(page).toHaveURL(/^[^?]*\/mine\/quiz\?fw=.+&track=.+&r=[A-Za-z0-9_-]+$/);
	const title = page.locator('#result-title');
	await expect(title).toHaveText(/^Suggested step: /);
	const suggestion = (await title.textContent())!;
	expect(suggestion).toContain(LADDER_LEVELS[1]!.name);
	await page.reload();
	await expect(title).toHaveText(suggestion);

	// Still there after a reload.
	await page.goto(frameworkUrl);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(LADDER_NAME);
	await expect(chart(page).getByRole('link')).toHaveCount(LADDER_LEVELS.length);

	// Deleted on /import: gone from the list, and its page says there is no such framework.
	await visit(page, '/import');
	const explore = saved(page).getByRole('link', { name: `Explore ${LADDER_NAME}`, exact: true });
	await expect(explore).toBeVisible();
	await saved(page)
		.getByRole('button', { name: `Delete ${LADDER_NAME}` })
		.click();
	await expect(explore).toHaveCount(0);
	await page.goto(frameworkUrl);
	await expect(page.getByRole('alert')).toHaveText(`There is no framework called “${id}”.`);
	expect(problems).toEqual([]);
});

/** A string matched literally in a RegExp. */
function literal(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a link to an imported framework, opened in a browser that saved none, says so', async ({
	page
}) => {
	const problems = watch(page);
	const asked: string[] = [];
	page.on('request', (r) => asked.push(new URL(r.url()).pathname));
	for (const path of ['/mine/framework?fw=my-ladder', '/mine/cell?fw=my-ladder&track=ic&step=1']) {
		await visit(page, path);
		await expect(page.getByRole('alert')).toContainText('No framework is saved in this browser');
		await expect(page.getByRole('link', { name: 'Bring your own framework' })).toHaveAttribute(
			'href',
			'/import'
		);
	}
	// Nothing is read for a view there is nothing to draw with.
	expect(asked).not.toContain('/catalog.json');
	expect(problems).toEqual([]);
});

test('broken JSON names its line, and the problem selects that line in the textbox', async ({
	page
}) => {
	const problems = watch(page);
	// Line 4 misses the comma between its two values.
	const lines = [
		'{',
		'\t"id": "missing-comma",',
		'\t"name": "Missing Comma Ladder",',
		'\t"organisation": "Example Co" "kind": "ladder",',
		'\t"steps": [],',
		'\t"tracks": [],',
		'\t"statements": []',
		'}'
	];
	const json = lines.join('\n');
	await visit(page, '/import');
	await textbox(page).fill(json);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	const alert = page.getByRole('alert').filter({ hasText: 'to fix' });
	const problem = alert.getByRole('button', { name: /^line 4: / });
	await expect(problem).toHaveText(/^line 4: .*comma/);
	await expect(preview(page)).toHaveCount(0);

	await problem.click();
	await expect(textbox(page)).toBeFocused();
	const start = json.indexOf(lines[3]!);
	const selection = await textbox(page).evaluate((el: HTMLTextAreaElement) => [
		el.selectionStart,
		el.selectionEnd
	]);
	expect(selection).toEqual([start, start + lines[3]!.length]);
	expect(problems).toEqual([]);
});

test('hostile text in a ladder stays text on every page that shows it', async ({ page }) => {
	const problems = watch(page);
	const name = 'Hostile <img src=x onerror="window.__pwned=1"> Ladder';
	await importText(page, HOSTILE);
	// The importer says it kept the <script> as text.
	await expect(page.getByText(/raw HTML <script> is kept as text/)).toBeVisible();
	await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
	const id = await saveIt(page, name);
	expect(await injected(page)).toEqual({ pwned: undefined, onerror: 0, javascriptLinks: 0 });

	await page
		.getByRole('link', { name: `Explore ${name}`, exact: true })
		.last()
		.click();
	await expect(page).toHaveURL(`/mine/framework?fw=${id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	const levels = levelsOf(HOSTILE);
	await expect(chart(page).getByRole('link')).toHaveCount(levels.length);
	expect(await injected(page)).toEqual({ pwned: undefined, onerror: 0, javascriptLinks: 0 });

	// Every cell, reached from the chart; the <script> statements read as written.
	for (const [i, level] of levels.entries()) {
		await page.goto(`/mine/framework?fw=${id}`);
		// The chart names the track ("Hostile Ladder", from the file's title), not the framework.
		await chart(page)
			.getByRole('link', { name: new RegExp(` at ${level.name}: `) })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(level.name);
		await expect(page.locator('ul.statements > li')).toHaveCount(level.statements.length);
		if (i === 0) {
			await expect(
				page.getByText('Writes tests <script>window.__pwned=1</script> for the code they change.', {
					exact: true
				})
			).toBeVisible();
		}
		expect(await injected(page)).toEqual({ pwned: undefined, onerror: 0, javascriptLinks: 0 });
	}

	// And in the search palette, which marks the words it matched.
	await page.keyboard.press('/');
	const palette = page.getByRole('dialog', { name: 'Search' });
	await palette.getByRole('combobox').fill('leads delivery quarterly project script');
	await expect(palette.getByRole('option').first()).toContainText(
		'<script>window.__pwned=1</script>'
	);
	expect(await injected(page)).toEqual({ pwned: undefined, onerror: 0, javascriptLinks: 0 });
	expect(problems).toEqual([]);
});

/** Writes `entry` under `key` in the saved frameworks' store, as a damaged browser might hold it. */
async function writeEntry(page: Page, key: string, entry: unknown) {
	await page.evaluate(
		({ key, entry }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('career-explorer', 1);
				// The page has made the stores already; made here too so the write cannot miss.
				open.onupgradeneeded = () => {
					for (const store of ['frameworks', 'set-aside']) {
						if (!open.result.objectStoreNames.contains(store)) open.result.createObjectStore(store);
					}
				};
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction('frameworks', 'readwrite');
					tx.objectStore('frameworks').put(entry, key);
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ key, entry }
	);
}

test('damaged saved entries are set aside with a notice, and importing still works', async ({
	page
}) => {
	const problems = watch(page);
	const notice = page
		.getByRole('status')
		.filter({ hasText: /^One framework saved in this browser could not be read back/ });
	const setAside = saved(page)
		.getByRole('list')
		.filter({ has: page.getByRole('button', { name: /^Download what was stored/ }) });

	await visit(page, '/import');
	await writeEntry(page, 'broken', {
		version: 1,
		id: 'broken',
		savedAt: 'x',
		framework: { nonsense: true }
	});
	await visit(page, '/import');
	await expect(notice).toBeVisible();
	await expect(saved(page).getByRole('heading', { name: 'Set aside' })).toBeVisible();
	await expect(setAside.getByRole('listitem')).toHaveText([/^broken\s*could not be read back: /]);

	await writeEntry(page, 'from-the-future', {
		version: 99,
		id: 'from-the-future',
		savedAt: new Date().toISOString(),
		framework: {}
	});
	await visit(page, '/import');
	await expect(notice).toBeVisible();
	// The one just found first, then the one set aside before.
	await expect(setAside.getByRole('listitem')).toHaveText([
		/^from-the-future\s*could not be read back: it was saved by another version of this site/,
		/^broken\s*could not be read back: it no longer passes validation/
	]);

	// The page still works: a ladder imports, saves and is listed; the entries set aside stay listed.
	await textbox(page).fill(LADDER);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(preview(page)).toContainText(`${LADDER_STATEMENTS.length} statements`);
	await saveIt(page, LADDER_NAME);
	await expect(
		saved(page).getByRole('link', { name: `Explore ${LADDER_NAME}`, exact: true })
	).toBeVisible();
	await expect(setAside.getByRole('listitem')).toHaveCount(2);
	expect(problems).toEqual([]);
});

test('a share link opens the same framework in another browser', async ({
	page,
	context,
	browser
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const name = 'Lighthouse Ladder, shared';
	await importText(page, LADDER);
	await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
	await saveIt(page, name);
	await saved(page)
		.getByRole('button', { name: `Copy share link to ${name}` })
		.click();
	await expect(page.getByRole('status').filter({ hasText: /^Link copied/ })).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\/import#share=[A-Za-z0-9_-]+$/);

	const elsewhere = await browser.newContext();
	const other = await elsewhere.newPage();
	const problems = watch(other);
	await other.goto(link);
	await expect(
		other.getByRole('status').filter({ hasText: 'This framework came with the link you opened' })
	).toBeVisible();
	await expect(preview(other)).toContainText(
		`Read as JSON (from the file’s extension): ${LADDER_LEVELS.length} levels, 1 track, ${LADDER_STATEMENTS.length} statements.`
	);
	await expect(other.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(name);
	// Nothing is saved in the other browser until the person saves it.
	await expect(saved(other)).toHaveCount(0);
	const id = await saveIt(other, name);
	await other
		.getByRole('link', { name: `Explore ${name}`, exact: true })
		.last()
		.click();
	await expect(other).toHaveURL(`/mine/framework?fw=${id}`);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(chart(other).getByRole('link')).toHaveCount(LADDER_LEVELS.length);
	expect(problems).toEqual([]);
	await elsewhere.close();
});

test.describe('accessibility (axe)', () => {
	test('/import with a saved framework, a preview and its warnings', async ({ page }) => {
		await importText(page, LADDER);
		await saveIt(page, LADDER_NAME);
		await expect(saved(page)).toBeVisible();
		await expect(page.getByText(/warning/).first()).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations).toEqual([]);
	});

	test('/mine/framework', async ({ page }) => {
		await importText(page, LADDER);
		const id = await saveIt(page, LADDER_NAME);
		await visit(page, `/mine/framework?fw=${id}`);
		await expect(chart(page).getByRole('link')).toHaveCount(LADDER_LEVELS.length);
		await expect(
			page.getByRole('heading', { name: 'On the common scale, beside the built-in frameworks' })
		).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations).toEqual([]);
	});
});

test.describe('delete and undo', () => {
	/** Import the ladder under `name` and save it; the page stays on /import. */
	async function saveLadderAs(page: Page, name: string) {
		await textbox(page).fill(LADDER);
		await page.getByRole('button', { name: 'Import', exact: true }).click();
		// A second import replaces the preview: wait for the fresh one before naming it.
		await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
		await expect(preview(page)).toBeVisible();
		await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
		await saveIt(page, name);
	}
	const listed = (page: Page) => saved(page).getByRole('link', { name: /^Explore / });

	test('Undo brings a deleted framework back', async ({ page }) => {
		const problems = watch(page);
		await visit(page, '/import');
		await saveLadderAs(page, 'First ladder');
		await saveLadderAs(page, 'Second ladder');
		await expect(listed(page)).toHaveText(['Explore Second ladder', 'Explore First ladder']);
		await saved(page).getByRole('button', { name: 'Delete First ladder' }).click();
		await expect(listed(page)).toHaveText(['Explore Second ladder']);
		const deleted = page.getByRole('status').filter({ hasText: 'Deleted “First ladder”.' });
		await deleted.getByRole('button', { name: 'Undo' }).click();
		await expect(deleted).toHaveCount(0);
		// Back in the list (in any order: Undo saves it again).
		await expect(listed(page)).toHaveCount(2);
		await expect(listed(page).filter({ hasText: 'Explore First ladder' })).toHaveCount(1);
		expect(problems).toEqual([]);
	});

	test('deleting the last saved framework still offers Undo', async ({ page }) => {
		await visit(page, '/import');
		await saveLadderAs(page, LADDER_NAME);
		await saved(page)
			.getByRole('button', { name: `Delete ${LADDER_NAME}` })
			.click();
		await expect(listed(page)).toHaveCount(0);
		await expect(
			page.getByRole('status').filter({ hasText: `Deleted “${LADDER_NAME}”.` })
		).toBeVisible();
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(listed(page)).toHaveText([`Explore ${LADDER_NAME}`]);
	});

	test('a delete’s Undo is gone once another framework is saved, and cannot overwrite it', async ({
		page
	}) => {
		await visit(page, '/import');
		await saveLadderAs(page, 'One');
		await saved(page).getByRole('button', { name: 'Delete One' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Deleted “One”.' })).toBeVisible();
		await saveLadderAs(page, 'Two');
		await expect(listed(page)).toHaveText(['Explore Two']);
		await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
	});
});

// An imported framework's cell is drawn after the page loads (it is read from IndexedDB), after
// the browser looked for the link's #statement: the page goes to it once drawn.
test('a link to a statement of an imported framework lands on it, highlighted', async ({
	page
}) => {
	// One level long enough that its last statement starts below the first screen.
	const statements = Array.from(
		{ length: 30 },
		(_, n) => `Keeps promise number ${n + 1} made to the platform team.`
	);
	const long = `# Long Ladder\n\n## Level 1\n\n${statements.map((s) => `- ${s}`).join('\n')}\n\n## Level 2\n\n- Leads the platform team.\n`;
	await importText(page, long);
	const id = await saveIt(page, 'Long Ladder');
	await page.goto(`/mine/framework?fw=${id}`);
	await chart(page)
		.getByRole('link', { name: / at Level 1: / })
		.click();
	const item = page.locator('ul.statements > li').last();
	await expect(item).toContainText(statements.at(-1)!);
	const link = `${new URL(page.url()).pathname}${new URL(page.url()).search}#${await item.getAttribute('id')}`;
	// Opened afresh, as a link from elsewhere is (not a jump within the page already open).
	await page.goto('/');
	await page.goto(link);
	await expect(item).toBeInViewport();
	expect(await item.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('an imported step compared with a built-in step at the same common level', async ({
	page
}) => {
	const problems = watch(page);
	await importText(page, LADDER);
	const id = await saveIt(page, LADDER_NAME);
	await visit(page, `/mine/framework?fw=${id}`);
	const link = page.getByRole('link', { name: 'Compare with a built-in framework' });
	await expect(link).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(/\/compare\?a=/);
	const cells = page.getByRole('region', { name: 'The cells' });
	// The imported cell links to its own page; the built-in one to its prerendered page.
	await expect(cells.getByRole('link', { name: new RegExp(`^${LADDER_NAME}`) })).toHaveAttribute(
		'href',
		/^\/mine\/cell\?fw=/
	);
	await expect(
		cells.getByRole('link', { name: /^Infrastructure & Platform Engineering/ })
	).toHaveAttribute('href', /^\/frameworks\/infrastructure-platform-engineering\//);
	// Every statement of the imported first level, verbatim.
	for (const s of LADDER_LEVELS[0]!.statements)
		await expect(page.getByRole('main')).toContainText(s);
	// The same link reopens the same comparison (the imported cell is read from this browser).
	await page.reload();
	await expect(cells.getByRole('link', { name: new RegExp(`^${LADDER_NAME}`) })).toBeVisible();
	expect(problems).toEqual([]);
});

test('a saved framework downloads as the JSON it was saved as', async ({ page }) => {
	await importText(page, LADDER);
	const id = await saveIt(page, LADDER_NAME);
	const downloading = page.waitForEvent('download');
	await saved(page)
		.getByRole('button', { name: `Download JSON of ${LADDER_NAME}` })
		.click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe(`${id}.json`);
	const json = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
		id: string;
		name: string;
		statements: { text: string }[];
	};
	expect(json.id).toBe(id);
	expect(json.name).toBe(LADDER_NAME);
	expect(json.statements.map((s) => s.text)).toEqual(LADDER_STATEMENTS);
});
