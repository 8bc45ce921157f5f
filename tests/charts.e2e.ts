// The charts of the home page (cross-framework ladder) and of every framework page (level
// progression, skills × steps heatmap), as a person meets them: with a mouse, a keyboard, a
// phone, and without JavaScript.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { framework, frameworks } from './data';
import { chartLive, expect, test } from './page';

const LADDER = 'Every framework on the common P1–P7 scale';
const pages = ['/', ...frameworks.map((fw) => `/frameworks/${fw.id}`)];

/** Fail the test on any console error or uncaught exception. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(String(e)));
	return errors;
}

/** Presses Tab from the top of the page until focus lands on a mark of the chart named `chart`. */
async function tabInto(page: Page, chart: string | RegExp) {
	const marks = page.getByRole('group', { name: chart }).getByRole('link');
	await expect(marks.first()).toBeVisible();
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		const inside = await marks.evaluateAll((links) =>
			links.some((link) => link === document.activeElement)
		);
		if (inside) return chartLive(marks.first());
	}
	throw new Error(`Tab never reached ${chart}`);
}

/** A chart's text without whitespace: SVG lines wrapped by the layout have no spaces between. */
async function svgText(locator: Locator): Promise<string> {
	return ((await locator.textContent()) ?? '').replace(/\s+/g, '');
}
const squashed = (text: string) => text.replace(/\s+/g, '');

/** The (visible) tooltip or chart says `text`, however its lines wrap. */
async function expectSays(locator: Locator, text: string) {
	await expect(locator).toBeVisible();
	expect(await svgText(locator)).toContain(squashed(text));
}

const focusedLabel = (page: Page) =>
	page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

for (const path of pages) {
	test(`${path} opens with its charts and no console error`, async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto(path);
		const charts = page
			.getByRole('main')
			.getByRole('group', { name: /scale$|progression$|steps$/ });
		await expect(charts).toHaveCount(path === '/' ? 1 : 2);
		await page.waitForLoadState('networkidle');
		expect(errors).toEqual([]);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a chart holds its three drawings (phone, tablet, desktop); CSS shows the one that fits', async ({
		page
	}) => {
		await page.goto('/frameworks/senior-platform-engineer-rubric');
		const drawings = page.locator('.progression [data-variant]');
		await expect(drawings).toHaveCount(3);
		await expect(drawings.filter({ visible: true })).toHaveAttribute('data-variant', 'wide');
		await page.setViewportSize({ width: 390, height: 800 });
		await expect(drawings.filter({ visible: true })).toHaveAttribute('data-variant', 'narrow');
	});

	test('the ladder is in the prerendered HTML, every step a link', async ({ page }) => {
		await page.goto('/');
		const ladder = page.getByRole('group', { name: LADDER });
		await expect(ladder).toBeVisible();
		// One mark per step placed (002 and its undocumented siblings, Speedoc), Platform Engineer's
		// Levels 4, 5 and 6 (with 7, its copy), Vaarst's one step, and the rubric's one role.
		// (The level labels are links too, to /levels/p1…p7: counted apart.)
		const marks = ladder.locator('a.mark');
		await expect(marks).toHaveCount(7 + 7 + 7 + 3 + 1 + 1);
		await expect(ladder.locator('rect').first()).toBeAttached();
		const vaarst = ladder.getByRole('link', {
			name: 'DevOps Engineer: Level 4 (Mid), defined, at P2–P3'
		});
		await expect(vaarst).toHaveAttribute(
			'href',
			'/frameworks/vaarst-devops-engineer/devops-engineer/level-4'
		);
	});

	for (const fw of frameworks) {
		test(`${fw.id}: the progression and the heatmap are in the HTML`, async ({ page }) => {
			await page.goto(`/frameworks/${fw.id}`);
			const progression = page.getByRole('group', {
				name: /(level progression|rating bands and progression)$/
			});
			const heatmap = page.getByRole('group', { name: /skills × steps$/ });
			// A link per track and step, named by both; a track with nothing at any step has none,
			// and a line of the chart names it instead.
			const labels = await progression
				.getByRole('link')
				.evaluateAll((links) => links.map((l) => l.getAttribute('aria-label') ?? ''));
			const chartText = await svgText(progression);
			for (const track of fw.tracks) {
				const empty = track.steps.every((s) => s.status === 'not-documented');
				for (const step of fw.steps) {
					const name = `${track.name} at ${step.title ? `${step.label} (${step.title})` : step.label}:`;
					expect(
						labels.filter((l) => l.startsWith(name)),
						name
					).toHaveLength(empty ? 0 : 1);
				}
				if (empty) expect(chartText, track.name).toContain(squashed(`${track.name}`));
			}
			await expect(progression.locator('rect').first()).toBeAttached();
			// A heatmap cell per growth point; every other cell says it has no evidence.
			const points = fw.skills.reduce((n, s) => n + s.growth.length, 0);
			await expect(heatmap.getByRole('link')).toHaveCount(points);
			await expect(heatmap.getByRole('img', { name: /: no evidence$/ })).toHaveCount(
				fw.skills.length * fw.steps.length - points
			);
		});
	}
});

