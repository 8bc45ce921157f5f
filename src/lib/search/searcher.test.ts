// Quality of search over the bundled data: realistic queries and the hits a person expects,
// derived from the data files (statement texts, skill aliases), not from the search's own output.
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { loadBundled } from '../../../scripts/bundled';
import { QUERIES, syntheticFrameworks } from '../../../scripts/search-corpus';
import { covers, stepPlacement } from '../frameworks/queries';
import { buildSearchIndex } from './build';
import { fold } from './fold';
import { FUSE_OPTIONS, THRESHOLD, WORD } from './options';
import { queryTerms } from './prefilter';
import { FUSE_MAX, Searcher } from './searcher';
import { groupHits } from './group';
import { NO_FILTERS, PALETTE_LIMIT, type SearchDoc, type SearchHit } from './types';

const { frameworks, skills } = loadBundled();
const data = buildSearchIndex(frameworks, skills);
// As the browser gets it: through JSON.
const searcher = new Searcher(JSON.parse(JSON.stringify(data)));

const keys = (hits: readonly SearchHit[]) => hits.map((h) => h.doc.key);
const search = (q: string, limit = 50, literal = false) =>
	searcher.search(q, { limit, narrow: false, literal });
const statementKey = (fw: string, id: string) => `statement:${fw}:${id}`;

/** Keys of the statements whose text holds `phrase` (case and accents aside). */
function statementsWith(phrase: string): string[] {
	return frameworks.flatMap((fw) =>
		fw.statements
			.filter((s) => fold(s.text).includes(fold(phrase)))
			.map((s) => statementKey(fw.id, s.id))
	);
}

const skillWithAlias = (alias: string) =>
	`skill:${skills.find((s) => s.aliases.some((a) => a.toLowerCase() === alias.toLowerCase()))!.id}`;

describe('the corpus', () => {
	it('has a doc for every statement, skill, step, track, framework and note', () => {
		const count = (kind: SearchDoc['kind']) => searcher.docs.filter((d) => d.kind === kind).length;
		expect(count('statement')).toBe(frameworks.reduce((n, fw) => n + fw.statements.length, 0));
		expect(count('skill')).toBe(skills.length);
		expect(count('step')).toBe(frameworks.reduce((n, fw) => n + fw.steps.length, 0));
		expect(count('track')).toBe(frameworks.reduce((n, fw) => n + fw.tracks.length, 0));
		expect(count('framework')).toBe(frameworks.length);
		expect(count('note')).toBe(frameworks.reduce((n, fw) => n + fw.notes.length, 0));
		expect(new Set(searcher.docs.map((d) => d.key)).size).toBe(searcher.docs.length);
	});

	it('reads the texts back from the shipped index as they are in the data', () => {
		const rubric = frameworks.find((f) => f.id === 'senior-platform-engineer-rubric')!;
		const s = rubric.statements[7]!;
		const doc = searcher.docs.find((d) => d.key === statementKey(rubric.id, s.id))!;
		expect(doc.text).toEqual([s.text]);
		const k8s = searcher.docs.find((d) => d.key === 'skill:container-orchestration')!;
		expect(k8s.title).toBe('Container orchestration');
		expect(k8s.aliases).toEqual(skills.find((x) => x.id === 'container-orchestration')!.aliases);
		// Nothing shipped twice: the docs carry no texts of their own.
		expect(JSON.stringify(data.docs)).not.toContain(s.text);
	});
});

