// What the /import page shows of a framework before it is saved, and the light curation it allows:
// pure functions over the framework file (no schema code), table-tested.
import type { FrameworkInput, Step, TrackFamily } from '../model/schema';
import { SENIORITY_WORDS, parseLevels } from '../search/levels';

/** Statements per step and track: the preview's table. */
export interface PreviewTable {
	steps: { id: string; label: string }[];
	tracks: { id: string; name: string; family: string }[];
	/** `counts[step][track]`: statements there; null when the track does not have the step. */
	counts: (number | null)[][];
	total: number;
}

export function previewTable(fw: FrameworkInput): PreviewTable {
	const statements = fw.statements ?? [];
	const counts = fw.steps.map((step) =>
		fw.tracks.map((track) =>
			track.steps.some((s) => s.step === step.id)
				? statements.filter((s) => s.track === track.id && s.step === step.id).length
				: null
		)
	);
	return {
		steps: fw.steps.map((s) => ({
			id: s.id,
			label: s.title ? `${s.label} · ${s.title}` : s.label
		})),
		tracks: fw.tracks.map((t) => ({ id: t.id, name: t.name, family: t.family })),
		counts,
		total: statements.length
	};
}

/** One step's place as the form edits it: "" for not placed. */
export interface PlacementChoice {
	level: string;
	to: string;
	basis: string;
}

/** Why a placement choice cannot be saved, or null. The reason is required, as for bundled data. */
export function placementProblem(choice: PlacementChoice): string | null {
	if (!choice.basis.trim()) return 'say why it sits there (the reason is shown beside it)';
	if (choice.to && !choice.level) return 'a range needs its lowest level too';
	if (choice.to && Number(choice.to) <= Number(choice.level))
		return 'the top of a range must be above its lowest level';
	return null;
}

export interface Curation {
	name: string;
	organisation: string;
	placements: Record<string, PlacementChoice>;
	families: Record<string, TrackFamily>;
}

/**
 * A suggestion for a step the file left unplaced, from a seniority word in its name ("Senior
 * Engineer": P4–P5), as the reference framework uses the word; null when its name has none, or
 * several that disagree. Only a suggestion: the reason says to check it against the content.
 */
export function suggestFromName(step: Pick<Step, 'label' | 'title'>): PlacementChoice | null {
	const name = step.title ? `${step.label} ${step.title}` : step.label;
	const words = parseLevels(name).phrases.filter((p) =>
		SENIORITY_WORDS.some((w) => w.words.includes(p.text.toLowerCase().replace(/[- ]level$/, '')))
	);
	if (words.length === 0) return null;
	const [from, to] = words[0]!.range;
	if (words.some((w) => w.range[0] !== from || w.range[1] !== to)) return null;
	const entry = SENIORITY_WORDS.find((w) => w.range[0] === from && w.range[1] === to)!;
	const range = from === to ? `P${from}` : `P${from}–P${to}`;
	return {
		level: String(from),
		to: to > from ? String(to) : '',
		basis: `Suggested from the word “${words[0]!.text}” in its name: the reference framework puts it at ${range} (${entry.basis}). Check it against what the level says.`
	};
}

/** The form's starting values: what the file says (the importer's suggestions included). */
export function curationOf(fw: FrameworkInput): Curation {
	return {
		name: fw.name,
		organisation: fw.organisation,
		placements: Object.fromEntries(
			fw.steps.map((s) => [
				s.id,
				s.common.level === null && s.common.sameAs === undefined
					? (suggestFromName(s) ?? { level: '', to: '', basis: s.common.basis })
					: {
							level: String(s.common.level ?? ''),
							to: s.common.to === undefined ? '' : String(s.common.to),
							basis: s.common.basis
						}
			])
		),
		families: Object.fromEntries(fw.tracks.map((t) => [t.id, t.family]))
	};
}

/** The framework with the person's curation applied (a new object; the input is not changed). */
export function applyCuration(fw: FrameworkInput, c: Curation): FrameworkInput {
	return {
		...fw,
		name: c.name.trim(),
		organisation: c.organisation.trim(),
		steps: fw.steps.map((s) => {
			const p = c.placements[s.id];
			if (!p) return s;
			const level = p.level ? Number(p.level) : null;
			const to = p.to && level !== null ? Number(p.to) : undefined;
			const moved = level !== s.common.level || to !== s.common.to;
			const common = { ...s.common, level, basis: p.basis.trim() };
			if (to === undefined) delete common.to;
			else common.to = to;
			// Evidence cited for another placement no longer backs the one chosen here.
			if (moved) common.evidence = [];
			return { ...s, common };
		}),
		tracks: fw.tracks.map((t) => ({ ...t, family: c.families[t.id] ?? t.family }))
	};
}
