// Which of a comparison link's cells exist, and for those that do not, which part is unknown.
// Against the small navigation index every page has; no fuzzy search here (see ./suggest-cell,
// loaded only when a link is wrong).
import { stepName, type NavFramework } from '../frameworks/queries';
import type { CellSlot } from '../url/compare-view';
import type { CellRef } from './cell';

export type UnknownPart = 'format' | 'framework' | 'track' | 'step';

export type SlotStatus =
	| {
			slot: CellSlot;
			ok: true;
			ref: CellRef;
			label: string;
			names: { framework: string; track: string; step: string };
	  }
	| { slot: CellSlot; ok: false; part: UnknownPart; problem: string };

/** "Cell A", as the page names a parameter. */
export const slotName = (slot: CellSlot) => `Cell ${slot.param.toUpperCase()}`;

export function resolveSlot(slot: CellSlot, nav: readonly NavFramework[]): SlotStatus {
	const name = slotName(slot);
	if (!slot.ref) {
		return {
			slot,
			ok: false,
			part: 'format',
			problem: `${name} (“${slot.raw}”) is not a cell: a cell is written framework/track/step, e.g. platform-engineer/platform-engineer/level-5.`
		};
	}
	const { framework, track, step } = slot.ref;
	const fw = nav.find((f) => f.id === framework);
	if (!fw) {
		return {
			slot,
			ok: false,
			part: 'framework',
			problem: `${name}: there is no framework called “${framework}”.`
		};
	}
	const t = fw.tracks.find((x) => x.id === track);
	if (!t) {
		return {
			slot,
			ok: false,
			part: 'track',
			problem: `${name}: ${fw.name} has no track called “${track}”.`
		};
	}
	const s = fw.steps.find((x) => x.id === step);
	if (!s) {
		return {
			slot,
			ok: false,
			part: 'step',
			problem: `${name}: ${fw.name} has no step called “${step}”.`
		};
	}
	return {
		slot,
		ok: true,
		ref: slot.ref,
		label: cellLabel(fw, t.name, s),
		names: { framework: fw.name, track: t.name, step: stepName(s) }
	};
}

/** "Platform Engineer Track: Platform Engineer · Level 5". */
export function cellLabel(
	fw: Pick<NavFramework, 'name'>,
	track: string,
	step: NavFramework['steps'][number]
): string {
	return `${fw.name}: ${track} · ${stepName(step)}`;
}

/** A page title for known cells: "Platform Engineer: Level 5 → Level 6", or each cell in full. */
export function comparisonTitle(known: readonly Extract<SlotStatus, { ok: true }>[]): string {
	const [first] = known;
	if (!first) return 'Compare steps';
	const oneTrack = known.every(
		(k) => k.ref.framework === first.ref.framework && k.ref.track === first.ref.track
	);
	if (oneTrack) return `${first.names.track}: ${known.map((k) => k.names.step).join(' → ')}`;
	return known.map((k) => `${k.names.track} · ${k.names.step}`).join(' → ');
}