describe('typos', () => {
	it.each([
		['kubernets', 'kubernetes', 'skill:container-orchestration'],
		['eror budget', 'error budget', skillWithAlias('error budget')],
		['reliabilty', 'reliability', 'skill:reliability'],
		['observabilty', 'observability', 'skill:observability'],
		['mentorng', 'mentoring', 'skill:mentoring']
	])('%s finds every statement with "%s", and %s first', (query, meant, first) => {
		const expected = statementsWith(meant);
		expect(expected.length).toBeGreaterThan(0);
		const { hits } = search(query, 500);
		expect(keys(hits)[0]).toBe(first);
		expect(keys(hits)).toEqual(expect.arrayContaining(expected));
	});

	it('terraform modul finds the statement about Terraform modules first among statements', () => {
		// infrastructure-platform-engineering p2-1: "…authoring Terraform/CloudFormation modules…"
		const hits = search('terraform modul').hits;
		const statements = hits.filter((h) => h.doc.kind === 'statement');
		expect(statements[0]?.doc.key).toBe(
			statementKey('infrastructure-platform-engineering', 'p2-1')
		);
		expect(keys(hits)).toContain('skill:infrastructure-as-code');
		// "modul" is required: the Terraform strategy statement without modules is not a hit.
		expect(keys(hits)).not.toContain(
			statementKey('senior-platform-engineer-rubric', 'unsatisfactory-low-ind-examples-2')
		);
	});
});

describe('partial words', () => {
	it.each([
		['kube', 'skill:container-orchestration'],
		['observab', 'skill:observability'],
		['mentor', 'skill:mentoring'],
		['orchestr', 'skill:container-orchestration'],
		['unsatisf', 'step:senior-platform-engineer-rubric:unsatisfactory-low']
	])('%s → %s first', (query, first) => {
		expect(keys(search(query).hits)[0]).toBe(first);
	});

	it('a one- or two-letter word matches the start of a word only', () => {
		const hits = search('ci', 500).hits;
		expect(keys(hits)).toContain('skill:ci-cd');
		// "decision" holds "ci" inside a word, and is not a hit for it.
		const decision = statementsWith('decision').filter((k) => !statementsWith('ci/cd').includes(k));
		expect(decision.length).toBeGreaterThan(0);
		for (const key of decision) expect(keys(hits)).not.toContain(key);
	});
});

describe('several words', () => {
	it.each([
		['golden path', 'path golden'],
		['error budget', 'budget error'],
		['platform architect', 'architect platform'],
		['multi account terraform', 'terraform multi account']
	])('"%s" and "%s" find the same docs', (a, b) => {
		const first = search(a, 500);
		const second = search(b, 500);
		expect(first.total).toBeGreaterThan(0);
		expect(new Set(keys(second.hits))).toEqual(new Set(keys(first.hits)));
	});

	it('every word must match: adding a word narrows the results', () => {
		const wide = new Set(keys(search('engineering', 500).hits));
		const narrow = keys(search('engineering kubernetes', 500).hits);
		expect(narrow.length).toBeGreaterThan(0);
		expect(narrow.length).toBeLessThan(wide.size);
		for (const key of narrow) expect(wide.has(key)).toBe(true);
	});

	it('words may match in different fields of a doc', () => {
		// "k8s" is an alias of the skill, "workloads" is in its description.
		expect(keys(search('k8s workloads').hits)).toEqual(['skill:container-orchestration']);
	});
});

describe('case and accents', () => {
	it.each([
		['GOLDEN PATH', 'golden path'],
		['KuBeRnEtEs', 'kubernetes'],
		['kubérnétes', 'kubernetes'],
		['Résiliance', 'resiliance']
	])('%s finds what %s finds', (query, plain) => {
		expect(keys(search(query, 500).hits)).toEqual(keys(search(plain, 500).hits));
	});

	it('finds the source\'s own misspelling "resiliance" from an accented query', () => {
		const expected = statementsWith('resiliance');
		expect(expected).toHaveLength(2);
		expect(keys(search('résiliance').hits)).toEqual(expect.arrayContaining(expected));
	});

	it('sécurité finds security', () => {
		expect(keys(search('sécurité').hits)[0]).toBe('skill:security-compliance');
	});

	it('matches through the mojibake kept verbatim in the Tech Lead description', () => {
		// "Tech LeadsÂ own the technical direction": "Â" folds to "a", "leads" starts "leadsa".
		expect(keys(search('tech leads own').hits)[0]).toBe('track:speedoc-engineering:tech-lead');
	});
});

