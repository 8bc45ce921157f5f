// The data notes a result shows: the quirks of the sources behind the step it suggests ("Level 7
// repeats Level 6", "the rubric is a rating"), so a person reads the suggestion with them. Built
// at build time, per step of the bank, because the suggestion is only known in the browser.
import type { Framework, Note, Track } from '../model/schema';
import { frameworkColor } from '../frameworks/palette';
import { frameworkPath } from '../frameworks/paths';
import { covers, placementOf, splitLead, stepName, stepPlacement } from '../frameworks/queries';
import type { Bank, Family } from './banks';

export interface QuizNote {
	/** `<framework>/<note>`: unique across frameworks. */
	id: string;
	framework: string;
	frameworkName: string;
	color: string;
	/** What the note is about, in words: "Level 6, Level 7", "every step". */
	about: string;
	/** The note's first sentence, shown first; `rest` is the remainder ('' when none). */
	lead: string;
	rest: string;
	/** The note among the framework's other notes. */
	href: string;
}

function view(fw: Framework, note: Note): QuizNote {
	const all = fw.steps.every((s) => note.steps.includes(s.id));
	const names = fw.steps.filter((s) => note.steps.includes(s.id)).map(stepName);
	return {
		id: `${fw.id}/${note.id}`,
		framework: fw.id,
		frameworkName: fw.name,
		color: frameworkColor(fw.id),
		about: all
			? fw.kind === 'rating-rubric'
				? 'every rating band'
				: 'every step'
			: names.join(', '),
		...splitLead(note.text),
		href: frameworkPath(fw.id, `note-${note.id}`)
	};
}

/** The notes about any of these steps, in the framework's order. */
function aboutSteps(fw: Framework, steps: readonly string[]): QuizNote[] {
	return fw.notes.filter((n) => n.steps.some((id) => steps.includes(id))).map((n) => view(fw, n));
}

/**
 * The notes of a family member at a common level: those about its steps placed there, or, for a
 * rating rubric whose role sits there, those about the rubric as a whole (a note about one rating
 * band says nothing about the level).
 */
function atLevel(fw: Framework, track: Track, level: number): QuizNote[] {
	if (fw.kind === 'rating-rubric') {
		if (!track.common || !covers(placementOf(track.common), level)) return [];
		return fw.notes
			.filter((n) => fw.steps.every((s) => n.steps.includes(s.id)))
			.map((n) => view(fw, n));
	}
	const here = fw.steps.filter((s) => covers(stepPlacement(s), level)).map((s) => s.id);
	return aboutSteps(fw, here);
}

/** Each bank step's notes, by step id: a track's own, or the family's at that common level. */
export function stepNotes(
	frameworks: readonly Framework[],
	bank: Pick<Bank, 'id' | 'kind' | 'steps'>,
	family: Family
): Record<string, QuizNote[]> {
	const notes: Record<string, QuizNote[]> = {};
	if (bank.kind === 'track') {
		const fw = frameworks.find((f) => f.id === bank.id.split('/')[0]);
		for (const step of bank.steps) notes[step.id] = fw ? aboutSteps(fw, [step.id]) : [];
		return notes;
	}
	for (const step of bank.steps) {
		const level = step.placement?.min;
		notes[step.id] = family.members.flatMap((member) => {
			const fw = frameworks.find((f) => f.id === member.framework);
			const track = fw?.tracks.find((t) => t.id === member.track);
			return fw && track && level !== undefined ? atLevel(fw, track, level) : [];
		});
	}
	return notes;
}

/** The notes of several steps (a suggestion the bank cannot split), each note once. */
export function notesOf(byStep: Record<string, QuizNote[]>, steps: readonly string[]): QuizNote[] {
	const unique = new Map<string, QuizNote>();
	for (const note of steps.flatMap((id) => byStep[id] ?? [])) unique.set(note.id, note);
	return [...unique.values()];
}
