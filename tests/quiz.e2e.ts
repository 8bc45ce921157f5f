// The placement quiz as people take it: whole quizzes with the keyboard, answering from the
// statements' true steps in the data; result links that reopen anywhere (and damaged ones that say
// so); a reload that resumes; damaged saved data that is discarded politely; accessibility.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { framework, squash } from './data';
import { expect, test } from './page';

const reference = framework('infrastructure-platform-engineering');
const QUIZ = '/quiz/infrastructure-platform-engineering/infrastructure-platform';
const STORAGE_KEY = 'career-explorer:quiz:v1';

/** Fail the test on any console error or uncaught exception. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(String(e)));
	return errors;
}

/** The 002 step number (1–7) of the statement on screen, or null when it is not 002's. */
async function referenceStepOnScreen(page: Page): Promise<number | null> {
	const text = squash((await page.locator('#statement').textContent()) ?? '');
	const statement = reference.statements.find((s) => squash(s.text) === text);
	return statement ? reference.steps.findIndex((s) => s.id === statement.step) + 1 : null;
}

/** The 002 step number (1–7) of the statement on screen. */
async function stepOnScreen(page: Page): Promise<number> {
	const step = await referenceStepOnScreen(page);
	if (step === null) throw new Error('not a 002 statement');
	return step;
}

/** The statement on screen (null when none), without waiting for one. */
const statementText = (page: Page) =>
	page.evaluate(() => document.getElementById('statement')?.textContent ?? null);
const resultShown = (page: Page) =>
	page.evaluate(() => document.getElementById('result-title') !== null);

/** Presses `key` (or taps) and waits for the next statement or the result. */
async function answerAndWait(page: Page, act: () => Promise<void>): Promise<void> {
	const before = await statementText(page);
	await act();
	await expect
		.poll(async () => {
			if (await resultShown(page)) return true;
			const now = await statementText(page);
			return now !== null && now !== before;
		})
		.toBe(true);
}

/**
 * Plays until the result shows, as a person at `step`: Consistently (key 4) for statements at or
 * below it, Not yet (key 1) above. Returns how many questions were asked.
 */
async function playAs(page: Page, step: number): Promise<number> {
	await expect(page.locator('#statement')).toBeVisible();
	let asked = 0;
	while (!(await resultShown(page))) {
		const key = (await stepOnScreen(page)) <= step ? '4' : '1';
		await answerAndWait(page, () => page.keyboard.press(key));
		asked++;
		expect(asked).toBeLessThanOrEqual(20);
	}
	return asked;
}

test.describe('whole quizzes on 002, with the keyboard', () => {
	for (const [who, step] of [
		['low', 2],
		['middle', 4],
		['high', 7]
	] as const) {
		test(`a person at P${step} (${who}) is placed at P${step}`, async ({ page }) => {
			const errors = watchErrors(page);
			await page.goto(`/quiz?fw=${reference.id}&track=infrastructure-platform`);
			await expect(page).toHaveURL(QUIZ);
			const asked = await playAs(page, step);
			const heading = page.getByRole('heading', { level: 2, name: /^Suggested step/ });
			await expect(heading).toHaveText(new RegExp(`^Suggested step: P${step}\\b`));
			expect(asked).toBeGreaterThanOrEqual(6);
			await expect(page).toHaveURL(/\?r=[A-Za-z0-9_-]+$/);
			// The chart's table says the same, and the suggestion holds at least 80% there.
			await page.getByText('Show the data as a table').click();
			const row = page.getByRole('row', { name: new RegExp(`^P${step}\\b.*\\(suggested\\)`) });
			const cell = (await row.getByRole('cell').textContent()) ?? '';
			expect(Number(cell.replace(/[^0-9]/g, ''))).toBeGreaterThanOrEqual(80);
			expect(errors).toEqual([]);
		});
	}

	test('from the start page with Tab and Enter, and Back undoes an answer', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto('/quiz');
		await page
			.getByRole('link', { name: 'Start Infrastructure & Platform Engineering', exact: true })
			.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(QUIZ);

		// Tab from the statement to the fourth answer, then Enter.
		const first = await page.locator('#statement').textContent();
		await page.locator('#statement').focus();
		for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Consistently', exact: true })).toBeFocused();
		await page.keyboard.press('Enter');
		const progress = page.getByRole('progressbar', { name: 'Progress' });
		await expect(progress).toHaveAttribute('aria-valuenow', '1');
		await expect(page.locator('#statement')).not.toHaveText(first!);

		// Back: the first statement again, nothing answered.
		await page.getByRole('button', { name: 'Back' }).click();
		await expect(progress).toHaveAttribute('aria-valuenow', '0');
		await expect(page.locator('#statement')).toHaveText(first!);

		// S skips: counted as asked, not as an answer.
		await page.keyboard.press('s');
		await expect(progress).toHaveAttribute('aria-valuenow', '1');
		await expect(page.locator('#statement')).not.toHaveText(first!);
		expect(errors).toEqual([]);
	});

	test('the question shows the statement only, never its step, with the five labelled answers', async ({
		page
	}) => {
		await page.goto(QUIZ);
		const question = page.locator('section.question');
		await expect(question).toBeVisible();
		for (const label of ['Not yet', 'Sometimes', 'Usually', 'Consistently', 'Skip']) {
			await expect(page.getByRole('button', { name: label, exact: true })).toBeVisible();
		}
		const text = (await question.textContent()) ?? '';
		expect(text).not.toMatch(/\bP[1-7]\b/);
	});
});