describe('exact phrases first', () => {
	it.each(['reliability engineering', 'platform architect', 'golden path adoption'])(
		'docs holding "%s" come before the others',
		(phrase) => {
			const { hits } = search(phrase, 500);
			const holding = (h: SearchHit) =>
				[h.doc.title, ...h.doc.aliases, ...h.doc.text].some((t) => fold(t).includes(phrase));
			const first = hits.findIndex((h) => !holding(h));
			expect(first).toBeGreaterThan(0);
			expect(hits.slice(first).some(holding)).toBe(false);
			expect(hits.slice(0, first).every((h) => h.tier === 'phrase')).toBe(true);
		}
	);

	it('the Platform Architect track comes before the statements naming it', () => {
		expect(keys(search('platform architect').hits)[0]).toBe(
			'track:senior-platform-engineer-rubric:platform-architect'
		);
	});
});

describe('names, aliases, steps, frameworks and notes', () => {
	it.each([
		['k8s', 'skill:container-orchestration'],
		['IaC', 'skill:infrastructure-as-code'],
		['golden path', 'skill:platform-as-product'],
		['finops', 'skill:vendor-budget-management'],
		['p7', 'step:infrastructure-platform-engineering:p7'],
		['level 4 mid', 'step:vaarst-devops-engineer:level-4'],
		['speedoc', 'framework:speedoc-engineering'],
		['vaarst', 'framework:vaarst-devops-engineer'],
		['mojibake', 'note:speedoc-engineering:tech-lead-mojibake'],
		['devops tooling', 'track:infrastructure-platform-engineering:devops-tooling']
	])('%s → %s first', (query, first) => {
		expect(keys(search(query).hits)[0]).toBe(first);
	});

	it('SRE finds the SRE track and the reliability skill (alias SRE) first', () => {
		expect(keys(search('SRE').hits).slice(0, 2).sort()).toEqual([
			'skill:reliability',
			'track:infrastructure-platform-engineering:sre'
		]);
	});

	it('links each kind where it lives', () => {
		const href = (q: string) => search(q).hits[0]!.doc.href;
		expect(href('k8s')).toBe('/skills/container-orchestration');
		expect(href('speedoc')).toBe('/frameworks/speedoc-engineering');
		expect(href('mojibake')).toBe('/frameworks/speedoc-engineering#note-tech-lead-mojibake');
		// Level 1 of the Platform Engineer track is "N/A": its step opens the track's cell anyway.
		expect(href('p7')).toBe(
			'/frameworks/infrastructure-platform-engineering/infrastructure-platform/p7'
		);
		const statement = search('terraform modul').hits.find((h) => h.doc.kind === 'statement')!;
		expect(statement.doc.href).toBe(
			'/frameworks/infrastructure-platform-engineering/infrastructure-platform/p2#p2-1'
		);
	});

	it('a track opens at its first documented step', () => {
		const track = search('platform engineer', 500).hits.find(
			(h) => h.doc.key === 'track:platform-engineer:platform-engineer'
		)!;
		// Levels 1–3 are "N/A" in the source: the track starts at Level 4.
		expect(track.doc.href).toBe('/frameworks/platform-engineer/platform-engineer/level-4');
	});
});

describe('nothing to find', () => {
	it.each([
		'',
		'   ',
		'!!!',
		'zzzqqqxx',
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>'
	])('%j returns no results and does not throw', (query) => {
		const result = search(query);
		if (query.includes('script') || query.includes('img')) {
			// Words such as "script" or "src" may fuzzily match; nothing may break.
			expect(result.total).toBeGreaterThanOrEqual(0);
		} else {
			expect(result).toEqual({ hits: [], total: 0 });
		}
	});
});

