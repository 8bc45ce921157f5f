// Pure queries over frameworks: what the pages show, computed from the validated data.
import type {
	CommonScale,
	Framework,
	Note,
	Skill,
	Statement,
	Step,
	Track,
	TrackStep
} from '../model/schema';
import { frameworkColor } from './palette';
import { cellPath, frameworkPath } from './paths';

/** The small index every page gets: enough for navigation and "did you mean" suggestions. */
export interface NavFramework {
	id: string;
	name: string;
	organisation: string;
	color: string;
	tracks: { id: string; name: string }[];
	steps: { id: string; label: string; title?: string }[];
}

export function navIndex(frameworks: readonly Framework[]): NavFramework[] {
	return frameworks.map((fw) => ({
		id: fw.id,
		name: fw.name,
		organisation: fw.organisation,
		color: frameworkColor(fw.id),
		tracks: fw.tracks.map((t) => ({ id: t.id, name: t.name })),
		steps: fw.steps.map((s) => ({
			id: s.id,
			label: s.label,
			...(s.title === undefined ? {} : { title: s.title })
		}))
	}));
}

/** A skill as the layout's index holds it: enough to suggest one for a mistyped link. */
export interface NavSkill {
	id: string;
	name: string;
	aliases: string[];
}

export function navSkills(skills: readonly Skill[]): NavSkill[] {
	return skills.map((s) => ({ id: s.id, name: s.name, aliases: s.aliases }));
}

/** A place on the common scale: one level (min = max) or a range. */
export interface Placement {
	min: number;
	max: number;
}

/** Where a step (or a rubric's role) sits, or null when it has no place on the common scale. */
export function placementOf(common: Pick<CommonScale, 'level' | 'to'>): Placement | null {
	if (common.level === null) return null;
	return { min: common.level, max: common.to ?? common.level };
}

/** Whether a placement covers a common level. */
export function covers(placement: Placement | null, level: number): boolean {
	return placement !== null && placement.min <= level && level <= placement.max;
}

/**
 * Where a step sits for cross-framework views: its own placement, or, for a rating band, where
 * its role (the track) sits.
 */
export function stepPlacement(step: Pick<Step, 'common'>, track?: Pick<Track, 'common'>) {
	return placementOf(step.common) ?? (track?.common ? placementOf(track.common) : null);
}

/** The span of a set of steps on the common scale ("P4–P7"), or null when none has a place. */
export function commonRange(
	steps: readonly Pick<Step, 'common'>[],
	tracks: readonly Pick<Track, 'common'>[] = []
): Placement | null {
	const placed = [...steps.map((s) => s.common), ...tracks.flatMap((t) => t.common ?? [])]
		.map(placementOf)
		.filter((p): p is Placement => p !== null);
	if (placed.length === 0) return null;
	return {
		min: Math.min(...placed.map((p) => p.min)),
		max: Math.max(...placed.map((p) => p.max))
	};
}

/** "P2–P3", "P4", or "not on the common scale". */
export function formatRange(range: Placement | null): string {
	if (!range) return 'not on the common scale';
	return range.min === range.max ? `P${range.min}` : `P${range.min}–P${range.max}`;
}

export function stepName(step: Pick<Step, 'label' | 'title'>): string {
	return step.title ? `${step.label} (${step.title})` : step.label;
}

export interface StatementGroup {
	perspective?: string;
	section?: string;
	statements: Statement[];
}

/** A cell's statements grouped by perspective, then section, in source order. */
export function groupStatements(statements: readonly Statement[]): StatementGroup[] {
	const groups: StatementGroup[] = [];
	for (const s of statements) {
		const last = groups.at(-1);
		if (last && last.perspective === s.perspective && last.section === s.section) {
			last.statements.push(s);
		} else {
			groups.push({ perspective: s.perspective, section: s.section, statements: [s] });
		}
	}
	return groups;
}

export function cellStatements(fw: Framework, trackId: string, stepId: string): Statement[] {
	return fw.statements.filter((s) => s.track === trackId && s.step === stepId);
}

export function trackStep(track: Track, stepId: string): TrackStep | undefined {
	return track.steps.find((s) => s.step === stepId);
}

/** The previous and next steps along the framework's order. */
export function neighbours(fw: Framework, stepId: string): { previous?: Step; next?: Step } {
	const i = fw.steps.findIndex((s) => s.id === stepId);
	if (i === -1) return {};
	return { previous: fw.steps[i - 1], next: fw.steps[i + 1] };
}

/**
 * Notes that concern one cell: those that name one of its statements, and those about steps or
 * tracks whose every named step and track matches the cell (an empty list matches any).
 */
