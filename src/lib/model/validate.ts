// Validation at the boundary: zod shape checks plus the cross-references zod cannot see.
// Every problem names the file, a JSON path and what was expected.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import {
	LIMITS,
	scanJson,
	sizeError,
	stripBom,
	utf8Bytes,
	type DuplicateKey
} from '../import/limits';
import {
	Framework as FrameworkSchema,
	SkillTaxonomy,
	type Framework,
	type SkillTaxonomy as Taxonomy
} from './schema';

export interface Problem {
	file: string;
	/** JSON path such as `$.statements[3].skills[0]`. */
	path: string;
	message: string;
}

export type Result<T> = { ok: true; value: T; problems: [] } | { ok: false; problems: Problem[] };

export function formatProblem(p: Problem): string {
	return `${p.file}: ${p.path}: ${p.message}`;
}

export function jsonPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(acc, key) =>
			typeof key === 'number'
				? `${acc}[${key}]`
				: /^[A-Za-z_$][\w$]*$/.test(String(key))
					? `${acc}.${String(key)}`
					: `${acc}[${JSON.stringify(String(key))}]`,
		'$'
	);
}

function zodProblems(file: string, error: z.ZodError): Problem[] {
	return error.issues.map((issue) => ({
		file,
		path: jsonPath(issue.path),
		message: issue.message
	}));
}

/** Parsed JSON or YAML, with warnings that do not stop it (duplicate keys). */
export type ParsedData = Result<unknown> & { warnings: Problem[] };

/** At most this many duplicate-key warnings per file; then one line says how many more. */
const MAX_DUPLICATE_WARNINGS = 20;

/** Warnings for repeated keys: JSON.parse keeps the last value without a word. */
export function duplicateKeyWarnings(file: string, duplicates: readonly DuplicateKey[]): Problem[] {
	const warnings = duplicates.slice(0, MAX_DUPLICATE_WARNINGS).map((d) => ({
		file,
		path: jsonPath(d.path),
		message: `duplicate key "${String(d.path[d.path.length - 1])}" (line ${d.line}; first on line ${d.first}): the last one is used`
	}));
	const more = duplicates.length - warnings.length;
	if (more > 0) {
		warnings.push({ file, path: '$', message: `${more} more duplicate keys` });
	}
	return warnings;
}

/**
 * Parse JSON text: a byte order mark is skipped; size and nesting are checked before any parser
 * runs (deep nesting overflows the stack of recursive parsers and of everything that walks the
 * value); a syntax error gives its line and column; repeated keys are warnings.
 */
export function parseJson(input: string, file: string): ParsedData {
	const text = stripBom(input);
	const fail = (message: string): ParsedData => ({
		ok: false,
		problems: [{ file, path: '$', message }],
		warnings: []
	});
	if (text.trim() === '') return fail('the file is empty');
	// Counting UTF-8 bytes costs a pass: only when the text could be too big (≤ 3 bytes a unit).
	const size = text.length * 3 > LIMITS.jsonBytes ? sizeError(utf8Bytes(text), 'json') : undefined;
	if (size) return fail(size.message);
	const scan = scanJson(text);
	if (scan.tooDeep) {
		const { line, column } = scan.tooDeep;
		return fail(
			`nested more than ${LIMITS.dataDepth} levels deep (line ${line}, column ${column}); at most ${LIMITS.dataDepth} levels are read`
		);
	}
	let value: unknown;
	try {
		value = JSON.parse(text) as unknown;
	} catch {
		// JSON.parse does not say where (on Node 20); a tolerant parser finds the first error.
		const errors: ParseError[] = [];
		parse(text, errors, { disallowComments: true, allowTrailingComma: false });
		const first = errors[0];
		// "comma expected" and its kind are noticed at the next token, often a line below: the
		// place to fix is just after the token before it, where the comma (or colon…) belongs.
		const code = first ? printParseErrorCode(first.error) : 'InvalidSymbol';
		const at = first?.offset ?? 0;
		const separator = [
			'CommaExpected',
			'ColonExpected',
			'CloseBraceExpected',
			'CloseBracketExpected'
		];
		const offset = separator.includes(code) ? text.slice(0, at).trimEnd().length : at;
		const before = text.slice(0, offset);
		const line = before.split('\n').length;
		const column = offset - before.lastIndexOf('\n');
		// "CommaExpected" → "comma expected"
		const what = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
		return fail(`not valid JSON (line ${line}, column ${column}): ${what}`);
	}
	return { ok: true, value, problems: [], warnings: duplicateKeyWarnings(file, scan.duplicates) };
}