describe('filters', () => {
	it('keeps the chosen kinds', () => {
		const hits = searcher.search('golden path', {
			filters: { ...NO_FILTERS, kinds: ['statement'] },
			limit: 500
		}).hits;
		expect(hits.length).toBe(statementsWith('golden path').length);
		expect(new Set(hits.map((h) => h.doc.kind))).toEqual(new Set(['statement']));
	});

	it('keeps a framework, and a track within it', () => {
		const fw = frameworks.find((f) => f.id === 'platform-engineer')!;
		const hits = searcher.search('architecture', {
			filters: { ...NO_FILTERS, framework: fw.id, track: 'platform-engineer' },
			limit: 500
		}).hits;
		const expected = fw.statements
			.filter((s) => fold(s.text).includes('architecture'))
			.map((s) => statementKey(fw.id, s.id));
		expect(keys(hits)).toEqual(expect.arrayContaining(expected));
		expect(
			hits.every((h) => h.doc.framework === fw.id && h.doc.track === 'platform-engineer')
		).toBe(true);
	});

	it('a skill passes the framework filter when that framework has its growth curve', () => {
		const withK8s = frameworks.filter((f) =>
			f.skills.some((s) => s.skill === 'container-orchestration')
		);
		const without = frameworks.find((f) => !withK8s.includes(f))!;
		const find = (framework: string) =>
			keys(searcher.search('k8s', { filters: { ...NO_FILTERS, framework } }).hits);
		expect(find(withK8s[0]!.id)).toContain('skill:container-orchestration');
		expect(find(without.id)).not.toContain('skill:container-orchestration');
	});

	it('keeps the common-scale range, leaving out what has no place on it', () => {
		const hits = searcher.search('mentor', {
			filters: { ...NO_FILTERS, from: 5, to: 7 },
			limit: 500
		}).hits;
		expect(hits.length).toBeGreaterThan(0);
		for (const h of hits) {
			expect(h.doc.levels).not.toBeNull();
			expect(h.doc.levels![1]).toBeGreaterThanOrEqual(5);
		}
		// The P3 statement "Mentors junior engineers…" is outside.
		expect(keys(hits)).not.toContain(statementKey('infrastructure-platform-engineering', 'p3-4'));
	});
});

describe('highlighting', () => {
	it('marks the matched characters of the displayed text', () => {
		const top = search('kubernets').hits[0]!;
		expect(top.alias).toEqual([{ at: 0, text: 'Kubernetes', match: true }]);
		const statement = search('onboard workloads').hits[0]!;
		expect(statement.snippet.map((s) => s.text).join('')).toBe(statement.doc.text[0]);
		expect(statement.snippet.filter((s) => s.match).map((s) => s.text)).toEqual([
			'onboard',
			'workloads'
		]);
	});

	it('marks accented and upper-case text at the right places', () => {
		const hit = search('leads own').hits.find((h) => h.doc.key.endsWith(':tech-lead'))!;
		const marked = hit.snippet.filter((s) => s.match).map((s) => s.text);
		expect(marked).toContain('Leads');
		expect(marked).toContain('own');
	});
});

describe('the prefilter and the previous keystroke', () => {
	// Fuse alone over every doc, for comparison: same options, same (folded) index.
	const plain = new Fuse(
		[...searcher.docs],
		FUSE_OPTIONS,
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		Fuse.parseIndex((searcher as any).index.toJSON())
	);
	const wordOptions = { isCaseSensitive: true, ignoreLocation: true, threshold: THRESHOLD };
	/** Whether some word of the query matches no single word of the doc (only across words). */
	const straddles = (doc: SearchDoc, query: string) => {
		const words = [doc.title, ...doc.aliases, ...doc.text].flatMap(
			(t) => fold(t).match(WORD) ?? []
		);
		return queryTerms(fold(query)).some(
			(term) => !words.some((w) => Fuse.match(term, w, wordOptions).isMatch)
		);
	};
	const queries = [
		'kubernets',
		'terraform modul',
		'eror budget',
		'golden path',
		'mentoring',
		'platform architect',
		'incident response',
		'cloud cost',
		'architecture decisions',
		'deployment pipelines',
		'stakeholder'
	];

	it.each(queries)(
		'%s finds what Fuse alone finds, but for matches straddling two words',
		(query) => {
			const ours = new Set(keys(search(query, 1000).hits));
			const fuse = plain.search(fold(query)).map((r) => r.item);
			expect([...ours].filter((key) => !fuse.some((d) => d.key === key))).toEqual([]);
			const dropped = fuse.filter((d) => !ours.has(d.key));
			for (const doc of dropped) expect(straddles(doc, query), doc.key).toBe(true);
		}
	);

	it('leaves out "eror" matched across "the organization"', () => {
		// Fuse alone matches "eror" in the P6 step's "th[e or]ganization" (one edit: the space).
		const p6 = searcher.docs.find((d) => d.key === 'step:infrastructure-platform-engineering:p6')!;
		expect(plain.search('eror budget').map((r) => r.item.key)).toContain(p6.key);
		expect(straddles(p6, 'eror budget')).toBe(true);
		expect(keys(search('eror budget').hits)).not.toContain(p6.key);
	});

	it.each(['kubernetes upgrade', 'error budget review', 'golden path adoption', 'mentors'])(
		'typing "%s" a letter at a time finds at each step what a fresh search finds',
		(phrase) => {
			const typing = new Searcher(JSON.parse(JSON.stringify(data)));
			for (let end = 1; end <= phrase.length; end += 1) {
				const q = phrase.slice(0, end);
				const typed = typing.search(q, { limit: 1000 });
				const fresh = search(q, 1000);
				expect(keys(typed.hits), q).toEqual(keys(fresh.hits));
				expect(typed.total).toBe(fresh.total);
			}
		}
	);
});