test.describe('the family quiz, relating only to 002', () => {
	for (const level of [3, 6]) {
		test(`a true P${level} who skips everything not from 002 is placed at P${level}, sure`, async ({
			page
		}) => {
			const errors = watchErrors(page);
			await page.goto('/quiz/family/platform');
			await expect(page.locator('#statement')).toBeVisible();
			let asked = 0;
			while (!(await resultShown(page))) {
				// 002's statements answered from 002's own level; any other statement skipped (S).
				const step = await referenceStepOnScreen(page);
				const key = step === null ? 's' : step <= level ? '4' : '1';
				await answerAndWait(page, () => page.keyboard.press(key));
				asked++;
				expect(asked).toBeLessThanOrEqual(20);
			}
			await expect(page.locator('#result-title')).toHaveText(`Suggested step: P${level}`);
			await expect(page.locator('.sure')).toHaveText(
				/^(Very|Fairly) sure: \d+% of the probability/
			);
			await page.getByText('Show the data as a table').click();
			const row = page.getByRole('row', { name: new RegExp(`^P${level} \\(suggested\\)`) });
			const cell = (await row.getByRole('cell').textContent()) ?? '';
			expect(Number(cell.replace(/[^0-9]/g, ''))).toBeGreaterThanOrEqual(80);

			// What the level is called across the family, ranges as ranges, and the data notes.
			const names = page
				.getByRole('list')
				.filter({ hasText: 'Infrastructure & Platform Engineering:' });
			await expect(names).toContainText(/P\d–P\d/);
			await expect(
				page.getByRole('heading', { name: 'Notes on the data behind this suggestion' })
			).toBeVisible();
			await expect(page.locator('.data-notes li').first()).toContainText(
				'Infrastructure & Platform Engineering'
			);

			// A plan for a 1:1: at most seven statements, by skill, before the rest is disclosed.
			await expect(page.locator('#growth')).toHaveText(`Growth plan: what P${level + 1} asks for`);
			const planned = page.locator('ol.plan ul.statements > li');
			const count = await planned.count();
			expect(count).toBeGreaterThan(0);
			expect(count).toBeLessThanOrEqual(7);
			await expect(page.locator('ol.plan h3').first()).toBeVisible();
			await expect(page.locator('.key-skills')).toContainText(
				`The skills that matter most for P${level + 1}:`
			);
			const more = page.locator('details.not-asked');
			await expect(more).not.toHaveAttribute('open');
			expect(errors).toEqual([]);
		});
	}
});

test('finish now gives a result at any time, saying when there are not enough answers', async ({
	page
}) => {
	await page.goto(QUIZ);
	await expect(page.locator('#statement')).toBeVisible();
	await page.keyboard.press('4');
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
	await page.getByRole('button', { name: 'Finish now' }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: 'Not enough answers to suggest a step' })
	).toBeVisible();
	await expect(page.getByRole('figure', { name: 'How likely each step is' })).toBeVisible();
});

