// Each step against the next, per track: the comparisons prerendered as pages of their own
// (/compare/<fw>/<track>/<step>) so they read without JavaScript. Build time only.
import type { Framework } from '../model/schema';
import { stepName } from '../frameworks/queries';
import type { CellRef } from './cell';

export interface PromotionPair {
	/** The earlier cell; the later is the framework's next step on the same track. */
	ref: CellRef;
	label: string;
}

/** Every step with a next step, on every track: the pages to prerender. */
export function allPromotionRefs(frameworks: readonly Framework[]): CellRef[] {
	return frameworks.flatMap((fw) =>
		fw.tracks.flatMap((track) =>
			fw.steps.slice(0, -1).map((step) => ({ framework: fw.id, track: track.id, step: step.id }))
		)
	);
}

/** Whether a step or its next says anything on this track: sentences, guidelines or a summary. */
export function pairSaysSomething(fw: Framework, trackId: string, stepIndex: number): boolean {
	return [fw.steps[stepIndex], fw.steps[stepIndex + 1]].some(
		(step) =>
			step !== undefined &&
			(step.dimensions.length > 0 ||
				step.summary !== undefined ||
				fw.statements.some((s) => s.track === trackId && s.step === step.id))
	);
}

/**
 * The pairs worth listing, per track: tracks with sentences; for a framework with none (levels
 * described by their guidelines only), its first track, as every track would read the same.
 */
export function promotionIndex(
	fw: Framework
): { track: string; name: string; pairs: PromotionPair[] }[] {
	const withSentences = fw.tracks.filter((t) => fw.statements.some((s) => s.track === t.id));
	const tracks = withSentences.length > 0 ? withSentences : fw.tracks.slice(0, 1);
	return tracks
		.map((track) => ({
			track: track.id,
			name: track.name,
			pairs: fw.steps.slice(0, -1).flatMap((step, i) =>
				pairSaysSomething(fw, track.id, i)
					? [
							{
								ref: { framework: fw.id, track: track.id, step: step.id },
								label: `${stepName(step)} → ${stepName(fw.steps[i + 1]!)}`
							}
						]
					: []
			)
		}))
		.filter((t) => t.pairs.length > 0);
}
