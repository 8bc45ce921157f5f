// Collects what a shape reader finds (steps, statements, dimensions, context, problems) and
// turns it into a draft framework: unique readable ids, track coverage, no skills yet.
import type { DimensionKind, FrameworkInput, TrackFamily } from '../model/schema';
import {
	clean,
	commonLevel,
	isNotApplicable,
	parseYears,
	slugify,
	type LevelLabel
} from './labels';

export interface ImportError {
	line: number;
	message: string;
}

type DraftStatement = NonNullable<FrameworkInput['statements']>[number];
type DraftDimension = NonNullable<FrameworkInput['steps'][number]['dimensions']>[number];
type DraftNote = NonNullable<FrameworkInput['notes']>[number];

export interface DraftStep {
	id: string;
	label: string;
	title?: string;
	line: number;
	summary: string[];
	dimensions: DraftDimension[];
	common: { level: number | null; basis: string };
	/** What the source wrote instead of content ("N/A"), once the step is read as not applicable. */
	notApplicable?: string;
}

export interface DraftTrack {
	name: string;
	description?: string;
	family?: TrackFamily;
}

export interface StatementOptions {
	line: number;
	section?: string;
	perspective?: string;
	/** Extra id parts between the step and the counter: `<step>-<parts>-<n>`. */
	idParts?: string[];
	/** The id the counter is added to instead (`<idBase>-<n>`): a nested item under its parent. */
	idBase?: string;
	/** The track the statement belongs to, by name; the framework's main track when omitted. */
	track?: string;
}

/** Management and lead tracks by their names; everything else is an individual contributor. */
export function familyOf(name: string): TrackFamily {
	if (/manag|^(?:EM|M)$|\bEMs?\b/i.test(name)) return 'management';
	if (/\blead(?:s|er|ership)?\b|^TL$/i.test(name)) return 'lead';
	return 'individual-contributor';
}

/** Ids stay readable: a long key (a long section name) is cut at a word. */
function shortKey(key: string): string {
	if (key.length <= 60) return key;
	const cut = key.slice(0, 60);
	return cut.slice(0, Math.max(cut.lastIndexOf('-'), 20)).replace(/-+$/, '');
}

/** Warnings in source order; those without a line last. */
function byLine(warnings: readonly string[]): string[] {
	const line = (w: string) => Number(/^line (\d+):/.exec(w)?.[1] ?? Infinity);
	return [...warnings].sort((a, b) => line(a) - line(b));
}

export class Draft {
	name?: string;
	/** The heading or line the name comes from, verbatim. */
	title?: string;
	description?: string;
	kind: 'ladder' | 'rating-rubric' = 'ladder';
	readonly steps: DraftStep[] = [];
	readonly statements: (DraftStatement & { line: number; trackName?: string })[] = [];
	readonly context: { label: string; text: string }[] = [];
	private readonly contextKeys = new Set<string>();
	readonly notes: DraftNote[] = [];
	/** Tracks the source names besides the one its statements belong to. */
	readonly tracks: DraftTrack[] = [];
	readonly warnings: string[] = [];
	readonly errors: ImportError[] = [];
	private readonly ids = new Set<string>();
	private readonly stepById = new Map<string, DraftStep>();
	/** Cells ("<track name>\n<step id>") whose only content was "N/A", with that text. */
	private readonly notApplicable = new Map<string, string>();
	private readonly counters = new Map<string, number>();

	fail(line: number, message: string): void {
		this.errors.push({ line, message });
	}

	warn(line: number | undefined, message: string): void {
		this.warnings.push(line === undefined ? message : `line ${line}: ${message}`);
	}

	/** A free id: the slug itself, or the slug with a counter when it is taken. */
	uniqueId(base: string, fallback: string): string {
		const slug = slugify(base) || fallback;
		let id = slug;
		for (let k = 2; this.ids.has(id); k++) id = `${slug}-${k}`;
		this.ids.add(id);
		return id;
	}

	findStep(level: LevelLabel): DraftStep | undefined {
		return this.stepById.get(slugify(level.label));
	}

	/** The step for a level label: the existing one with the same id, or a new one. */
	step(
		level: LevelLabel,
		line: number,
		override: { id?: string; common?: DraftStep['common'] | null } = {}
	): DraftStep {
		const id = slugify(override.id ?? level.label) || `step-${this.steps.length + 1}`;
		const existing = this.stepById.get(id);
		if (existing) {
			if (level.title && !existing.title) existing.title = level.title;
			return existing;
		}
		this.ids.add(id);
		const step: DraftStep = {
			id,
			label: level.label,
			line,
			summary: [],
			dimensions: [],
			common:
				override.common ??
				commonLevel(override.common === null ? { ...level, number: null } : level)
		};
		if (level.title) step.title = level.title;
		this.steps.push(step);
		this.stepById.set(id, step);
		return step;
	}

