// Search corpora for `npm run bench` and the search tests (besides the bundled data, from
// ./bundled): synthetic frameworks whose statements are new sentences made from the bundled
// statements' words (an order-1 word chain), seeded so every run makes the same corpus and the
// figures compare between runs.
import type { Framework } from '../src/lib/model/schema';
import { mulberry32 } from '../src/lib/random';

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
	const random = mulberry32(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
	// By id, so the corpus does not depend on the order the frameworks were loaded in.
	const sources = [...bundled].sort((a, b) => a.id.localeCompare(b.id));
	const sentences = sources.flatMap((fw) => fw.statements.map((s) => s.text.split(/\s+/)));
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
	const names = [...new Set(sources.flatMap((fw) => fw.tracks.map((t) => t.name)))];

	const frameworks: Framework[] = [];
	for (let f = 0; f * PER_FRAMEWORK < count; f += 1) {
		const id = `synthetic-${f + 1}`;
		const steps = Array.from({ length: STEPS }, (_, i) => ({
			id: `level-${i + 1}`,
			label: `Level ${i + 1}`,
			summary: sentence(),
			dimensions: [],
			common: { level: i + 1, basis: 'Synthetic.', evidence: [] }
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
