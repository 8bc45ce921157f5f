// Skill growth curves as a person uses them: the index, a skill's chart by mouse and keyboard,
// steps on a range of levels, a rating rubric's ratings apart from levels, the data notes, views
// shared as links (and what a broken link does), copying the link, exporting the chart.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworkColor } from '../src/lib/frameworks/palette';
import { formatRange, placementOf } from '../src/lib/frameworks/queries';
import { framework, frameworks, squash } from './data';
import { chartLive, expect, test } from './page';

const skills: { id: string; name: string }[] = JSON.parse(
	readFileSync(join(import.meta.dirname, '..', 'data', 'skills.json'), 'utf8')
).skills;

const IPE = framework('infrastructure-platform-engineering');
const RUBRIC = framework('senior-platform-engineer-rubric');
const VAARST = framework('vaarst-devops-engineer');
const SPEEDOC = framework('speedoc-engineering');

/** The frameworks with a growth curve for a skill, in the site's order (the reference first). */
const ORDER = [
	'infrastructure-platform-engineering',
	'speedoc-engineering',
	'platform-engineer',
	'vaarst-devops-engineer',
	'senior-platform-engineer-rubric'
];
const covering = (skill: string) =>
	frameworks
		.filter((fw) => fw.skills.some((s) => s.skill === skill))
		.sort((a, b) => ORDER.indexOf(a.id) - ORDER.indexOf(b.id));

/** The text of a piece of evidence: a statement or a step dimension. */
function evidenceText(fw: (typeof frameworks)[number], id: string): string {
	const statement = fw.statements.find((s) => s.id === id);
	if (statement) return statement.text;
	return fw.steps.flatMap((s) => s.dimensions).find((d) => d.id === id)!.text;
}

function growth(fw: (typeof frameworks)[number], skill: string) {
	return fw.skills.find((s) => s.skill === skill)!.growth;
}

type Fw = (typeof frameworks)[number];
const isRubric = (fw: Fw) => fw.kind === 'rating-rubric';
const stepOf = (fw: Fw, id: string) => fw.steps.find((s) => s.id === id)!;
/** Where a ladder's step sits, as the page writes it ("P2–P3"). */
const placeText = (fw: Fw, id: string) => formatRange(placementOf(stepOf(fw, id).common));
/** The role a rubric rates: its track placed on the common scale. */
const roleOf = (fw: Fw) => fw.tracks.find((t) => t.common && placementOf(t.common))!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a ladder's points join into a line (neighbouring or overlapping places). */
function joins(fw: Fw, skill: string): boolean {
	const places = growth(fw, skill).map((g) => placementOf(stepOf(fw, g.step).common));
	return places.some((p, i) => i > 0 && p && places[i - 1] && p.min <= places[i - 1]!.max + 1);
}

/** Fail the test on any console error or uncaught exception. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(String(e)));
	return errors;
}

/** The skill curve over P1–P7 (desktop drawing). */
const chart = (page: Page) => page.locator('.curve-wide svg');
/** A rating rubric's panel (desktop drawing), and its figure. */
const panel = (page: Page, fw: string) => page.locator(`[data-ratings="${fw}"] .variant-wide svg`);
const panelFigure = (page: Page, fw: string) =>
	page.locator(`[data-ratings="${fw}"] .variant-wide figure`);
const inspector = (page: Page) => page.locator('section.inspector');

/** Wait until a skill page runs: its controls are enabled once the view from the URL applies. */
async function ready(page: Page) {
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeEnabled();
}

