// The framework data contract (DESIGN.md, "Data model"): the single source of truth; types are
// inferred from these schemas and the JSON Schema in data/schema/ is generated from them.
import { z } from 'zod';

// No code generated at run time: the site's Content-Security-Policy forbids it (zod would probe
// with `new Function`, and a browser reports even a probe that fails quietly).
z.config({ jitless: true });

/** Lowercase slug: part of URLs, never changed once published. */
export const Slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug like "p4" or "tech-lead"');

/** Source text: verbatim (whitespace aside), never empty. */
const SourceText = z.string().trim().min(1, 'expected non-empty source text');

/** Curated text written by the maintainers (notes, reasons), never empty. */
const CuratedText = z.string().trim().min(1, 'expected a non-empty explanation');

export const CommonLevel = z.number().int().min(1).max(7);

/** Shared proficiency scale, 0–6 (labels in ./proficiency). */
export const Proficiency = z.number().int().min(0).max(6);

export { PROFICIENCY_LABELS } from './proficiency';

export const DIMENSION_KINDS = [
	'scope',
	'ownership',
	'autonomy',
	'complexity',
	'collaboration',
	'knowledge',
	'impact',
	'decision-rights',
	'leadership',
	'experience'
] as const;

export const Years = z
	.object({
		min: z.number().min(0),
		max: z.number().min(0).optional()
	})
	.strict()
	.refine((y) => y.max === undefined || y.max >= y.min, {
		message: 'expected max ≥ min',
		path: ['max']
	});

/** One named dimension of a step (scope, autonomy, …) as the source words it. */
export const Dimension = z
	.object({
		/** Citable like a statement (growth evidence may point at it). */
		id: Slug,
		kind: z.enum(DIMENSION_KINDS),
		/** The source's own name for it, e.g. "Complexity & Problem Solving". */
		label: SourceText,
		text: SourceText,
		/** Years of experience as numbers, when the source gives them. */
		years: Years.optional()
	})
	.strict();

export const CommonScale = z
	.object({
		/** Position on the common P1–P7 scale (the lowest, for a range), or null when it has none. */
		level: CommonLevel.nullable(),
		/** The highest common level when the content spans several (P2–P3); omitted for one. */
		to: CommonLevel.optional(),
		/** Why it sits there (curated, shown to the user). */
		basis: CuratedText,
		/** Ids of this framework's statements or step dimensions the placement rests on. */
		evidence: z.array(Slug).default([]),
		/** The step this one repeats word for word: it sits where that one sits. */
		sameAs: Slug.optional()
	})
	.strict()
	.refine((c) => c.to === undefined || (c.level !== null && c.to > c.level), {
		message: 'expected "to" above "level" (a range needs a lowest level and a higher top)',
		path: ['to']
	});

export const Step = z
	.object({
		id: Slug,
		/** "P4", "Level 4", "Level 2 · Mid". */
		label: SourceText,
		/** The source's name for the step, e.g. "Mid", "Unsatisfactory". */
		title: SourceText.optional(),
		summary: SourceText.optional(),
		dimensions: z.array(Dimension).default([]),
		common: CommonScale
	})
	.strict();

export const TRACK_FAMILIES = ['individual-contributor', 'lead', 'management', 'role'] as const;
export const COVERAGE = ['defined', 'not-applicable', 'not-documented'] as const;

export const TrackStep = z
	.object({
		step: Slug,
		status: z.enum(COVERAGE),
		/** What the source says in place of content, e.g. "N/A". */
		sourceText: SourceText.optional()
	})
	.strict();

export const Track = z
	.object({
		id: Slug,
		name: SourceText,
		description: SourceText.optional(),
		family: z.enum(TRACK_FAMILIES),
		/**
		 * Where the role sits on the common scale: a rating rubric's track is one role, and its
		 * steps are ratings within it, not levels.
		 */
		common: CommonScale.optional(),
		/** One entry per framework step, in step order. */
		steps: z.array(TrackStep)
	})
	.strict();

export const Statement = z
	.object({
		/** Stable id, unique in the framework; used as the page anchor. */
		id: Slug,
		track: Slug,
		step: Slug,
		text: SourceText,
		/** The source's heading for the group this sentence is in: "Impact", "Automation", … */
		section: SourceText.optional(),
		/** The source's point of view, e.g. "Individual" or "Business Impact". */
		perspective: SourceText.optional(),
		/** Skill ids (data/skills.json) this sentence is evidence of. */
		skills: z.array(Slug).default([])
	})
	.strict();

