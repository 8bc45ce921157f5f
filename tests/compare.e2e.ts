// Comparing cells as a person does: a step against the next (prerendered, read without
// JavaScript), any cells through a link, across frameworks and for a rubric's ratings; one common
// level across every framework; the ways in; a broken link; the Markdown to take away.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { covers, placementOf } from '../src/lib/frameworks/queries';
import { framework, frameworks, squash } from './data';
import { expect, test, visit } from './page';

const PE = framework('platform-engineer');
const PE_PAIR = (step: string) => `/compare/${PE.id}/platform-engineer/${step}`;
const PE_CELL = (step: string) => `${PE.id}/platform-engineer/${step}`;
const sentences = (step: string) => PE.statements.filter((s) => s.step === step);

/** Fail the test on any console error or uncaught exception. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(String(e)));
	return errors;
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`)
	).toEqual([]);
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('Platform Engineer Level 6 against Level 7 says the source repeats itself', async ({
		page
	}) => {
		await page.goto(PE_PAIR('level-6'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Platform Engineer: Level 6 → Level 7'
		);
		const pair = page.getByRole('region', { name: 'Level 6 → Level 7' });
		await expect(pair.locator('.identical')).toContainText(
			'Level 7 repeats Level 6 word for word: the source describes no change between them.'
		);
		await expect(pair.getByText(/^Data note: Level 7 repeats Level 6 word for word/)).toBeVisible();
		for (const s of sentences('level-7'))
			await expect(pair.getByRole('listitem').filter({ hasText: s.text })).toHaveCount(1);
	});

	test('Level 5 against Level 6: Level 6’s sentences are new; new skills, growing ones, gone ones', async ({
		page
	}) => {
		await page.goto(PE_PAIR('level-5'));
		const pair = page.getByRole('region', { name: 'Level 5 → Level 6' });
		await expect(pair.locator('.pair-summary')).toHaveText(
			/^Level 6 shares no sentence with Level 5: its 6 sentences are new\./
		);
		// Every Level 6 sentence is in the comparison in full (not only in the Markdown).
		for (const s of sentences('level-6')) {
			await expect(pair.locator('li p.text', { hasText: s.text }).first()).toBeVisible();
		}
		// Those that bring a skill Level 5 does not ask for are listed as new, under that skill.
		const level5Skills = new Set(sentences('level-5').flatMap((s) => s.skills));
		const bringsNew = sentences('level-6').filter((s) =>
			s.skills.some((k) => !level5Skills.has(k))
		);
		expect(bringsNew.length).toBeGreaterThan(0);
		const added = pair.getByRole('region', { name: 'New at Level 6' });
		for (const s of bringsNew) await expect(added).toContainText(squash(s.text).slice(0, 40));
		await expect(added.getByRole('region', { name: 'Mentoring' })).toContainText(
			sentences('level-6').find((s) => s.skills.includes('mentoring'))!.text
		);
		// Architecture is asked at a higher proficiency: it grows, with what each step says.
		const grows = pair.getByRole('region', { name: 'Grows' });
		const architecture = grows.getByRole('region', { name: 'Architecture' });
		await expect(architecture).toContainText('3 → 4');
		await expect(architecture).toContainText('Level 5 said');
		await expect(architecture).toContainText('Level 6 says');
		await expect(page.getByRole('region', { name: 'Gone: only at Level 5' })).toBeVisible();
	});

	test('a rating against the next: a near-copy shows what changed, word by word', async ({
		page
	}) => {
		await page.goto(
			'/compare/senior-platform-engineer-rubric/senior-platform-engineer/leading-high'
		);
		await expect(
			page.getByText('A rating within the Senior Platform Engineer role, at P4–P5').first()
		).toBeVisible();
		const changed = page.locator('.diff').filter({ hasText: 'Promotion to Platform Architect' });
		await expect(changed.locator('del')).toHaveText('removed: is clear and overdue');
		await expect(changed.locator('ins')).toHaveText('added: should be imminent');
	});

	test('the Markdown is in the page, every sentence verbatim with its source', async ({ page }) => {
		await page.goto(PE_PAIR('level-5'));
		await page.getByText('Show the Markdown').click();
		const markdown = await page.getByLabel('The comparison as Markdown').inputValue();
		for (const s of [...sentences('level-5'), ...sentences('level-6')]) {
			expect(markdown).toContain(s.text);
		}
		expect(markdown).toContain('source: “Platform Engineer Track”');
		expect(markdown).toContain('/frameworks/platform-engineer/platform-engineer/level-6');
	});

	test('/levels/p4 shows every framework placed at or covering P4', async ({ page }) => {
		await page.goto('/levels/p4');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('P4 across every framework');
		const steps = page.getByRole('list').filter({ has: page.locator('.card') });
		let placed = 0;
		for (const fw of frameworks) {
			const here =
				fw.steps.some((s) => fw.kind === 'ladder' && covers(placementOf(s.common), 4)) ||
				fw.tracks.some((t) => t.common && covers(placementOf(t.common), 4));
			if (here) {
				placed++;
				await expect(steps.locator('.card .fw', { hasText: fw.name }).first()).toBeVisible();
			} else {
				await expect(
					page.locator('.elsewhere').getByRole('link', { name: fw.name, exact: true })
				).toBeVisible();
			}
		}
		expect(placed).toBeGreaterThanOrEqual(4);
		// Summaries and guidelines side by side; skills at the level; links into cells and compare.
		await expect(page.getByText('8+ years, often with graduate education.')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Skills at P4' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Compare them side by side' })).toHaveAttribute(
			'href',
			/^\/compare\?a=/
		);
		await expect(page.getByRole('link', { name: 'Compare with Level 6' }).first()).toHaveAttribute(
			'href',
			PE_PAIR('level-5')
		);
	});

	test('/compare lists each step against the next, and says the rest needs JavaScript', async ({
		page
	}) => {
		await page.goto(`/compare?a=${PE_CELL('level-5')}&b=${PE_CELL('level-6')}`);
		// (Playwright turns scripts off after parsing, so the <noscript> note is not rendered here.)
		expect(await page.locator('noscript').innerHTML()).toContain(
			'Comparing any cells needs JavaScript'
		);
		await page
			.getByRole('region', { name: PE.name })
			.getByRole('link', { name: 'Level 5 → Level 6' })
			.click();
		await expect(page).toHaveURL(PE_PAIR('level-5'));
	});
});

test.describe('with a link', () => {
	test('the same Level 6 and Level 7 by query: identical, and the URL is kept', async ({
		page
	}) => {
		const errors = watchErrors(page);
		const url = `/compare?a=${PE_CELL('level-6')}&b=${PE_CELL('level-7')}`;
		await page.goto(url);
		await expect(
			page.getByText(
				'Level 7 repeats Level 6 word for word: the source describes no change between them.'
			)
		).toBeVisible();
		await expect(page).toHaveURL(url);
		expect(errors).toEqual([]);
	});

	test('a cross-framework pair shows both cells and their guidelines row by row', async ({
		page
	}) => {
		const speedoc = framework('speedoc-engineering');
		const reference = framework('infrastructure-platform-engineering');
		await page.goto(
			'/compare?a=speedoc-engineering/platform/level-3&b=infrastructure-platform-engineering/infrastructure-platform/p3'
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Platform · Level 3 → Infrastructure & Platform Engineering · P3'
		);
		const cells = page.getByRole('region', { name: 'The cells' });
		await expect(cells.getByRole('link', { name: 'Platform · Level 3' })).toHaveAttribute(
			'href',
			'/frameworks/speedoc-engineering/platform/level-3'
		);
		await expect(
			cells.getByRole('link', { name: 'Infrastructure & Platform Engineering · P3' })
		).toBeVisible();
		await expect(cells).toContainText(speedoc.name);
		await expect(cells).toContainText(reference.name);
		const ownership = speedoc.steps.find((s) => s.id === 'level-3')!.dimensions[0]!;
		await expect(page.getByRole('row', { name: /^Ownership/ })).toContainText(ownership.text);
		for (const s of reference.statements.filter((x) => x.step === 'p3')) {
			await expect(page.getByRole('main')).toContainText(s.text);
		}
		await expect(
			page.getByRole('region', { name: 'Only in Infrastructure & Platform Engineering · P3' })
		).toBeVisible();
	});

	test('choosing cells replaces the URL (no new history entry) and reopens the same', async ({
		page
	}) => {
		// The form's own submit (without its script) would add an entry: wait for the script.
		await visit(page, '/compare');
		const entries = await page.evaluate(() => window.history.length);
		await page.getByLabel('Cell A').selectOption(PE_CELL('level-4'));
		await page.getByLabel('Cell B').selectOption(PE_CELL('level-5'));
		await page.getByLabel('Cell C (optional)').selectOption(PE_CELL('level-6'));
		await page.getByRole('button', { name: 'Compare' }).click();
		await expect(page).toHaveURL(
			`/compare?a=${PE_CELL('level-4')}&b=${PE_CELL('level-5')}&c=${PE_CELL('level-6')}`
		);
		expect(await page.evaluate(() => window.history.length)).toBe(entries);
		await expect(page.getByRole('heading', { level: 2, name: 'Level 4 → Level 5' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Level 5 → Level 6' })).toBeVisible();
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Platform Engineer: Level 4 → Level 5 → Level 6'
		);
		await expect(page.getByLabel('Cell C (optional)')).toHaveValue(PE_CELL('level-6'));
	});

	test('garbage parameters get a helpful page: what is unknown, the nearest, what can be shown', async ({
		page
	}) => {
		const errors = watchErrors(page);
		let dialog = false;
		page.on('dialog', async (d) => {
			dialog = true;
			await d.dismiss();
		});
		await page.goto(
			'/compare?a=%3Cscript%3Ealert(1)%3C%2Fscript%3E&b=platform-engineer/platform-engineer/level-9' +
				'&c=platform-enginer/platform-engineer/level-5&d=platform-engineer/platform-engineer/level-5&e=x/y/z'
		);
		const problems = page.getByRole('region', { name: '3 cells of this link are unknown' });
		await expect(problems).toContainText('Cell A (“<script>alert(1)</script>”) is not a cell');
		await expect(problems).toContainText(
			'Cell B: Platform Engineer Track has no step called “level-9”.'
		);
		await expect(problems).toContainText(
			'Cell C: there is no framework called “platform-enginer”.'
		);
		await expect(problems).toContainText(
			'At most four cells compare at once (a, b, c, d): e is left out.'
		);
		// The known cell is shown, with a way to compare it.
		await expect(page.getByRole('region', { name: 'The cells' })).toContainText('Level 5');
		await expect(
			page.getByRole('link', { name: 'compare it with the next step, Level 6' })
		).toHaveAttribute('href', PE_PAIR('level-5'));
		// Nothing is guessed from a script; the nearest real cells for the mistyped ones, as links
		// that keep the rest of the comparison.
		await expect(problems.locator('li', { hasText: 'Cell A' }).getByRole('link')).toHaveCount(0);
		await expect(
			problems
				.locator('li', { hasText: 'Cell C' })
				.getByRole('link', { name: 'Platform Engineer Track: Platform Engineer · Level 5' })
		).toBeVisible();
		await problems
			.locator('li', { hasText: 'Cell B' })
			.getByRole('link', { name: /Level 7$/ })
			.click();
		await expect(page).toHaveURL(`/compare?a=${PE_CELL('level-7')}&b=${PE_CELL('level-5')}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Platform Engineer: Level 7 → Level 5'
		);
		expect(dialog).toBe(false);
		expect(errors).toEqual([]);
	});

	test('a promotion page past the last step, or a level past P7, says so and offers the nearest', async ({
		page
	}) => {
		await page.goto(PE_PAIR('level-7'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
		await expect(
			page.getByText(
				'Level 7 is the last step of Platform Engineer Track: there is no next step to compare it with.'
			)
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'Level 6 → Level 7' })).toHaveAttribute(
			'href',
			PE_PAIR('level-6')
		);
		await page.goto('/levels/p9');
		await expect(
			page.getByText('There is no common level “p9”: the scale runs from P1 to P7.')
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'P7 across every framework' })).toBeVisible();
	});

	test('copy as Markdown: the statements verbatim with their source', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`/compare?a=${PE_CELL('level-5')}&b=${PE_CELL('level-6')}`);
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Markdown copied.' })).toBeVisible();
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toMatch(/^# Level 5 → Level 6\n/);
		for (const s of [...sentences('level-5'), ...sentences('level-6')]) {
			expect(markdown).toContain(s.text);
		}
		expect(markdown).toContain(
			`Compared in Career Explorer: http://127.0.0.1:${process.env.PORT ?? 4173}/compare?a=`
		);
		expect(markdown).toContain('source: “Platform Engineer Track”');
	});
});

test.describe('ways in', () => {
	test('a cell page: compare with the next step, and the same level elsewhere', async ({
		page
	}) => {
		await page.goto('/frameworks/platform-engineer/platform-engineer/level-5');
		await page.getByRole('link', { name: 'Compare with the next step, Level 6' }).click();
		await expect(page).toHaveURL(PE_PAIR('level-5'));
		await page.goto('/frameworks/platform-engineer/platform-engineer/level-5');
		await page.getByRole('link', { name: 'P4', exact: true }).click();
		await expect(page).toHaveURL('/levels/p4');
	});

	test('the home ladder’s level labels open the levels', async ({ page }) => {
		await page.goto('/');
		const ladder = page.getByRole('group', { name: 'Every framework on the common P1–P7 scale' });
		await ladder.getByRole('link', { name: 'P5 across every framework' }).click();
		await expect(page).toHaveURL('/levels/p5');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('P5 across every framework');
	});

	test('a skill curve compares a point with the next', async ({ page }) => {
		await page.goto('/skills/architecture');
		await page.getByRole('link', { name: 'Compare Level 5 · P3–P4 with Level 6 · P4–P5' }).click();
		await expect(page).toHaveURL(PE_PAIR('level-5'));
	});

	test('a quiz result opens what the next step asks', async ({ page }) => {
		await page.goto('/quiz/infrastructure-platform-engineering/infrastructure-platform');
		// The statement on screen, "done" once the result shows, null in between (never waits).
		const onScreen = () =>
			page.evaluate(() =>
				document.getElementById('result-title')
					? 'done'
					: (document.getElementById('statement')?.textContent ?? null)
			);
		await expect(page.locator('#statement')).toBeVisible();
		// Not yet to every statement: placed at P1, the next step is P2.
		for (let asked = 0; (await onScreen()) !== 'done'; asked++) {
			expect(asked).toBeLessThan(25);
			const before = await onScreen();
			await page.keyboard.press('1');
			await expect
				.poll(async () => {
					const now = await onScreen();
					return now !== null && now !== before;
				})
				.toBe(true);
		}
		const link = page.getByRole('link', { name: /^What the next step asks: P1 against P2$/ });
		await link.click();
		await expect(page).toHaveURL(
			'/compare?a=infrastructure-platform-engineering/infrastructure-platform/p1&b=infrastructure-platform-engineering/infrastructure-platform/p2'
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Infrastructure & Platform Engineering: P1 → P2'
		);
	});
});

test.describe('accessibility (axe), light and dark', () => {
	const pages = [
		'/compare',
		`/compare?a=${PE_CELL('level-5')}&b=${PE_CELL('level-6')}`,
		'/compare?a=speedoc-engineering/platform/level-3&b=infrastructure-platform-engineering/infrastructure-platform/p3&c=nope/x/y',
		PE_PAIR('level-6'),
		'/compare/senior-platform-engineer-rubric/senior-platform-engineer/leading-high',
		'/levels/p4',
		'/levels/p1'
	];
	for (const path of pages) {
		for (const colorScheme of ['light', 'dark'] as const) {
			test(`${path} (${colorScheme})`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				if (path.includes('?'))
					await expect(page.getByRole('region', { name: 'The cells' })).toBeVisible();
				await expectNoAxeViolations(page);
			});
		}
	}
});