	/** Adds a statement and returns its id (undefined when the text is empty). */
	statement(step: DraftStep, text: string, options: StatementOptions): string | undefined {
		const cleaned = clean(text);
		if (!cleaned) return undefined;
		const key =
			options.idBase ?? shortKey(slugify([step.id, ...(options.idParts ?? [])].join(' ')));
		const n = (this.counters.get(key) ?? 0) + 1;
		this.counters.set(key, n);
		const statement: DraftStatement & { line: number; trackName?: string } = {
			id: this.uniqueId(`${key}-${n}`, `${step.id}-${n}`),
			track: '',
			step: step.id,
			text: cleaned,
			skills: [],
			line: options.line
		};
		if (options.track) statement.trackName = options.track;
		if (options.section) statement.section = clean(options.section);
		if (options.perspective) statement.perspective = clean(options.perspective);
		this.statements.push(statement);
		return statement.id;
	}

	dimension(step: DraftStep, kind: DimensionKind, label: string, text: string): void {
		const cleaned = clean(text);
		if (!cleaned) return;
		const dimension: DraftDimension = {
			id: this.uniqueId(`${step.id}-${kind}`, `${step.id}-dimension`),
			kind,
			label: clean(label),
			text: cleaned
		};
		const years = kind === 'experience' ? parseYears(cleaned) : undefined;
		if (years) dimension.years = years;
		step.dimensions.push(dimension);
	}

	addContext(label: string, text: string): void {
		const entry = { label: clean(label), text: clean(text) };
		if (!entry.label || !entry.text) return;
		const key = `${entry.label}\n${entry.text}`;
		if (this.contextKeys.has(key)) return;
		this.contextKeys.add(key);
		this.context.push(entry);
	}

	note(
		id: string,
		text: string,
		refs: { statements?: string[]; steps?: string[]; tracks?: string[] }
	) {
		this.notes.push({ id: this.uniqueId(id, 'note'), text, ...refs });
	}

	/** Statements per cell ("<track name>\n<step id>"), in source order. */
	private cells(): Map<string, (DraftStatement & { line: number; trackName?: string })[]> {
		const cells = new Map<string, (DraftStatement & { line: number; trackName?: string })[]>();
		for (const s of this.statements) {
			const key = `${s.trackName ?? ''}\n${s.step}`;
			const list = cells.get(key);
			if (list) list.push(s);
			else cells.set(key, [s]);
		}
		return cells;
	}

	/**
	 * A cell (track × step) whose only content is "N/A" does not apply; the source's words are
	 * kept. An "N/A" among other statements (one competency of a level) is not a statement.
	 */
	private markNotApplicable(): void {
		const dropped = new Set<DraftStatement>();
		const within: { line: number; text: string; where: string }[] = [];
		for (const [key, own] of this.cells()) {
			const absent = own.filter((s) => isNotApplicable(s.text));
			if (absent.length === 0) continue;
			const step = this.stepById.get(own[0]?.step ?? '');
			if (absent.length === own.length) {
				this.notApplicable.set(key, absent[0]?.text ?? 'N/A');
				if (step && !key.split('\n')[0]) step.notApplicable = absent[0]?.text;
			}
			for (const s of absent) {
				dropped.add(s);
				if (absent.length < own.length) {
					const under = s.section ? ` under "${s.section}"` : '';
					within.push({
						line: s.line,
						text: s.text,
						where: `${under} for "${step?.label ?? s.step}"`
					});
				}
			}
		}
		// One message for the cause, however many cells say "N/A".
		const [first, ...more] = within;
		if (first && more.length === 0) {
			this.warn(first.line, `"${first.text}"${first.where} is not kept as a statement`);
		} else if (first) {
			const lines = within.map((w) => w.line);
			const shown = lines.length > 6 ? `${lines.slice(0, 6).join(', ')}, …` : lines.join(', ');
			this.warn(
				first.line,
				`${within.length} cells or items that only say "${first.text}" (lines ${shown}) are not kept as statements: each marks a competency that does not apply at that level`
			);
		}
		if (!dropped.size) return;
		const kept = this.statements.filter((s) => !dropped.has(s));
		this.statements.splice(0, this.statements.length, ...kept);
	}

	/** Sources sometimes copy a level's list into the next one; say so rather than hide it. */
	private noteRepeatedSteps(): void {
		const byStep = new Map<string, string[]>();
		for (const s of this.statements) {
			const texts = byStep.get(s.step);
			if (texts) texts.push(s.text);
			else byStep.set(s.step, [s.text]);
		}
		const texts = (id: string) => (byStep.get(id) ?? []).join('\n');
		this.steps.forEach((step, i) => {
			const previous = this.steps[i - 1];
			if (!previous || !texts(step.id) || texts(step.id) !== texts(previous.id)) return;
			const message = `"${step.label}" repeats "${previous.label}" word for word in the source; both are kept.`;
			this.warn(step.line, message);
			this.note(`${step.id}-repeats-${previous.id}`, message, { steps: [previous.id, step.id] });
		});
	}

