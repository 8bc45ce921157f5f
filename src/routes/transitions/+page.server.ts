import type { PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import { frameworkColor } from '$lib/frameworks/palette';
import { cellHref, firstDocumentedStep, stepName } from '$lib/frameworks/queries';
import type { Framework, TrackRef } from '$lib/model/schema';

/** One end of a transition, resolved to its framework, with names and where to read it. */
function end(owner: Framework, ref: TrackRef) {
	const fw = catalog.frameworks.find((f) => f.id === (ref.framework ?? owner.id))!;
	const track = fw.tracks.find((t) => t.id === ref.track)!;
	const step = ref.step === undefined ? undefined : fw.steps.find((s) => s.id === ref.step)!;
	return {
		framework: fw.id,
		frameworkName: fw.name,
		track: track.id,
		trackName: track.name,
		...(step && {
			step: { label: stepName(step), href: cellHref(fw.id, track.id, step.id) }
		})
	};
}

export const load = (() => {
	const frameworks = catalog.frameworks.map((fw) => ({
		id: fw.id,
		name: fw.name,
		color: frameworkColor(fw.id),
		tracks: fw.tracks.map((track) => {
			const first = firstDocumentedStep(track);
			const step = first && fw.steps.find((s) => s.id === first)!;
			return {
				id: track.id,
				name: track.name,
				family: track.family,
				...(step && {
					firstCell: { href: cellHref(fw.id, track.id, step.id), label: stepName(step) }
				})
			};
		})
	}));

	const transitions = catalog.frameworks.flatMap((fw) =>
		fw.transitions.map((t) => {
			const statement =
				t.evidenceStatement === undefined
					? undefined
					: fw.statements.find((s) => s.id === t.evidenceStatement);
			return {
				// Transition ids are unique within a framework only.
				id: `${fw.id}/${t.id}`,
				/** The framework whose source states the transition. */
				owner: fw.id,
				kind: t.kind,
				bidirectional: t.bidirectional,
				from: end(fw, t.from),
				to: end(fw, t.to),
				evidence: t.evidence,
				...(t.rationale !== undefined && { rationale: t.rationale }),
				...(statement && {
					evidenceHref: cellHref(fw.id, statement.track, statement.step, statement.id)
				})
			};
		})
	);

	return { frameworks, transitions };
}) satisfies PageServerLoad;
