// "Did you mean": the nearest valid pages for a stale or mistyped link, from the navigation index.
// The basic build: plain fuzzy matching is all a suggestion needs (2 kB less than the full one).
import Fuse from 'fuse.js/basic';
import { cellHref, stepName, type NavFramework, type NavSkill } from './queries';
import { base } from '../base';
import { frameworkPath } from './paths';
import { quote } from '../url/quote';

export interface Suggestion {
	href: string;
	label: string;
}

export interface NotFoundHelp {
	/** What was not found, in words. */
	problem: string;
	suggestions: Suggestion[];
}

/** The items closest to a mistyped name (at most `limit`), best first. */
export function nearest<T>(items: readonly T[], query: string, keys: string[], limit = 3): T[] {
	const fuse = new Fuse(items, { keys, threshold: 0.45, ignoreLocation: true });
	const hits = fuse.search(query.replace(/[-_]+/g, ' ')).map((r) => r.item);
	return hits.slice(0, limit);
}

function safeDecode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

const frameworkLink = (fw: NavFramework): Suggestion => ({
	href: frameworkPath(fw.id),
	label: fw.name
});

/**
 * Explain what part of a path is unknown and offer the closest valid links. Never throws. The path is
 * the one within the site (without the base, see withoutBase); the links carry the base.
 */
export function helpForPath(
	pathname: string,
	index: readonly NavFramework[],
	skills: readonly NavSkill[] = []
): NotFoundHelp {
	// Every part of the link that is echoed is shortened (an overlong link stays readable).
	const segments = pathname
		.split('/')
		.filter(Boolean)
		.map((s) => quote(safeDecode(s)));
	const where =
		segments.length > 0 ? ` at ${base}/${quote(segments.join('/'))}` : ' at this address';
	if (segments[0] === 'skills' && segments.length > 1 && skills.length > 0) {
		return skillHelp(segments[1]!, skills);
	}
	if (segments[0] === 'levels' && segments.length > 1) {
		return {
			problem: `There is no common level “${segments[1]}”: the scale runs from P1 to P7.`,
			suggestions: [1, 2, 3, 4, 5, 6, 7].map((l) => ({
				href: `${base}/levels/p${l}`,
				label: `P${l} across every framework`
			}))
		};
	}
	if (segments[0] === 'compare' && segments.length > 1) {
		// /compare/<fw>/<track>/<step> is a cell against its next step: a real cell here is the last
		// step; otherwise the unknown part is named as for the cell.
		const [fwId, trackId, stepId] = segments.slice(1);
		const fw = index.find((f) => f.id === fwId);
		const track = fw?.tracks.find((t) => t.id === trackId);
		const at = fw?.steps.findIndex((s) => s.id === stepId) ?? -1;
		const chooser = { href: `${base}/compare`, label: 'Choose cells to compare' };
		if (fw && track && at !== -1 && segments.length === 4) {
			const step = fw.steps[at]!;
			const previous = fw.steps[at - 1];
			return {
				problem: `${stepName(step)} is the last step of ${fw.name}: there is no next step to compare it with.`,
				suggestions: [
					{ href: cellHref(fw.id, track.id, step.id), label: `${track.name} · ${stepName(step)}` },
					...(previous
						? [
								{
									href: `${base}/compare/${fw.id}/${track.id}/${previous.id}`,
									label: `${stepName(previous)} → ${stepName(step)}`
								}
							]
						: []),
					chooser
				]
			};
		}
		const cell = helpForPath(`/frameworks/${segments.slice(1).join('/')}`, index, skills);
		return {
			problem: cell.problem || `There is no comparison${where}.`,
			suggestions: [...cell.suggestions, chooser]
		};
	}
	if (segments[0] === 'quiz' && segments.length > 1) {
		return {
			problem: `There is no quiz${where}.`,
			suggestions: [{ href: `${base}/quiz`, label: 'Where am I? Choose a quiz' }]
		};
	}
	if (segments[0] !== 'frameworks' || segments.length === 1) {
		return { problem: `There is no page${where}.`, suggestions: index.map(frameworkLink) };
	}
	const [, fwId = '', trackId, stepId] = segments;
	const fw = index.find((f) => f.id === fwId);
	if (!fw) {
		const close = nearest(index, fwId, ['id', 'name', 'organisation']);
		return {
			problem: `There is no framework called “${fwId}”.`,
			suggestions: (close.length ? close : index).map(frameworkLink)
		};
	}
	if (trackId === undefined) return { problem: '', suggestions: [frameworkLink(fw)] };
	const track = fw.tracks.find((t) => t.id === trackId);
	if (!track) {
		const close = nearest(fw.tracks, trackId, ['id', 'name']);
		const step = fw.steps.find((s) => s.id === stepId) ?? fw.steps[0];
		return {
			problem: `${fw.name} has no track called “${trackId}”.`,
			suggestions: (close.length ? close : fw.tracks).map((t) => ({
				href: cellHref(fw.id, t.id, step?.id ?? ''),
				label: `${t.name}${step ? ` · ${step.label}` : ''}`
			}))
		};
	}
	const stepLinks = (steps: NavFramework['steps']) =>
		steps.map((s) => ({
			href: cellHref(fw.id, track.id, s.id),
			label: `${track.name} · ${stepName(s)}`
		}));
	if (stepId === undefined) {
		return { problem: `Choose a step of ${track.name}.`, suggestions: stepLinks(fw.steps) };
	}
	const step = fw.steps.find((s) => s.id === stepId);
	if (step && segments.length > 4) {
		// The cell exists: what follows it is the unknown part.
		return {
			problem: `${track.name} · ${stepName(step)} has no page below it: “${quote(segments.slice(4).join('/'))}” is not part of this site.`,
			suggestions: stepLinks([step])
		};
	}
	const close = nearest(fw.steps, stepId, ['id', 'label', 'title']);
	return {
		problem: `${fw.name} has no step called “${stepId}” in ${track.name}.`,
		suggestions: stepLinks(close.length ? close : fw.steps)
	};
}

/** A mistyped skill: the skills whose id, name or other names are close, else the skills page. */
function skillHelp(skillId: string, skills: readonly NavSkill[]): NotFoundHelp {
	const close = nearest(skills, skillId, ['id', 'name', 'aliases']);
	return {
		problem: `There is no skill called “${skillId}”.`,
		suggestions: close.length
			? close.map((s) => ({ href: `${base}/skills/${s.id}`, label: s.name }))
			: [{ href: `${base}/skills`, label: 'Every skill' }]
	};
}
