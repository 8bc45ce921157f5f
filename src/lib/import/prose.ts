// Prose as statements: a paragraph split into its sentences, and "Label: text" lead-ins.
import { clean } from './labels';

/** A sentence ends at ".", "!" or "?" followed by a space and a capital, a digit, a quote or a bracket. */
const BOUNDARY = /(?<=[.!?])\s+(?=[A-Z0-9"“‘'(])/;
/** Text before a boundary that makes the boundary doubtful: an abbreviation or an initial. */
const ABBREVIATION =
	/(?:^|[\s(.])(?:e\.g|i\.e|etc|vs|cf|approx|incl|esp|resp|viz|al|Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|No|Nos|Fig|Vol|p|pp|[A-Z])\.$/;

/**
 * The sentences of a paragraph. When a boundary is doubtful ("e.g. Design", "U.S. teams"), the
 * paragraph stays whole: one statement that holds every sentence, rather than a sentence cut in two.
 */
export function sentences(paragraph: string): string[] {
	const text = clean(paragraph);
	const parts = text.split(BOUNDARY);
	if (parts.length < 2) return text ? [text] : [];
	for (let i = 0; i < parts.length - 1; i++) {
		if (ABBREVIATION.test(parts[i] ?? '')) return [text];
	}
	return parts;
}

/**
 * "Impact: Delivers projects…", "**Scope**:" → "Impact", "Scope": a short label (up to five words,
 * starting with a capital) before a colon. Undefined when the text has none.
 */
export function leadLabel(text: string): string | undefined {
	const m = /^([^:.!?;,()]{1,48}?)\s*:(?:\s|$)/.exec(clean(text));
	const label = m?.[1]?.trim();
	if (!label || !/^[\p{Lu}\p{N}]/u.test(label)) return undefined;
	if (label.split(/\s+/).length > 5 || /\d$/.test(label)) return undefined;
	return label;
}

/** A section name as written, without the decoration around it (emoji, trailing colon, stray "**"). */
export function sectionName(text: string): string {
	return clean(text)
		.replace(/^[^\p{L}\p{N}"“(]+/u, '')
		.replace(/[\s*_:]+$/, '')
		.trim();
}
