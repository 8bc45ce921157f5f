// One cell's page (a step of a track) as data, from any catalogue: its statements by perspective
// and section, its placement, neighbours and notes.
import type { Catalog } from '../frameworks/catalog';
import {
	cellHref,
	cellStatements,
	groupStatements,
	neighbours,
	notesFor,
	noteView,
	placementView,
	rolePlacement,
	stepName,
	stepPlacement,
	trackStep
} from '../frameworks/queries';
import { pairSaysSomething } from '../compare/promotions';
import { promotionHref } from '../url/compare-view';
import { frameworkColor } from '../frameworks/palette';
import { UnknownId } from './unknown-id';

/** The page of step `stepId` of track `trackId`; throws UnknownId when any id is unknown. */
export function cellPageData(catalog: Catalog, fwId: string, trackId: string, stepId: string) {
	const fw = catalog.frameworks.find((f) => f.id === fwId);
	if (!fw) throw new UnknownId(`There is no framework called “${fwId}”.`);
	const track = fw.tracks.find((t) => t.id === trackId);
	if (!track) throw new UnknownId(`${fw.name} has no track called “${trackId}”.`);
	const step = fw.steps.find((s) => s.id === stepId);
	if (!step) throw new UnknownId(`${fw.name} has no step called “${stepId}”.`);

	const skillName = new Map(catalog.skills.map((s) => [s.id, s.name]));
	const statements = cellStatements(fw, track.id, step.id);
	const { previous, next } = neighbours(fw, step.id);
	const index = fw.steps.indexOf(step);
	const placed = stepPlacement(step, track);
	const link = (s: typeof previous) =>
		s && {
			label: stepName(s),
			href: cellHref(fw.id, track.id, s.id),
			status: trackStep(track, s.id)?.status ?? 'not-documented'
		};

	return {
		framework: { id: fw.id, name: fw.name, kind: fw.kind, color: frameworkColor(fw.id) },
		track: { id: track.id, name: track.name, description: track.description },
		step,
		placement: placementView(fw, step.common),
		role: rolePlacement(fw, track),
		coverage: trackStep(track, step.id)!,
		groups: groupStatements(statements).map((g) => ({
			...g,
			statements: g.statements.map((s) => ({
				id: s.id,
				text: s.text,
				skills: s.skills.map((id) => ({ id, name: skillName.get(id) ?? id }))
			}))
		})),
		previous: link(previous),
		next: link(next),
		// The promotion view (prerendered for every step with a next), when either step says anything.
		compareNext:
			next && pairSaysSomething(fw, track.id, index)
				? {
						href: promotionHref({ framework: fw.id, track: track.id, step: step.id }),
						label: stepName(next)
					}
				: null,
		/** The common levels this step (or its role) covers: "the same level elsewhere". */
		levels: placed
			? Array.from({ length: placed.max - placed.min + 1 }, (_, i) => placed.min + i)
			: [],
		otherTracks: fw.tracks
			.filter((t) => t.id !== track.id)
			.map((t) => ({
				name: t.name,
				href: cellHref(fw.id, t.id, step.id),
				status: trackStep(t, step.id)?.status ?? 'not-documented'
			})),
		notes: notesFor(fw, {
			track: track.id,
			step: step.id,
			statements: statements.map((s) => s.id)
		}).map((n) => noteView(fw, n))
	};
}