test('the skills index lists every skill, each with its frameworks and a link', async ({
	page
}) => {
	const errors = watchErrors(page);
	await page.goto('/skills');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skills');
	for (const skill of skills) {
		await expect(page.getByRole('link', { name: skill.name, exact: true })).toHaveAttribute(
			'href',
			`/skills/${skill.id}`
		);
	}
	// One small curve per covered skill, named for assistive technology.
	const covered = skills.filter((s) => covering(s.id).length > 0);
	await expect(page.locator('svg.sparkline')).toHaveCount(covered.length);
	const mentoring = page.getByRole('list', { name: 'Frameworks that describe Mentoring' });
	await expect(mentoring.getByRole('listitem')).toHaveText(
		covering('mentoring').map((f) =>
			isRubric(f)
				? new RegExp(
						`^${escape(f.name)} · ratings within a role at ${formatRange(placementOf(roleOf(f).common!))}$`
					)
				: new RegExp(`^${escape(f.name)}$`)
		)
	);
	await expect(page.getByRole('img', { name: /^Mentoring: proficiency/ })).toBeVisible();

	await page.getByRole('link', { name: 'Mentoring', exact: true }).click();
	await expect(page).toHaveURL('/skills/mentoring');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mentoring');
	expect(errors).toEqual([]);
});

test('the header links to the skills, and a cell links each skill tag to its curve', async ({
	page
}) => {
	const statement = IPE.statements.find((s) => s.skills.includes('mentoring'))!;
	await page.goto(`/frameworks/${IPE.id}/${statement.track}/${statement.step}`);
	await page
		.locator(`li[id="${statement.id}"]`)
		.getByRole('link', { name: 'Mentoring', exact: true })
		.click();
	await expect(page).toHaveURL('/skills/mentoring');
	await page
		.getByRole('navigation', { name: 'Site' })
		.getByRole('link', { name: 'Skills' })
		.click();
	await expect(page).toHaveURL('/skills');
});

test('a skill page opens without errors and draws one curve per framework', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/skills/mentoring');
	await ready(page);
	const fws = covering('mentoring');
	expect(fws.length).toBeGreaterThan(2);
	const controls = page.getByRole('group', { name: 'Frameworks' });
	await expect(controls.getByRole('checkbox')).toHaveCount(fws.length);
	for (const fw of fws)
		await expect(controls.getByRole('checkbox', { name: fw.name, exact: true })).toBeChecked();
	// Every growth point of every ladder is a mark on the curve, with its own label; the rating
	// rubric's bands are not (ratings are not levels): they are marks in their own panel.
	const ladders = fws.filter((fw) => !isRubric(fw));
	const points = ladders.reduce((n, fw) => n + growth(fw, 'mentoring').length, 0);
	await expect(chart(page).getByRole('button')).toHaveCount(points);
	await expect(chart(page).locator(`[data-mark^="${RUBRIC.id}/"]`)).toHaveCount(0);
	await expect(panel(page, RUBRIC.id).getByRole('button')).toHaveCount(
		growth(RUBRIC, 'mentoring').length
	);
	await expect(page.getByRole('heading', { name: 'Evidence, step by step' })).toBeVisible();
	expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every skill page is prerendered with the SVG paths of its curves', async ({ page }) => {
		for (const skill of skills) {
			const response = await page.request.get(`/skills/${skill.id}`);
			expect(response.status(), skill.id).toBe(200);
			const html = await response.text();
			for (const fw of covering(skill.id)) {
				for (const point of growth(fw, skill.id)) {
					expect(html, `${skill.id}: ${fw.id}/${point.step}`).toContain(
						`data-mark="${fw.id}/${point.step}"`
					);
				}
			}
			if (covering(skill.id).some((fw) => !isRubric(fw) && joins(fw, skill.id))) {
				expect(html).toMatch(/<path d="M[\d.]+,[\d.]+L/);
			}
		}
	});

	test('the chart and every piece of evidence are readable', async ({ page }) => {
		await page.goto('/skills/ownership-scope');
		await expect(chart(page)).toBeVisible();
		await expect(chart(page).locator('path[d^="M"]').first()).toBeAttached();
		const body = squash(await page.locator('main').innerText());
		for (const fw of covering('ownership-scope')) {
			for (const point of growth(fw, 'ownership-scope')) {
				for (const id of point.evidence) expect(body).toContain(squash(evidenceText(fw, id)));
			}
		}
	});
});

