import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import {
	commonRange,
	evidenceHref,
	formatRange,
	noteView,
	placementView,
	stepName
} from '$lib/frameworks/queries';
import { frameworkColor } from '$lib/frameworks/palette';
import { progressionInput } from '$lib/charts/LevelProgression/layout';

export const entries: EntryGenerator = () => {
	return catalog.frameworks.map((fw) => ({ fw: fw.id }));
};

export const load = (({ params }) => {
	const fw = catalog.frameworks.find((f) => f.id === params.fw);
	if (!fw) error(404, `There is no framework called “${params.fw}”.`);

	const skillName = new Map(catalog.skills.map((s) => [s.id, s.name]));
	const trackName = (frameworkId: string, trackId: string) => {
		const other = catalog.frameworks.find((f) => f.id === frameworkId);
		return {
			framework: other?.name ?? frameworkId,
			track: other?.tracks.find((t) => t.id === trackId)?.name ?? trackId
		};
	};
	const stepLabel = new Map(fw.steps.map((s) => [s.id, stepName(s)]));
	const dimensionLabels = [...new Set(fw.steps.flatMap((s) => s.dimensions.map((d) => d.label)))];
	const progression = progressionInput(fw);

	return {
		framework: {
			id: fw.id,
			name: fw.name,
			organisation: fw.organisation,
			kind: fw.kind,
			description: fw.description,
			source: fw.source,
			color: frameworkColor(fw.id),
			range: formatRange(commonRange(fw.steps, fw.tracks)),
			statementCount: fw.statements.length
		},
		steps: fw.steps.map((s) => ({ ...s, placement: placementView(fw, s.common) })),
		/** A rating rubric's roles and where each sits (its ratings are not levels). */
		roles:
			fw.kind === 'rating-rubric'
				? fw.tracks.map((t) => ({
						name: t.name,
						placement: t.common ? placementView(fw, t.common) : null
					}))
				: [],
		dimensionLabels,
		tracks: progression.tracks.map((t, i) => ({
			...t,
			description: fw.tracks[i]!.description,
			family: fw.tracks[i]!.family
		})),
		/** A rating rubric's progression signals: the first of each band, and how many. */
		signals: progression.signals,
		skills: fw.skills
			.map((curve) => ({
				id: curve.skill,
				name: skillName.get(curve.skill) ?? curve.skill,
				sourceName: curve.sourceName,
				sourceDescription: curve.sourceDescription,
				points: Object.fromEntries(
					curve.growth.map((p) => [
						p.step,
						{
							proficiency: p.proficiency,
							evidence: p.evidence.length,
							href: evidenceHref(fw, p.evidence[0]!)
						}
					])
				)
			}))
			.sort((a, b) => a.name.localeCompare(b.name)),
		transitions: fw.transitions.map((t) => ({
			id: t.id,
			kind: t.kind,
			bidirectional: t.bidirectional,
			evidence: t.evidence,
			rationale: t.rationale,
			from: { ...trackName(fw.id, t.from.track), step: t.from.step && stepLabel.get(t.from.step) },
			to: {
				...trackName(t.to.framework ?? fw.id, t.to.track),
				external: t.to.framework !== undefined && t.to.framework !== fw.id,
				href: `/frameworks/${t.to.framework ?? fw.id}`
			}
		})),
		notes: fw.notes.map((n) => noteView(fw, n)),
		context: fw.context
	};
}) satisfies PageServerLoad;
