// What a heading or table label says about being a level: a code ("IC2", "Level 3", "Milestone 1",
// "Engineer II"), a seniority or role word ("Junior", "Staff", "Engineer"), or signs that it is
// not one (a question, "Introduction", a plural such as "Levels"). This is evidence only: the
// structure readers decide what is a level from siblings that repeat a pattern and carry content.
import { clean, slugify, type LevelLabel } from './labels';

export interface LevelCode {
	/** The words or letters before the number, lowercase: "ic", "level", "milestone", "engineer". */
	prefix: string;
	number: number;
	/** Where the code is in the label. */
	start: number;
	end: number;
}

export interface LabelShape {
	text: string;
	code?: LevelCode;
	/** More than one level number ("IC1 - IC6"): a range of levels, not one. */
	range: boolean;
	/** A seniority word: Junior, Senior, Staff, Principal, Director… */
	rank: boolean;
	/** A role noun in the singular: Engineer, Developer, Manager… */
	role: boolean;
	/** Names several things ("Levels", "Engineers", "Tracks"). */
	plural: boolean;
	/** A question or a word that introduces or navigates rather than names a level. */
	negative: boolean;
}

const ROMAN: Record<string, number> = {
	I: 1,
	II: 2,
	III: 3,
	IV: 4,
	V: 5,
	VI: 6,
	VII: 7,
	VIII: 8,
	IX: 9,
	X: 10
};

const RANK =
	/\b(?:intern|apprentice|trainee|graduate|entry|junior|jr|associate|intermediate|mid|middle|senior|sr|staff|principal|distinguished|fellow|lead|head|director|vp|chief|cto|executive|expert|master|novice|beginner|advanced|practitioner|specialist)\b/i;
const ROLE =
	/\b(?:engineer|developer|programmer|architect|manager|scientist|analyst|designer|consultant|administrator|technician|contributor|tester|officer|lead|director|operator|researcher|writer|coordinator|strategist|advocate)\b/i;
const PLURAL =
	/\b(?:engineers|developers|programmers|managers|levels|tracks|roles|ladders|competencies|grades|bands|milestones|stages|paths|contributors)\b/i;
const NEGATIVE_START =
	/^(?:about|introduction|intro|overview|how|what|why|when|where|who|which|contents|table of contents|faq|references|resources|links|other|see also|related|glossary|notes|changelog|licen[cs]e|contributing|feedback|background|purpose|principles|values|all|appendix|examples?|definitions|terminology|footnotes|acknowledg|credits|summary|getting started|usage|installation)\b/i;

/** Letters glued to a number ("IC2", "L-3", "P7") or a word and a number ("Level 3", "SRE 1"). */
const GLUED = /(?<![\w-])([A-Za-z]{1,4})-?(\d{1,2})(?![A-Za-z0-9]|[.,]\d)/g;
const SPACED = /(?<![\w-])([A-Za-z][\w&/]*)\s+(\d{1,2})(?![\w.,]?\d)(?!\s*(?:%|years?|yrs?)\b)/g;
const ROMAN_AFTER_WORD = /(?<=[A-Za-z][\w&/]*\s+)(I{1,3}|IV|VI{0,3}|IX|X)(?=\s*(?:$|[-–—:|(),]))/g;

function codesIn(text: string): LevelCode[] {
	const codes: LevelCode[] = [];
	for (const pattern of [GLUED, SPACED]) {
		for (const m of text.matchAll(pattern)) {
			codes.push({
				prefix: (m[1] ?? '').toLowerCase(),
				number: Number(m[2]),
				start: m.index,
				end: m.index + m[0].length
			});
		}
	}
	// "1. Junior Developer": a numbered heading counts its levels.
	const ordinal = /^(\d{1,2})[.)](?=\s)/.exec(text);
	if (ordinal) {
		codes.push({ prefix: '#', number: Number(ordinal[1]), start: 0, end: ordinal[0].length });
	}
	for (const m of text.matchAll(ROMAN_AFTER_WORD)) {
		const before = /([A-Za-z][\w&/]*)\s+$/.exec(text.slice(0, m.index))?.[1] ?? '';
		codes.push({
			prefix: before.toLowerCase(),
			number: ROMAN[m[1] ?? ''] ?? 0,
			start: m.index - before.length - 1,
			end: m.index + m[0].length
		});
	}
	return codes.sort((a, b) => a.start - b.start);
}

const shapes = new Map<string, LabelShape>();

/** The shape of one label; see LabelShape. */
export function labelShape(raw: string): LabelShape {
	const known = shapes.get(raw);
	if (known) return known;
	if (shapes.size > 5000) shapes.clear();
	const shape = computeShape(raw);
	shapes.set(raw, shape);
	return shape;
}

function computeShape(raw: string): LabelShape {
	const text = clean(raw).replace(/[*_]+$/, '');
	const codes = codesIn(text);
	const numbers = new Set(codes.map((c) => c.number));
	const words = text.replace(/[^\p{L}\p{N}\s?]/gu, ' ');
	return {
		text,
		...(codes[0] ? { code: codes[0] } : {}),
		range: numbers.size > 1,
		rank: RANK.test(words),
		role: ROLE.test(words),
		plural: PLURAL.test(words),
		negative: /\?\s*$/.test(text) || NEGATIVE_START.test(clean(words))
	};
}

/** Whether a label could name a level on its own evidence (the structure still has to agree). */
export function couldBeLevel(shape: LabelShape): boolean {
	if (shape.negative || shape.range || !shape.text) return false;
	if (shape.text.split(' ').length > 10) return false;
	if (shape.code) return true;
	return (shape.rank || shape.role) && !shape.plural;
}