export function parseTaxonomy(data: unknown, file: string): Result<Taxonomy> {
	const parsed = SkillTaxonomy.safeParse(data);
	if (!parsed.success) return { ok: false, problems: zodProblems(file, parsed.error) };
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	parsed.data.skills.forEach((skill, i) => {
		const first = seen.get(skill.id);
		if (first !== undefined) {
			problems.push({
				file,
				path: `$.skills[${i}].id`,
				message: `duplicate skill id "${skill.id}" (first at $.skills[${first}])`
			});
		} else seen.set(skill.id, i);
	});
	return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data, problems: [] };
}

/** Shape and internal cross-references of one framework, against the skill taxonomy. */
export function parseFramework(
	data: unknown,
	file: string,
	skillIds: ReadonlySet<string>
): Result<Framework> {
	const parsed = FrameworkSchema.safeParse(data);
	if (!parsed.success) return { ok: false, problems: zodProblems(file, parsed.error) };
	const problems = checkFramework(parsed.data, file, skillIds);
	return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data, problems: [] };
}

function duplicates<T>(
	items: readonly T[],
	key: (item: T) => string,
	path: (i: number) => string,
	what: string,
	file: string
): Problem[] {
	const seen = new Map<string, number>();
	const problems: Problem[] = [];
	items.forEach((item, i) => {
		const k = key(item);
		const first = seen.get(k);
		if (first === undefined) seen.set(k, i);
		else problems.push({ file, path: path(i), message: `duplicate ${what} "${k}"` });
	});
	return problems;
}

