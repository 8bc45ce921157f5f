// The track-transition graph as a person uses it: reading it without JavaScript, walking it with
// the keyboard, tapping it on a phone, focusing one track through a shared link, and surviving a
// garbage link. "Any track ↔ any track" (Speedoc) is shown once, as a group, with every pair of it
// still reachable.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { framework, frameworks, squash } from './data';
import { expect, test, visit } from './page';

/** Fail the test on any console error or uncaught exception. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(String(e)));
	return errors;
}

/** Every transition in the bundled data, with its ends resolved to framework and track names. */
const transitions = frameworks.flatMap((fw) =>
	fw.transitions.map((t) => {
		const end = (ref: { framework?: string; track: string; step?: string }) => {
			const other = framework(ref.framework ?? fw.id);
			return {
				key: `${other.id}/${ref.track}`,
				framework: other.name,
				track: other.tracks.find((tr) => tr.id === ref.track)!.name,
				step: ref.step
			};
		};
		return { ...t, owner: fw, from: end(t.from), to: end(t.to) };
	})
);

type T = (typeof transitions)[number];

/**
 * "Any ↔ any" groups, found here the simple way a reader would: one framework's transitions of one
 * kind, citing one sentence and naming no step, that join every two of 3+ tracks both ways.
 */
const anyToAny = (() => {
	const classes = new Map<string, T[]>();
	for (const t of transitions) {
		if (t.from.step || t.to.step) continue;
		const key = [t.owner.id, t.kind, squash(t.evidence)].join('\n');
		classes.set(key, [...(classes.get(key) ?? []), t]);
	}
	return [...classes.values()].flatMap((members) => {
		const tracks = [...new Set(members.flatMap((t) => [t.from.key, t.to.key]))];
		const pairs = new Set(
			members
				.filter((t) => t.bidirectional || t.kind === 'comparable')
				.map((t) => [t.from.key, t.to.key].sort().join(' '))
		);
		return tracks.length >= 3 && pairs.size === (tracks.length * (tracks.length - 1)) / 2
			? [{ tracks, transitions: members, evidence: squash(members[0]!.evidence) }]
			: [];
	});
})();
const grouped = new Set(anyToAny.flatMap((g) => g.transitions));
const ungrouped = transitions.filter((t) => !grouped.has(t));

/** Drawn edges (one per pair of tracks and kind) outside groups, which are one mark each. */
const drawnEdges = new Set(ungrouped.map((t) => [[t.from.key, t.to.key].sort(), t.kind].join(' ')));
/** Items at the top of the list: each group once, every other transition on its own. */
const listedItems = ungrouped.length + anyToAny.length;

const speedocId = 'speedoc-engineering';
/** Speedoc's one sentence for every pair of its six tracks: the group this page exists to tame. */
const speedocGroup = anyToAny.find((g) => g.transitions[0]!.owner.id === speedocId)!;

const graph = (page: Page) => page.getByRole('group', { name: 'Moves between tracks' });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A track's mark: its label starts with "<track> (<framework>),". */
const trackButton = (page: Page, track: string, fw: string) =>
	graph(page).getByRole('button', { name: new RegExp(`^${escape(track)} \\(${escape(fw)}\\),`) });
const evidencePanel = (page: Page) => page.getByRole('complementary', { name: 'Evidence' });
/** A group's mark: "<kind> from any of these N tracks to any other, …". */
const groupButton = (page: Page, tracks: number) =>
	graph(page).getByRole('button', { name: new RegExp(`from any of these ${tracks} tracks`) });
const list = (page: Page) => page.getByRole('region', { name: 'Every transition, in words' });
/** Open every "Each of the N pairs" disclosure in the list. */
async function openPairs(page: Page) {
	for (const summary of await list(page).locator('summary').all()) await summary.click();
}
const liveRegion = (page: Page) => page.locator('[aria-live="polite"]').last();

test('the bundled data has one "any ↔ any" group: Speedoc’s 15 pairs among its 6 tracks', () => {
	expect(anyToAny).toHaveLength(1);
	expect(speedocGroup.tracks).toHaveLength(6);
	expect(speedocGroup.transitions).toHaveLength(15);
});