/** Two labels follow one template: the same code prefix with different numbers. */
export function sharedTemplate(shapes: readonly LabelShape[]): number {
	const byPrefix = new Map<string, Set<number>>();
	for (const s of shapes) {
		if (!s.code) continue;
		const numbers = byPrefix.get(s.code.prefix) ?? new Set();
		byPrefix.set(s.code.prefix, numbers.add(s.code.number));
	}
	return Math.max(0, ...[...byPrefix.values()].map((n) => (n.size > 1 ? n.size : 0)));
}

const SEPARATOR = /^\s*[-–—:|·]\s*/;

/**
 * A level label as a step: the code first ("D1 - Developer 1" → "D1", title "Developer 1"), a code
 * in trailing brackets ("Junior Programmer (L1)" → "L1", title "Junior Programmer"), or the
 * label as written ("Senior Engineer 2", "Technology Director").
 */
export function stepLabel(raw: string): LevelLabel {
	const text = clean(raw).replace(/^[*_\s]+|[\s*_:]+$/g, '');
	const shape = labelShape(text);
	const code = shape.code;
	if (code && !shape.range) {
		const rest = text.slice(code.end);
		const codeText = text.slice(code.start, code.end);
		const sep = SEPARATOR.exec(rest);
		if (code.start === 0 && (rest.trim() === '' || sep)) {
			const title = clean(rest.slice(sep?.[0].length ?? 0)).replace(/^\((.*)\)$/, '$1');
			return title
				? { label: codeText, title, number: code.number }
				: { label: codeText, number: code.number };
		}
		if (code.start === 0 && /^\s*\((.+)\)\s*$/.test(rest)) {
			return { label: codeText, title: clean(rest).slice(1, -1), number: code.number };
		}
		const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
		if (bracketed && labelShape(bracketed[2] ?? '').code && text.endsWith(`${codeText})`)) {
			return { label: codeText, title: clean(bracketed[1] ?? ''), number: code.number };
		}
		const suffixed = /^(.+?)\s+[-–—:|]\s+(.+)$/.exec(text);
		if (suffixed && code.start > 0 && text.slice(code.start) === suffixed[2]) {
			return { label: codeText, number: code.number, prefix: clean(suffixed[1] ?? '') };
		}
		return { label: text, number: code.number };
	}
	return { label: text, number: null };
}

/** The id a level label gets. */
export function levelKey(raw: string): string {
	return slugify(stepLabel(raw).label);
}

export interface Qualified {
	/** The label without its track ("L4 - Software Engineer" for "L4 IC - Software Engineer"). */
	base: string;
	/** The track the label names, when it names one ("IC", "People Manager"). */
	track?: string;
}

const TOKEN = /\([^()]*\)|[^\s()]+/g;
const tokens = (label: string) => clean(label).match(TOKEN) ?? [];
const isLevelToken = (token: string) => {
	const shape = labelShape(token.replace(/^\(|\)$/g, ''));
	return shape.code !== undefined || shape.rank || /^\d+$|^(?:I{1,3}|IV|VI{0,3}|IX|X)$/.test(token);
};

/**
 * Tracks that share levels: two level labels that differ in one word which is neither the level's
 * code nor a seniority ("L4 IC - …" / "L4 EM - …", "Senior Engineer 2 (Individual Contributor)" /
 * "(People Manager)") name one level on two tracks. Labels without such a word keep no track.
 */
export function trackQualifiers(labels: readonly string[]): Qualified[] {
	const split = labels.map(tokens);
	const qualifiers = new Set<string>();
	// Labels that differ at one place share the rest: bucket them by the rest.
	const buckets = new Map<string, Set<string>>();
	for (const parts of split) {
		parts.forEach((token, k) => {
			const key = [...parts.slice(0, k), '\u0000', ...parts.slice(k + 1)].join(' ').toLowerCase();
			const bucket = buckets.get(key) ?? new Set<string>();
			buckets.set(key, bucket.add(token));
		});
	}
	for (const bucket of buckets.values()) {
		const different = [...new Map([...bucket].map((t) => [t.toLowerCase(), t])).values()];
		if (different.length < 2) continue;
		const words = different.filter((t) => !isLevelToken(t) && /\p{L}/u.test(t));
		// Every word that varies there must be a track word, not a level's code or seniority.
		if (words.length === different.length) for (const w of words) qualifiers.add(w);
	}
	if (!qualifiers.size) return labels.map((base) => ({ base: clean(base) }));
	return split.map((parts, i) => {
		const q = parts.find((t) => qualifiers.has(t));
		if (!q) return { base: clean(labels[i] ?? '') };
		const base = clean(parts.filter((t) => t !== q).join(' '))
			.replace(/\s+([-–—:|])\s*$/, '')
			.replace(/^\s*[-–—:|]\s+/, '');
		return { base, track: q.replace(/^\(|\)$/g, '').trim() };
	});
}

/**
 * The numbers the labels give the common scale, as a draft: all of them when every level has a
 * different one; otherwise only codes that make the label ("P2", "Level 3"), not the number after
 * a role ("Senior Engineer 2" is the second Senior Engineer, not level 2).
 */
export function draftNumbers(labels: readonly LevelLabel[]): (number | null)[] {
	const numbers = labels.map((l) => l.number);
	const keys = new Map<string, number | null>();
	labels.forEach((l) => keys.set(slugify(l.label), l.number));
	const values = [...keys.values()];
	if (values.every((n) => n !== null) && new Set(values).size === values.length) return numbers;
	return labels.map((l) => (labelShape(l.label).code?.start === 0 ? l.number : null));
}
