// Shape: a plain-text performance-rating rubric for one role. "Level N" then the rating's name,
// then bands (Low / Mid / High), each optionally split by perspective (Individual / Business
// Impact), each with named lists (Impact, Examples, …) of "•" bullets. Every band is a step.
import type { Draft, DraftStep } from './draft';
import { clean } from './labels';

const LEVEL = /^Level\s+(\d{1,2})$/i;
const BAND = /^(?:Low|Mid|Middle|High)$/i;
const PERSPECTIVE = /^(?:Individual|Business Impact|Team|Organi[sz]ation|Customer)$/i;
const BULLET = /^\s*(?:[•●▪‣◦*-]|\d{1,3}[.)])\s+(.*)$/;

const BAND_ON_COMMON_SCALE = {
	level: null,
	basis:
		'A rating band of one role, not a career level: the importer cannot tell where the role sits on the common scale; needs review.'
};

/** "Level N", a rating name, then a band line: the rubric's opening. */
export function looksLikeRatingRubric(text: string): boolean {
	return /^[ \t]*Level\s+\d{1,2}[ \t]*\r?\n[ \t]*\S[^\n]*\r?\n[ \t]*(?:Low|Mid|Middle|High)[ \t]*$/im.test(
		text
	);
}

export function readRatingRubric(text: string, draft: Draft): void {
	draft.kind = 'rating-rubric';
	const preamble: string[] = [];
	let pending: { number: number; line: string } | undefined;
	let rating: { number: number; name: string } | undefined;
	let step: DraftStep | undefined;
	let perspective: string | undefined;
	let section: string | undefined;

	for (const [i, raw] of text.split(/\r?\n/).entries()) {
		const t = clean(raw);
		const line = i + 1;
		if (!t) continue;
		const bullet = BULLET.exec(raw);
		const level = LEVEL.exec(t);
		if (pending) {
			// The line after "Level N" names the rating.
			if (bullet || level || BAND.test(t)) {
				draft.fail(
					line,
					`expected the rating's name (such as "Unsatisfactory") after "${pending.line}"`
				);
				return;
			}
			rating = { number: pending.number, name: t };
			pending = undefined;
		} else if (bullet) {
			if (!step) {
				draft.fail(
					line,
					'a bullet outside any band (expected "Level 1", its name and "Low" above it)'
				);
			} else if (!section) {
				draft.fail(line, 'a bullet outside any list (expected a line such as "Impact" above it)');
			} else {
				draft.statement(step, bullet[1] ?? '', {
					line,
					section,
					perspective,
					idParts: perspective ? [perspective, section] : [section]
				});
			}
		} else if (level) {
			pending = { number: Number(level[1]), line: t };
			step = undefined;
		} else if (BAND.test(t)) {
			if (!rating) {
				draft.fail(line, 'a band outside any rating (expected "Level 1" and its name above it)');
				return;
			}
			step = draft.step(
				{ label: `Level ${rating.number} · ${t}`, title: rating.name, number: null },
				line,
				{ id: `${rating.name} ${t}`, common: BAND_ON_COMMON_SCALE }
			);
			perspective = undefined;
			section = undefined;
		} else if (!rating) preamble.push(t);
		else if (!step) {
			draft.fail(
				line,
				`expected a band ("Low", "Mid" or "High") after the rating "${rating.name}"`
			);
			return;
		} else if (PERSPECTIVE.test(t)) {
			perspective = t;
			section = undefined;
		} else section = t;
	}
	if (pending) draft.fail(1, `expected the rating's name after the last "${pending.line}"`);

	// "Role" / "Senior Platform Engineer": a label and the name of the role.
	const [first, ...rest] = preamble;
	if (rest.length) {
		draft.addContext(first ?? '', rest.join(' '));
		draft.name = rest.join(' ');
		draft.title = draft.name;
	} else if (first) {
		draft.name = first;
		draft.title = first;
	}
}
