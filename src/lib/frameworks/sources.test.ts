// Source text is data, verbatim (DESIGN.md): every source string in a framework file occurs in its
// source text, and every sentence of each source text occurs in the framework file. Nothing is
// invented, nothing is silently dropped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Framework } from '../model/schema';

const dataDir = join(import.meta.dirname, '../../../data');

/**
 * Source lines that are navigation or markup rather than sentences, per source file, each with
 * why. Matched against the whole line, whitespace-normalised.
 */
const NOT_SENTENCES: Record<string, Record<string, string>> = {
	'000_9a3fd616739d4405.txt': {
		'[back to tracks](/growth-framework/tracks/ic_delivery.md)':
			'a navigation link back to the list of tracks'
	},
	'003_b3c1b53bae447401.txt': {
		'layout: page': 'Jekyll page layout',
		'permalink: /careerframework/devopsengineer/level4': "Jekyll's URL for the page",
		'nav_order: 2': "Jekyll's menu position",
		'|Area | Description |':
			"table column headers: the data stores the area as each statement's section and the description as its text"
	},
	'004_698a128bd8e88572.txt': {
		'[back to home](/README.md)': 'a navigation link back to the home page'
	}
};

/** Collapse every run of whitespace (tabs, no-break spaces, newlines) to one space. */
function normalise(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

const hasWords = (text: string) => /[\p{L}\p{N}]/u.test(text);

/**
 * A source's lines, each with the text pieces left once its markup is gone: Jekyll front-matter
 * keys, heading hashes, list markers, link targets, HTML tags and table pipes are markup; the words
 * they mark are kept. A tag or pipe separates pieces (table cells, `<br><br>`-separated parts).
 */
function sourceLines(source: string): { line: string; pieces: string[] }[] {
	const lines = source.split('\n');
	const frontMatterEnd = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1;
	return lines.map((raw, i) => {
		let text = raw;
		if (i > 0 && i < frontMatterEnd) text = text.replace(/^[\w-]+:\s*/, '');
		text = text
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/^\s*#+\s+/, '')
			.replace(/^\s*[-•]\s+/, '')
			// An empty list marker glued to the end of a sentence (000, Level 6: "appropriate.- ").
			.replace(/(?<=[.!?])-\s*$/, '');
		const pieces = text
			.split(/<[^>]*>|\|/)
			.map(normalise)
			.filter(hasWords);
		return { line: normalise(raw), pieces };
	});
}

/** The whole source without markup, as one whitespace-normalised string. */
function sourceText(source: string): string {
	return sourceLines(source)
		.flatMap((l) => l.pieces)
		.join(' ');
}

/** Split a piece of text into sentences at `.`, `!` or `?` followed by whitespace. */
function sentences(piece: string): string[] {
	return piece.split(/(?<=[.!?])\s+/).filter(hasWords);
}

interface SourceString {
	path: string;
	text: string;
	/** Another framework whose source may hold the text (a transition's target). */
	alsoIn?: string;
}

/**
 * Every string the data takes from its source. Step labels ("Level 1 · Low" is composed) and
 * context labels (named by the maintainers) are not source text; notes, bases, rationales and the
 * organisation are curated by the schema's own types.
 */
function sourceStrings(fw: Framework): SourceString[] {
	const out: SourceString[] = [];
	const add = (path: string, text: string | undefined, alsoIn?: string) => {
		if (text !== undefined) out.push({ path, text, alsoIn });
	};
	add('$.name', fw.name);
	add('$.description', fw.description);
	add('$.source.title', fw.source.title);
	fw.context.forEach((c, i) => add(`$.context[${i}].text`, c.text));
	fw.steps.forEach((step, i) => {
		add(`$.steps[${i}].title`, step.title);
		add(`$.steps[${i}].summary`, step.summary);
		step.dimensions.forEach((d, j) => {
			add(`$.steps[${i}].dimensions[${j}].label`, d.label);
			add(`$.steps[${i}].dimensions[${j}].text`, d.text);
		});
	});
	fw.tracks.forEach((track, i) => {
		add(`$.tracks[${i}].name`, track.name);
		add(`$.tracks[${i}].description`, track.description);
		track.steps.forEach((ts, j) => add(`$.tracks[${i}].steps[${j}].sourceText`, ts.sourceText));
	});
	fw.statements.forEach((s, i) => {
		add(`$.statements[${i}].text`, s.text);
		add(`$.statements[${i}].section`, s.section);
		add(`$.statements[${i}].perspective`, s.perspective);
	});
	fw.skills.forEach((curve, i) => {
		add(`$.skills[${i}].sourceName`, curve.sourceName);
		add(`$.skills[${i}].sourceDescription`, curve.sourceDescription);
	});
	fw.transitions.forEach((t, i) => add(`$.transitions[${i}].evidence`, t.evidence, t.to.framework));
	return out;
}

/** Data strings that do not occur in the source (or, for a transition, its target's source). */
function missingFromSource(fw: Framework, textOfSource: (frameworkId: string) => string): string[] {
	const own = textOfSource(fw.id);
	return sourceStrings(fw)
		.filter(({ text, alsoIn }) => {
			const wanted = normalise(text);
			return !own.includes(wanted) && !(alsoIn && textOfSource(alsoIn).includes(wanted));
		})
		.map(({ path, text }) => `${path}: ${JSON.stringify(normalise(text))}`);
}

/** Every string anywhere in a JSON value. */
function allStrings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(allStrings);
	if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings);
	return [];
}

