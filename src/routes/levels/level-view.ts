// One common level across every framework: the steps placed there (or whose range covers it),
// a rating rubric as the role it rates, and each skill's proficiency there. Pure, over validated
// frameworks (build time only).
import type { Coverage, Framework, Skill, Step } from '$lib/model/schema';
import type { CellRef } from '$lib/compare/cell';
import { frameworkColor } from '$lib/frameworks/palette';
import {
	cellHref,
	commonRange,
	covers,
	formatRange,
	placementOf,
	stepName,
	trackForStep
} from '$lib/frameworks/queries';
import { compareHref, promotionHref } from '$lib/url/compare-view';

export const LEVELS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface LevelStep {
	id: string;
	name: string;
	/** "P4", or the range it spans ("P3–P4"). */
	range: string;
	/** Whether its range reaches beyond this level. */
	spans: boolean;
	/** The step it repeats word for word, by name. */
	repeats?: string;
	summary?: string;
	dimensions: { id: string; label: string; text: string }[];
	/** The track its page opens at, and that track's sentences at this step. */
	track: { name: string; href: string };
	statements: { id: string; text: string; href: string }[];
	/** Every track at this step, with what the source says there. */
	tracks: { name: string; href: string; status: Coverage }[];
	/** The step against the next, when there is a next. */
	next?: { href: string; name: string };
	ref: CellRef;
}

export interface LevelRole {
	name: string;
	range: string;
	basis: string;
	ratings: number;
	/** The middle rating: the role as expected, neither under- nor over-performing. */
	typical: { name: string; href: string };
	ref: CellRef;
}

export interface LevelFramework {
	id: string;
	name: string;
	color: string;
	steps: LevelStep[];
	role?: LevelRole;
}

export interface LevelSkill {
	id: string;
	name: string;
	/** Per framework of `skillFrameworks`, in that order: its proficiencies here (several steps may). */
	values: { proficiency: number; step: string }[][];
}

export interface LevelView {
	level: number;
	label: string;
	frameworks: LevelFramework[];
	/** The frameworks with nothing at this level, and where they do sit. */
	elsewhere: { id: string; name: string; color: string; why: string }[];
	/** The ladders with steps here, as the skills table's columns. */
	skillFrameworks: { id: string; name: string; color: string }[];
	skills: LevelSkill[];
	/** Up to four cells at this level, one per framework, side by side. */
	compare: string | null;
}

const placedAt = (step: Step, level: number) => covers(placementOf(step.common), level);

function levelStep(fw: Framework, step: Step, level: number): LevelStep {
	const placement = placementOf(step.common)!;
	const track = trackForStep(fw, step.id);
	const index = fw.steps.indexOf(step);
	const next = fw.steps[index + 1];
	const ref = { framework: fw.id, track: track.id, step: step.id };
	const same = step.common.sameAs ? fw.steps.find((s) => s.id === step.common.sameAs) : undefined;
	return {
		id: step.id,
		name: stepName(step),
		range: formatRange(placement),
		spans: placement.min !== level || placement.max !== level,
		...(same ? { repeats: stepName(same) } : {}),
		...(step.summary === undefined ? {} : { summary: step.summary }),
		dimensions: step.dimensions.map((d) => ({ id: d.id, label: d.label, text: d.text })),
		track: { name: track.name, href: cellHref(fw.id, track.id, step.id) },
		// A repeated step's sentences are its original's, already listed.
		statements: same
			? []
			: fw.statements
					.filter((s) => s.track === track.id && s.step === step.id)
					.map((s) => ({ id: s.id, text: s.text, href: cellHref(fw.id, track.id, step.id, s.id) })),
		tracks: fw.tracks.map((t) => ({
			name: t.name,
			href: cellHref(fw.id, t.id, step.id),
			status: t.steps.find((s) => s.step === step.id)?.status ?? 'not-documented'
		})),
		...(next ? { next: { href: promotionHref(ref), name: stepName(next) } } : {}),
		ref
	};
}

