// One framework's page as data, from any catalogue: its tracks × steps, step guidelines, skills ×
// steps, transitions (worded) and data notes. The prerendered pages pass the bundled catalogue, a
// page over imported frameworks its own.
import type { Catalog } from '../frameworks/catalog';
import {
	commonRange,
	evidenceHref,
	formatRange,
	noteView,
	placementView,
	stepName
} from '../frameworks/queries';
import { frameworkColor } from '../frameworks/palette';
import { frameworkPath } from '../frameworks/paths';
import { progressionInput } from '../charts/LevelProgression/layout';
import { listTransitions, type Groupable } from '../charts/TransitionGraph/groups';
import { TRACK_FAMILY_LABELS, TRANSITION_KIND_LABELS } from '../frameworks/labels';
import { UnknownId } from './unknown-id';

/** The page of framework `id`; throws UnknownId when the catalogue has no such framework. */
export function frameworkPageData(catalog: Catalog, id: string) {
	const fw = catalog.frameworks.find((f) => f.id === id);
	if (!fw) throw new UnknownId(`There is no framework called “${id}”.`);

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
	const roleCount = fw.kind === 'rating-rubric' ? fw.tracks.length : 0;
	const namedTracks = fw.tracks.filter((t) => !t.description);

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
		steps: fw.steps.map((s) => {
			const placement = placementView(fw, s.common);
			// "P4 (P4)" says nothing twice: a step's range only when it differs from its name.
			const range = placement.range && placement.range !== s.label ? ` (${placement.range})` : '';
			return { ...s, placement, range };
		}),
		/** A rating rubric's roles and where each sits (its ratings are not levels). */
		roles:
			fw.kind === 'rating-rubric'
				? fw.tracks.map((t) => ({
						name: t.name,
						placement: t.common ? placementView(fw, t.common) : null
					}))
				: [],
		dimensionLabels,
		// A rating's title alone ("Unsatisfactory") is already the chart's band heading: a column
		// of titles would only repeat it, fifteen times.
		hasSummaries: fw.steps.some((s) => s.summary || (s.title && fw.kind !== 'rating-rubric')),
		basisTitle: `Why ${
			roleCount > 1
				? 'the roles sit where they do'
				: roleCount === 1
					? 'the role sits where it does'
					: 'each step sits where it does'
		} on the common scale`,
		/** Tracks the source only names, in one line (not as headings with nothing under them). */
		namedTracks: namedTracks.length
			? `${namedTracks.length < fw.tracks.length ? 'Also named, without' : 'Tracks without'} a description of their own: ${namedTracks.map((t) => `${t.name} (${TRACK_FAMILY_LABELS[t.family]})`).join(', ')}.`
			: null,
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
		transitions: transitionList(
			fw.transitions.map((t) => ({
				id: t.id,
				kind: t.kind,
				bidirectional: t.bidirectional,
				evidence: t.evidence,
				rationale: t.rationale,
				from: {
					...trackName(fw.id, t.from.track),
					step: t.from.step && stepLabel.get(t.from.step)
				},
				to: {
					...trackName(t.to.framework ?? fw.id, t.to.track),
					external: t.to.framework !== undefined && t.to.framework !== fw.id,
					href: frameworkPath(t.to.framework ?? fw.id)
				}
			}))
		),
		notes: fw.notes.map((n) => noteView(fw, n)),
		context: fw.context
	};
}

/**
 * Transitions as a reader lists them, in words: one sentence that allows "any ↔ any" among several
 * tracks (Speedoc's 15 pairs) is one item, its pairs gathered under each reason the data gives;
 * every other transition stands alone. Worded here, with the data, so a prerendered page ships no
 * code for it.
 */
function transitionList<
	T extends Groupable & {
		rationale?: string;
		to: { track: string; external: boolean; href: string };
	}
>(transitions: T[]) {
	const names = new Map(
		transitions.flatMap((t) => [
			[`${t.from.framework}/${t.from.track}`, t.from.track],
			[`${t.to.framework}/${t.to.track}`, t.to.track]
		])
	);
	return listTransitions(transitions).map((entry) => {
		if (entry.type === 'transition') {
			const t = entry.transition;
			// A comparison is not a move: "≈", never an arrow.
			const arrow = t.kind === 'comparable' ? '≈' : t.bidirectional ? '⇄' : '→';
			return {
				id: t.id,
				head: `${t.from.track} ${arrow} ${t.to.track}`,
				external: t.to.external ? { name: t.to.framework, href: t.to.href } : null,
				chip: TRANSITION_KIND_LABELS[t.kind],
				evidence: t.evidence,
				rationale: t.rationale,
				lead: null,
				pairs: []
			};
		}
		const { group } = entry;
		// The group's chip names the kind: a pair reads "A and B" (or "A → B" for one way only).
		const pairs: { rationale?: string; moves: string[] }[] = [];
		for (const t of group.transitions) {
			const both = t.bidirectional || group.kind === 'comparable';
			const text = `${t.from.track} ${both ? 'and' : '→'} ${t.to.track}`;
			const part = pairs.find((p) => p.rationale === t.rationale);
			if (part) part.moves.push(text);
			else pairs.push({ rationale: t.rationale, moves: [text] });
		}
		const comparable = group.kind === 'comparable';
		return {
			id: entry.id,
			lead: comparable
				? `Any two of these ${group.tracks.length} tracks are comparable`
				: `Any of these ${group.tracks.length} tracks, to and from any other`,
			head: group.tracks.map((key) => names.get(key) ?? key).join(', '),
			external: null,
			chip: `${TRANSITION_KIND_LABELS[group.kind]}${comparable ? '' : ' · both ways'}`,
			evidence: group.transitions[0]!.evidence,
			rationale: undefined,
			count: group.transitions.length,
			pairs
		};
	});
}
