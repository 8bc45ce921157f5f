import { describe, expect, it } from 'vitest';
import { breakLongLine, escapeXml, exportFileName, frameSvg, resolveCssVars } from './export';

const vars: Record<string, string> = {
	'--text': ' #1d2124',
	'--accent': '#1f5fa8',
	'--alias': 'var(--accent)'
};
const lookup = (name: string) => vars[name] ?? '';

describe('resolveCssVars', () => {
	it.each([
		['var(--text)', '#1d2124'],
		['var( --accent )', '#1f5fa8'],
		['var(--alias)', '#1f5fa8'],
		['var(--missing, #fff)', '#fff'],
		['var(--missing, rgb(1, 2, 3))', 'rgb(1, 2, 3)'],
		['var(--missing)', ''],
		['1px solid var(--text)', '1px solid #1d2124'],
		['#123456', '#123456']
	])('%s → %s', (value, expected) => {
		expect(resolveCssVars(value, lookup)).toBe(expected);
	});

	it('stops on a variable that refers to itself', () => {
		expect(resolveCssVars('var(--loop)', () => 'var(--loop)')).toContain('var(--loop)');
	});
});

describe('breakLongLine', () => {
	it.each([
		['short', 10, ['short']],
		['', 10, []],
		[
			'https://x.org/skills/a?fw=b,c&from=P2',
			20,
			['https://x.org/', 'skills/a?fw=b,c&', 'from=P2']
		],
		['abcdefghijkl', 5, ['abcde', 'fghij', 'kl']]
	])('%j at %i', (text, chars, expected) => {
		const lines = breakLongLine(text, chars);
		expect(lines).toEqual(expected);
		expect(lines.join('')).toBe(text);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(chars);
	});
});

describe('exportFileName', () => {
	it.each([
		[['skill', 'mentoring'], null, 'svg', 'skill-mentoring.svg'],
		[
			['skill', 'mentoring', 'platform-engineer', 'vaarst-devops-engineer'],
			{ from: 2, to: 5 },
			'png',
			'skill-mentoring-platform-engineer-vaarst-devops-engineer-p2-p5.png'
		],
		[['skill', 'Weird Name/..'], null, 'svg', 'skill-weird-name.svg'],
		[[], null, 'svg', 'chart.svg']
	] as const)('%j %j → %s', (parts, range, ext, expected) => {
		expect(exportFileName(parts, range, ext)).toBe(expected);
	});
});

describe('frameSvg', () => {
	const link = 'http://127.0.0.1:4201/skills/mentoring?fw=platform-engineer&from=P2&to=P5';
	const framed = frameSvg({
		width: 760,
		height: 400,
		inner: '<path d="M0,0L1,1" stroke="#0072b2"></path>',
		title: 'Mentoring <growth> & more',
		footer: link,
		colors: { background: '#ffffff', text: '#1d2124', muted: '#5a6268' },
		font: 'system-ui, "Segoe UI"'
	});

	it('is a standalone SVG document with its size, background and concrete colours', () => {
		expect(framed.text).toMatch(
			/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="760" height="\d+"/
		);
		expect(framed.width).toBe(760);
		expect(framed.height).toBeGreaterThan(400 + 40);
		expect(framed.text).toContain('<rect width="760" height="');
		expect(framed.text).toContain('fill="#ffffff"');
		expect(framed.text).not.toContain('var(');
		expect(framed.text).toContain('font-family="system-ui, &quot;Segoe UI&quot;"');
	});

	it('carries the chart, an escaped title and the deep link as visible text', () => {
		expect(framed.text).toContain('<path d="M0,0L1,1" stroke="#0072b2"></path>');
		expect(framed.text).toContain('>Mentoring &lt;growth&gt; &amp; more</text>');
		const footer = /<text data-deep-link="[^"]*"[^>]*>(.*?)<\/text>/.exec(framed.text)![1]!;
		const shown = [...footer.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => m[1]).join('');
		expect(shown.replace(/&amp;/g, '&')).toBe(link);
	});

	it('breaks a link too long for the width over several lines', () => {
		const long = frameSvg({
			width: 300,
			height: 100,
			inner: '',
			title: 't',
			footer: link,
			colors: { background: '#fff', text: '#000', muted: '#555' },
			font: 'sans-serif'
		});
		expect(long.text.match(/<tspan/g)!.length).toBeGreaterThan(1);
	});
});

describe('escapeXml', () => {
	it('escapes the XML specials', () => {
		expect(escapeXml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
	});
});
