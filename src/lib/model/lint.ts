// Curation warnings: rules a machine can check about whether placements and growth points rest on
// what the source says. Unlike validation problems they do not make a file invalid; each one asks
// for a fix or a data note that explains it.
import type { Framework, Step } from './schema';
import type { Problem } from './validate';

/** Sections that say what comes next (signals) or what tempers a rating (dampeners). */
const FORWARD_OR_MITIGATING = /^(?:progression signals?|dampeners?)$/i;

function normalised(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function sameKey(a: number[], b: number[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

function placementKey(step: Step): number[] {
	const { level, to } = step.common;
	return level === null ? [] : [level, to ?? level];
}

/** Every curation warning for one framework, `file: json.path: message` like validation. */
export function lintFramework(fw: Framework, file: string): Problem[] {
	const warnings: Problem[] = [];
	const warn = (path: string, message: string) => warnings.push({ file, path, message });
	const statementById = new Map(fw.statements.map((s) => [s.id, s]));
	const explained = (skill: string, step: string) =>
		fw.notes.some((n) => n.steps.includes(step) && n.skills.includes(skill));

	fw.skills.forEach((curve, i) => {
		let previous: { proficiency: number; step: string } | undefined;
		curve.growth.forEach((point, j) => {
			const at = `$.skills[${i}].growth[${j}]`;
			const cited = point.evidence.map((id) => statementById.get(id));
			if (
				cited.length > 0 &&
				cited.every((s) => s?.section !== undefined && FORWARD_OR_MITIGATING.test(s.section))
			) {
				warn(
					`${at}.evidence`,
					`"${curve.skill}" at "${point.step}" rests only on Progression Signal or Dampener statements (what comes next, or what tempers a rating); cite what the step describes`
				);
			}
			if (
				previous &&
				point.proficiency < previous.proficiency &&
				!explained(curve.skill, point.step)
			) {
				warn(
					`${at}.proficiency`,
					`"${curve.skill}" falls from ${previous.proficiency} at "${previous.step}" to ${point.proficiency} at "${point.step}" with no data note naming this skill and step`
				);
			}
			previous = { proficiency: point.proficiency, step: point.step };
		});
	});

	// Steps whose statements (per track) are the same word for word must sit in the same place.
	const textsOf = (stepId: string) =>
		fw.statements
			.filter((s) => s.step === stepId)
			.map((s) => `${s.track}\u0000${normalised(s.text)}`)
			.sort()
			.join('\n');
	const seen = new Map<string, Step>();
	fw.steps.forEach((step, i) => {
		const texts = textsOf(step.id);
		if (texts === '') return;
		const original = seen.get(texts);
		if (!original) {
			seen.set(texts, step);
			return;
		}
		if (!sameKey(placementKey(original), placementKey(step))) {
			warn(
				`$.steps[${i}].common`,
				`"${step.id}" repeats "${original.id}" word for word but sits elsewhere on the common scale; place it where "${original.id}" sits (and say so with "sameAs")`
			);
		} else if (step.common.sameAs !== original.id) {
			warn(
				`$.steps[${i}].common.sameAs`,
				`"${step.id}" repeats "${original.id}" word for word; say so with "sameAs": "${original.id}"`
			);
		}
	});

	if (fw.kind === 'rating-rubric') {
		fw.steps.forEach((step, i) => {
			if (step.common.level !== null) {
				warn(
					`$.steps[${i}].common.level`,
					`"${step.id}" is a rating within a role, not a level: place the role (its track's "common") and leave ratings off the scale`
				);
			}
		});
		fw.tracks.forEach((track, i) => {
			const described = track.steps.some((s) => s.status === 'defined');
			if (described && !track.common) {
				warn(
					`$.tracks[${i}].common`,
					`the role "${track.id}" is described but not placed on the common scale`
				);
			}
		});
	}

	return warnings;
}