test.describe('the ladder', () => {
	test('places steps by content: ranges drawn across their levels, the rubric as one role', async ({
		page
	}) => {
		await page.goto('/');
		const ladder = page.getByRole('group', { name: LADDER });
		const box = async (name: string | RegExp) =>
			(await ladder.getByRole('link', { name }).boundingBox())!;
		const reference = (level: number) =>
			box(
				new RegExp(
					`^Infrastructure & Platform Engineering, Infrastructure & Platform Engineering: P${level},`
				)
			);
		const [p2, p3, p4, p5] = [
			await reference(2),
			await reference(3),
			await reference(4),
			await reference(5)
		];
		// Speedoc Level 4 sits with the reference P4.
		expect(
			(await box(/^Speedoc Engineering Career Tracks, .*: Level 4, not documented, at P4$/)).y
		).toBe(p4.y);
		// Vaarst's "Level 4 (Mid)" reads P2–P3: one box from the top of P3 to the bottom of P2.
		const vaarst = await box('DevOps Engineer: Level 4 (Mid), defined, at P2–P3');
		expect(Math.round(vaarst.y)).toBe(Math.round(p3.y));
		expect(Math.round(vaarst.y + vaarst.height)).toBe(Math.round(p2.y + p2.height));
		// The rubric is one role across P4–P5, not 15 bands stacked on one level.
		const role = await box(
			/^Senior Platform Engineer: the Senior Platform Engineer role, rated on 15 ratings, at P4–P5$/
		);
		expect(Math.round(role.y)).toBe(Math.round(p5.y));
		expect(Math.round(role.y + role.height)).toBe(Math.round(p4.y + p4.height));
		await expect(ladder.getByRole('link', { name: /rating bands/ })).toHaveCount(0);
		// Level 7 repeats Level 6 and sits with it, in one mark.
		await expect(
			ladder.getByRole('link', {
				name: 'Platform Engineer Track: Level 6 and Level 7 (repeats Level 6), defined, at P4–P5'
			})
		).toBeVisible();
		await expect(
			page
				.getByText('Platform Engineer Track — Level 1, Level 2, Level 3: not applicable')
				.filter({ visible: true })
		).toBeVisible();
	});

	test('keyboard: Tab reaches a step, arrows move, the tooltip says why it sits there', async ({
		page
	}) => {
		await page.goto('/');
		await tabInto(page, LADDER);
		expect(await focusedLabel(page)).toMatch(/at P1$/);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await focusedLabel(page)).toMatch(/: P4, defined, at P4$/);
		// Along P4: the reference, its sibling focuses, Speedoc, then Platform Engineer's Level 5.
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		expect(await focusedLabel(page)).toBe('Platform Engineer Track: Level 5, defined, at P3–P4');
		const tooltip = page.locator('.ladder-wide .tooltip');
		await expect(tooltip).toBeVisible();
		await expectSays(tooltip, 'Why P3–P4 (a range: its content spans these levels):');
		await expect(
			page.getByText(/^Platform Engineer Track: Level 5, defined, at P3–P4\./)
		).toBeAttached();
		// Up to the P4–P5 row, then right to the rubric's role: it says why, and that ratings are not levels.
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowRight');
		expect(await focusedLabel(page)).toMatch(
			/the Senior Platform Engineer role, rated on 15 ratings/
		);
		await expectSays(tooltip, 'they are not levels');
		await expectSays(tooltip, 'Why P4–P5:');
		await page.keyboard.press('Escape');
		await expect(tooltip).toBeHidden();
		// Enter opens the rubric.
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/frameworks/senior-platform-engineer-rubric');
	});

	test('hovering a step shows its ownership; clicking opens it', async ({ page }) => {
		await page.goto('/');
		const ladder = page.getByRole('group', { name: LADDER });
		const level7 = ladder.getByRole('link', {
			name: /^Speedoc Engineering Career Tracks, .*: Level 7, not documented, at P6–P7$/
		});
		await level7.hover();
		await expectSays(page.locator('.ladder-wide .tooltip'), 'Across the whole company');
		await level7.click();
		await expect(page).toHaveURL('/frameworks/speedoc-engineering/support/level-7');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Level 7');
	});

	test('the table alternative holds the same placement', async ({ page }) => {
		await page.goto('/');
		// One table for the chart's three drawings (phone, tablet, desktop), after them.
		const frame = page.locator('.ladder');
		await expect(frame.getByText('Show the data as a table')).toHaveCount(1);
		await frame.getByText('Show the data as a table').click();
		const p2 = frame.getByRole('row', { name: /^P2/ });
		await expect(p2.getByRole('link', { name: 'Level 4 (Mid)' })).toBeVisible();
		await expect(p2).toContainText('Level 4 (Mid) (P2–P3)');
		const p5 = frame.getByRole('row', { name: /^P5/ });
		await expect(
			p5.getByRole('link', { name: 'Senior Platform Engineer (a role rated on 15 ratings)' })
		).toBeVisible();
		await expect(frame.getByRole('row', { name: /^not on the scale/ })).toContainText(
			'not applicable (“N/A”)'
		);
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 360, height: 800 } });

		test('shows a row per lane, P1 to P7 across, and opens a step', async ({ page }) => {
			const errors = watchErrors(page);
			await page.goto('/');
			const ladder = page.getByRole('group', { name: LADDER });
			const box = (await ladder.boundingBox())!;
			expect(box.width).toBeLessThanOrEqual(360);
			const left = async (name: RegExp) =>
				(await ladder.getByRole('link', { name }).boundingBox())!.x;
			expect(await left(/^Platform Engineer Track: Level 4,/)).toBeLessThan(
				await left(/^Platform Engineer Track: Level 6 and Level 7/)
			);
			// What the ladder cannot place is named under it, and a focused step is announced, as
			// on a desktop (the phone lays out only its own drawing until then).
			await expect(
				page.getByText(
					'Platform Engineer Track — Level 1, Level 2, Level 3: not applicable in the source, so not placed.'
				)
			).toBeVisible();
			await ladder.getByRole('link', { name: /^Platform Engineer Track: Level 5,/ }).focus();
			await expect(
				page.getByText(/^Platform Engineer Track: Level 5, defined, at P3–P4\./)
			).toBeAttached();
			await ladder
				.getByRole('link', { name: 'DevOps Engineer: Level 4 (Mid), defined, at P2–P3' })
				.click();
			await expect(page).toHaveURL('/frameworks/vaarst-devops-engineer/devops-engineer/level-4');
			expect(errors).toEqual([]);
		});
	});
});

