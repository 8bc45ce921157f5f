// A framework written in YAML (as many published frameworks are) in the same shape as our JSON:
// parsed into the same value JSON.parse would give, so it is validated the same way. Safe
// against hostile YAML: nesting is checked before parsing, aliases are capped and may not
// contain themselves, no custom or language tags run. Repeated keys are warnings, the last one
// wins (as in JSON). No Node APIs here.
import {
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type Node as YamlNode,
	type Pair
} from 'yaml';
import { jsonPath, type ParsedData, type Problem } from '../model/validate';
import { scanYaml, sizeError, stripBom, utf8Bytes, LIMITS } from './limits';

/** Aliases expanded in one document at most (the `yaml` package's guard against "YAML bombs"). */
const MAX_ALIASES = 100;
const MAX_DUPLICATE_WARNINGS = 20;

type Ancestor = Document | YamlNode | Pair;

/** The JSON path of a node from the ancestors `visit` gives it. */
function pathOf(ancestors: readonly Ancestor[], node: Ancestor): (string | number)[] {
	const path: (string | number)[] = [];
	const chain = [...ancestors, node];
	chain.forEach((item, i) => {
		const next = chain[i + 1];
		if (isPair(item)) path.push(isScalar(item.key) ? String(item.key.value) : String(item.key));
		else if (isSeq(item) && next) path.push(item.items.indexOf(next as never));
	});
	return path;
}

/** The first line of a `yaml` error message, without its "at line N, column M" tail. */
function firstLine(message: string): string {
	return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
}

/** Parse YAML text into plain JSON-like data, with problems and warnings as `parseJson` gives. */
export function parseYaml(input: string, file: string): ParsedData {
	const text = stripBom(input);
	const fail = (message: string, warnings: Problem[] = []): ParsedData => ({
		ok: false,
		problems: [{ file, path: '$', message }],
		warnings
	});
	if (text.trim() === '') return fail('the file is empty');
	const size = text.length * 3 > LIMITS.textBytes ? sizeError(utf8Bytes(text), 'yaml') : undefined;
	if (size) return fail(size.message);
	const deep = scanYaml(text);
	if (deep) return fail(`${deep.message} (line ${deep.line})`);

	const lines = new LineCounter();
	const doc = parseDocument(text, {
		lineCounter: lines,
		prettyErrors: false,
		// YAML 1.2 core: no !!binary, !!timestamp, !!set…, no language-specific tags.
		schema: 'core',
		resolveKnownTags: false,
		uniqueKeys: false
	});
	const at = (offset: number | undefined) => {
		const { line, col } = lines.linePos(offset ?? 0);
		return `line ${line}, column ${col}`;
	};
	const warnings: Problem[] = doc.warnings.map((w) => ({
		file,
		path: '$',
		message: `${firstLine(w.message)} (${at(w.pos[0])})`
	}));
	const error = doc.errors[0];
	if (error?.code === 'MULTIPLE_DOCS') {
		return fail(
			`a second YAML document starts at ${at(error.pos[0])}: put one framework in each file`,
			warnings
		);
	}
	if (error) {
		const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more)` : '';
		return fail(
			`not valid YAML (${at(error.pos[0])}): ${firstLine(error.message)}${more}`,
			warnings
		);
	}

	let cycle: string | undefined;
	let duplicates = 0;
	visit(doc, {
		Alias(_key, alias, ancestors) {
			const target = alias.resolve(doc);
			if (target && ancestors.includes(target)) {
				cycle ??= `the alias *${alias.source} (${at(alias.range?.[0])}) is inside the node it names: it would never end`;
			}
		},
		Map(_key, map, ancestors) {
			const seen = new Map<string, number>();
			for (const pair of map.items) {
				if (!isScalar(pair.key)) continue;
				const key = String(pair.key.value);
				const line = lines.linePos(pair.key.range?.[0] ?? 0).line;
				const first = seen.get(key);
				if (first === undefined) {
					seen.set(key, line);
					continue;
				}
				if (++duplicates > MAX_DUPLICATE_WARNINGS) continue;
				warnings.push({
					file,
					path: jsonPath([...pathOf(ancestors, map), key]),
					message: `duplicate key "${key}" (line ${line}; first on line ${first}): the last one is used`
				});
			}
		}
	});
	if (duplicates > MAX_DUPLICATE_WARNINGS) {
		warnings.push({
			file,
			path: '$',
			message: `${duplicates - MAX_DUPLICATE_WARNINGS} more duplicate keys`
		});
	}
	if (cycle) return fail(cycle, warnings);

	let value: unknown;
	try {
		value = doc.toJS({ maxAliasCount: MAX_ALIASES });
	} catch (error) {
		// An alias to an anchor not yet set, or too many aliases (a "YAML bomb").
		return fail(
			`not valid YAML: ${firstLine(String((error as Error).message ?? error))}`,
			warnings
		);
	}
	return { ok: true, value, problems: [], warnings };
}
