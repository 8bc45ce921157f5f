// The track-transition graph as a person uses it: reading it without JavaScript, walking it with
// the keyboard, focusing one track through a shared link, and surviving a garbage link.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { framework, frameworks, squash } from './data';

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

/** Drawn edges: one per pair of tracks and kind. */
const drawnEdges = new Set(
	transitions.map((t) => [[t.from.key, t.to.key].sort(), t.kind].join(' '))
);

const graph = (page: Page) => page.getByRole('group', { name: 'Moves between tracks' });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A track's mark: its label starts with "<track> (<framework>),". */
const trackButton = (page: Page, track: string, fw: string) =>
	graph(page).getByRole('button', { name: new RegExp(`^${escape(track)} \\(${escape(fw)}\\),`) });
const evidencePanel = (page: Page) => page.getByRole('complementary', { name: 'Evidence' });
const liveRegion = (page: Page) => page.locator('[aria-live="polite"]').last();

test('the page opens with the graph, every track in it, and no console error', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/transitions');
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

	test('the graph is in the HTML, with one drawn edge per pair of tracks and kind', async ({
		page
	}) => {
		await page.goto('/transitions');
		const svg = page.locator('figure svg');
		await expect(svg).toHaveCount(1);
		expect(await svg.locator('path').count()).toBeGreaterThan(drawnEdges.size);
		const edges = graph(page).getByRole('button', { name: / between / });
		await expect(edges).toHaveCount(drawnEdges.size);
		const tracks = frameworks.reduce((n, fw) => n + fw.tracks.length, 0);
		await expect(graph(page).getByRole('button')).toHaveCount(tracks + drawnEdges.size);
	});

	test('the text list holds every transition with its evidence', async ({ page }) => {
		await page.goto('/transitions');
		const list = page.getByRole('region', { name: 'Every transition, in words' });
		await expect(list.getByRole('listitem')).toHaveCount(transitions.length);
		for (const t of transitions) {
			const item = list
				.getByRole('listitem')
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
		const apart = list.getByRole('region', {
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
		await expect(list.getByRole('link', { name: new RegExp(step.label) }).first()).toHaveAttribute(
			'href',
			`/frameworks/${rubric.owner.id}/${rubric.from.key.split('/')[1]}/${step.id}`
		);
	});
});

test('the keyboard walks tracks and their transitions and shows the evidence', async ({ page }) => {
	const errors = watchErrors(page);
	await page.goto('/transitions');
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

test('hovering or tapping a transition shows its evidence and rationale', async ({ page }) => {
	await page.goto('/transitions');
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

	await page.goto(`/transitions?from=${key}`);
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
		// The focused track's transitions come first in the list.
		const list = page.getByRole('region', { name: 'Every transition, in words' });
		const firstGroup = list.getByRole('region').first();
		await expect(firstGroup.getByRole('heading')).toHaveText('To and from Platform');
		await expect(firstGroup.getByRole('listitem')).toHaveCount(touching.length);
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
	await page.goto('/transitions');
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
	await page.goto(`/transitions?from=${encodeURIComponent(garbage)}`);
	await expect(page.getByRole('status').filter({ hasText: 'No track' })).toHaveText(
		`No track “${garbage}” — showing all transitions.`
	);
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(graph(page).locator('[aria-pressed="true"]')).toHaveCount(0);
	await expect(
		page.getByRole('region', { name: 'Every transition, in words' }).getByRole('listitem')
	).toHaveCount(transitions.length);
	expect(dialogs).toEqual([]);
	expect(errors).toEqual([]);
});

test.describe('accessibility', () => {
	for (const path of ['/transitions', '/transitions?from=speedoc-engineering/platform']) {
		test(`axe finds no violations on ${path}`, async ({ page }) => {
			await page.goto(path);
			await expect(graph(page)).toBeVisible();
			await page.getByText('Show the data as a table').click();
			const results = await new AxeBuilder({ page }).analyze();
			expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}
});
