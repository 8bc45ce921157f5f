// Reading the words people use for levels, dimensions and ids. Pure string functions.
import type { DimensionKind } from '../model/schema';

/** Source text "whitespace aside": runs of whitespace (line breaks, tabs, no-break spaces) → one space. */
export function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** A lowercase slug for ids; empty when the text has no letters or digits. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export interface LevelLabel {
	/** The level as the source names it: "Level 4", "P2", "Junior". */
	label: string;
	/** The source's name for the level, when it gives one: "Senior" in "P2 — Senior". */
	title?: string;
	/** The number in the label, when it has one. */
	number: number | null;
	/** Text before the level, as in "DevOps Engineer - Level 4" (usually the role). */
	prefix?: string;
}

const NUMBERED = /^(?:level|lvl)\s*\.?\s*(\d{1,2})\b(.*)$/i;
const CODED = /^(p|l|e|m|ic|se|swe|tl|em|g|b)\s?-?(\d{1,2})\b(.*)$/i;
const NAMED_FIRST =
	'(?:intern|apprentice|trainee|graduate|entry[- ]level|junior|associate|intermediate|mid(?:dle)?(?:[- ]level)?|senior|staff|principal|distinguished|fellow|lead)';
const ROLE_NOUN =
	'(?:engineer|developer|scientist|analyst|architect|manager|designer|consultant|i{1,3}|iv)';
const NAMED = new RegExp(`^${NAMED_FIRST}(?:(?:\\s+[\\w&/-]+){0,2}\\s+${ROLE_NOUN})?$`, 'i');
/** What may follow a level code before its title: "P2 — Senior", "L3: Staff", "Level 4 (Mid)". */
const TITLE_AFTER = /^\s*(?:[-–—:·|]\s*(.+)|\((.+)\))$/;
const SUFFIXED = /^(.+?)\s+[-–—:|]\s+(.+)$/;

function withTitle(label: string, number: string, rest: string, loose: boolean): LevelLabel | null {
	const n = Number(number);
	const trimmed = rest.trim();
	if (trimmed === '') return { label: clean(label), number: n };
	const titled = TITLE_AFTER.exec(trimmed);
	const title = titled ? (titled[1] ?? titled[2]) : loose ? trimmed : undefined;
	if (title === undefined) return null;
	const t = clean(title.replace(/\)\s*$/, ''));
	return t ? { label: clean(label), title: t, number: n } : { label: clean(label), number: n };
}

/** A level heading or table label, or null when the text is not one. */
export function parseLevelLabel(text: string): LevelLabel | null {
	const t = clean(text).replace(/:$/, '');
	const numbered = NUMBERED.exec(t);
	if (numbered) {
		const label = t.slice(0, t.length - (numbered[2] ?? '').length);
		return withTitle(label, numbered[1] ?? '', numbered[2] ?? '', true);
	}
	const coded = CODED.exec(t);
	if (coded) {
		const rest = coded[3] ?? '';
		return withTitle(t.slice(0, t.length - rest.length), coded[2] ?? '', rest, false);
	}
	if (NAMED.test(t)) return { label: t, number: null };
	const suffixed = SUFFIXED.exec(t);
	if (suffixed) {
		const level = parseLevelLabel(suffixed[2] ?? '');
		if (level && level.number !== null && !level.prefix) {
			return { ...level, prefix: clean(suffixed[1] ?? '') };
		}
	}
	return null;
}

/** Where a label puts a step on the common P1–P7 scale, with the reason shown to the user. */
export function commonLevel(level: LevelLabel): { level: number | null; basis: string } {
	const n = level.number;
	if (n !== null && n >= 1 && n <= 7) {
		return {
			level: n,
			basis: `Inferred by the importer from the label "${level.label}" (number ${n}); needs review.`
		};
	}
	const why =
		n === null ? 'has no level number' : `has the number ${n}, outside the common scale 1–7`;
	return {
		level: null,
		basis: `The label "${level.label}" ${why}, so the importer could not place it on the common scale; needs review.`
	};
}

const DIMENSION_WORDS: [RegExp, DimensionKind][] = [
	[/\bscope\b/i, 'scope'],
	[/\bownership\b/i, 'ownership'],
	[/\bautonomy\b/i, 'autonomy'],
	[/\bcomplexity\b|\bproblem[- ]solving\b/i, 'complexity'],
	[/\bcollaboration\b|\binteraction\b/i, 'collaboration'],
	[/\bknowledge\b|\bexpertise\b/i, 'knowledge'],
	[/\bimpact\b/i, 'impact'],
	[/\bdecision/i, 'decision-rights'],
	[/\bleadership\b/i, 'leadership'],
	[/\byears\b|\bexperience\b/i, 'experience']
];

/** The dimension a column or row name stands for ("Typical Degree & Years" → experience). */
export function dimensionKind(name: string): DimensionKind | null {
	return DIMENSION_WORDS.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/** Years of experience in a text: "0–1 years" → {0,1}, "2+ years" → {2}; the first figure wins. */
export function parseYears(text: string): { min: number; max?: number } | undefined {
	const m = /(\d+)\s*(?:[–-]\s*(\d+)|(\+))?\s*(?:years?|yrs?)\b/i.exec(text);
	if (!m) return undefined;
	const min = Number(m[1]);
	if (m[2] !== undefined) return { min, max: Number(m[2]) };
	return { min };
}

/** What a source writes in place of content for a level that does not apply. */
export function isNotApplicable(text: string): boolean {
	return /^(?:n\/?a|none|not applicable|-|—)$/i.test(clean(text));
}
