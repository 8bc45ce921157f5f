import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
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
} from '$lib/frameworks/queries';
import { pairSaysSomething } from '$lib/compare/promotions';
import { promotionHref } from '$lib/url/compare-view';
import { frameworkColor } from '$lib/frameworks/palette';

export const entries: EntryGenerator = () => {
	return catalog.frameworks.flatMap((fw) =>
		fw.tracks.flatMap((track) =>
			fw.steps.map((step) => ({ fw: fw.id, track: track.id, step: step.id }))
		)
	);
};

export const load = (({ params }) => {
	const fw = catalog.frameworks.find((f) => f.id === params.fw);
	if (!fw) error(404, `There is no framework called “${params.fw}”.`);
	const track = fw.tracks.find((t) => t.id === params.track);
	if (!track) error(404, `${fw.name} has no track called “${params.track}”.`);
	const step = fw.steps.find((s) => s.id === params.step);
	if (!step) error(404, `${fw.name} has no step called “${params.step}”.`);

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
}) satisfies PageServerLoad;
