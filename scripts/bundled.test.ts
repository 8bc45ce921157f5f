import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../src/lib/frameworks/catalog.server';
import { formatProblem } from '../src/lib/model/validate';
import { bundledFrameworkFiles, describeFsError, loadBundled, readJsonFile } from './bundled';

describe('loadBundled', () => {
	it('reads the same catalogue the build does, in the same order', () => {
		const bundled = loadBundled();
		expect(bundled.frameworks.map((f) => f.id)).toEqual(catalog.frameworks.map((f) => f.id));
		expect(bundled).toEqual(catalog);
	});

	it('names every framework file under data/frameworks, sorted', () => {
		const files = bundledFrameworkFiles().map((f) => f.file);
		expect(files).toHaveLength(catalog.frameworks.length);
		expect(files).toEqual([...files].sort());
		expect(files.every((f) => /^data\/frameworks\/[a-z0-9-]+\.json$/.test(f))).toBe(true);
	});
});

describe('readJsonFile', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'career-bundled-'));
		writeFileSync(join(dir, 'ok.json'), '{"a": 1}');
		writeFileSync(join(dir, 'broken.json'), '{"a": }');
		mkdirSync(join(dir, 'folder.json'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('reads JSON', () => {
		expect(readJsonFile(join(dir, 'ok.json'), 'ok.json')).toEqual({
			ok: true,
			value: { a: 1 },
			problems: [],
			warnings: []
		});
	});

	it.each([
		['missing.json', /^missing\.json: \$: cannot read the file: no such file$/],
		['folder.json', /^folder\.json: \$: cannot read the file: is a directory, not a file$/],
		['ok.json/inner.json', /: cannot read the file: a folder in the path is a file$/],
		['broken.json', /^broken\.json: /]
	])('names the file and the reason for %s', (name, message) => {
		const result = readJsonFile(join(dir, name), name);
		expect(result.ok).toBe(false);
		expect(result.problems.map(formatProblem)).toEqual([expect.stringMatching(message)]);
	});
});

describe('describeFsError', () => {
	it.each([
		[{ code: 'EACCES' }, 'permission denied'],
		[new Error('disk on fire'), 'disk on fire'],
		['plain text', 'plain text'],
		[null, 'null']
	])('%j → %s', (error, words) => {
		expect(describeFsError(error)).toBe(words);
	});
});
