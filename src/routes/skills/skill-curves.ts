// What the skill pages receive: each framework's growth curve for a skill, with the sentences
// behind every point and where to read them. Pure, over validated frameworks (build time only).
import type { Framework, Skill } from '$lib/model/schema';
import type {
	EvidenceView,
	GrowthPointView,
	SkillCurveView,
	UnratedStep
} from '$lib/charts/SkillCurve/types';
import { frameworkColor } from '$lib/frameworks/palette';
import { cellHref, stepName, trackForStep } from '$lib/frameworks/queries';

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

/** Every framework's growth curve for one skill, in the catalogue's framework order. */
export function skillCurves(frameworks: readonly Framework[], skillId: string): SkillCurveView[] {
	return frameworks.flatMap((fw) => {
		const curve = fw.skills.find((s) => s.skill === skillId);
		if (!curve) return [];
		const byStep = new Map(curve.growth.map((p) => [p.step, p]));
		const points: GrowthPointView[] = [];
		const unrated: UnratedStep[] = [];
		for (const step of fw.steps) {
			const point = byStep.get(step.id);
			const base = { step: step.id, label: stepName(step), level: step.common.level };
			if (point) {
				points.push({
					...base,
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
				unrated.push({ ...base, status: notApplicable ? 'not-applicable' : 'no-evidence' });
			}
		}
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
				unrated
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