export function notesFor(
	fw: Framework,
	where: { track?: string; step?: string; statements?: readonly string[] }
): Note[] {
	const ids = new Set(where.statements ?? []);
	const matches = (names: readonly string[], value: string | undefined) =>
		names.length === 0 || (value !== undefined && names.includes(value));
	return fw.notes.filter(
		(n) =>
			n.statements.some((id) => ids.has(id)) ||
			((n.steps.length > 0 || n.tracks.length > 0) &&
				matches(n.steps, where.step) &&
				matches(n.tracks, where.track))
	);
}

/** The page of one cell, optionally at a statement or dimension anchor. */
export function cellHref(framework: string, track: string, step: string, anchor?: string): string {
	return cellPath(framework, track, step, anchor);
}

/** The track whose page a step opens at: the first that documents the step, else the first. */
export function trackForStep(fw: Framework, stepId: string): Track {
	return (
		fw.tracks.find((t) => t.steps.some((s) => s.step === stepId && s.status === 'defined')) ??
		fw.tracks[0]!
	);
}

/** The first step a track documents, if any. */
export function firstDocumentedStep(track: Track): string | undefined {
	return track.steps.find((s) => s.status === 'defined')?.step;
}

/** Where a piece of evidence (a statement or a step dimension) can be read. */
export function evidenceHref(fw: Framework, id: string): string {
	const statement = fw.statements.find((s) => s.id === id);
	if (statement) return cellHref(fw.id, statement.track, statement.step, id);
	const step = fw.steps.find((s) => s.dimensions.some((d) => d.id === id));
	if (!step) return frameworkPath(fw.id);
	return cellHref(fw.id, trackForStep(fw, step.id).id, step.id, id);
}

/** A data note as the pages show it: what it is about, in words, and links to its statements. */
export interface NoteView {
	id: string;
	text: string;
	about: string[];
	/** The sentences it concerns, by their text (never bare ids). */
	statements: { id: string; href: string; text: string }[];
}

export function noteView(fw: Framework, note: Note): NoteView {
	return {
		id: note.id,
		text: note.text,
		about: [
			...note.steps.map((id) => {
				const step = fw.steps.find((s) => s.id === id);
				return step ? stepName(step) : id;
			}),
			...note.tracks.map((id) => fw.tracks.find((t) => t.id === id)?.name ?? id)
		],
		statements: note.statements.map((id) => ({
			id,
			href: evidenceHref(fw, id),
			text: citedText(fw, id)
		}))
	};
}

/** A placement as the pages show it: where, why, and the sentences it rests on. */
export interface PlacementView {
	/** "P2–P3", or null when not on the common scale. */
	range: string | null;
	basis: string;
	evidence: { id: string; text: string; href: string }[];
	/** The step this one repeats word for word, when it does. */
	sameAs?: { label: string; href: string };
}

function citedText(fw: Framework, id: string): string {
	const statement = fw.statements.find((s) => s.id === id);
	if (statement) return statement.text;
	const dimension = fw.steps.flatMap((s) => s.dimensions).find((d) => d.id === id);
	return dimension ? `${dimension.label}: ${dimension.text}` : id;
}

export function placementView(fw: Framework, common: CommonScale): PlacementView {
	const same = common.sameAs ? fw.steps.find((s) => s.id === common.sameAs) : undefined;
	return {
		range: placementOf(common) ? formatRange(placementOf(common)) : null,
		basis: common.basis,
		evidence: common.evidence.map((id) => ({
			id,
			text: citedText(fw, id),
			href: evidenceHref(fw, id)
		})),
		...(same
			? {
					sameAs: {
						label: stepName(same),
						href: cellHref(fw.id, trackForStep(fw, same.id).id, same.id)
					}
				}
			: {})
	};
}

/** Where a rating rubric's role sits, for the pages of its ratings; null for a ladder. */
export function rolePlacement(
	fw: Framework,
	track: Track
): (PlacementView & { role: string }) | null {
	if (fw.kind !== 'rating-rubric' || !track.common) return null;
	return { role: track.name, ...placementView(fw, track.common) };
}

/**
 * A note's first sentence and the rest, to show the first and the rest on demand: a sentence ends
 * at ".", "!" or "?" (and a closing quote) before a capital, an opening quote or a bracket;
 * "e.g.", "i.e.", "etc." and "cf." do not end one.
 */
export function splitLead(text: string): { lead: string; rest: string } {
	const end = /[.!?][”"’)]?\s+(?=[A-Z“"(])/g;
	for (const match of text.matchAll(end)) {
		const before = text.slice(0, match.index + 1);
		if (/\b(?:e\.g|i\.e|etc|cf)\.$/i.test(before)) continue;
		const cut = match.index + match[0].trimEnd().length;
		return { lead: text.slice(0, cut), rest: text.slice(cut).trim() };
	}
	return { lead: text, rest: '' };
}
