// Budget: the JavaScript each prerendered page loads first stays within 60 kB gzipped, and the
// validator (zod) is never part of it: bundled data is validated at build time.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoadJs } from '../scripts/first-load';

const BUDGET = 60 * 1024;
const pages = firstLoadJs(join(import.meta.dirname, '..', process.env.BUILD_DIR ?? 'build'));

test('every page loads at most 60 kB of JavaScript (gzipped) first', () => {
	// The site has a home page, five framework pages and their cells at least.
	expect(pages.length).toBeGreaterThan(10);
	for (const p of pages) expect(p.files.length, `${p.page} loads no JavaScript`).toBeGreaterThan(0);
	const over = pages.filter((p) => p.gzip > BUDGET).map((p) => `${p.page}: ${p.gzip} B`);
	expect(over).toEqual([]);
});

test('no page loads the zod validator first', () => {
	// zod's English error messages are part of every zod build.
	const marker = 'Invalid input: expected';
	const withZod = pages.filter((p) =>
		p.files.some((f) => readFileSync(f, 'utf8').includes(marker))
	);
	expect(withZod.map((p) => p.page)).toEqual([]);
});

test('the comparison and common-level pages are measured too', () => {
	const measured = pages.map((p) => p.page);
	expect(measured).toContain('/compare');
	expect(measured.filter((p) => p.startsWith('/compare/')).length).toBeGreaterThan(0);
	for (const level of [1, 2, 3, 4, 5, 6, 7]) expect(measured).toContain(`/levels/p${level}`);
});

test('no page loads the importer first: /import reads files in a worker, loaded on Import', () => {
	// A sentence every importer build holds (the basis it gives a placement read from a label).
	const marker = 'Inferred by the importer from the label';
	const withImporter = pages.filter((p) =>
		p.files.some((f) => readFileSync(f, 'utf8').includes(marker))
	);
	expect(pages.map((p) => p.page)).toEqual(
		expect.arrayContaining(['/import', '/mine/framework', '/mine/cell', '/mine/quiz'])
	);
	expect(withImporter.map((p) => p.page)).toEqual([]);
});
