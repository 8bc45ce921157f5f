// The nearest real cells for a comparison link's wrong cell: loaded on demand (it brings Fuse),
// only when a link names a cell that does not exist.
import { nearest } from '../frameworks/suggest';
import type { NavFramework } from '../frameworks/queries';
import type { CellRef } from './cell';
import { cellLabel, type SlotStatus } from './resolve';

export interface CellSuggestion {
	ref: CellRef;
	label: string;
}

function cell(fw: NavFramework, trackId?: string, stepId?: string): CellSuggestion | null {
	const track = fw.tracks.find((t) => t.id === trackId) ?? fw.tracks[0];
	const step = fw.steps.find((s) => s.id === stepId) ?? fw.steps[0];
	if (!track || !step) return null;
	return {
		ref: { framework: fw.id, track: track.id, step: step.id },
		label: cellLabel(fw, track.name, step)
	};
}

/** The number in a step's id or name ("level-9" → 9), if any. */
const numberIn = (text: string) => {
	const match = /(\d+)(?!.*\d)/.exec(text);
	return match ? Number(match[1]) : null;
};

/** The steps closest to a mistyped one: by number when it has one ("level-9" → Level 7), else by name. */
function nearestSteps(fw: NavFramework, word: string): string[] {
	const n = numberIn(word);
	const numbered = fw.steps.filter((s) => numberIn(s.id) !== null);
	if (n !== null && numbered.length > 0) {
		return [...numbered]
			.sort((a, b) => Math.abs(numberIn(a.id)! - n) - Math.abs(numberIn(b.id)! - n))
			.slice(0, 3)
			.map((s) => s.id);
	}
	return nearest(fw.steps, word, ['id', 'label', 'title']).map((s) => s.id);
}

/** Up to three cells close to what a wrong slot asked for. Never throws. */
export function suggestCells(
	status: Extract<SlotStatus, { ok: false }>,
	nav: readonly NavFramework[]
): CellSuggestion[] {
	const ref = status.slot.ref;
	// A value not written as a cell: read it as framework/track/step as far as it goes, when it
	// starts like one (a stray script or sentence suggests nothing).
	const parts = status.slot.raw.toLowerCase().replace(/^\/+/, '').split('/');
	if (!ref && !/^[a-z0-9-]+$/.test(parts[0] ?? '')) return [];
	// Two parts are most likely framework/step, the track left out.
	const words = parts.map((p) => p.trim()).slice(0, 3);
	const [fwWord = '', trackWord, stepWord] = ref
		? [ref.framework, ref.track, ref.step]
		: words.length === 2
			? [words[0], undefined, words[1]]
			: words;
	const exact = nav.find((f) => f.id === fwWord);
	const frameworks = exact ? [exact] : nearest(nav, fwWord, ['id', 'name', 'organisation']);
	const out: CellSuggestion[] = [];
	for (const fw of frameworks) {
		const trackIds =
			status.part === 'track' && trackWord
				? nearest(fw.tracks, trackWord, ['id', 'name']).map((t) => t.id)
				: [fw.tracks.find((t) => t.id === trackWord)?.id];
		const known = fw.steps.find((s) => s.id === stepWord)?.id;
		const stepIds = known ? [known] : stepWord ? nearestSteps(fw, stepWord) : [undefined];
		// A wrong step: its nearest steps; otherwise the asked step (or the nearest one) only.
		for (const t of trackIds.length > 0 ? trackIds : [undefined]) {
			for (const s of status.part === 'step' ? stepIds : stepIds.slice(0, 1)) {
				const c = cell(fw, t, s);
				if (c && !out.some((o) => o.label === c.label)) out.push(c);
			}
		}
	}
	return out.slice(0, 3);
}
