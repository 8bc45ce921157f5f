// Question banks for the placement quiz, built from validated frameworks at build time: one track
// of one framework, or a family of related tracks on the common P1–P7 scale. Pure: the pages get
// only the bank they ask with, never the catalog.
import { base } from '../base';
import type { Coverage, Framework, Statement, Step, Track } from '../model/schema';
import { frameworkColor } from '../frameworks/palette';
import { quizPath, withQuery } from '../frameworks/paths';
import {
	cellHref,
	covers,
	formatRange,
	placementOf,
	stepName,
	stepPlacement,
	type Placement
} from '../frameworks/queries';
import { describes } from './engine';
import { fingerprintOf } from './hash';
import { paramsFor } from './model';

/** How a statement's endorsement depends on the person's step (see ./model). */
export type ModelKind = 'cumulative' | 'ideal-point';

export interface BankStep {
	id: string;
	/** Short label for charts: "P4", "Level 3 · Mid". */
	label: string;
	/** Label with the source's title: "Level 3 · Mid (Consistently Delivers)". */
	name: string;
	/** Where the step sits on the common scale (P4, or a range: P2–P3), when it has a place. */
	placement: Placement | null;
}

export interface BankItem {
	/** Unique in the bank: `<framework>/<statement>`. */
	id: string;
	text: string;
	/**
	 * Index into the bank's steps: the statement's step (its common level, for a family; the
	 * lowest, when its step sits on a range of levels).
	 */
	step: number;
	/** The highest step the statement describes: `step`, or above it for a range (P2–P3). */
	to: number;
	/** Duplicate key: statements with the same normalised text share it. */
	group: string;
	source: {
		framework: string;
		frameworkName: string;
		track: string;
		step: string;
		stepLabel: string;
		statement: string;
	};
	skills: string[];
	/** Statements dropped as word-for-word repeats of this one (their `<framework>/<statement>`). */
	repeats: string[];
}

export interface Bank {
	/** `<framework>/<track>`, or `family/<family>`; also the quiz's path under /quiz/. */
	id: string;
	kind: 'track' | 'family';
	title: string;
	/** Whose statements these are, in a sentence. */
	description: string;
	model: ModelKind;
	steps: BankStep[];
	items: BankItem[];
	/** Honest notes about what the bank can and cannot tell apart. */
	notes: string[];
	/** Hash of the id, steps and items: a result link from other data is detected, not misread. */
	fingerprint: number;
	color: string;
}

/** One track in a family, optionally narrowed to some of its steps. */
export interface FamilyMember {
	framework: string;
	track: string;
	/** Only these steps' statements are asked (all when omitted). */
	steps?: string[];
	/** Why the member is narrowed, or why it adds no questions (shown on the start page). */
	why?: string;
}

export interface Family {
	id: string;
	title: string;
	description: string;
	members: FamilyMember[];
}

/**
 * All platform and infrastructure tracks on the common scale. The rating rubric rates one role:
 * its bands are performance within that role, not levels, so none of its statements is asked here
 * (it names the role at its level, and keeps its own rating quiz). Speedoc's Platform track has
 * no statements: it adds names, not questions.
 */
export const PLATFORM_FAMILY: Family = {
	id: 'platform',
	title: 'Platform and infrastructure family',
	description:
		'Every platform and infrastructure ladder together, on the common P1–P7 scale: Infrastructure & Platform Engineering, the Platform Engineer Track and Vaarst’s DevOps Engineer.',
	members: [
		{ framework: 'infrastructure-platform-engineering', track: 'infrastructure-platform' },
		{ framework: 'platform-engineer', track: 'platform-engineer' },
		{ framework: 'vaarst-devops-engineer', track: 'devops-engineer' },
		{
			framework: 'senior-platform-engineer-rubric',
			track: 'senior-platform-engineer',
			why: 'Ratings within one role (Senior Platform Engineer), not levels: it names the role where it sits, and has its own rating quiz.'
		},
		{
			framework: 'speedoc-engineering',
			track: 'platform',
			why: 'Names its levels only: the source has no statements for the Platform track.'
		}
	]
};

/** Fewer steps than this leaves nothing to choose between. */
export const MIN_STEPS = 3;