test('keyboard: Tab reaches the chart, arrows move between points, their evidence shows', async ({
	page
}) => {
	await page.goto('/skills/mentoring');
	await ready(page);
	const [first, second] = growth(IPE, 'mentoring');
	await page.getByRole('button', { name: 'Save as PNG' }).focus();
	await page.keyboard.press('Tab');
	const focused = page.locator(':focus');
	await expect(focused).toHaveAttribute('data-mark', `${IPE.id}/${first!.step}`);
	await expect(focused).toHaveAccessibleName(new RegExp(`^${IPE.name}, P\\d`));
	await expect(inspector(page)).toContainText(evidenceText(IPE, first!.evidence[0]!));

	await page.keyboard.press('ArrowRight');
	await expect(focused).toHaveAttribute('data-mark', `${IPE.id}/${second!.step}`);
	await expect(inspector(page)).toContainText(evidenceText(IPE, second!.evidence[0]!));
	// The focused value is announced politely.
	await expect(page.locator('[aria-live="polite"]')).toContainText(
		`proficiency ${second!.proficiency}`
	);

	// Down moves to the next framework; End to its last point.
	await page.keyboard.press('ArrowDown');
	await expect(focused).not.toHaveAttribute('data-mark', new RegExp(`^${IPE.id}/`));
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('End');
	const last = growth(IPE, 'mentoring').at(-1)!;
	await expect(focused).toHaveAttribute('data-mark', `${IPE.id}/${last.step}`);

	// Enter pins the point: its evidence stays when focus leaves the chart.
	await page.keyboard.press('Enter');
	await expect(focused).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: 'Copy link' }).focus();
	await expect(inspector(page)).toContainText(evidenceText(IPE, last.evidence[0]!));
	await inspector(page).getByRole('button', { name: 'Unpin' }).click();
	await expect(inspector(page)).toContainText('Hover, focus or tap a point');
});

test('the rubric bands are reached one by one, each named as a rating with its sentences', async ({
	page
}) => {
	await page.goto('/skills/mentoring');
	await ready(page);
	const bands = growth(RUBRIC, 'mentoring');
	// One Tab stop for the panel, as for the curve.
	await expect(panel(page, RUBRIC.id).locator('[tabindex="0"]')).toHaveCount(1);
	await panel(page, RUBRIC.id).locator(`[data-mark="${RUBRIC.id}/${bands[0]!.step}"]`).focus();
	for (const band of bands) {
		const step = stepOf(RUBRIC, band.step);
		const rating = `${step.title} · ${step.label.split(' · ').at(-1)}`;
		const focused = page.locator(':focus');
		await expect(focused).toHaveAttribute('data-mark', `${RUBRIC.id}/${band.step}`);
		await expect(focused).toHaveAccessibleName(
			new RegExp(
				`rating ${escape(rating)} .*a rating, not a level: proficiency ${band.proficiency}`
			)
		);
		await expect(inspector(page)).toContainText(`Rating ${rating}`);
		await expect(inspector(page)).toContainText(evidenceText(RUBRIC, band.evidence[0]!));
		await page.keyboard.press('ArrowRight');
	}
});

