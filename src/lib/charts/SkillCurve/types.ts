// What a skill growth curve shows, as the pages receive it: plain data, no validator. Each
// framework's curve is also a layout input (framework, name, colour, points on the common scale).

/** A place on the common scale: one level (min = max) or a range such as P2–P3. */
export interface Span {
	min: number;
	max: number;
}

export interface EvidenceView {
	id: string;
	text: string;
	/** The cell where the sentence is, with its anchor. */
	href: string;
	/** Track and step of that cell, e.g. "Platform Engineer · Level 5". */
	where: string;
	/** Source heading ("Impact") or, for a step dimension, its label ("Ownership"). */
	section?: string;
	perspective?: string;
}

/** A rating band of a rating rubric: its rating ("Leading") and band within it ("Mid"). */
export interface RatingView {
	step: string;
	name: string;
	band: string;
}

export interface GrowthPointView {
	step: string;
	/** "Level 4 (Mid)": the source's name of the step. */
	label: string;
	/** Where the step sits on the common scale; null for a rating band or a step with no place. */
	placement: Span | null;
	/** Set for a rating rubric's band: a rating within one role, not a level. */
	rating?: RatingView;
	proficiency: number;
	evidence: EvidenceView[];
}

/** A step of the framework with no point for this skill, and why. */
export interface UnratedStep {
	step: string;
	label: string;
	placement: Span | null;
	/** `not-applicable` when the source says the step does not apply to any track. */
	status: 'not-applicable' | 'no-evidence';
}

/** A data note about what the skill page draws, shortened for the page. */
export interface SkillNoteView {
	id: string;
	/** The note's first sentence. */
	lead: string;
	/** The rest of it, or empty. */
	rest: string;
	/** Names of the drawn steps it is about, when few enough to say ("Level 6, Level 7"). */
	about: string[];
	/** The curators tied it to this skill (else it is about a drawn step or cited sentence). */
	forSkill: boolean;
}

/** The role a rating rubric rates, and where that role sits on the common scale. */
export interface RoleView {
	track: string;
	name: string;
	placement: Span | null;
}

export interface SkillCurveView {
	framework: string;
	name: string;
	kind: 'ladder' | 'rating-rubric';
	color: string;
	sourceName?: string;
	sourceDescription?: string;
	/** In the framework's step order. */
	points: GrowthPointView[];
	unrated: UnratedStep[];
	/** A rating rubric's role and its ratings in order (every band, with a point or not). */
	role?: RoleView;
	ratings?: RatingView[];
	/** The framework's data notes about this curve. */
	notes: SkillNoteView[];
}