test('the page opens with the graph, every track in it, and no console error', async ({ page }) => {
	const errors = watchErrors(page);
	await visit(page, '/transitions');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(graph(page)).toBeVisible();
	for (const fw of frameworks) {
		for (const track of fw.tracks)
			await expect(trackButton(page, track.name, fw.name)).toHaveCount(1);
	}
	await page.getByRole('link', { name: 'Transitions', exact: true }).click();
	await expect(page).toHaveURL('/transitions');
	expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the graph is in the HTML: a group drawn once, one edge per other pair and kind', async ({
		page
	}) => {
		await visit(page, '/transitions');
		const svg = page.locator('figure svg');
		await expect(svg).toHaveCount(1);
		expect(await svg.locator('path').count()).toBeGreaterThan(drawnEdges.size);
		const edges = graph(page).getByRole('button', { name: / between |are comparable/ });
		await expect(edges).toHaveCount(drawnEdges.size);
		await expect(groupButton(page, 6)).toHaveCount(1);
		const tracks = frameworks.reduce((n, fw) => n + fw.tracks.length, 0);
		await expect(graph(page).getByRole('button')).toHaveCount(
			tracks + drawnEdges.size + anyToAny.length
		);
		// The data table still has every pair: the group's 15, each on a row of its own.
		await page.getByText('Show the data as a table').click();
		const rows = page.locator('figure table tbody tr');
		await expect(rows).toHaveCount(drawnEdges.size + speedocGroup.transitions.length);
		for (const t of speedocGroup.transitions) {
			await expect(
				rows.filter({ hasText: t.from.track }).filter({ hasText: t.to.track })
			).toHaveCount(1);
		}
	});

	test('the list shows Speedoc’s move once as a group, and each of its pairs on demand', async ({
		page
	}) => {
		await visit(page, '/transitions');
		const section = list(page).getByRole('region', { name: framework(speedocId).name });
		// One item, the sentence once, every track named.
		await expect(section.getByRole('listitem')).toHaveCount(1);
		const item = section.getByRole('listitem').filter({ hasText: 'Any of these 6 tracks' });
		await expect(item).toContainText('Any of these 6 tracks');
		for (const track of framework(speedocId).tracks) await expect(item).toContainText(track.name);
		await expect(item).toContainText('lateral move · both ways');
		await expect(list(page).getByText(speedocGroup.evidence)).toHaveCount(1);
		// It expands to its 15 pairs, each with both tracks, under the reason given for it.
		await item.getByText('Each of the 15 pairs').click();
		const pairs = item.getByRole('listitem');
		await expect(pairs).toHaveCount(15);
		for (const t of speedocGroup.transitions) {
			const pair = pairs.filter({ hasText: t.from.track }).filter({ hasText: t.to.track });
			await expect(pair, t.id).toHaveCount(1);
			if (t.rationale) await expect(item).toContainText(squash(t.rationale));
		}
	});

	test('the text list holds every transition with its evidence', async ({ page }) => {
		await visit(page, '/transitions');
		const items = list(page).getByRole('listitem');
		// Closed, the list shows each group once and every other transition on its own.
		await expect(items).toHaveCount(listedItems);
		await openPairs(page);
		await expect(items).toHaveCount(listedItems + grouped.size);
		for (const t of transitions) {
			const item = items
				.filter({ hasText: squash(t.evidence) })
				.filter({ hasText: t.from.track })
				.filter({ hasText: t.to.track });
			await expect(item.first(), t.id).toBeVisible();
			if (t.rationale)
				await expect(item.filter({ hasText: squash(t.rationale) })).not.toHaveCount(0);
			await expect(
				item.first().getByRole('link', { name: t.owner.name, exact: true })
			).toHaveAttribute('href', `/frameworks/${t.owner.id}`);
		}
		// Comparisons across organisations are listed apart from moves, and say they are not moves.
		const comparable = transitions.filter((t) => t.kind === 'comparable');
		expect(comparable.length).toBeGreaterThan(0);
		const apart = list(page).getByRole('region', {
			name: 'Comparable in another organisation (not moves)'
		});
		await expect(apart.getByRole('listitem')).toHaveCount(comparable.length);
		for (const t of comparable) {
			await expect(
				apart.getByRole('listitem').filter({ hasText: t.from.track }).first()
			).toContainText('comparable elsewhere');
		}
		// A move that starts at a given step links to that cell.
		const rubric = transitions.find(
			(t) => t.from.key.startsWith('senior-platform') && t.kind === 'next-role'
		)!;
		const step = rubric.owner.steps.find((s) => s.id === rubric.from.step)!;
		await expect(
			list(page)
				.getByRole('link', { name: new RegExp(step.label) })
				.first()
		).toHaveAttribute(
			'href',
			`/frameworks/${rubric.owner.id}/${rubric.from.key.split('/')[1]}/${step.id}`
		);
	});
});