test('a person can tell a rating from a level: the rubric has a panel of its own', async ({
	page
}) => {
	await page.goto('/skills/mentoring');
	await ready(page);
	const role = roleOf(RUBRIC);
	const at = formatRange(placementOf(role.common!));
	// Its title says what it is: ratings within one role, which sits at a range of levels.
	await expect(panelFigure(page, RUBRIC.id).locator('figcaption')).toHaveText(
		`${role.name} (a role at ${at}): Mentoring by performance rating — ratings within one role, not levels`
	);
	await expect(panel(page, RUBRIC.id)).toHaveAccessibleName(/ratings within one role, not levels/);
	// Its x axis is the ratings in order, never the common scale.
	const svg = panel(page, RUBRIC.id);
	// Each label's lines joined as they read.
	const labels = await svg
		.locator('.axis.x text')
		.evaluateAll((texts) =>
			texts.map((t) =>
				t.children.length > 0
					? [...t.children].map((c) => c.textContent).join(' ')
					: (t.textContent ?? '')
			)
		);
	expect(labels).toEqual(expect.arrayContaining([...new Set(RUBRIC.steps.map((s) => s.title!))]));
	expect(labels).toContain('Performance rating within the role');
	expect(labels.filter((l) => /\bP[1-7]\b/.test(l))).toEqual([]);
	// The curve marks where the role sits, and points to the panel.
	await expect(chart(page).locator(`[data-role="${RUBRIC.id}"]`)).toContainText(
		`${role.name}: one role at ${at}, its ratings drawn below`
	);
	// The panel comes below the curve.
	const curveBox = (await chart(page).boundingBox())!;
	const panelBox = (await svg.boundingBox())!;
	expect(panelBox.y).toBeGreaterThan(curveBox.y + curveBox.height);
	// Its table lists the ratings by name and band: once, after the panel's drawings (one per
	// screen size).
	const ratings = page.locator(`[data-ratings="${RUBRIC.id}"]`);
	await expect(ratings.getByText('Show the data as a table')).toHaveCount(1);
	await ratings.getByText('Show the data as a table').click();
	const first = growth(RUBRIC, 'mentoring')[0]!;
	const row = ratings.getByRole('row').nth(1);
	await expect(row).toContainText(stepOf(RUBRIC, first.step).title!);
	await expect(row).toContainText(stepOf(RUBRIC, first.step).label);
});

test('a step on a range is drawn and said as that range', async ({ page }) => {
	// A ladder step whose placement is a range, with a point for this skill.
	const [fw, point] = covering('mentoring')
		.filter((f) => !isRubric(f))
		.flatMap((f) => growth(f, 'mentoring').map((g) => [f, g] as const))
		.find(([f, g]) => stepOf(f, g.step).common.to !== undefined)!;
	const range = placeText(fw, point.step);
	expect(range).toMatch(/^P\d–P\d$/);
	await page.goto('/skills/mentoring');
	await ready(page);
	const mark = chart(page).locator(`[data-mark="${fw.id}/${point.step}"]`);
	// A bar with end caps, not a dot alone.
	await expect(chart(page).locator(`path.span[data-span="${fw.id}/${point.step}"]`)).toHaveCount(1);
	await expect(mark).toHaveAccessibleName(
		new RegExp(` · ${range}: proficiency ${point.proficiency}`)
	);
	// The tooltip and the inspector say the range.
	await mark.hover();
	await expect(chart(page).locator('.tooltip')).toContainText(range);
	await expect(inspector(page)).toContainText(`${range} · ${point.proficiency}`);
	// So do the live region, the data table and the evidence list.
	await page.mouse.move(0, 0);
	await mark.focus();
	await expect(page.locator('.skill-curve [aria-live="polite"]')).toContainText(range);
	const curveTable = page.locator('.skill-curve .drawings > details.chart-table');
	await curveTable.getByText('Show the data as a table').click();
	const row = curveTable
		.locator('table tr')
		.filter({ hasText: stepOf(fw, point.step).label })
		.filter({ hasText: fw.name });
	await expect(row.first()).toContainText(range);
	await expect(page.locator(`[id="ev-${fw.id}-${point.step}"]`)).toContainText(
		`· ${range} — ${point.proficiency}`
	);
});

test('keyboard: arrows reach every point of the curve', async ({ page }) => {
	await page.goto('/skills/architecture');
	await ready(page);
	const expected = covering('architecture')
		.filter((fw) => !isRubric(fw))
		.flatMap((fw) => growth(fw, 'architecture').map((g) => `${fw.id}/${g.step}`));
	await chart(page).locator('[tabindex="0"]').focus();
	await chartLive(chart(page));
	const focused = page.locator(':focus');
	const seen = new Set<string>();
	const current = async () => (await focused.getAttribute('data-mark'))!;
	for (let row = 0; row < 10; row++) {
		await page.keyboard.press('Home');
		for (let i = 0; i < 20; i++) {
			const before = await current();
			seen.add(before);
			await page.keyboard.press('ArrowRight');
			if ((await current()) === before) break;
		}
		const before = await current();
		await page.keyboard.press('ArrowDown');
		if ((await current()) === before) break;
	}
	expect([...seen].sort()).toEqual([...expected].sort());
});