export function checkFramework(
	fw: Framework,
	file: string,
	skillIds: ReadonlySet<string>
): Problem[] {
	const problems: Problem[] = [];
	const problem = (path: string, message: string) => problems.push({ file, path, message });

	const stepIds = fw.steps.map((s) => s.id);
	const stepIndex = new Map(stepIds.map((id, i) => [id, i]));
	const trackIds = new Set(fw.tracks.map((t) => t.id));
	const statementById = new Map(fw.statements.map((s) => [s.id, s]));
	const dimensionIds = new Set(fw.steps.flatMap((s) => s.dimensions.map((d) => d.id)));

	problems.push(
		...duplicates(
			fw.steps,
			(s) => s.id,
			(i) => `$.steps[${i}].id`,
			'step id',
			file
		),
		...duplicates(
			fw.tracks,
			(t) => t.id,
			(i) => `$.tracks[${i}].id`,
			'track id',
			file
		),
		...duplicates(
			fw.notes,
			(n) => n.id,
			(i) => `$.notes[${i}].id`,
			'note id',
			file
		),
		...duplicates(
			fw.transitions,
			(t) => t.id,
			(i) => `$.transitions[${i}].id`,
			'transition id',
			file
		),
		...duplicates(
			fw.skills,
			(s) => s.skill,
			(i) => `$.skills[${i}].skill`,
			'growth curve',
			file
		)
	);

	// Statements and step dimensions share one id space: both can be cited as evidence.
	const citable = [
		...fw.steps.flatMap((s, i) =>
			s.dimensions.map((d, j) => ({ id: d.id, path: `$.steps[${i}].dimensions[${j}].id` }))
		),
		...fw.statements.map((s, i) => ({ id: s.id, path: `$.statements[${i}].id` }))
	];
	const seenCitable = new Set<string>();
	for (const c of citable) {
		if (seenCitable.has(c.id)) problem(c.path, `duplicate statement or dimension id "${c.id}"`);
		seenCitable.add(c.id);
	}

	const cells = new Map<string, number>();
	const curveSkills = new Set(fw.skills.map((s) => s.skill));
	fw.statements.forEach((s, i) => {
		const at = `$.statements[${i}]`;
		if (!trackIds.has(s.track)) problem(`${at}.track`, `unknown track "${s.track}"`);
		if (!stepIndex.has(s.step)) problem(`${at}.step`, `unknown step "${s.step}"`);
		s.skills.forEach((skill, j) => {
			if (!skillIds.has(skill)) {
				problem(`${at}.skills[${j}]`, `unknown skill "${skill}" (not in data/skills.json)`);
			} else if (!curveSkills.has(skill)) {
				problem(
					`${at}.skills[${j}]`,
					`skill "${skill}" has no growth curve in this framework's "skills"`
				);
			}
		});
		const cell = `${s.track}/${s.step}`;
		cells.set(cell, (cells.get(cell) ?? 0) + 1);
	});

	fw.tracks.forEach((track, i) => {
		const at = `$.tracks[${i}]`;
		const listed = track.steps.map((s) => s.step);
		if (listed.join(',') !== stepIds.join(',')) {
			problem(
				`${at}.steps`,
				`expected one entry per framework step in order (${stepIds.join(', ')}), got (${listed.join(', ')})`
			);
		}
		track.steps.forEach((ts, j) => {
			const count = cells.get(`${track.id}/${ts.step}`) ?? 0;
			if (ts.status === 'defined' && count === 0) {
				problem(`${at}.steps[${j}].status`, `"defined" but no statement has this track and step`);
			}
			if (ts.status !== 'defined' && count > 0) {
				problem(
					`${at}.steps[${j}].status`,
					`"${ts.status}" but ${count} statement(s) have this track and step; expected "defined"`
				);
			}
		});
	});

	fw.skills.forEach((curve, i) => {
		const at = `$.skills[${i}]`;
		if (!skillIds.has(curve.skill)) {
			problem(`${at}.skill`, `unknown skill "${curve.skill}" (not in data/skills.json)`);
		}
		let previous = -1;
		curve.growth.forEach((point, j) => {
			const p = `${at}.growth[${j}]`;
			const index = stepIndex.get(point.step);
			if (index === undefined) problem(`${p}.step`, `unknown step "${point.step}"`);
			else if (index <= previous) {
				problem(`${p}.step`, `growth points must follow step order without repeats`);
			} else previous = index;
			point.evidence.forEach((id, k) => {
				const statement = statementById.get(id);
				if (statement) {
					if (!statement.skills.includes(curve.skill)) {
						problem(
							`${p}.evidence[${k}]`,
							`statement "${id}" is cited for "${curve.skill}" but does not list that skill`
						);
					}
					if (statement.step !== point.step) {
						problem(
							`${p}.evidence[${k}]`,
							`statement "${id}" belongs to step "${statement.step}", not "${point.step}"`
						);
					}
				} else if (dimensionIds.has(id)) {
					const owner = fw.steps.find((s) => s.dimensions.some((d) => d.id === id));
					if (owner && owner.id !== point.step) {
						problem(
							`${p}.evidence[${k}]`,
							`dimension "${id}" belongs to step "${owner.id}", not "${point.step}"`
						);
					}
				} else {
					problem(`${p}.evidence[${k}]`, `unknown statement or dimension "${id}"`);
				}
			});
		});
	});

	const checkRef = (ref: Framework['transitions'][number]['from'], at: string) => {
		if (ref.framework !== undefined && ref.framework !== fw.id) return; // checked across files
		if (!trackIds.has(ref.track)) problem(`${at}.track`, `unknown track "${ref.track}"`);
		if (ref.step !== undefined && !stepIndex.has(ref.step)) {
			problem(`${at}.step`, `unknown step "${ref.step}"`);
		}
	};
	fw.transitions.forEach((t, i) => {
		const at = `$.transitions[${i}]`;
		if (t.from.framework !== undefined && t.from.framework !== fw.id) {
			problem(`${at}.from.framework`, `a transition must start in its own framework "${fw.id}"`);
		}
		checkRef(t.from, `${at}.from`);
		checkRef(t.to, `${at}.to`);
		if (t.evidenceStatement !== undefined) {
			const s = statementById.get(t.evidenceStatement);
			if (!s) problem(`${at}.evidenceStatement`, `unknown statement "${t.evidenceStatement}"`);
			else if (!s.text.includes(t.evidence)) {
				problem(`${at}.evidence`, `expected text found in statement "${s.id}"`);
			}
		}
	});

	const checkPlacement = (common: Framework['steps'][number]['common'], at: string) => {
		common.evidence.forEach((id, k) => {
			if (!seenCitable.has(id)) {
				problem(`${at}.evidence[${k}]`, `unknown statement or dimension "${id}"`);
			}
		});
	};
	fw.steps.forEach((step, i) => {
		const at = `$.steps[${i}].common`;
		checkPlacement(step.common, at);
		const same = step.common.sameAs;
		if (same === undefined) return;
		const other = fw.steps.find((s) => s.id === same);
		if (!other) problem(`${at}.sameAs`, `unknown step "${same}"`);
		else if (other.id === step.id) problem(`${at}.sameAs`, 'a step cannot repeat itself');
		else if (
			other.common.level !== step.common.level ||
			(other.common.to ?? other.common.level) !== (step.common.to ?? step.common.level)
		) {
			problem(`${at}`, `repeats step "${same}" but is placed differently; expected the same place`);
		}
	});
	fw.tracks.forEach((track, i) => {
		if (track.common) checkPlacement(track.common, `$.tracks[${i}].common`);
	});

	fw.notes.forEach((note, i) => {
		const at = `$.notes[${i}]`;
		note.statements.forEach((id, j) => {
			if (!statementById.has(id)) problem(`${at}.statements[${j}]`, `unknown statement "${id}"`);
		});
		note.steps.forEach((id, j) => {
			if (!stepIndex.has(id)) problem(`${at}.steps[${j}]`, `unknown step "${id}"`);
		});
		note.tracks.forEach((id, j) => {
			if (!trackIds.has(id)) problem(`${at}.tracks[${j}]`, `unknown track "${id}"`);
		});
		note.skills.forEach((id, j) => {
			if (!curveSkills.has(id)) {
				problem(`${at}.skills[${j}]`, `skill "${id}" has no growth curve in this framework`);
			}
		});
	});

	return problems;
}