test.describe('the level progression', () => {
	test('Platform Engineer: Levels 1–3 not applicable, the track starts at Level 4', async ({
		page
	}) => {
		await page.goto('/frameworks/platform-engineer');
		const chart = page.getByRole('group', { name: 'Platform Engineer Track: level progression' });
		await expect(
			chart.getByRole('link', { name: 'Platform Engineer at Level 1: not applicable' })
		).toBeVisible();
		const fw = framework('platform-engineer');
		const count = fw.statements.filter((s) => s.step === 'level-5').length;
		await expect(
			chart.getByRole('link', {
				name: `Platform Engineer at Level 5: defined, ${count} statements`
			})
		).toHaveAttribute('href', '/frameworks/platform-engineer/platform-engineer/level-5');
		expect(await svgText(chart)).toContain(squashed('Platform Engineer · from Level 4'));
	});

	test('002: keyboard reaches the years and shows that P7 has two values', async ({ page }) => {
		await page.goto('/frameworks/infrastructure-platform-engineering');
		await tabInto(page, /level progression$/);
		expect(await focusedLabel(page)).toBe(
			'Infrastructure & Platform Engineering at P1: defined, 5 statements'
		);
		await page.keyboard.press('End');
		expect(await focusedLabel(page)).toBe('P1: 0–1 years of experience');
		await page.keyboard.press('ArrowDown');
		expect(await focusedLabel(page)).toBe('P2: 2+ years of experience');
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
		expect(await focusedLabel(page)).toMatch(
			/^P7 \(Staff \/ Distinguished Professional\): 20\+ or 15–22 years/
		);
		const tooltip = page.locator('.progression-wide .tooltip');
		await expect(tooltip).toBeVisible();
		expect(await svgText(tooltip)).toContain(
			squashed('The source disagrees with itself here: 20+ and 15–22 years.')
		);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(
			'/frameworks/infrastructure-platform-engineering/infrastructure-platform/p7#p7-experience'
		);
	});

	test('Speedoc: its ownership ladder, from “Small pieces…” to “Across the whole company”, not 42 empty boxes', async ({
		page
	}) => {
		await page.goto('/frameworks/speedoc-engineering');
		const chart = page.getByRole('group', {
			name: 'Speedoc Engineering Career Tracks: level progression'
		});
		const fw = framework('speedoc-engineering');
		for (const step of fw.steps) {
			const ownership = step.dimensions.find((d) => d.kind === 'ownership')!;
			await expect(
				chart.getByRole('link', { name: `${step.label}, Ownership: ${ownership.text}` })
			).toBeVisible();
			expect(await svgText(chart)).toContain(squashed(ownership.text));
		}
		// Its tracks are described as a whole, not level by level: no box per track and level,
		// one line that says so.
		expect(fw.tracks.every((t) => t.steps.every((s) => s.status === 'not-documented'))).toBe(true);
		await expect(page.locator('.progression .kind-cell')).toHaveCount(0);
		await expect(chart.getByRole('link', { name: /: not documented$/ })).toHaveCount(0);
		await expectSays(
			chart.locator('.note'),
			'Support, QA, Platform, Development, Tech Lead and Engineering Management: tracks the source describes in a paragraph each, not level by level.'
		);
		await chart.getByRole('link', { name: 'Level 4, Ownership: Squad' }).hover();
		await expectSays(page.locator('.progression-wide .tooltip'), 'Level 4 · Ownership');
	});

	test('002 and the rubric: a track with nothing in it is one line saying why', async ({
		page
	}) => {
		for (const [id, line] of [
			[
				'infrastructure-platform-engineering',
				'SRE and DevOps tooling: sibling focuses the source names but does not describe.'
			],
			[
				'senior-platform-engineer-rubric',
				'Platform Architect: the next role (from Level 4 · Mid), which the source names but does not describe.'
			]
		]) {
			await page.goto(`/frameworks/${id}`);
			const chart = page.getByRole('group', { name: /(level progression|and progression)$/ });
			await expectSays(chart.locator('.note'), line!);
			await expect(chart.getByRole('link', { name: /: not documented$/ })).toHaveCount(0);
		}
	});

	test.describe('on a 390 px phone', () => {
		test.use({ viewport: { width: 390, height: 844 } });

		test('Speedoc’s ownership ladder fits, and no framework page scrolls sideways', async ({
			page
		}) => {
			await page.goto('/frameworks/speedoc-engineering');
			const chart = page.getByRole('group', { name: /level progression$/ });
			expect((await chart.boundingBox())!.width).toBeLessThanOrEqual(390);
			await expect(chart.getByRole('link', { name: /^Level 7, Ownership: / })).toBeVisible();
			for (const fw of frameworks) {
				await page.goto(`/frameworks/${fw.id}`);
				expect(
					await page.evaluate(() => document.documentElement.scrollWidth),
					fw.id
				).toBeLessThanOrEqual(390);
			}
		});
	});

	test('rubric: 15 bands in 5 ratings, each band’s first progression signal on focus', async ({
		page
	}) => {
		const fw = framework('senior-platform-engineer-rubric');
		await page.goto(`/frameworks/${fw.id}`);
		const chart = page.getByRole('group', {
			name: 'Senior Platform Engineer: rating bands and progression'
		});
		await expect(chart.getByRole('link', { name: /^Senior Platform Engineer at / })).toHaveCount(
			15
		);
		for (const title of new Set(fw.steps.map((s) => s.title))) {
			await expect(chart.getByText(new RegExp(`· ${title}$`))).toBeVisible();
		}
		await tabInto(page, /rating bands and progression$/);
		await page.keyboard.press('End');
		const first = fw.statements.find(
			(s) => s.step === 'unsatisfactory-low' && s.section === 'Progression Signal'
		)!;
		expect(await focusedLabel(page)).toBe(
			`Progression signal out of Level 1 · Low (Unsatisfactory) towards Level 1 · Mid (Unsatisfactory): ${first.text}`
		);
		const tooltip = page.locator('.progression-wide .tooltip');
		await expect(tooltip).toBeVisible();
		expect(await svgText(tooltip)).toContain(squashed('3 progression signals'));
		expect(await svgText(tooltip)).toContain(squashed('13 statements in this band.'));
		expect(await svgText(tooltip)).toContain(squashed(`“${first.text}”`));
	});
});