test('the keyboard walks tracks and their transitions and shows the evidence', async ({ page }) => {
	const errors = watchErrors(page);
	await visit(page, '/transitions');
	// One tab stop for the whole graph.
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (await graph(page).locator(':focus').count()) break;
	}
	const focused = graph(page).locator(':focus');
	await expect(focused).toHaveAttribute('role', 'button');
	const first = await focused.getAttribute('aria-label');
	expect(first).toMatch(/^.+ \(.+\), (individual contributor|lead|management|role):/);
	await expect(liveRegion(page)).toHaveText(`${first}.`);

	await page.keyboard.press('ArrowDown');
	const second = await focused.getAttribute('aria-label');
	expect(second).not.toBe(first);
	expect(second).toMatch(/transitions?$/);
	await expect(liveRegion(page)).toHaveText(`${second}.`);

	// Right walks the track's transitions; the evidence shows beside the graph.
	await page.keyboard.press('ArrowRight');
	const edge = await focused.getAttribute('aria-label');
	expect(edge).toMatch(/ between /);
	const quote = squash((await evidencePanel(page).locator('blockquote').first().innerText()) ?? '');
	expect(transitions.map((t) => squash(t.evidence))).toContain(quote);
	await expect(liveRegion(page)).toContainText(`Evidence: “${quote}”`);

	// Left goes back to the track; Enter focuses it in the URL.
	await page.keyboard.press('ArrowLeft');
	await expect(focused).toHaveAttribute('aria-label', second!);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?from=[a-z0-9-]+\/[a-z0-9-]+$/);
	await expect(focused).toHaveAttribute('aria-pressed', 'true');
	expect(errors).toEqual([]);
});

test('the keyboard reaches Speedoc’s group from each of its tracks, and reads its sentence once', async ({
	page
}) => {
	await visit(page, '/transitions');
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (await graph(page).locator(':focus').count()) break;
	}
	const focused = graph(page).locator(':focus');
	const speedoc = framework(speedocId);
	// Down to Speedoc's first track, then Right onto the group.
	for (let i = 0; i < 20; i++) {
		if ((await focused.getAttribute('aria-label'))!.includes(`(${speedoc.name})`)) break;
		await page.keyboard.press('ArrowDown');
	}
	await page.keyboard.press('ArrowRight');
	await expect(focused).toHaveAttribute('aria-label', /from any of these 6 tracks to any other/);
	await expect(liveRegion(page)).toContainText(`Evidence: “${speedocGroup.evidence}”`);
	await expect(evidencePanel(page).locator('blockquote')).toHaveCount(1);
	// Enter pins it; Escape lets go.
	await page.keyboard.press('Enter');
	await expect(focused).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('Escape');
	await expect(focused).toHaveAttribute('aria-pressed', 'false');
});

test('hovering or tapping a transition shows its evidence and rationale', async ({ page }) => {
	await visit(page, '/transitions');
	const next = transitions.find((t) => t.kind === 'next-role')!;
	const edge = graph(page).getByRole('button', {
		name: new RegExp(`^next role between ${next.from.track} .* and ${next.to.track} `)
	});
	// A point on the arc itself (its box holds empty space inside the curve).
	await edge.scrollIntoViewIfNeeded();
	const point = await edge
		.locator('path')
		.first()
		.evaluate((path: SVGPathElement) => {
			const p = path.getPointAtLength(path.getTotalLength() / 2);
			const screen = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM()!);
			return { x: screen.x, y: screen.y };
		});
	await page.mouse.move(point.x, point.y);
	await expect(evidencePanel(page)).toContainText(squash(next.evidence));
	await expect(evidencePanel(page)).toContainText(squash(next.rationale!));
	// A tap (click) pins it, so it stays when the pointer leaves.
	await page.mouse.click(point.x, point.y);
	await expect(edge).toHaveAttribute('aria-pressed', 'true');
	await page.mouse.move(0, 0);
	await expect(evidencePanel(page)).toContainText(squash(next.evidence));
});