	/** The draft framework, or the reasons there is none. */
	finish(
		fileName: string,
		id: string | undefined
	):
		| { ok: true; framework: FrameworkInput; warnings: string[] }
		| { ok: false; errors: ImportError[] } {
		if (this.errors.length === 0) this.markNotApplicable();
		if (this.errors.length === 0 && this.steps.length === 0) {
			this.fail(1, 'no levels found');
		}
		const hasContent =
			this.statements.length > 0 || this.steps.some((s) => s.dimensions.length > 0);
		if (this.errors.length === 0 && !hasContent) {
			const where = this.steps.map((s) => `"${s.label}" (line ${s.line})`).join(', ');
			this.fail(
				this.steps[0]?.line ?? 1,
				`no statements found: the levels ${where} have no bullets or table cells under them`
			);
		}
		if (this.errors.length) {
			return { ok: false, errors: [...this.errors].sort((a, b) => a.line - b.line) };
		}
		this.noteRepeatedSteps();
		const withStatements = new Set(this.statements.map((s) => s.step));
		const notApplicableSteps = new Set([...this.notApplicable.keys()].map((k) => k.split('\n')[1]));
		for (const step of this.steps) {
			const empty = !notApplicableSteps.has(step.id) && !step.dimensions.length;
			if (empty && !withStatements.has(step.id)) {
				this.warn(step.line, `"${step.label}" has no statements: marked not-documented`);
			}
		}

		const baseName = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
		const name = this.name ?? baseName;
		if (!this.name) this.warn(undefined, `no title found: the framework is named after the file`);
		const mainTrack = {
			id: slugify(name) || 'main',
			name,
			family: this.kind === 'rating-rubric' ? ('role' as const) : familyOf(name)
		};
		const tracks: (DraftTrack & { id: string; family: TrackFamily; key: string })[] = [];
		const taken = new Set<string>();
		const addTrack = (t: DraftTrack & { family: TrackFamily }, key: string) => {
			const base = slugify(t.name) || `track-${tracks.length + 1}`;
			let trackId = base;
			for (let k = 2; taken.has(trackId); k++) trackId = `${base}-${k}`;
			taken.add(trackId);
			tracks.push({ ...t, id: trackId, key });
		};
		const unnamed = this.statements.some((s) => !s.trackName);
		const named = [...new Set(this.statements.flatMap((s) => (s.trackName ? [s.trackName] : [])))];
		if (unnamed || (named.length === 0 && this.tracks.length === 0)) addTrack(mainTrack, '');
		for (const trackName of named) {
			const described = this.tracks.find((t) => t.name === trackName);
			addTrack(
				{ ...described, name: trackName, family: described?.family ?? familyOf(trackName) },
				trackName
			);
		}
		for (const t of this.tracks) {
			if (named.includes(t.name) || tracks.some((x) => x.id === slugify(t.name))) continue;
			addTrack({ ...t, family: t.family ?? familyOf(t.name) }, `\u0000${t.name}`);
		}
		const idOf = new Map(tracks.map((t) => [t.key, t.id]));
		for (const s of this.statements) s.track = idOf.get(s.trackName ?? '') ?? mainTrack.id;
		const defined = new Set(this.statements.map((s) => `${s.trackName ?? ''}\n${s.step}`));

		this.warn(
			undefined,
			'the organisation is not stated in the file: set "organisation" before publishing'
		);
		const framework: FrameworkInput = {
			id: id ?? (slugify(name) || slugify(baseName) || 'imported-framework'),
			name,
			organisation: 'Not stated in the imported file; to be set by whoever publishes it.',
			kind: this.kind,
			...(this.description ? { description: this.description } : {}),
			source: { file: fileName, title: this.title ?? name },
			notes: this.notes,
			context: this.context,
			steps: this.steps.map((s) => ({
				id: s.id,
				label: s.label,
				...(s.title ? { title: s.title } : {}),
				...(s.summary.length ? { summary: s.summary.join('\n\n') } : {}),
				dimensions: s.dimensions,
				common: { ...s.common, evidence: [] }
			})),
			tracks: tracks.map((t) => ({
				id: t.id,
				name: t.name,
				...(t.description ? { description: t.description } : {}),
				family: t.family,
				steps: this.steps.map((s) => {
					const key = `${t.key}\n${s.id}`;
					if (defined.has(key)) return { step: s.id, status: 'defined' as const };
					const absent = this.notApplicable.get(key);
					if (absent) return { step: s.id, status: 'not-applicable' as const, sourceText: absent };
					return { step: s.id, status: 'not-documented' as const };
				})
			})),
			statements: this.statements.map(({ line: _line, trackName: _track, ...s }) => s),
			skills: [],
			transitions: []
		};
		return { ok: true, framework, warnings: byLine(this.warnings) };
	}
}