test('the result link reopens the same result in a new browser context', async ({
	page,
	browser
}) => {
	await page.goto(QUIZ);
	await playAs(page, 5);
	const link = page.url();
	const summary = async (p: Page) => {
		await p.getByText('Show the data as a table').click();
		return {
			heading: await p.locator('#result-title').textContent(),
			table: await p.locator('.chart-table table').textContent(),
			why: await p.locator('ol.statements').textContent()
		};
	};
	const here = await summary(page);
	expect(here.heading).toMatch(/P5/);

	const elsewhere = await browser.newContext();
	const other = await elsewhere.newPage();
	const errors = watchErrors(other);
	await other.goto(link);
	await expect(other.locator('#result-title')).toBeVisible();
	expect(await summary(other)).toEqual(here);
	// Someone else opening it is offered the quiz, not "your questions".
	await expect(other.getByRole('link', { name: 'Take this quiz yourself' })).toBeVisible();
	expect(errors).toEqual([]);
	await elsewhere.close();
});

test('copy as Markdown puts a 1:1 document on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(QUIZ);
	await playAs(page, 4);
	await page.getByRole('button', { name: 'Copy as Markdown' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Markdown copied' })).toBeVisible();
	const markdown = await page.evaluate(() => navigator.clipboard.readText());
	expect(markdown).toMatch(/^# Where am I: Infrastructure & Platform Engineering/);
	expect(markdown).toMatch(/\*\*Suggested step: P4\*\*/);
	expect(markdown).toContain('## Growth plan: what P5 asks for');
	expect(markdown).toContain(`Result link: ${page.url()}`);
});

test('from a track’s result to the family quiz: a fresh quiz on the family’s statements', async ({
	page
}) => {
	await page.goto(QUIZ);
	await playAs(page, 3);
	await page.getByRole('link', { name: 'Place yourself across the family' }).click();
	await expect(page).toHaveURL('/quiz/family/platform');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Platform and infrastructure family' })
	).toBeVisible();
	await expect(page.locator('#statement')).toBeVisible();
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
});

test.describe('damaged result links get a clear message, not an error page', () => {
	for (const [what, damage] of [
		[
			'a changed character',
			(code: string) => code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6)
		],
		['a truncated code', (code: string) => code.slice(0, code.length - 6)],
		['not a code at all', () => 'hello-world']
	] as const) {
		test(what, async ({ page }) => {
			await page.goto(QUIZ);
			await playAs(page, 3);
			const code = new URL(page.url()).searchParams.get('r')!;
			const errors = watchErrors(page);
			const response = await page.goto(`${QUIZ}?r=${damage(code)}`);
			expect(response?.status()).toBe(200);
			await expect(
				page.getByRole('heading', { name: 'This result link cannot be opened' })
			).toBeVisible();
			await expect(
				page.getByText(/^This result link (is damaged|answers a different)/)
			).toBeVisible();
			await expect(page.getByRole('link', { name: /^Take the .* quiz$/ })).toBeVisible();
			expect(errors).toEqual([]);
		});
	}
});

test('a reload mid-quiz resumes where it was', async ({ page }) => {
	await page.goto(QUIZ);
	for (const key of ['4', '1', 's']) {
		const before = await page.locator('#statement').textContent();
		await page.keyboard.press(key);
		await expect(page.locator('#statement')).not.toHaveText(before!);
	}
	const statement = await page.locator('#statement').textContent();
	await page.reload();
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');
	await expect(page.locator('#statement')).toHaveText(statement!);
	await expect(page.getByText(/^Welcome back/)).toBeVisible();
	// Back still works after the reload: the third response (a skip) is undone.
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
});

