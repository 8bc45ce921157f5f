// What a skill growth curve shows, as the pages receive it: plain data, no validator. Each
// framework's curve is also a layout input (framework, name, colour, points on the common scale).

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

export interface GrowthPointView {
	step: string;
	/** "Level 4 (Mid)". */
	label: string;
	/** Position on the common scale, or null when the step has none. */
	level: number | null;
	proficiency: number;
	evidence: EvidenceView[];
}

/** A step of the framework with no point for this skill, and why. */
export interface UnratedStep {
	step: string;
	label: string;
	level: number | null;
	/** `not-applicable` when the source says the step does not apply to any track. */
	status: 'not-applicable' | 'no-evidence';
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
}