test('?from= focuses a track and its neighbours, and survives a reload', async ({ page }) => {
	const errors = watchErrors(page);
	const speedoc = framework('speedoc-engineering');
	const key = 'speedoc-engineering/platform';
	const touching = transitions.filter((t) => t.from.key === key || t.to.key === key);
	const neighbours = new Set(touching.flatMap((t) => [t.from.key, t.to.key]));
	expect(touching.length).toBeGreaterThan(1);

	await visit(page, `/transitions?from=${key}`);
	for (let round = 0; round < 2; round++) {
		const platform = trackButton(page, 'Platform', speedoc.name);
		await expect(platform).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByText(/^Showing Platform/)).toBeVisible();
		for (const fw of frameworks) {
			for (const track of fw.tracks) {
				const opacity = await trackButton(page, track.name, fw.name).evaluate(
					(el) => getComputedStyle(el).opacity
				);
				const near = neighbours.has(`${fw.id}/${track.id}`);
				expect(Number(opacity) === 1, `${fw.id}/${track.id}`).toBe(near);
			}
		}
		// The focused track's transitions come first in the list: its part of the group as one item
		// ("Platform ⇄ any of …", the sentence once), then the others, each on its own.
		const firstGroup = list(page).getByRole('region').first();
		await expect(firstGroup.getByRole('heading')).toHaveText('To and from Platform');
		const inGroup = touching.filter((t) => grouped.has(t));
		expect(inGroup).toHaveLength(5);
		const items = firstGroup.getByRole('listitem');
		await expect(items).toHaveCount(touching.length - inGroup.length + 1);
		const mine = items.filter({ hasText: 'any of' });
		for (const t of inGroup) {
			await expect(mine).toContainText(t.from.key === key ? t.to.track : t.from.track);
		}
		await mine.getByText('Each of the 5 pairs').click();
		await expect(mine.getByRole('listitem')).toHaveCount(5);
		// The rest of Speedoc's group is still a group: any of the other five.
		await expect(
			list(page).getByRole('listitem').filter({ hasText: 'Any of these 5 tracks' })
		).toHaveCount(1);
		await page.reload();
	}

	// Choosing another track moves the focus and the URL; "Show all" clears it.
	const sre = framework('infrastructure-platform-engineering');
	await trackButton(page, 'SRE', sre.name).click();
	await expect(page).toHaveURL(`/transitions?from=${sre.id}/sre`);
	await expect(page.getByText(/^Showing SRE/)).toBeVisible();
	await page.getByRole('button', { name: 'Show all transitions' }).click();
	await expect(page).toHaveURL('/transitions');
	await expect(graph(page).locator('[aria-pressed="true"]')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a track with a documented step offers a link to it', async ({ page }) => {
	const fw = framework('platform-engineer');
	const track = fw.tracks[0]!;
	const firstStep = track.steps.find((s) => s.status === 'defined')!.step;
	await visit(page, '/transitions');
	await trackButton(page, track.name, fw.name).click();
	const link = page.getByRole('link', { name: /first documented step/ }).first();
	await expect(link).toHaveAttribute('href', `/frameworks/${fw.id}/${track.id}/${firstStep}`);
});

