// Every findable thing in the bundled frameworks as a search document: statements, skills, steps,
// tracks, frameworks and data notes, each with where it sits and where opening it goes.
import { base } from '../base';
import type { Framework, Skill, Step, Track } from '../model/schema';
import { FRAMEWORK_KIND_LABELS } from '../frameworks/labels';
import { frameworkPath } from '../frameworks/paths';
import {
	cellHref,
	commonRange,
	firstDocumentedStep,
	formatRange,
	stepName,
	stepPlacement,
	trackForStep
} from '../frameworks/queries';
import type { SearchDoc } from './types';

/** The step a track opens at: its first documented step, else its first, else the framework's. */
function stepForTrack(fw: Framework, track: Track): string {
	return firstDocumentedStep(track) ?? track.steps[0]?.step ?? fw.steps[0]!.id;
}

/** The levels a set of steps (or, for a rubric's ratings, their roles) covers. */
function span(
	steps: readonly Pick<Step, 'common'>[],
	tracks: readonly Pick<Track, 'common'>[] = []
): [number, number] | null {
	const range = commonRange(steps, tracks);
	return range ? [range.min, range.max] : null;
}

/** A step's levels: its own range, else (a rating) where its role sits. */
function at(step: Step, track?: Track): [number, number] | null {
	const p = stepPlacement(step, track);
	return p ? [p.min, p.max] : null;
}

/** `skillNames`: skill id → name, for the statements' skill tags. */
export function frameworkDocs(
	fw: Framework,
	skillNames: ReadonlyMap<string, string> = new Map()
): SearchDoc[] {
	const steps = new Map(fw.steps.map((s) => [s.id, s]));
	const tracks = new Map(fw.tracks.map((t) => [t.id, t]));
	const docs: SearchDoc[] = [
		{
			key: `framework:${fw.id}`,
			kind: 'framework',
			title: fw.name,
			aliases: [fw.organisation],
			skills: [],
			text: fw.description ? [fw.description] : [],
			framework: fw.id,
			track: null,
			step: null,
			levels: span(fw.steps, fw.tracks),
			context: `${fw.organisation} · ${FRAMEWORK_KIND_LABELS[fw.kind]}`,
			href: frameworkPath(fw.id)
		}
	];
	for (const track of fw.tracks) {
		const defined = track.steps
			.filter((s) => s.status === 'defined')
			.map((s) => steps.get(s.step)!);
		docs.push({
			key: `track:${fw.id}:${track.id}`,
			kind: 'track',
			title: track.name,
			aliases: [],
			skills: [],
			text: track.description ? [track.description] : [],
			framework: fw.id,
			track: track.id,
			step: null,
			levels: span(defined.length ? defined : fw.steps, [track]),
			context: fw.name,
			href: cellHref(fw.id, track.id, stepForTrack(fw, track))
		});
	}
	for (const step of fw.steps) {
		const track = trackForStep(fw, step.id);
		docs.push({
			key: `step:${fw.id}:${step.id}`,
			kind: 'step',
			title: stepName(step),
			aliases: [],
			skills: [],
			text: [...(step.summary ? [step.summary] : []), ...step.dimensions.map((d) => d.text)],
			framework: fw.id,
			track: null,
			step: step.id,
			levels: at(step, track),
			context: at(step, track)
				? `${fw.name} · ${formatRange(stepPlacement(step, track))}`
				: fw.name,
			href: cellHref(fw.id, track.id, step.id)
		});
	}
	for (const s of fw.statements) {
		const step = steps.get(s.step)!;
		docs.push({
			key: `statement:${fw.id}:${s.id}`,
			kind: 'statement',
			title: '',
			aliases: [],
			skills: s.skills.map((id) => skillNames.get(id) ?? id),
			text: [s.text],
			framework: fw.id,
			track: s.track,
			step: s.step,
			levels: at(step, tracks.get(s.track)),
			context: [tracks.get(s.track)!.name, stepName(step), s.perspective, s.section]
				.filter(Boolean)
				.join(' · '),
			href: cellHref(fw.id, s.track, s.step, s.id)
		});
	}
	for (const note of fw.notes) {
		const about = note.steps.map((id) => steps.get(id)!);
		docs.push({
			key: `note:${fw.id}:${note.id}`,
			kind: 'note',
			title: '',
			aliases: [],
			skills: [],
			text: [note.text],
			framework: fw.id,
			track: note.tracks.length === 1 ? note.tracks[0]! : null,
			step: note.steps.length === 1 ? note.steps[0]! : null,
			levels: span(about),
			context: fw.name,
			href: frameworkPath(fw.id, `note-${note.id}`)
		});
	}
	return docs;
}

export function skillDoc(skill: Skill, frameworks: readonly Framework[]): SearchDoc {
	const having = frameworks.filter((fw) => fw.skills.some((s) => s.skill === skill.id));
	return {
		key: `skill:${skill.id}`,
		kind: 'skill',
		title: skill.name,
		aliases: skill.aliases,
		text: [skill.description],
		skills: [],
		framework: null,
		track: null,
		step: null,
		levels: null,
		frameworks: having.map((fw) => fw.id),
		context:
			having.length === 0
				? 'No framework has a growth curve for it yet'
				: `Growth curve in ${having.length} framework${having.length === 1 ? '' : 's'}`,
		href: `${base}/skills/${skill.id}`
	};
}

/** The whole corpus: skills first (they are what people most often look for), then each framework. */
export function searchDocs(
	frameworks: readonly Framework[],
	skills: readonly Skill[]
): SearchDoc[] {
	const names = new Map(skills.map((s) => [s.id, s.name]));
	return [
		...skills.map((s) => skillDoc(s, frameworks)),
		...frameworks.flatMap((fw) => frameworkDocs(fw, names))
	];
}