test('the data notes of what is drawn appear, with the framework they belong to', async ({
	page
}) => {
	await page.goto('/skills/mentoring');
	await ready(page);
	const notes = page.getByRole('region', { name: 'Data notes on what is drawn here' });
	await expect(notes).toBeVisible();
	let tied = 0;
	for (const fw of covering('mentoring')) {
		for (const note of fw.notes.filter((n) => n.skills.includes('mentoring'))) {
			tied++;
			const item = notes.locator(`li[data-note="${note.id}"]`);
			// Notes the curators tied to the skill are shown first, never folded away.
			await expect(item).toBeVisible();
			await expect(item).toContainText(squash(note.text).slice(0, 40));
			await expect(notes.getByRole('heading', { name: fw.name, exact: true })).toBeVisible();
		}
	}
	expect(tied).toBeGreaterThan(0);
	// The rubric's notes are listed under its own name and colour.
	const rubricHeading = notes.getByRole('heading', { name: RUBRIC.name, exact: true });
	await expect(rubricHeading).toBeVisible();
	const hex = frameworkColor(RUBRIC.id);
	const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ');
	await expect(rubricHeading.locator('.swatch')).toHaveCSS('background-color', `rgb(${rgb})`);
	// A note about a step that repeats another reaches the page of every skill it draws there.
	const repeat = frameworks
		.flatMap((fw) => fw.steps.filter((s) => s.common.sameAs).map((s) => [fw, s] as const))
		.find(([fw, s]) =>
			fw.skills.some(
				(k) => k.growth.some((g) => g.step === s.id) && fw.notes.some((n) => n.steps.includes(s.id))
			)
		);
	if (repeat) {
		const [fw, step] = repeat;
		const skill = fw.skills.find((k) => k.growth.some((g) => g.step === step.id))!.skill;
		const note = fw.notes.find((n) => n.steps.includes(step.id))!;
		await page.goto(`/skills/${skill}`);
		await expect(page.locator(`.curve-notes li[data-note="${note.id}"]`)).toBeAttached();
	}
});

test('a highlighted range keeps the steps that overlap it and fades the others', async ({
	page
}) => {
	await page.goto('/skills/ownership-scope?from=P3&to=P5');
	await ready(page);
	const ladders = covering('ownership-scope').filter((fw) => !isRubric(fw));
	let faded = 0;
	for (const fw of ladders) {
		for (const g of growth(fw, 'ownership-scope')) {
			const place = placementOf(stepOf(fw, g.step).common)!;
			const inside = place.min <= 5 && place.max >= 3;
			const mark = chart(page).locator(`[data-mark="${fw.id}/${g.step}"]`);
			if (inside) await expect(mark).not.toHaveClass(/\bdim\b/);
			else {
				faded++;
				await expect(mark).toHaveClass(/\bdim\b/);
			}
		}
	}
	expect(faded).toBeGreaterThan(0);
	await expect(page.getByRole('heading', { name: 'From P3 to P5: what changes' })).toBeVisible();
});

test('hovering a point shows its tooltip and evidence; clicking pins it', async ({ page }) => {
	await page.goto('/skills/ownership-scope');
	await ready(page);
	const point = growth(SPEEDOC, 'ownership-scope')[3]!;
	const mark = chart(page).locator(`[data-mark="${SPEEDOC.id}/${point.step}"]`);
	await mark.hover();
	await expect(chart(page).locator('.tooltip')).toContainText(SPEEDOC.name);
	await expect(inspector(page)).toContainText(evidenceText(SPEEDOC, point.evidence[0]!));
	await mark.click();
	await page.mouse.move(0, 0);
	await expect(mark).toHaveAttribute('aria-pressed', 'true');
	await expect(inspector(page)).toContainText(evidenceText(SPEEDOC, point.evidence[0]!));
	// The evidence links to the cell, at the sentence (a step dimension here).
	await inspector(page).getByRole('link').first().click();
	await expect(page).toHaveURL(
		new RegExp(`/frameworks/${SPEEDOC.id}/[a-z-]+/${point.step}#${point.evidence[0]}$`)
	);
	await expect(page.locator(`[id="${point.evidence[0]}"]`)).toBeVisible();
});