test.describe('the skills heatmap', () => {
	test('arrow keys move across the grid; the tooltip gives the evidence; Enter opens it', async ({
		page
	}) => {
		const fw = framework('infrastructure-platform-engineering');
		await page.goto(`/frameworks/${fw.id}`);
		await tabInto(page, /skills × steps$/);
		// Rows are skills by name; the first cell is the first point of the first skill.
		expect(await focusedLabel(page)).toBe(
			'Architecture at P2: 2, applies with guidance; 2 source sentences'
		);
		await page.keyboard.press('ArrowRight');
		expect(await focusedLabel(page)).toBe('Architecture at P3: 3, independent; 1 source sentence');
		await page.keyboard.press('ArrowRight');
		expect(await focusedLabel(page)).toBe(
			'Architecture at P4: 4, leads and teaches; 2 source sentences'
		);
		const tooltip = page.locator('.heatmap .tooltip');
		await expectSays(tooltip, 'Proficiency 4 of 6: leads and teaches.');
		await expectSays(tooltip, 'Evidence: 2 source sentences');
		await page.keyboard.press('ArrowDown');
		expect(await focusedLabel(page)).toMatch(/^Automation at P4: 4, leads and teaches/);
		await expect(
			page.locator('[aria-live="polite"]').filter({ hasText: 'Automation at P4' })
		).toHaveCount(1);
		// One cell down, even where the cell is empty: CI/CD has nothing at P4.
		await page.keyboard.press('ArrowDown');
		expect(await focusedLabel(page)).toBe('CI/CD at P4: no evidence');
		await expectSays(tooltip, 'No evidence: the source says nothing of this skill at this step.');
		await page.keyboard.press('ArrowDown');
		expect(await focusedLabel(page)).toMatch(/^Cloud platforms at P4: /);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		expect(await focusedLabel(page)).toMatch(/^Automation at P4: /);
		const point = fw.skills
			.find((s) => s.skill === 'automation')!
			.growth.find((g) => g.step === 'p4')!;
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(
			new RegExp(`/frameworks/${fw.id}/infrastructure-platform/p4#${point.evidence[0]}$`)
		);
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 360, height: 800 } });

		test('002’s seven steps fit; the rubric’s fifteen scroll sideways', async ({ page }) => {
			await page.goto('/frameworks/infrastructure-platform-engineering');
			const grid = page.getByRole('group', { name: /skills × steps/ });
			expect((await grid.boundingBox())!.width).toBeLessThanOrEqual(360);
			await page.goto('/frameworks/senior-platform-engineer-rubric');
			const figure = page.getByRole('figure', { name: /skills × steps/ });
			const scroll = await figure.evaluate((el) => el.scrollWidth > el.clientWidth);
			expect(scroll).toBe(true);
			await expect(page.getByText('On a narrow screen the grid scrolls sideways.')).toBeVisible();
		});
	});
});