/** Source sentences that occur in no string of the framework JSON, with their line numbers. */
function missingFromData(
	source: string,
	frameworkJson: unknown,
	notSentences: Record<string, string> = {}
): string[] {
	const corpus = allStrings(frameworkJson).map(normalise).join('\n');
	return sourceLines(source).flatMap(({ line, pieces }, i) =>
		line in notSentences
			? []
			: pieces
					.flatMap(sentences)
					.filter((sentence) => !corpus.includes(sentence))
					.map((sentence) => `line ${i + 1}: ${JSON.stringify(sentence)}`)
	);
}

const readSource = (file: string) => readFileSync(join(dataDir, 'sources', file), 'utf8');

const frameworkFiles = readdirSync(join(dataDir, 'frameworks'))
	.filter((f) => f.endsWith('.json'))
	.sort();
const bundled = frameworkFiles.map((file) => {
	const json: unknown = JSON.parse(readFileSync(join(dataDir, 'frameworks', file), 'utf8'));
	return { file, json, framework: Framework.parse(json) };
});
const byId = new Map(bundled.map((b) => [b.framework.id, b.framework]));
const textOfSource = (frameworkId: string): string => {
	const fw = byId.get(frameworkId);
	return fw ? sourceText(readSource(fw.source.file)) : '';
};

describe('source text helpers', () => {
	it.each([
		['tabs\t and\u00a0no-break  spaces\n', 'tabs and no-break spaces'],
		['  one line  ', 'one line']
	])('normalise(%j) is %j', (input, expected) => {
		expect(normalise(input)).toBe(expected);
	});

	it.each([
		['- N/A', ['N/A']],
		['  - Can install and configure', ['Can install and configure']],
		['  • Fails to lead.', ['Fails to lead.']],
		['### [Support](support.md)', ['Support']],
		['    <td>Level 1</td>', ['Level 1']],
		[
			'| [Automation](/x#automation) | I apply it. <br><br> I engage. <br><br> |',
			['Automation', 'I apply it.', 'I engage.']
		],
		['|---|:---|', []],
		['<br>', []],
		['- are appropriate.- ', ['are appropriate.']],
		['- code=15-1244source=jfm-factory.resolve', ['code=15-1244source=jfm-factory.resolve']]
	])('the pieces of %j are %j', (line, pieces) => {
		expect(sourceLines(line)[0]?.pieces).toEqual(pieces);
	});

	it('drops front-matter keys but keeps their values', () => {
		const lines = sourceLines('---\ntitle: Level 4 (Mid)\n---\nkey: not front matter');
		expect(lines.map((l) => l.pieces)).toEqual([
			[],
			['Level 4 (Mid)'],
			[],
			['key: not front matter']
		]);
	});

	it.each([
		['One. Two three? Four', ['One.', 'Two three?', 'Four']],
		[
			'(e.g., Datadog, HashiCorp) at the principal level.',
			['(e.g., Datadog, HashiCorp) at the principal level.']
		],
		['Distance 0 → 1; each carries a band.', ['Distance 0 → 1; each carries a band.']]
	])('sentences(%j) are %j', (piece, expected) => {
		expect(sentences(piece)).toEqual(expected);
	});

	it('does not match a corrected typo against the verbatim source', () => {
		const text = sourceText(readSource('003_b3c1b53bae447401.txt'));
		expect(text).toContain('security and automtion from design');
		expect(text).not.toContain('security and automation from design');
	});

	const vaarstJson = JSON.parse(
		readFileSync(join(dataDir, 'frameworks/vaarst-devops-engineer.json'), 'utf8')
	) as { statements: { text: string }[] };
	const vaarstSource = readSource('003_b3c1b53bae447401.txt');

	it('reports a data statement that is not in the source', () => {
		const copy = structuredClone(vaarstJson);
		const first = copy.statements[0];
		if (!first) throw new Error('expected statements');
		first.text = first.text.replace('resiliance', 'resilience');
		const fw = Framework.parse(copy);
		expect(missingFromSource(fw, textOfSource)).toEqual([
			'$.statements[0].text: "I am able to pitch my engineering approach at an appropriate level (in both scale and resilience) most of the time."'
		]);
	});

	it('reports a source sentence that is not in the data', () => {
		const copy = structuredClone(vaarstJson);
		copy.statements.splice(1, 1);
		expect(missingFromData(vaarstSource, copy, NOT_SENTENCES['003_b3c1b53bae447401.txt'])).toEqual([
			'line 18: "I have built myself a working knowledge of practices, patterns, approaches and principles."',
			'line 18: "I am applying them daily with the guidance of my team."'
		]);
	});
});

