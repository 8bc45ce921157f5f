// `npm run import -- <file> [--out <file.json>] [--id <framework-id>]`: a Markdown or text career
// framework → draft framework JSON on stdout (or in --out). Problems go to stderr as
// `<file>: line N: message`, exit code 1; bad arguments print the usage, exit code 2.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importFramework } from '../src/lib/import/index';
import { describeFsError } from './bundled';

const USAGE = `usage: npm run import -- <file.md|file.txt> [--out <file.json>] [--id <framework-id>]

Reads a career framework written in Markdown or plain text (a heading per level with bullets,
or a table of levels) and prints a draft framework JSON: steps, tracks and statements, with
no skills yet. Check the warnings, then add skills and run \`npm run validate\`.`;

interface Args {
	file: string;
	out?: string;
	id?: string;
}

/** The arguments, or the reason they are wrong. */
function parseArgs(argv: readonly string[]): Args | { usage: string } | 'help' {
	const args: Partial<Args> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (arg === '--help' || arg === '-h') return 'help';
		if (arg === '--out' || arg === '--id') {
			const value = argv[++i];
			if (!value || value.startsWith('--')) return { usage: `${arg} needs a value` };
			args[arg === '--out' ? 'out' : 'id'] = value;
		} else if (arg.startsWith('-')) return { usage: `unknown option ${arg}` };
		else if (args.file) return { usage: `one input file at a time (got ${args.file} and ${arg})` };
		else args.file = arg;
	}
	return args.file ? { ...args, file: args.file } : { usage: 'no input file given' };
}

function looksLikeJson(text: string): boolean {
	if (!/^\s*[{[]/.test(text)) return false;
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}

function main(argv: readonly string[]): number {
	const args = parseArgs(argv);
	if (args === 'help') {
		console.log(USAGE);
		return 0;
	}
	if ('usage' in args) {
		console.error(`import: ${args.usage}\n\n${USAGE}`);
		return 2;
	}
	let text: string;
	try {
		text = readFileSync(args.file, 'utf8');
	} catch (error) {
		console.error(`${args.file}: cannot read the file: ${describeFsError(error)}`);
		return 1;
	}
	if (looksLikeJson(text)) {
		console.error(
			`${args.file}: line 1: this is already JSON, not Markdown or text: check it with \`npm run validate -- ${args.file}\``
		);
		return 1;
	}

	const result = importFramework(text, { fileName: basename(args.file), id: args.id });
	if (!result.ok) {
		for (const e of result.errors) console.error(`${args.file}: line ${e.line}: ${e.message}`);
		return 1;
	}
	for (const w of result.warnings) {
		const at = /^line \d+: /.exec(w)?.[0] ?? '';
		console.error(`${args.file}: ${at}warning: ${w.slice(at.length)}`);
	}
	const json = `${JSON.stringify(result.framework, null, '\t')}\n`;
	if (!args.out) {
		process.stdout.write(json);
		return 0;
	}
	try {
		writeFileSync(args.out, json);
	} catch (error) {
		console.error(`${args.out}: cannot write the file: ${describeFsError(error)}`);
		return 1;
	}
	const { steps, statements = [] } = result.framework;
	console.log(`${args.out}: wrote ${steps.length} steps and ${statements.length} statements`);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	// Never a stack trace: an unexpected failure is still one readable line.
	console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