test.describe('accessibility', () => {
	for (const path of pages) {
		test(`axe finds no violations on ${path}`, async ({ page }) => {
			await page.goto(path);
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map(
					(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`
				)
			).toEqual([]);
		});
	}

	test('axe finds no violations with a tooltip open, in dark mode', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/frameworks/senior-platform-engineer-rubric');
		await tabInto(page, /skills × steps$/);
		await expect(page.locator('.heatmap .tooltip')).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
	});
});

test('once a chart is used, it keeps only the drawing that fits: another width, or paper, draws its own', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('/frameworks/senior-platform-engineer-rubric');
	const drawings = page.locator('.progression [data-variant]');
	// Until then, the page holds every drawing as prerendered, and its CSS shows the one that fits.
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(drawings).toHaveCount(3);
	await expect(drawings.filter({ visible: true })).toHaveAttribute('data-variant', 'narrow');
	// The first use (here focus, as a keyboard brings it) makes the chart live.
	await drawings.first().getByRole('link').first().focus();
	await expect(drawings).toHaveCount(1);
	await expect(drawings).toHaveAttribute('data-variant', 'narrow');
	await expect(drawings.locator('svg')).toBeVisible();
	// A tablet, a desktop: one drawing each time, the one laid out for that width.
	await page.setViewportSize({ width: 900, height: 800 });
	await expect(drawings).toHaveAttribute('data-variant', 'medium');
	await expect(drawings).toHaveCount(1);
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(drawings).toHaveAttribute('data-variant', 'wide');
	await expect(drawings.locator('svg')).toBeVisible();
	// Printed from a phone: the desktop drawing, as without JavaScript.
	await page.setViewportSize({ width: 390, height: 800 });
	await expect(drawings).toHaveAttribute('data-variant', 'narrow');
	await page.emulateMedia({ media: 'print' });
	await expect(drawings).toHaveAttribute('data-variant', 'wide');
	await expect(drawings.locator('svg')).toBeVisible();
});