/** Transitions that point into another framework must name one that exists, with that track. */
export function checkAcrossFrameworks(
	entries: { file: string; framework: Framework }[]
): Problem[] {
	const byId = new Map(entries.map((e) => [e.framework.id, e.framework]));
	const problems: Problem[] = [];
	const firstFile = new Map<string, string>();
	for (const { file, framework } of entries) {
		const first = firstFile.get(framework.id);
		if (first !== undefined) {
			problems.push({
				file,
				path: '$.id',
				message: `framework id "${framework.id}" is also used by ${first}`
			});
		} else firstFile.set(framework.id, file);
	}
	for (const { file, framework } of entries) {
		framework.transitions.forEach((t, i) => {
			const target = t.to.framework;
			if (target === undefined || target === framework.id) return;
			const at = `$.transitions[${i}].to`;
			const other = byId.get(target);
			if (!other) {
				problems.push({ file, path: `${at}.framework`, message: `unknown framework "${target}"` });
				return;
			}
			if (!other.tracks.some((tr) => tr.id === t.to.track)) {
				problems.push({
					file,
					path: `${at}.track`,
					message: `framework "${target}" has no track "${t.to.track}"`
				});
			}
			if (t.to.step !== undefined && !other.steps.some((s) => s.id === t.to.step)) {
				problems.push({
					file,
					path: `${at}.step`,
					message: `framework "${target}" has no step "${t.to.step}"`
				});
			}
		});
	}
	return problems;
}