/** Case, punctuation and spacing do not make a statement new. */
export function normaliseText(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Statements a person can answer about themselves. A rating rubric's bands also hold examples
 * (one-off anecdotes), dampeners (circumstances), progression signals (what the next band
 * needs) and business impact (the organisation's outcomes); only the Individual · Impact lists
 * describe how the person works, so those are asked when the track has them.
 */
function askable(fw: Framework, statements: Statement[]): Statement[] {
	if (fw.kind !== 'rating-rubric') return statements;
	const impact = statements.filter((s) => s.section === 'Impact');
	const pool = impact.length > 0 ? impact : statements;
	const individual = pool.filter((s) => s.perspective === 'Individual');
	return individual.length > 0 ? individual : pool;
}

export interface Placeability {
	canPlace: boolean;
	/** Why not, in a sentence, when it cannot. */
	reason?: string;
	/** Steps with statements. */
	documentedSteps: Step[];
}

export function placeability(fw: Framework, track: Track): Placeability {
	const withStatements = new Set(
		fw.statements.filter((s) => s.track === track.id).map((s) => s.step)
	);
	const documentedSteps = fw.steps.filter(
		(step) =>
			track.steps.find((t) => t.step === step.id)?.status === 'defined' &&
			withStatements.has(step.id)
	);
	if (documentedSteps.length === 0) {
		return {
			canPlace: false,
			reason: 'The source has no statements for this track, only the names of its levels.',
			documentedSteps
		};
	}
	if (documentedSteps.length < MIN_STEPS) {
		const which = documentedSteps.map(stepName).join(' and ');
		return {
			canPlace: false,
			reason: `The source documents only ${which} of this track; placing someone needs at least ${MIN_STEPS} steps to choose between.`,
			documentedSteps
		};
	}
	return { canPlace: true, documentedSteps };
}

function toItem(fw: Framework, s: Statement, step: number, to = step): BankItem {
	const fwStep = fw.steps.find((x) => x.id === s.step)!;
	return {
		id: `${fw.id}/${s.id}`,
		text: s.text,
		step,
		to,
		group: normaliseText(s.text),
		source: {
			framework: fw.id,
			frameworkName: fw.name,
			track: s.track,
			step: s.step,
			stepLabel: stepName(fwStep),
			statement: s.id
		},
		skills: s.skills,
		repeats: []
	};
}

/**
 * Drops word-for-word repeats, keeping the one at the lowest step (the lowest range): on a ladder
 * a "yes" to the lower copy is already evidence for every step above it, so asking the higher
 * copy again would only count the same answer twice.
 */
function dedupe(items: BankItem[]): BankItem[] {
	const kept = new Map<string, BankItem>();
	const sorted = [...items].sort((a, b) => a.step - b.step || a.to - b.to);
	for (const item of sorted) {
		const first = kept.get(item.group);
		if (first) first.repeats.push(item.id);
		else kept.set(item.group, item);
	}
	// Back in source order, so the bank reads like the source.
	return items.filter((item) => kept.get(item.group) === item);
}

function finish(bank: Omit<Bank, 'fingerprint'>): Bank {
	// The response model's parameters are part of it: a result link made before the model was
	// retuned would replay to a different result, so it must be refused as "other bank" instead.
	const parts = [
		bank.id,
		bank.model,
		JSON.stringify(paramsFor(bank.model)),
		...bank.steps.map((s) => s.id),
		...bank.items.map((i) => `${i.id}@${i.step}-${i.to}`)
	];
	return { ...bank, fingerprint: fingerprintOf(parts.join('\n')) };
}

/**
 * Steps that no kept statement describes: the quiz cannot tell them from their neighbours. `all`
 * is the bank before word-for-word repeats were dropped.
 */
function silentStepNotes(steps: BankStep[], all: BankItem[], kept: BankItem[]): string[] {
	const notes: string[] = [];
	steps.forEach((step, i) => {
		if (kept.some((item) => describes(item, i))) return;
		const dropped = all.filter((item) => describes(item, i));
		const keptAt = [
			...new Set(kept.filter((k) => dropped.some((d) => d.group === k.group)).map((k) => k.step))
		].map((j) => steps[j]!.name);
		notes.push(
			keptAt.length > 0
				? `${step.name} repeats ${keptAt.join(' and ')} word for word in the source, so those statements are asked once, at ${keptAt.join(' and ')}: the quiz cannot tell ${step.name} from ${keptAt.join(' and ')}.`
				: `${step.name} has no statements of its own to ask, so the quiz cannot tell it from its neighbours.`
		);
	});
	return notes;
}

/** The bank for one track of one framework, or null when the track cannot place. */
export function trackBank(fw: Framework, trackId: string): Bank | null {
	const track = fw.tracks.find((t) => t.id === trackId);
	if (!track) return null;
	const { canPlace, documentedSteps } = placeability(fw, track);
	if (!canPlace) return null;
	const index = new Map(documentedSteps.map((s, i) => [s.id, i]));
	const steps: BankStep[] = documentedSteps.map((s) => ({
		id: s.id,
		label: s.label,
		name: stepName(s),
		// A rating is not a level: only its role has a place (said in the bank's notes).
		placement: placementOf(s.common)
	}));
	const statements = askable(
		fw,
		fw.statements.filter((s) => s.track === track.id && index.has(s.step))
	);
	const all = statements.map((s) => toItem(fw, s, index.get(s.step)!));
	const items = dedupe(all);
	const rubric = fw.kind === 'rating-rubric';
	const role = rubric && track.common ? placementOf(track.common) : null;
	const roleNote = role
		? [
				`These are ratings of performance within the ${track.name} role, not levels: the role sits at ${formatRange(role)} on the common scale, whichever rating fits.`
			]
		: [];
	return finish({
		id: `${fw.id}/${track.id}`,
		kind: 'track',
		title: track.name === fw.name ? fw.name : `${track.name} · ${fw.name}`,
		description: rubric
			? `The ${items.length} Individual · Impact statements of ${fw.name}'s ${steps.length} rating bands.`
			: `The ${items.length} statements of ${fw.name}'s ${track.name} track, ${steps[0]!.label} to ${steps.at(-1)!.label}.`,
		model: rubric ? 'ideal-point' : 'cumulative',
		steps,
		items,
		notes: [...roleNote, ...silentStepNotes(steps, all, items)],
		color: frameworkColor(fw.id)
	});
}

/**
 * The family's bank on P1–P7: every member's statements at their step's own place on the common
 * scale, a range included (a Level 4 that reads like P2–P3 is asked as P2–P3). A rating has no
 * level of its own (its role has one), so a rubric's statements are never asked here.
 */
export function familyBank(frameworks: readonly Framework[], family: Family): Bank {
	const steps: BankStep[] = [1, 2, 3, 4, 5, 6, 7].map((level) => ({
		id: `p${level}`,
		label: `P${level}`,
		name: `P${level}`,
		placement: { min: level, max: level }
	}));
	const items: BankItem[] = [];
	for (const member of family.members) {
		const fw = frameworks.find((f) => f.id === member.framework);
		const track = fw?.tracks.find((t) => t.id === member.track);
		if (!fw || !track) continue;
		const wanted = (s: Statement) =>
			s.track === track.id && (member.steps === undefined || member.steps.includes(s.step));
		for (const s of askable(fw, fw.statements.filter(wanted))) {
			const step = fw.steps.find((x) => x.id === s.step);
			const placement = step ? placementOf(step.common) : null;
			const status = track.steps.find((t) => t.step === s.step)?.status;
			if (placement === null || status !== 'defined') continue;
			items.push(toItem(fw, s, placement.min - 1, placement.max - 1));
		}
	}
	const kept = dedupe(items);
	return finish({
		id: `family/${family.id}`,
		kind: 'family',
		title: family.title,
		description: family.description,
		model: 'cumulative',
		steps,
		items: kept,
		notes: silentStepNotes(steps, items, kept),
		color: 'var(--accent)'
	});
}

/** A step of a family member at (or around) a common level, with its own place. */
export interface NamedStep {
	id: string;
	name: string;
	/** Where the step sits: "P4", or a range it shares with other levels: "P3–P4". */
	range: string;
	href: string;
}

/** "Level 5 (P3–P4)": a step's name with its place, unless the name says it already ("P4"). */
export function withRange(step: NamedStep): string {
	return step.name === step.range ? step.name : `${step.name} (${step.range})`;
}

/** A framework's names for a level in one line: its steps with their places, or its role. */
export function levelNameText(n: LevelName): string {
	return n.role ?? n.steps.map(withRange).join(', ');
}

/** What a level is called in one framework of the family. */
export interface LevelName {
	framework: string;
	frameworkName: string;
	track: string;
	trackName: string;
	color: string;
	/** The track's steps whose place covers the level (a P3–P4 step is named at P3 and at P4). */
	steps: NamedStep[];
	/**
	 * For a rating rubric, the role that sits at the level, in words: its ratings are performance
	 * within the role, not levels, so none of them is named as one.
	 */
	role?: string;
	/** Whether the track describes this level. */
	status: Coverage;
}

/** What each common level is called across the family's frameworks, level by level. */
export function levelNames(
	frameworks: readonly Framework[],
	family: Family
): Record<number, LevelName[]> {
	const byLevel: Record<number, LevelName[]> = {};
	for (let level = 1; level <= 7; level++) {
		byLevel[level] = [];
		for (const member of family.members) {
			const fw = frameworks.find((f) => f.id === member.framework);
			const track = fw?.tracks.find((t) => t.id === member.track);
			if (!fw || !track) continue;
			const rubric = fw.kind === 'rating-rubric';
			const here = fw.steps.filter((s) => covers(stepPlacement(s, track), level));
			if (here.length === 0) continue;
			const statuses = here.map((s) => track.steps.find((t) => t.step === s.id)?.status);
			const status = statuses.includes('defined') ? 'defined' : (statuses[0] ?? 'not-documented');
			const named: LevelName = {
				framework: fw.id,
				frameworkName: fw.name,
				track: track.id,
				trackName: track.name,
				color: frameworkColor(fw.id),
				steps: rubric
					? []
					: here.map((s) => ({
							id: s.id,
							name: stepName(s),
							range: formatRange(placementOf(s.common)),
							href: cellHref(fw.id, track.id, s.id)
						})),
				status
			};
			if (rubric) {
				const where = formatRange(track.common ? placementOf(track.common) : null);
				const role = track.name === fw.name ? 'the role' : `the ${track.name} role`;
				named.role = `${role} (${where}); its ${here.length} rating bands are performance within it, not levels`;
			}
			byLevel[level]!.push(named);
		}
	}
	return byLevel;
}

/** One choice on the start page. */
export interface PlacementOption {
	bank: string;
	href: string;
	framework: string;
	frameworkName: string;
	track: string;
	trackName: string;
	color: string;
	canPlace: boolean;
	reason?: string;
	/** "steps", or "rating bands" for a rubric. */
	stepWord: string;
	steps: number;
	questions: number;
}

/** Every track of every framework, with whether it can place and why not. */
export function trackOptions(frameworks: readonly Framework[]): PlacementOption[] {
	return frameworks.flatMap((fw) =>
		fw.tracks.map((track) => {
			const bank = trackBank(fw, track.id);
			const p = placeability(fw, track);
			return {
				bank: `${fw.id}/${track.id}`,
				href: quizPath(fw.id, track.id),
				framework: fw.id,
				frameworkName: fw.name,
				track: track.id,
				trackName: track.name,
				color: frameworkColor(fw.id),
				canPlace: bank !== null,
				...(p.reason === undefined ? {} : { reason: p.reason }),
				stepWord: fw.kind === 'rating-rubric' ? 'rating bands' : 'steps',
				steps: bank?.steps.length ?? p.documentedSteps.length,
				questions: bank?.items.length ?? 0
			};
		})
	);
}

/** A bank's quiz page: the family's under /quiz/family/, a track's wherever its framework's pages are. */
export function bankPath(bank: Pick<Bank, 'id' | 'kind'>): string {
	if (bank.kind === 'family') return `${base}/quiz/${bank.id}`;
	const [framework, track] = bank.id.split('/') as [string, string];
	return quizPath(framework, track);
}

/** A result's link: the bank's quiz page with the result's code. */
export function resultPath(bank: Pick<Bank, 'id' | 'kind'>, code: string): string {
	return withQuery(bankPath(bank), { r: code });
}

/** Every bank the site offers: the family's, then each track that can place. */
export function allBanks(frameworks: readonly Framework[]): Bank[] {
	const family = familyBank(frameworks, PLATFORM_FAMILY);
	// Without the family's frameworks (a FRAMEWORKS_ONLY build) there is no family quiz.
	const banks = family.items.length > 0 ? [family] : [];
	for (const fw of frameworks) {
		for (const track of fw.tracks) {
			const bank = trackBank(fw, track.id);
			if (bank) banks.push(bank);
		}
	}
	return banks;
}

/** Whether a framework's track belongs to the family. */
export function inFamily(family: Family, framework: string, track?: string): boolean {
	return family.members.some(
		(m) => m.framework === framework && (track === undefined || m.track === track)
	);
}