function roleAt(fw: Framework, level: number): LevelRole | undefined {
	if (fw.kind !== 'rating-rubric') return undefined;
	const track = fw.tracks.find((t) => t.common && covers(placementOf(t.common), level));
	if (!track?.common) return undefined;
	const typical = fw.steps[Math.floor(fw.steps.length / 2)]!;
	return {
		name: track.name,
		range: formatRange(placementOf(track.common)),
		basis: track.common.basis,
		ratings: fw.steps.length,
		typical: { name: stepName(typical), href: cellHref(fw.id, track.id, typical.id) },
		ref: { framework: fw.id, track: track.id, step: typical.id }
	};
}

function whyNot(fw: Framework): string {
	const range = commonRange(fw.steps, fw.tracks);
	if (!range) return 'its steps have no place on the common scale';
	if (fw.kind === 'rating-rubric') return `it rates one role, at ${formatRange(range)}`;
	const placed = fw.steps.filter((s) => placementOf(s.common));
	return placed.length === 1
		? `its one step, ${stepName(placed[0]!)}, sits at ${formatRange(range)}`
		: `its steps sit at ${formatRange(range)}`;
}

export function levelView(
	frameworks: readonly Framework[],
	skills: readonly Skill[],
	level: number
): LevelView {
	const placed: LevelFramework[] = [];
	const elsewhere: LevelView['elsewhere'] = [];
	for (const fw of frameworks) {
		const color = frameworkColor(fw.id);
		const steps =
			fw.kind === 'ladder'
				? fw.steps.filter((s) => placedAt(s, level)).map((s) => levelStep(fw, s, level))
				: [];
		const role = roleAt(fw, level);
		if (steps.length === 0 && !role) {
			elsewhere.push({ id: fw.id, name: fw.name, color, why: whyNot(fw) });
			continue;
		}
		placed.push({ id: fw.id, name: fw.name, color, steps, ...(role ? { role } : {}) });
	}

	// Skills: a ladder's growth points at its steps here (a rubric's ratings are not levels).
	const ladders = placed.filter((f) => f.steps.length > 0);
	const skillName = new Map(skills.map((s) => [s.id, s.name]));
	const rows = new Map<string, LevelSkill>();
	ladders.forEach((entry, column) => {
		const fw = frameworks.find((f) => f.id === entry.id)!;
		for (const curve of fw.skills) {
			// A step that repeats another says nothing new about skills.
			for (const step of entry.steps.filter((s) => !s.repeats)) {
				const point = curve.growth.find((p) => p.step === step.id);
				if (!point) continue;
				let row = rows.get(curve.skill);
				if (!row) {
					row = {
						id: curve.skill,
						name: skillName.get(curve.skill) ?? curve.skill,
						values: ladders.map(() => [])
					};
					rows.set(curve.skill, row);
				}
				row.values[column]!.push({ proficiency: point.proficiency, step: step.name });
			}
		}
	});
	// The skills most frameworks ask for here first, then by name.
	const skillRows = [...rows.values()].sort(
		(a, b) =>
			b.values.filter((v) => v.length > 0).length - a.values.filter((v) => v.length > 0).length ||
			a.name.localeCompare(b.name)
	);

	// One cell per framework: a step placed exactly here if there is one, else the first that spans
	// it; a rubric by its typical rating.
	const refs = placed
		.map((f) => (f.steps.find((s) => !s.spans) ?? f.steps[0])?.ref ?? f.role?.ref)
		.filter((r): r is CellRef => r !== undefined)
		.slice(0, 4);

	return {
		level,
		label: `P${level}`,
		frameworks: placed,
		elsewhere,
		skillFrameworks: ladders.map(({ id, name, color }) => ({ id, name, color })),
		skills: skillRows,
		compare: refs.length > 1 ? compareHref(refs) : null
	};
}
