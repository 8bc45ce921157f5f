// Quality of search over the bundled data: realistic queries and the hits a person expects,
// derived from the data files (statement texts, skill aliases), not from the search's own output.
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { loadBundled } from '../../../scripts/bundled';
import { QUERIES, syntheticFrameworks } from '../../../scripts/search-corpus';
import { buildSearchIndex } from './build';
import { fold } from './fold';
import { FUSE_OPTIONS, THRESHOLD, WORD } from './options';
import { queryTerms } from './prefilter';
import { FUSE_MAX, Searcher } from './searcher';
import { NO_FILTERS, type SearchDoc, type SearchHit } from './types';

const { frameworks, skills } = loadBundled();
const data = buildSearchIndex(frameworks, skills);
// As the browser gets it: through JSON.
const searcher = new Searcher(JSON.parse(JSON.stringify(data)));

const keys = (hits: readonly SearchHit[]) => hits.map((h) => h.doc.key);
const search = (q: string, limit = 50) => searcher.search(q, { limit, narrow: false });
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