describe('ranking only the best candidates with Fuse', () => {
	it('changes no top-ten hit of the benchmark queries on a larger corpus', () => {
		const larger = new Searcher(
			buildSearchIndex([...frameworks, ...syntheticFrameworks(frameworks, 3000, 1)], skills)
		);
		for (const query of QUERIES) {
			larger.fuseMax = FUSE_MAX;
			const capped = larger.search(query, { limit: 10, narrow: false });
			larger.fuseMax = Infinity;
			const all = larger.search(query, { limit: 10, narrow: false });
			expect(keys(capped.hits), query).toEqual(keys(all.hits));
			expect(capped.total).toBe(all.total);
		}
	});
});

describe('level words', () => {
	/** Where a statement sits on the common scale, from the data. */
	const placed = frameworks.flatMap((fw) =>
		fw.statements.map((s) => ({
			key: statementKey(fw.id, s.id),
			fw: fw.id,
			text: s.text,
			skills: s.skills,
			at: stepPlacement(
				fw.steps.find((x) => x.id === s.step)!,
				fw.tracks.find((t) => t.id === s.track)
			)
		}))
	);
	const overlaps = (levels: SearchDoc['levels'], min: number, max: number) =>
		levels !== null && levels[1] >= min && levels[0] <= max;

	it.each(['terraform P4', 'Terraform level 4', 'terraform L4', 'TERRAFORM lvl 4'])(
		'%s: the statements mentioning Terraform whose range covers P4 come first',
		(query) => {
			const result = search(query, 500);
			expect(result.reading).toMatchObject({ as: 'level', levels: [4, 4] });
			expect(fold(result.reading!.words)).toBe('terraform');
			const expected = placed
				.filter((s) => /terraform/i.test(s.text) && covers(s.at, 4))
				.map((s) => s.key);
			expect(expected.length).toBeGreaterThan(0);
			expect(keys(result.hits).slice(0, expected.length).sort()).toEqual(expected.sort());
			// Terraform at P2 ("authoring Terraform/CloudFormation modules") is left out.
			expect(keys(result.hits)).not.toContain(
				statementKey('infrastructure-platform-engineering', 'p2-1')
			);
			for (const hit of result.hits) expect(overlaps(hit.doc.levels, 4, 4), hit.doc.key).toBe(true);
		}
	);

	it('platform engineer level 5: the Platform Engineer Track first, then content at P5', () => {
		const result = search('platform engineer level 5', 500);
		expect(result.reading).toMatchObject({
			as: 'level',
			said: ['level 5'],
			levels: [5, 5],
			words: 'platform engineer'
		});
		expect(keys(result.hits).slice(0, 2).sort()).toEqual([
			'framework:platform-engineer',
			'track:platform-engineer:platform-engineer'
		]);
		// 002's P5 step, and its P5 statements holding both words.
		const p5 = placed
			.filter(
				(s) =>
					s.fw === 'infrastructure-platform-engineering' &&
					covers(s.at, 5) &&
					/\bplatform\b/i.test(s.text) &&
					/\bengineer/i.test(s.text)
			)
			.map((s) => s.key);
		expect(p5.length).toBeGreaterThan(0);
		expect(keys(result.hits)).toEqual(
			expect.arrayContaining(['step:infrastructure-platform-engineering:p5', ...p5])
		);
		for (const hit of result.hits) expect(overlaps(hit.doc.levels, 5, 5), hit.doc.key).toBe(true);
		// Literally, no doc holds all four words but a note.
		expect(search('platform engineer level 5', 500, true).total).toBeLessThan(3);
	});

	it('mentoring senior: the mentoring statements at P4–P5 first', () => {
		const result = search('mentoring senior', 500);
		expect(result.reading).toMatchObject({ as: 'level', said: ['senior'], levels: [4, 5] });
		const expected = placed
			.filter(
				(s) =>
					(s.skills.includes('mentoring') || /mentor/i.test(s.text)) &&
					s.at !== null &&
					s.at.max >= 4 &&
					s.at.min <= 5
			)
			.map((s) => s.key);
		expect(expected.length).toBeGreaterThan(5);
		expect(keys(result.hits).slice(0, expected.length).sort()).toEqual(expected.sort());
		// "Mentors junior engineers…" sits at P3, "…mentorship to senior engineers…" at P6.
		expect(keys(result.hits)).not.toContain(
			statementKey('infrastructure-platform-engineering', 'p3-4')
		);
		expect(keys(result.hits)).not.toContain(
			statementKey('infrastructure-platform-engineering', 'p6-4')
		);
		// The skill has no place on the scale: the level leaves it out.
		expect(keys(result.hits)).not.toContain('skill:mentoring');
	});

	it('a level alone lists everything at it, skills left out, its names first', () => {
		const result = search('senior', 1000);
		expect(result.reading).toMatchObject({ as: 'level', levels: [4, 5], words: '' });
		const at = searcher.docs.filter((d) => overlaps(d.levels, 4, 5));
		expect(result.total).toBe(at.length);
		expect(new Set(keys(result.hits))).toEqual(new Set(at.map((d) => d.key)));
		expect(result.hits.every((h) => h.tier === 'level')).toBe(true);
		expect(keys(result.hits).slice(0, 2).sort()).toEqual([
			'framework:senior-platform-engineer-rubric',
			'track:senior-platform-engineer-rubric:senior-platform-engineer'
		]);
		// Then the steps inside P4–P5 before anything only overlapping it.
		expect(result.hits[2]!.doc.kind).toBe('step');
		const inside = (h: SearchHit) => h.doc.levels![0] >= 4 && h.doc.levels![1] <= 5;
		const firstOutside = result.hits.findIndex((h) => !inside(h));
		expect(firstOutside).toBeGreaterThan(2);
		expect(result.hits.slice(firstOutside).some(inside)).toBe(false);
	});

	it('"level 5" alone is P5: the steps named "Level 5" at P5 first; the words find the others', () => {
		const result = search('level 5', 500);
		expect(result.reading).toMatchObject({ as: 'level', levels: [5, 5] });
		expect(keys(result.hits)[0]).toBe('step:speedoc-engineering:level-5');
		// The Platform Engineer Track's own Level 5 sits at P3–P4.
		expect(keys(result.hits)).not.toContain('step:platform-engineer:level-5');
		expect(keys(search('level 5', 500, true).hits)).toContain('step:platform-engineer:level-5');
	});

	it.each([
		['Senior Platform Engineer', 'Senior Platform Engineer'],
		['senior platform', 'Senior Platform Engineer'],
		// The last word may be unfinished.
		['senior plat', 'Senior Platform Engineer'],
		['p7 staff', 'P7 (Staff / Distinguished Professional)'],
		['level 4 mid', 'Level 4 (Mid)'],
		['guiding juniors', 'guiding juniors']
	])('%j: a level word in a name is read literally', (query, name) => {
		const result = search(query, 500);
		expect(result.reading).toMatchObject({ as: 'name', name });
		expect(keys(result.hits)).toEqual(keys(search(query, 500, true).hits));
		expect(result.total).toBeGreaterThan(0);
	});

	it('Senior Platform Engineer: the framework and its role first', () => {
		expect(keys(search('Senior Platform Engineer').hits).slice(0, 2).sort()).toEqual([
			'framework:senior-platform-engineer-rubric',
			'track:senior-platform-engineer-rubric:senior-platform-engineer'
		]);
	});

	it('level words naming levels that do not overlap are searched as words', () => {
		const result = search('junior staff', 500);
		expect(result.reading).toMatchObject({ as: 'clash', levels: null });
		// "…may mentor junior staff" (P2).
		expect(keys(result.hits)).toContain('step:infrastructure-platform-engineering:p2');
	});

	it('literal: every word searched as text, the level words too', () => {
		const result = search('terraform P4', 500, true);
		expect(result.reading).toMatchObject({ as: 'literal', said: ['P4'], levels: [4, 4] });
		expect(result.total).toBe(0);
		expect(search('mentoring senior', 500, true).total).toBeLessThan(
			search('mentoring senior', 500).total
		);
	});

	it.each(['golden path', 'kubernetes', '4 production clusters', 'level', 'mid-sized'])(
		'%j names no level and is read as before',
		(query) => {
			expect(search(query).reading).toBeUndefined();
		}
	);

	it('the level narrows the filter range; other filters still apply', () => {
		const within = searcher.search('mentoring senior', {
			filters: { ...NO_FILTERS, from: 5, to: 7, framework: 'platform-engineer' },
			limit: 500
		});
		expect(within.hits.length).toBeGreaterThan(0);
		for (const h of within.hits) {
			expect(overlaps(h.doc.levels, 5, 5), h.doc.key).toBe(true);
			expect(h.doc.framework).toBe('platform-engineer');
		}
		const apart = searcher.search('terraform P4', {
			filters: { ...NO_FILTERS, from: 6, to: 7 }
		});
		expect(apart).toMatchObject({ hits: [], total: 0, reading: { as: 'level' } });
	});

	it('typing "terraform p4" and "mentoring senior" finds at each step what a fresh search finds', () => {
		for (const phrase of ['terraform p4', 'mentoring senior', 'senior platform']) {
			const typing = new Searcher(JSON.parse(JSON.stringify(data)));
			for (let end = 1; end <= phrase.length; end += 1) {
				const q = phrase.slice(0, end);
				expect(keys(typing.search(q, { limit: 1000 }).hits), q).toEqual(keys(search(q, 1000).hits));
			}
		}
	});
});