test.describe('deep links', () => {
	const link = `/skills/mentoring?fw=${VAARST.id},${IPE.id}&from=p5&to=P2`;

	async function expectView(page: Page) {
		const controls = page.getByRole('group', { name: 'Frameworks' });
		for (const fw of covering('mentoring')) {
			const box = controls.getByRole('checkbox', { name: fw.name, exact: true });
			if (fw.id === IPE.id || fw.id === VAARST.id) await expect(box).toBeChecked();
			else await expect(box).not.toBeChecked();
		}
		await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('P2');
		await expect(page.getByRole('combobox', { name: 'to' })).toHaveValue('P5');
		await expect(chart(page).locator('rect.band')).toHaveCount(1);
		await expect(chart(page)).toContainText('P2–P5 highlighted');
		const keys = await chart(page)
			.getByRole('button')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-mark')!.split('/')[0]));
		expect(new Set(keys)).toEqual(new Set([IPE.id, VAARST.id]));
		await expect(page.getByRole('heading', { name: 'From P2 to P5: what changes' })).toBeVisible();
	}

	test('a shared view opens as it was shared, and survives a reload', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto(link);
		await ready(page);
		await expectView(page);
		// The range lists what is new at its top, per framework.
		const p4 = growth(IPE, 'mentoring').find(
			(g) => IPE.steps.find((s) => s.id === g.step)!.common.level === 4
		)!;
		await expect(page.locator('section.range')).toContainText(evidenceText(IPE, p4.evidence[0]!));
		await page.reload();
		await ready(page);
		await expectView(page);
		expect(errors).toEqual([]);
	});

	test('a garbage link falls back to the default view without an error', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto('/skills/mentoring?fw=<script>&from=P9&to=zz');
		await ready(page);
		for (const fw of covering('mentoring')) {
			await expect(page.getByRole('checkbox', { name: fw.name, exact: true })).toBeChecked();
		}
		await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('');
		await expect(chart(page).locator('rect.band')).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('changing a control replaces the URL, without adding to the history', async ({ page }) => {
		await page.goto('/skills/mentoring');
		await ready(page);
		const length = await page.evaluate(() => history.length);
		await expect(panel(page, RUBRIC.id)).toBeVisible();
		await page.getByRole('checkbox', { name: RUBRIC.name, exact: true }).uncheck();
		const rest = covering('mentoring')
			.filter((f) => f.id !== RUBRIC.id)
			.map((f) => f.id)
			.join(',');
		await expect(page).toHaveURL(`/skills/mentoring?fw=${rest}`);
		await expect(page.locator(`[data-mark^="${RUBRIC.id}/"]`)).toHaveCount(0);
		await expect(chart(page).locator(`[data-role="${RUBRIC.id}"]`)).toHaveCount(0);
		await page.getByRole('combobox', { name: 'From' }).selectOption('P3');
		await expect(page).toHaveURL(`/skills/mentoring?fw=${rest}&from=P3&to=P7`);
		await page.getByRole('combobox', { name: 'to' }).selectOption('P5');
		await expect(page).toHaveURL(`/skills/mentoring?fw=${rest}&from=P3&to=P5`);
		await page.getByRole('checkbox', { name: RUBRIC.name, exact: true }).check();
		await expect(page).toHaveURL('/skills/mentoring?from=P3&to=P5');
		expect(await page.evaluate(() => history.length)).toBe(length);
	});

	test('the last framework shown cannot be unticked', async ({ page }) => {
		await page.goto(`/skills/mentoring?fw=${VAARST.id}`);
		await ready(page);
		await expect(page.getByRole('checkbox', { name: VAARST.name, exact: true })).toBeDisabled();
		await expect(chart(page).getByRole('button')).toHaveCount(1);
	});

	test('the rubric alone: its panel, no empty curve; a range says its ratings are not levels', async ({
		page
	}) => {
		const errors = watchErrors(page);
		await page.goto(`/skills/mentoring?fw=${RUBRIC.id}&from=P2&to=P5`);
		await ready(page);
		await expect(chart(page)).toHaveCount(0);
		await expect(panel(page, RUBRIC.id).getByRole('button')).toHaveCount(
			growth(RUBRIC, 'mentoring').length
		);
		await expect(
			page.locator('section.range').getByRole('row').filter({ hasText: RUBRIC.name })
		).toContainText('not levels');
		expect(errors).toEqual([]);
	});

	test('an unknown skill is a 404', async ({ page }) => {
		const response = await page.goto('/skills/no-such-skill');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/);
	});
});