test.describe('saved data that cannot be kept is discarded with a notice', () => {
	for (const [what, key, value, notice] of [
		['corrupted', STORAGE_KEY, '{"version":1,"quizzes":', /could not be read back/],
		['from an older version', 'career-explorer:quiz:v0', '{"answers":[3,3,0]}', /earlier version/]
	] as const) {
		test(what, async ({ page }) => {
			const errors = watchErrors(page);
			await page.goto(QUIZ);
			// Once the quiz has read the storage, so this first visit does not discard the entry.
			await expect(page.locator('#statement')).toBeVisible();
			await page.evaluate(({ k, v }) => localStorage.setItem(k, v), { k: key, v: value });
			await page.reload();
			await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
			await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
			await expect(page.locator('#statement')).toBeVisible();
			expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
			await page.getByRole('button', { name: 'Dismiss' }).click();
			await expect(page.getByText(notice)).toHaveCount(0);
			expect(errors).toEqual([]);
		});
	}
});

test.describe('the start page', () => {
	test('a track that cannot place explains why and offers the family', async ({ page }) => {
		await page.goto('/quiz?fw=vaarst-devops-engineer&track=devops-engineer');
		const notice = page.getByRole('status');
		await expect(notice).toContainText('cannot place you');
		await expect(notice).toContainText('only Level 4 (Mid)');
		await notice.getByRole('link', { name: /family quiz instead/ }).click();
		await expect(page).toHaveURL('/quiz/family/platform');
		await expect(page.locator('#statement')).toBeVisible();
	});

	test('an unknown framework or track falls back to the start page with a notice', async ({
		page
	}) => {
		await page.goto('/quiz?fw=no-such-framework&track=x');
		await expect(page.getByRole('status')).toContainText(
			'There is no framework called “no-such-framework”.'
		);
		await expect(page.getByRole('heading', { level: 1, name: 'Where am I?' })).toBeVisible();
	});

	test('without JavaScript it still lists every choice and frames the quiz honestly', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/quiz');
		await expect(page.getByText('not a promotion checklist')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Start the family quiz' })).toHaveAttribute(
			'href',
			'/quiz/family/platform'
		);
		await expect(page.getByRole('heading', { name: 'Tracks that cannot place you' })).toBeVisible();
		await context.close();
	});
});

test('on a phone: a whole family quiz by tapping, with nothing wider than the screen', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		hasTouch: true
	});
	const page = await context.newPage();
	const errors = watchErrors(page);
	await page.goto('/quiz/family/platform');
	await expect(page.locator('#statement')).toBeVisible();
	for (let n = 0; n < 20 && !(await resultShown(page)); n++) {
		await answerAndWait(page, () =>
			page.getByRole('button', { name: 'Usually', exact: true }).tap()
		);
	}
	await expect(page.locator('#result-title')).toHaveText(/^Suggested step: P7/);
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);
	expect(errors).toEqual([]);
	await context.close();
});

test.describe('accessibility (axe)', () => {
	test('the start page', async ({ page }) => {
		await page.goto('/quiz');
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations).toEqual([]);
	});

	test('a question', async ({ page }) => {
		await page.goto(QUIZ);
		await expect(page.locator('#statement')).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations).toEqual([]);
	});

	test('a result, with its table and Markdown open', async ({ page }) => {
		await page.goto(QUIZ);
		await playAs(page, 4);
		await page.getByText('Show the data as a table').click();
		await page.getByRole('button', { name: 'Show the Markdown' }).click();
		await page.getByRole('button', { name: /^P4: / }).focus();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations).toEqual([]);
	});
});

test('the chart: arrow keys move between steps, announced, with a tooltip', async ({ page }) => {
	await page.goto(QUIZ);
	await playAs(page, 4);
	const p4 = page.getByRole('button', { name: /^P4: \d+% likely \(the suggested step\)$/ });
	await expect(p4).toHaveAttribute('tabindex', '0');
	await p4.focus();
	await page.keyboard.press('ArrowDown');
	const p5 = page.getByRole('button', { name: /^P5: / });
	await expect(p5).toBeFocused();
	await expect(page.locator('[aria-live="polite"]').filter({ hasText: /^P5: / })).toHaveCount(1);
	await expect(page.locator('.tooltip')).toContainText('P5');
	await page.keyboard.press('Home');
	await expect(page.getByRole('button', { name: /^P1: / })).toBeFocused();
});
