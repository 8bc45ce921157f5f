// One cell (framework × track × step) as the comparison reads it: its statements, dimensions and
// the proficiency of each skill at its step. Pure over a validated framework, so the build (for
// prerendered pages and the cell files) and the browser (for a framework imported there) make the
// same cell.
import type { Coverage, DimensionKind, Framework } from '../model/schema';
import { frameworkColor } from '../frameworks/palette';
import { cellHref, formatRange, stepName, stepPlacement } from '../frameworks/queries';

/** Where a cell is: the three ids of its page, `/frameworks/<framework>/<track>/<step>`. */
export interface CellRef {
	framework: string;
	track: string;
	step: string;
}

export interface CompareStatement {
	id: string;
	text: string;
	section?: string;
	perspective?: string;
	skills: string[];
	/** The statement on its cell page. */
	href: string;
}

export interface CompareDimension {
	id: string;
	kind: DimensionKind;
	label: string;
	text: string;
	years?: { min: number; max?: number };
}

export interface CompareCell {
	ref: CellRef;
	framework: {
		id: string;
		name: string;
		kind: Framework['kind'];
		color: string;
		/** The source document, for "statements verbatim with their source". */
		source: { title: string; url?: string; file: string };
	};
	track: { id: string; name: string };
	/** `name` is the step's label with its title: "Level 4 (Mid)". */
	step: { id: string; label: string; name: string; index: number; summary?: string };
	href: string;
	/** "P4–P5", or null; for a rating, where its role sits. */
	range: string | null;
	/** Set for a rating rubric's rating: the role it rates within. */
	role?: string;
	status: Coverage;
	/** What the source says in place of content ("N/A"). */
	sourceText?: string;
	/** The step this one repeats word for word (its name), and the data note that says so. */
	repeats?: { step: string; name: string; note?: string };
	dimensions: CompareDimension[];
	statements: CompareStatement[];
	/** Proficiency (0–6) of each skill the framework's growth curves give at this step. */
	proficiency: Record<string, number>;
	/** Names of the skills its statements and proficiencies name. */
	skillNames: Record<string, string>;
	/** The next step of the framework, when there is one. */
	next?: { step: string; name: string };
}

export const cellKey = (ref: CellRef) => `${ref.framework}/${ref.track}/${ref.step}`;

/** The cell, or null when the framework has no such track or step. */
export function compareCell(
	fw: Framework,
	skillNames: ReadonlyMap<string, string>,
	ref: Pick<CellRef, 'track' | 'step'>
): CompareCell | null {
	const track = fw.tracks.find((t) => t.id === ref.track);
	const index = fw.steps.findIndex((s) => s.id === ref.step);
	const step = fw.steps[index];
	if (!track || !step) return null;
	const coverage = track.steps.find((s) => s.step === step.id);
	const statements = fw.statements
		.filter((s) => s.track === track.id && s.step === step.id)
		.map((s) => ({
			id: s.id,
			text: s.text,
			...(s.section === undefined ? {} : { section: s.section }),
			...(s.perspective === undefined ? {} : { perspective: s.perspective }),
			skills: s.skills,
			href: cellHref(fw.id, track.id, step.id, s.id)
		}));
	const proficiency: Record<string, number> = {};
	for (const curve of fw.skills) {
		const point = curve.growth.find((p) => p.step === step.id);
		if (point) proficiency[curve.skill] = point.proficiency;
	}
	const names: Record<string, string> = {};
	for (const id of [...Object.keys(proficiency), ...statements.flatMap((s) => s.skills)]) {
		names[id] = skillNames.get(id) ?? id;
	}
	const rubric = fw.kind === 'rating-rubric';
	const same = step.common.sameAs ? fw.steps.find((s) => s.id === step.common.sameAs) : undefined;
	const note = same
		? fw.notes.find((n) => n.steps.includes(step.id) && n.steps.includes(same.id))
		: undefined;
	const next = fw.steps[index + 1];
	return {
		ref: { framework: fw.id, track: track.id, step: step.id },
		framework: {
			id: fw.id,
			name: fw.name,
			kind: fw.kind,
			color: frameworkColor(fw.id),
			source: {
				title: fw.source.title,
				file: fw.source.file,
				...(fw.source.url === undefined ? {} : { url: fw.source.url })
			}
		},
		track: { id: track.id, name: track.name },
		step: {
			id: step.id,
			label: step.label,
			name: stepName(step),
			index,
			...(step.summary === undefined ? {} : { summary: step.summary })
		},
		href: cellHref(fw.id, track.id, step.id),
		// A rating is not a level: it sits where its role sits.
		range: stepPlacement(step, track) ? formatRange(stepPlacement(step, track)) : null,
		...(rubric ? { role: track.name } : {}),
		status: coverage?.status ?? 'not-documented',
		...(coverage?.sourceText === undefined ? {} : { sourceText: coverage.sourceText }),
		...(same
			? { repeats: { step: same.id, name: stepName(same), ...(note ? { note: note.text } : {}) } }
			: {}),
		dimensions: step.dimensions.map((d) => ({
			id: d.id,
			kind: d.kind,
			label: d.label,
			text: d.text,
			...(d.years === undefined ? {} : { years: d.years })
		})),
		statements,
		proficiency,
		skillNames: names,
		...(next ? { next: { step: next.id, name: stepName(next) } } : {})
	};
}