test.describe('sharing', () => {
	test('copy link puts the view on the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`/skills/mentoring?fw=${IPE.id}&from=P2&to=P4`);
		await ready(page);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status')).toHaveText('Link copied.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(page.url());
		expect(copied).toMatch(
			/\/skills\/mentoring\?fw=infrastructure-platform-engineering&from=P2&to=P4$/
		);
	});

	test('without a clipboard, the link is offered selected in a field', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
		});
		await page.goto(`/skills/mentoring?from=P3&to=P6`);
		await ready(page);
		await page.getByRole('button', { name: 'Copy link' }).click();
		const field = page.getByRole('textbox', { name: 'Link to this view' });
		await expect(field).toHaveValue(page.url());
		await expect(field).toBeFocused();
		const selected = await field.evaluate((el: HTMLInputElement) =>
			el.value.slice(el.selectionStart!, el.selectionEnd!)
		);
		expect(selected).toBe(page.url());
	});

	test('the chart exports as a standalone SVG that carries the link', async ({ page }) => {
		await page.goto(`/skills/mentoring?fw=${IPE.id},${RUBRIC.id}&from=P2&to=P5`);
		await ready(page);
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save as SVG' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe(`skill-mentoring-${IPE.id}-${RUBRIC.id}-p2-p5.svg`);
		const svg = readFileSync((await download.path())!, 'utf8');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		// Well-formed XML (an HTML entity such as &nbsp; would break it). Parsed in a blank page: the
		// site's Trusted Types policy rightly refuses a string parsed as markup.
		const blank = await page.context().newPage();
		const parseError = await blank.evaluate(
			(text) =>
				new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')
					?.textContent ?? null,
			svg
		);
		await blank.close();
		expect(parseError).toBeNull();
		// Colours are concrete: the file renders without the site's stylesheet.
		expect(svg).not.toContain('var(--');
		expect(svg).toContain(`stroke="rgb(0, 114, 178)"`); // the reference framework's colour
		// The deep link is visible text at the bottom of the image.
		const footer = /<text data-deep-link="[^"]*"[^>]*>(.*?)<\/text>/.exec(svg)![1]!;
		const text = [...footer.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => m[1]).join('');
		expect(text.replace(/&amp;/g, '&')).toBe(page.url());
		expect(svg).toContain('Mentoring: proficiency from P1 to P7, P2–P5 highlighted');
		// No tooltip, focus ring or hit area in the file; the curve's marks are there, and the
		// rubric's role where it sits (its ratings are a panel of their own, not on the curve).
		expect(svg).not.toContain('tabindex');
		expect(svg.match(/<circle/g)!.length).toBe(growth(IPE, 'mentoring').length);
		expect(svg).toContain(`data-role="${RUBRIC.id}"`);
	});

	test('the export is of the view the link asks for, even while the chart’s code is on its way', async ({
		page
	}) => {
		// The chart's code (the one file with its Unpin button) arrives a second late.
		await page.route('**/*.js', async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes('>Unpin<')) await new Promise((resolve) => setTimeout(resolve, 1000));
			await route.fulfill({ response, body });
		});
		await page.goto(`/skills/mentoring?fw=${IPE.id},${RUBRIC.id}&from=P2&to=P5`);
		await ready(page);
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save as SVG' }).click();
		const svg = readFileSync((await (await downloading).path())!, 'utf8');
		// The two frameworks of the link, not the prerendered page's every framework.
		expect(svg).toContain(IPE.name.replace('&', '&amp;'));
		expect(svg).not.toContain('DevOps Engineer');
		expect(svg).not.toContain('var(--');
	});

	test('the chart exports as a PNG at twice its size', async ({ page }) => {
		await page.goto(`/skills/mentoring?fw=${VAARST.id}`);
		await ready(page);
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save as PNG' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe(`skill-mentoring-${VAARST.id}.png`);
		const png = readFileSync((await download.path())!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const width = png.readUInt32BE(16);
		const viewBox = await chart(page).getAttribute('viewBox');
		expect(width).toBe(2 * Number(viewBox!.split(' ')[2]));
	});
});