test('a garbage ?from= shows a notice and the whole graph, and runs nothing', async ({ page }) => {
	const errors = watchErrors(page);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const garbage = '<img src=x onerror=alert(1)>';
	await visit(page, `/transitions?from=${encodeURIComponent(garbage)}`);
	await expect(page.getByRole('status').filter({ hasText: 'No track' })).toHaveText(
		`No track “${garbage}” — showing all transitions.`
	);
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(graph(page).locator('[aria-pressed="true"]')).toHaveCount(0);
	await expect(list(page).getByRole('listitem')).toHaveCount(listedItems);
	expect(dialogs).toEqual([]);
	expect(errors).toEqual([]);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

	for (const path of ['/transitions', '/transitions?from=speedoc-engineering/platform']) {
		test(`${path} does not scroll sideways with the table and every disclosure open`, async ({
			page
		}) => {
			await visit(page, path);
			await expect(graph(page)).toBeVisible();
			await page.getByText('Show the data as a table').click();
			await expect(page.locator('figure table')).toBeVisible();
			await openPairs(page);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				390
			);
		});
	}

	test('tapping Speedoc’s group shows its sentence, once', async ({ page }) => {
		const errors = watchErrors(page);
		await visit(page, '/transitions');
		const group = groupButton(page, 6);
		await group.scrollIntoViewIfNeeded();
		// A real tap at the middle of its target: nothing else may take it.
		await group.tap();
		await expect(group).toHaveAttribute('aria-pressed', 'true');
		const panel = evidencePanel(page);
		await expect(panel).toBeInViewport();
		await expect(panel).toContainText('Any of these 6 tracks');
		await expect(panel.locator('blockquote')).toHaveCount(1);
		await expect(panel.locator('blockquote')).toHaveText(speedocGroup.evidence);
		// Close lets go.
		await panel.getByRole('button', { name: 'Close' }).tap();
		await expect(group).toHaveAttribute('aria-pressed', 'false');
		await expect(panel).not.toContainText(speedocGroup.evidence);
		expect(errors).toEqual([]);
	});

	test('tapping a track lists its transitions with their evidence', async ({ page }) => {
		const speedoc = framework(speedocId);
		await visit(page, '/transitions');
		await trackButton(page, 'QA', speedoc.name).tap();
		await expect(page).toHaveURL(`/transitions?from=${speedocId}/qa`);
		const panel = evidencePanel(page);
		await expect(panel).toBeInViewport();
		await expect(panel).toContainText('5 transitions');
		for (const name of [
			'Support',
			'Platform',
			'Development',
			'Tech Lead',
			'Engineering Management'
		])
			await expect(panel).toContainText(name);
		await expect(panel.locator('blockquote')).toHaveText(speedocGroup.evidence);
	});

	test('tapping either of two nested arcs at its far point shows its evidence', async ({
		page
	}) => {
		// The two sibling focuses of one track: arcs from one dot, one inside the other.
		const siblings = ungrouped.filter((t) => t.kind === 'sibling');
		expect(siblings).toHaveLength(2);
		await visit(page, '/transitions');
		for (const t of siblings) {
			const edge = graph(page).getByRole('button', {
				name: new RegExp(
					`^sibling focus between ${escape(t.from.track)} .* and ${escape(t.to.track)} `
				)
			});
			await edge.scrollIntoViewIfNeeded();
			const point = await edge
				.locator('path')
				.first()
				.evaluate((path: SVGPathElement) => {
					const p = path.getPointAtLength(path.getTotalLength() / 2);
					const screen = new DOMPoint(p.x, p.y).matrixTransform(path.getScreenCTM()!);
					return { x: screen.x, y: screen.y };
				});
			await page.touchscreen.tap(point.x, point.y);
			await expect(edge, t.id).toHaveAttribute('aria-pressed', 'true');
			await expect(evidencePanel(page)).toContainText(squash(t.rationale!));
			// The panel opens over the bottom of the screen; Close puts it away.
			await evidencePanel(page).getByRole('button', { name: 'Close' }).tap();
		}
	});

	test('axe finds no violations on a phone, with the group shown and the table open', async ({
		page
	}) => {
		await visit(page, '/transitions');
		await groupButton(page, 6).tap();
		await page.getByText('Show the data as a table').click();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
});

test.describe('accessibility', () => {
	for (const path of ['/transitions', '/transitions?from=speedoc-engineering/platform']) {
		test(`axe finds no violations on ${path}`, async ({ page }) => {
			await visit(page, path);
			await expect(graph(page)).toBeVisible();
			await page.getByText('Show the data as a table').click();
			await openPairs(page);
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}
});