describe('bundled frameworks against their sources', () => {
	it('uses every source file, each for one framework', () => {
		const sourceFiles = readdirSync(join(dataDir, 'sources')).sort();
		expect(bundled.map((b) => b.framework.source.file).sort()).toEqual(sourceFiles);
	});

	it('lists only markup lines that exist in the sources', () => {
		for (const [file, lines] of Object.entries(NOT_SENTENCES)) {
			const present = new Set(sourceLines(readSource(file)).map((l) => l.line));
			expect(
				Object.keys(lines).filter((line) => !present.has(line)),
				file
			).toEqual([]);
		}
	});

	describe.each(bundled)('$file', ({ json, framework }) => {
		it('takes every source string verbatim from its source', () => {
			expect(missingFromSource(framework, textOfSource)).toEqual([]);
		});

		it('holds every sentence of its source', () => {
			const file = framework.source.file;
			expect(missingFromData(readSource(file), json, NOT_SENTENCES[file])).toEqual([]);
		});
	});
});

describe('counts fixed by the design', () => {
	const get = (id: string): Framework => {
		const fw = byId.get(id);
		if (!fw) throw new Error(`framework "${id}" is missing`);
		return fw;
	};

	it('reads 35 responsibilities of Infrastructure & Platform Engineering as 5 per step', () => {
		const fw = get('infrastructure-platform-engineering');
		const responsibilities = fw.statements.filter((s) => s.section === 'Responsibilities by level');
		expect(responsibilities).toHaveLength(35);
		expect(
			fw.steps.map((step) => responsibilities.filter((s) => s.step === step.id).length)
		).toEqual([5, 5, 5, 5, 5, 5, 5]);
	});

	it('marks Platform Engineer levels 1–3 not applicable, as the source says "N/A"', () => {
		const track = get('platform-engineer').tracks.find((t) => t.id === 'platform-engineer');
		expect(track?.steps.slice(0, 3)).toEqual(
			['level-1', 'level-2', 'level-3'].map((step) => ({
				step,
				status: 'not-applicable',
				sourceText: 'N/A'
			}))
		);
		expect(track?.steps.slice(3).map((s) => s.status)).toEqual(Array(4).fill('defined'));
	});

	it('rates the Senior Platform Engineer in 15 bands', () => {
		expect(get('senior-platform-engineer-rubric').steps).toHaveLength(15);
	});

	it('gives Speedoc 6 tracks and 7 ownership dimensions', () => {
		const fw = get('speedoc-engineering');
		expect(fw.tracks).toHaveLength(6);
		expect(
			fw.steps.flatMap((s) => s.dimensions.filter((d) => d.kind === 'ownership'))
		).toHaveLength(7);
	});

	it('has only Level 4 of the Vaarst DevOps Engineer', () => {
		expect(get('vaarst-devops-engineer').steps.map((s) => s.id)).toEqual(['level-4']);
	});
});