test.describe('accessibility', () => {
	for (const path of [
		'/skills',
		'/skills/mentoring',
		`/skills/ownership-scope?fw=${SPEEDOC.id}&from=P2&to=P5`
	]) {
		test(`axe finds no violations on ${path}`, async ({ page }) => {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}

	test.describe('on a 390 px phone', () => {
		test.use({ viewport: { width: 390, height: 844 } });

		test('/skills/mentoring: axis labels beside the plot, not in it; a colour legend; a key to the numbers', async ({
			page
		}) => {
			await page.goto('/skills/mentoring');
			await ready(page);
			// The curve and the rubric's ratings panel, each drawn for the phone.
			const drawings = page.locator('[data-variant="narrow"] svg').filter({ visible: true });
			await expect(drawings).toHaveCount(2);
			for (const svg of await drawings.all()) {
				const plot = (await svg.locator('.grid').boundingBox())!;
				const labels = svg.locator('.axis.y text');
				await expect(labels).toHaveCount(8); // the numbers 0–6 and the axis title
				for (const label of await labels.all()) {
					const box = (await label.boundingBox())!;
					const apart =
						box.x + box.width <= plot.x + 0.5 ||
						box.x >= plot.x + plot.width - 0.5 ||
						box.y + box.height <= plot.y + 0.5 ||
						box.y >= plot.y + plot.height - 0.5;
					expect(apart, `“${await label.textContent()}” overlaps the plot`).toBe(true);
				}
				// What the numbers mean, in a key under the drawing.
				const key = svg.locator('.legend text').filter({ hasText: /^5\s*sets direction/ });
				await expect(key).toBeVisible();
				expect((await key.boundingBox())!.y).toBeGreaterThan(plot.y + plot.height);
			}
			// A colour legend: each framework's name beside a line of its colour.
			for (const fw of covering('mentoring')) {
				const svg = isRubric(fw)
					? page.locator(`[data-ratings="${fw.id}"] [data-variant="narrow"] svg`)
					: page.locator('.curve-narrow svg');
				const item = svg.locator('.legend text').filter({ hasText: fw.name }).first();
				await expect(item).toBeVisible();
				// (a line of no height: attached, not "visible" to Playwright)
				await expect(svg.locator(`.legend line[stroke="${frameworkColor(fw.id)}"]`)).toHaveCount(1);
			}
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				390
			);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});

		test('no skill page scrolls sideways', async ({ page }) => {
			for (const path of ['/skills/mentoring', '/skills/architecture', '/skills/ownership-scope']) {
				await page.goto(path);
				expect(
					await page.evaluate(() => document.documentElement.scrollWidth),
					path
				).toBeLessThanOrEqual(390);
			}
		});
	});

	test('on a phone the narrow chart is the one shown, and it works by touch', async ({
		browser
	}) => {
		const context = await browser.newContext({
			viewport: { width: 360, height: 800 },
			hasTouch: true,
			isMobile: true
		});
		const page = await context.newPage();
		await page.goto('/skills/mentoring');
		await ready(page);
		await expect(page.locator('.curve-narrow svg')).toBeVisible();
		await expect(chart(page)).toBeHidden();
		const point = growth(VAARST, 'mentoring')[0]!;
		await page.locator(`[data-variant="narrow"] [data-mark="${VAARST.id}/${point.step}"]`).tap();
		await expect(inspector(page)).toContainText(evidenceText(VAARST, point.evidence[0]!));
		await context.close();
	});
});