export const GrowthPoint = z
	.object({
		step: Slug,
		proficiency: Proficiency,
		/** Ids of the statements (or step dimensions) that justify this point. */
		evidence: z.array(Slug).min(1, 'a growth point needs at least one piece of evidence')
	})
	.strict();

export const FrameworkSkill = z
	.object({
		skill: Slug,
		/** The source's own name for the skill, when it names one. */
		sourceName: SourceText.optional(),
		/** The source's own description of the skill, verbatim. */
		sourceDescription: SourceText.optional(),
		growth: z.array(GrowthPoint).min(1, 'a growth curve needs at least one point')
	})
	.strict();

/** Moves a person makes, then `comparable`: the same craft in another organisation, not a move. */
export const TRANSITION_KINDS = [
	'promotion',
	'lateral',
	'sibling',
	'next-role',
	'comparable'
] as const;

export const TrackRef = z
	.object({
		/** Another framework's id; omitted for this framework. */
		framework: Slug.optional(),
		track: Slug,
		step: Slug.optional()
	})
	.strict();

export const Transition = z
	.object({
		id: Slug,
		from: TrackRef,
		to: TrackRef,
		kind: z.enum(TRANSITION_KINDS),
		/** Whether the move is allowed both ways. */
		bidirectional: z.boolean().default(false),
		/** The source sentence that supports it, verbatim. */
		evidence: SourceText,
		/** The statement holding that sentence, when it is one. */
		evidenceStatement: Slug.optional(),
		/** Why the maintainers read the evidence this way (curated). */
		rationale: CuratedText.optional()
	})
	.strict();

export const Note = z
	.object({
		id: Slug,
		/** Curated explanation of a quirk of the source. */
		text: CuratedText,
		statements: z.array(Slug).default([]),
		steps: z.array(Slug).default([]),
		tracks: z.array(Slug).default([]),
		/** Skills whose growth curve the quirk explains (shown on those skill pages). */
		skills: z.array(Slug).default([])
	})
	.strict();

/** Source text that is not a step, track or statement (intros, classification codes). */
export const SourceContext = z
	.object({
		label: SourceText,
		text: SourceText
	})
	.strict();

export const Source = z
	.object({
		/** File under data/sources/. */
		file: z.string().min(1),
		title: SourceText,
		/** Only web links: a framework file must not be able to plant a script link. */
		url: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).optional()
	})
	.strict();

export const FRAMEWORK_KINDS = ['ladder', 'rating-rubric'] as const;

export const Framework = z
	.object({
		$schema: z.string().optional(),
		id: Slug,
		name: SourceText,
		/** Who publishes it (curated: most sources do not name themselves). */
		organisation: CuratedText,
		kind: z.enum(FRAMEWORK_KINDS),
		description: SourceText.optional(),
		source: Source,
		notes: z.array(Note).default([]),
		context: z.array(SourceContext).default([]),
		steps: z.array(Step).min(1, 'a framework needs at least one step'),
		tracks: z.array(Track).min(1, 'a framework needs at least one track'),
		statements: z.array(Statement).default([]),
		skills: z.array(FrameworkSkill).default([]),
		transitions: z.array(Transition).default([])
	})
	.strict();

export const Skill = z
	.object({
		id: Slug,
		name: CuratedText,
		description: CuratedText,
		aliases: z.array(z.string().trim().min(1)).default([])
	})
	.strict();

export const SkillTaxonomy = z
	.object({
		$schema: z.string().optional(),
		skills: z.array(Skill).min(1)
	})
	.strict();

export type Dimension = z.infer<typeof Dimension>;
export type CommonScale = z.infer<typeof CommonScale>;
export type Step = z.infer<typeof Step>;
export type Track = z.infer<typeof Track>;
export type TrackStep = z.infer<typeof TrackStep>;
export type Statement = z.infer<typeof Statement>;
export type GrowthPoint = z.infer<typeof GrowthPoint>;
export type FrameworkSkill = z.infer<typeof FrameworkSkill>;
export type Transition = z.infer<typeof Transition>;
export type TrackRef = z.infer<typeof TrackRef>;
export type Note = z.infer<typeof Note>;
export type Framework = z.infer<typeof Framework>;
/** A framework as authored (defaults not yet applied). */
export type FrameworkInput = z.input<typeof Framework>;
export type Skill = z.infer<typeof Skill>;
export type SkillTaxonomy = z.infer<typeof SkillTaxonomy>;
export type DimensionKind = (typeof DIMENSION_KINDS)[number];
export type Coverage = (typeof COVERAGE)[number];
export type TrackFamily = (typeof TRACK_FAMILIES)[number];
export type TransitionKind = (typeof TRANSITION_KINDS)[number];
