import { describe, expect, it } from 'vitest';
import { readBlocks, type Block, type RawHtml } from './markdown';
import { analyseTable } from './table-shape';

const tables = (blocks: Block[]) =>
	blocks.flatMap((b) =>
		b.kind === 'table' ? [b.rows.map((r) => r.map((c) => c.parts.join(' / ')))] : []
	);

describe('readBlocks: tables as people write them', () => {
	it('splits Markdown cells at <br>, <p> and <li>, dropping the author\'s "- "', () => {
		const [rows] = tables(
			readBlocks(
				'| Area | Behaviours |\n|---|---|\n| A | <p>- One</p><p>- Two</p> |\n| B | Three<br>Four |\n| C | <ul><li>Five</li><li>Six</li></ul> |\n| D | - Seven |\n'
			)
		);
		expect(rows?.slice(1)).toEqual([
			['A', 'One / Two'],
			['B', 'Three / Four'],
			['C', 'Five / Six'],
			['D', 'Seven']
		]);
	});

	it('lays an HTML table out as a grid: rowspan and colspan fill every place they cover', () => {
		const html = [
			'<table>',
			'<tr><th>Level</th><th>A</th><th>B</th></tr>',
			'<tr><th rowspan="2">L1</th><td colspan="2">Summary.</td></tr>',
			'<tr><td>a1</td><td>b1</td></tr>',
			'<tr><th>L2</th><td>a2</td><td>b2</td></tr>',
			'</table>'
		].join('\n');
		const [table] = readBlocks(html).filter((b) => b.kind === 'table');
		if (table?.kind !== 'table') throw new Error('no table');
		expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
			['Level', 'A', 'B'],
			['L1', 'Summary.', 'Summary.'],
			['L1', 'a1', 'b1'],
			['L2', 'a2', 'b2']
		]);
		// The spanning cells are one cell, not copies.
		expect(table.rows[1]?.[0]).toBe(table.rows[2]?.[0]);
		expect(table.rows[1]?.[1]).toBe(table.rows[1]?.[2]);
	});

	it('joins an HTML table that blank lines cut into several Markdown blocks', () => {
		const blocks = readBlocks(
			'<table>\n\n  <tr><th>Level</th><th>Craft</th></tr>\n\n  <tr><td>L1</td><td><ul><li>Codes.</li>\n<li>Tests.</ul></td></tr>\n\n</table>\n\nAfter.\n'
		);
		expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph']);
		expect(tables(blocks)[0]).toEqual([
			['Level', 'Craft'],
			['L1', 'Codes. / Tests.']
		]);
	});

	it('reads each <p> and <li> of an HTML cell, nested items too, and drops <style>', () => {
		const blocks = readBlocks(
			'<style>.x{}</style>\n\n<table><tr><th>L</th><th>C</th></tr><tr><td>L1</td><td><p>Lead.</p><ul><li>Top<ul><li>Nested</li></ul></li></ul></td></tr></table>\n'
		);
		expect(blocks.map((b) => b.kind)).toEqual(['table']);
		expect(tables(blocks)[0]?.[1]).toEqual(['L1', 'Lead. / Top / Nested']);
	});
});

describe('readBlocks: lists', () => {
	it('keeps nesting: depth, parent and how many items each holds', () => {
		const [list] = readBlocks('- Scope:\n  - One\n    - Example\n  - Two\n- [Docs](d.md)\n');
		if (list?.kind !== 'list') throw new Error('no list');
		expect(
			list.bullets.map((b) => [b.text, b.depth, b.parent ?? null, b.children, b.navigation])
		).toEqual([
			['Scope:', 0, null, 2, false],
			['One', 1, 0, 1, false],
			['Example', 2, 1, 0, false],
			['Two', 1, 0, 0, false],
			['Docs', 0, null, 0, true]
		]);
	});

	it('keeps raw HTML that is not formatting as text, and reports it', () => {
		const rawHtml: RawHtml[] = [];
		const [list] = readBlocks('- Writes <script>alert(1)</script> SQL with <b>care</b>.\n', {
			rawHtml
		});
		expect(list?.kind === 'list' && list.bullets[0]?.text).toBe(
			'Writes <script>alert(1)</script> SQL with care .'
		);
		expect(rawHtml.map((r) => r.tag)).toEqual(['<script>', '</script>']);
	});
});

describe('readBlocks on a long document (parsed in parts)', () => {
	it('keeps the line numbers of the whole text', () => {
		const section = (n: number) =>
			`## L${n}\n\n${'- Does a thing.\n'.repeat(200)}\nA paragraph.\n\n`;
		const text = `# Ladder\n\n${section(1)}\`\`\`\n# not a heading\n\`\`\`\n\n${section(2)}${section(3)}`;
		const headings = readBlocks(text).filter((b) => b.kind === 'heading');
		const lines = text.split('\n');
		expect(headings.map((h) => [h.text, h.line])).toEqual(
			['Ladder', 'L1', 'L2', 'L3'].map((t) => [
				t,
				lines.indexOf(`${t === 'Ladder' ? '#' : '##'} ${t}`) + 1
			])
		);
	});

	it('joins an HTML table that blank lines cut, across the parts', () => {
		const rows = Array.from(
			{ length: 300 },
			(_, i) => `<tr><td>L${(i % 9) + 1}</td><td>Row ${i}.</td></tr>`
		);
		const text = `# Ladder\n\n<table>\n\n<tr><th>Level</th><th>Craft</th></tr>\n\n${rows.join('\n\n')}\n\n</table>\n\nAfter.\n`;
		const blocks = readBlocks(text);
		expect(blocks.map((b) => b.kind)).toEqual(['heading', 'table', 'paragraph']);
		expect(tables(blocks)[0]).toHaveLength(301);
	});
});

describe('analyseTable', () => {
	const table = (markdown: string) => {
		const [block] = readBlocks(markdown);
		if (block?.kind !== 'table') throw new Error('no table');
		return analyseTable(block);
	};

	it('finds levels in the header row, with group rows and a Notes column apart', () => {
		const t = table(
			'| Skill | Junior | Senior | Notes |\n|---|---|---|---|\n| **Craft** | | | |\n| Code | Writes it. | Reviews it. | Any language. |\n'
		);
		expect(t?.orientation).toBe('columns');
		expect(t?.levels.map((l) => l.label)).toEqual(['Junior', 'Senior']);
		expect(t?.entries.map((e) => [e.level, e.section.join(' › '), e.cell.text])).toEqual([
			[0, 'Craft › Code', 'Writes it.'],
			[1, 'Craft › Code', 'Reviews it.']
		]);
		expect(t?.context).toEqual([{ label: 'Code · Notes', text: 'Any language.', line: 4 }]);
	});

	it('finds levels in the first column, bare numbers under a "Level" header', () => {
		const t = table('| Level | Scope |\n|---|---|\n| 1 | A task |\n| 2 | A team |\n');
		expect(t?.orientation).toBe('rows');
		expect(t?.levels.map((l) => l.label)).toEqual(['Level 1', 'Level 2']);
	});

	it('reads no levels in a table of topics', () => {
		expect(table('| Topic | Owner |\n|---|---|\n| Budget | Finance |\n')).toBeUndefined();
	});
});
