// Search corpora for `npm run bench` and the search tests: the bundled data, validated as the build
// validates it, and synthetic frameworks whose statements are new sentences made from the bundled
// statements' words (an order-1 word chain), seeded so every run makes the same corpus and the
// figures compare between runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Framework, Skill } from '../src/lib/model/schema';
import { formatProblem, parseFramework, parseJson, parseTaxonomy } from '../src/lib/model/validate';

/** data/skills.json and data/frameworks/*.json, validated; throws on any problem. */
export function loadBundled(): { frameworks: Framework[]; skills: Skill[] } {
	const dir = join(import.meta.dirname, '..', 'data');
	const read = (file: string) => {
		const parsed = parseJson(readFileSync(join(dir, file), 'utf8'), `data/${file}`);
		if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
		return parsed.value;
	};
	const taxonomy = parseTaxonomy(read('skills.json'), 'data/skills.json');
	if (!taxonomy.ok) throw new Error(taxonomy.problems.map(formatProblem).join('\n'));
	const ids = new Set(taxonomy.value.skills.map((s) => s.id));
	const frameworks = readdirSync(join(dir, 'frameworks'))
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const result = parseFramework(read(`frameworks/${f}`), `data/frameworks/${f}`, ids);
			if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
			return result.value;
		});
	return { frameworks, skills: taxonomy.value.skills };
}

/** mulberry32: small, fast, good enough for test data; the same seed gives the same sequence. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const STEPS = 7;
const TRACKS = 3;
/** Statements per framework: about the size of the rating rubric, the largest bundled one. */
const PER_FRAMEWORK = 200;

/** `count` statements spread over synthetic frameworks, in the bundled frameworks' words. */
export function syntheticFrameworks(
	bundled: readonly Framework[],
	count: number,
	seed = 1
): Framework[] {
	const random = prng(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	const sentences = bundled.flatMap((fw) => fw.statements.map((s) => s.text.split(/\s+/)));
	const next = new Map<string, string[]>();
	for (const words of sentences) {
		words.forEach((w, i) => {
			const follower = words[i + 1] ?? '';
			const list = next.get(w);
			if (list) list.push(follower);
			else next.set(w, [follower]);
		});
	}
	const starts = sentences.map((w) => w[0]!);
	const lengths = sentences.map((w) => w.length);
	const sentence = () => {
		const target = pick(lengths);
		const words = [pick(starts)];
		while (words.length < target) {
			const follower = pick(next.get(words.at(-1)!) ?? ['']);
			words.push(follower || pick(starts));
		}
		return words.join(' ');
	};
	const names = [...new Set(bundled.flatMap((fw) => fw.tracks.map((t) => t.name)))];

	const frameworks: Framework[] = [];
	for (let f = 0; f * PER_FRAMEWORK < count; f += 1) {
		const id = `synthetic-${f + 1}`;
		const steps = Array.from({ length: STEPS }, (_, i) => ({
			id: `level-${i + 1}`,
			label: `Level ${i + 1}`,
			summary: sentence(),
			dimensions: [],
			common: { level: i + 1, basis: 'Synthetic.' }
		}));
		const tracks = Array.from({ length: TRACKS }, (_, t) => ({
			id: `track-${t + 1}`,
			name: pick(names),
			description: sentence(),
			family: 'individual-contributor' as const,
			steps: steps.map((s) => ({ step: s.id, status: 'defined' as const }))
		}));
		const statements = Array.from(
			{ length: Math.min(PER_FRAMEWORK, count - f * PER_FRAMEWORK) },
			(_, i) => ({
				id: `s-${i + 1}`,
				track: tracks[i % TRACKS]!.id,
				step: steps[Math.floor(i / TRACKS) % STEPS]!.id,
				text: sentence(),
				skills: []
			})
		);
		frameworks.push({
			id,
			name: `Synthetic ${pick(names)} ${f + 1}`,
			organisation: 'Synthetic',
			kind: 'ladder',
			description: sentence(),
			source: { file: 'synthetic', title: id },
			notes: [],
			context: [],
			steps,
			tracks,
			statements,
			skills: [],
			transitions: []
		});
	}
	return frameworks;
}

/** Realistic queries: typos, partial and several words, aliases, levels, common words. */
export const QUERIES = [
	'kubernets',
	'terraform modul',
	'eror budget',
	'golden path',
	'k8s',
	'IaC',
	'mentoring',
	'platform architect',
	'incident response',
	'observabilty',
	'cloud cost',
	'security compliance',
	'p4',
	'level 5',
	'architecture decisions',
	'reliabilty',
	'deployment pipelines',
	'stakeholder',
	'roadmap',
	'platform',
	'engineering teams',
	'ci/cd',
	'multi account terraform',
	'on-call',
	'résilience'
];

/** Typed one character at a time, as the palette searches after each keystroke. */
export const TYPED = [
	'kubernetes upgrade',
	'error budget review',
	'golden path adoption',
	'mentors'
];