describe('close words before few shared letters', () => {
	it('mentorng: the Mentoring skill first, the mentoring statements next, "documenting" last', () => {
		const { hits } = search('mentorng', 500);
		expect(keys(hits)[0]).toBe('skill:mentoring');
		// As the palette lists them: grouped by kind and framework.
		const shown = groupHits(search('mentorng', PALETTE_LIMIT).hits).flatMap((g) => g.hits);
		expect(shown[0]!.doc.key).toBe('skill:mentoring');
		for (const h of shown.slice(0, 5)) {
			expect(h.doc.text.join(' '), h.doc.key).not.toMatch(/documenting/i);
		}
		const mentoring = (h: SearchHit) =>
			h.doc.kind === 'skill' ||
			h.doc.skills.includes('Mentoring') ||
			/mentor/i.test(h.doc.text.join(' '));
		const documenting = hits.findIndex((h) => /documenting/i.test(h.doc.text.join(' ')));
		expect(documenting).toBeGreaterThan(0);
		expect(hits.slice(0, documenting).every(mentoring)).toBe(true);
	});

	it('a statement tagged with a skill is found by the skill, and says so', () => {
		// "Can mentor and advise less senior engineers…" is tagged Mentoring.
		const hit = search('mentoring', 500).hits.find(
			(h) => h.doc.key === statementKey('platform-engineer', 'level-6-1')
		)!;
		expect(hit.skill).toEqual([{ at: 0, text: 'Mentoring', match: true }]);
		// Where the text holds the word, the text says so and the tag is not repeated.
		const said = search('mentoring', 500).hits.find(
			(h) =>
				h.doc.key ===
				statementKey('senior-platform-engineer-rubric', 'unsatisfactory-low-ind-impact-3')
		)!;
		expect(said.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Mentoring']);
		expect(said.skill).toBeNull();
	});
});
