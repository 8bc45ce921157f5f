// What the skill pages receive: each framework's growth curve for a skill, with the sentences
// behind every point, where to read them, and the data notes that explain what is drawn. Pure,
// over validated frameworks (build time only).
import type { Framework, Note, Skill, Step } from '$lib/model/schema';
import type {
	EvidenceView,
	GrowthPointView,
	RatingView,
	RoleView,
	SkillCurveView,
	SkillNoteView,
	UnratedStep
} from '$lib/charts/SkillCurve/types';
import { frameworkColor } from '$lib/frameworks/palette';
import { cellHref, placementOf, splitLead, stepName, trackForStep } from '$lib/frameworks/queries';

export interface SkillSummary {
	id: string;
	name: string;
	description: string;
	aliases: string[];
}

/** The cell that shows a statement or step dimension, and a name for it. */
function locate(fw: Framework, id: string): Omit<EvidenceView, 'id'> | null {
	const statement = fw.statements.find((s) => s.id === id);
	if (statement) {
		const track = fw.tracks.find((t) => t.id === statement.track);
		const step = fw.steps.find((s) => s.id === statement.step);
		return {
			text: statement.text,
			href: cellHref(fw.id, statement.track, statement.step, id),
			where: `${track?.name ?? statement.track} · ${step ? stepName(step) : statement.step}`,
			...(statement.section === undefined ? {} : { section: statement.section }),
			...(statement.perspective === undefined ? {} : { perspective: statement.perspective })
		};
	}
	for (const step of fw.steps) {
		const dimension = step.dimensions.find((d) => d.id === id);
		if (!dimension) continue;
		// A step dimension belongs to no track: open the first track that documents the step.
		const track = trackForStep(fw, step.id);
		return {
			text: dimension.text,
			href: cellHref(fw.id, track.id, step.id, id),
			where: `${track.name} · ${stepName(step)}`,
			section: dimension.label
		};
	}
	return null;
}

/**
 * A rating band by its rating and band: "Level 4 · Mid" titled "Leading" is Leading · Mid. The
 * source's "Level N" numbers ratings, not career levels, so the page does not lead with it.
 */
export function ratingOf(step: Pick<Step, 'id' | 'label' | 'title'>): RatingView {
	const parts = step.label.split(' · ');
	if (!step.title) return { step: step.id, name: step.label, band: '' };
	return { step: step.id, name: step.title, band: parts.length > 1 ? parts.at(-1)! : '' };
}

/** "Leading · Mid". */
export const ratingName = (r: RatingView) => (r.band ? `${r.name} · ${r.band}` : r.name);

/** The role a rubric rates: its first track placed on the common scale, else its first track. */
function roleOf(fw: Framework): RoleView {
	const track = fw.tracks.find((t) => t.common && placementOf(t.common)) ?? fw.tracks[0]!;
	return {
		track: track.id,
		name: track.name,
		placement: track.common ? placementOf(track.common) : null
	};
}

/**
 * The framework's notes that explain this curve: those that name the skill, first; those about
 * sentences cited as its evidence (a note that names sentences is about them, not about every
 * sentence of their steps); and those about steps it has a point at.
 */
export function curveNotes(
	fw: Framework,
	skillId: string,
	points: readonly { step: string; evidence: readonly { id: string }[] }[],
	nameOf: (stepId: string) => string
): SkillNoteView[] {
	const drawn = new Set(points.map((p) => p.step));
	const cited = new Set(points.flatMap((p) => p.evidence.map((e) => e.id)));
	const relevant = (n: Note) =>
		n.skills.includes(skillId) ||
		(n.statements.length > 0
			? n.statements.some((id) => cited.has(id))
			: n.steps.some((id) => drawn.has(id)));
	// Those tied to the skill first: the curators said they explain this curve.
	const ranked = fw.notes
		.filter(relevant)
		.map((n) => ({ n, forSkill: n.skills.includes(skillId) }))
		.sort((a, b) => Number(b.forSkill) - Number(a.forSkill));
	return ranked.map(({ n, forSkill }) => {
		const about = n.steps.filter((id) => drawn.has(id));
		// A note about many steps (the rubric's fifteen), or all, is about the framework: naming
		// them says nothing the curve does not.
		const named = n.steps.length <= 3 && n.steps.length < fw.steps.length;
		return { id: n.id, ...splitLead(n.text), about: named ? about.map(nameOf) : [], forSkill };
	});
}

/** Every framework's growth curve for one skill, in the catalogue's framework order. */
export function skillCurves(frameworks: readonly Framework[], skillId: string): SkillCurveView[] {
	return frameworks.flatMap((fw) => {
		const curve = fw.skills.find((s) => s.skill === skillId);
		if (!curve) return [];
		const rubric = fw.kind === 'rating-rubric';
		const byStep = new Map(curve.growth.map((p) => [p.step, p]));
		const points: GrowthPointView[] = [];
		const unrated: UnratedStep[] = [];
		for (const step of fw.steps) {
			const point = byStep.get(step.id);
			// A rating band is a rating within its role, never a level, whatever its data says.
			const base = {
				step: step.id,
				label: stepName(step),
				placement: rubric ? null : placementOf(step.common)
			};
			if (point) {
				points.push({
					...base,
					...(rubric ? { rating: ratingOf(step) } : {}),
					proficiency: point.proficiency,
					evidence: point.evidence.flatMap((id) => {
						const found = locate(fw, id);
						return found ? [{ id, ...found }] : [];
					})
				});
			} else {
				const notApplicable = fw.tracks.every((t) =>
					t.steps.some((s) => s.step === step.id && s.status === 'not-applicable')
				);
				unrated.push({
					...base,
					// A band without a point is named by its rating, as the page names ratings.
					...(rubric ? { label: ratingName(ratingOf(step)) } : {}),
					status: notApplicable ? 'not-applicable' : 'no-evidence'
				});
			}
		}
		const nameOf = (id: string) => {
			const step = fw.steps.find((s) => s.id === id)!;
			return rubric ? ratingName(ratingOf(step)) : stepName(step);
		};
		return [
			{
				framework: fw.id,
				name: fw.name,
				kind: fw.kind,
				color: frameworkColor(fw.id),
				...(curve.sourceName === undefined ? {} : { sourceName: curve.sourceName }),
				...(curve.sourceDescription === undefined
					? {}
					: { sourceDescription: curve.sourceDescription }),
				points,
				unrated,
				...(rubric ? { role: roleOf(fw), ratings: fw.steps.map(ratingOf) } : {}),
				notes: curveNotes(fw, skillId, points, nameOf)
			}
		];
	});
}

export function skillSummary(skill: Skill): SkillSummary {
	return {
		id: skill.id,
		name: skill.name,
		description: skill.description,
		aliases: skill.aliases
	};
}
