// `npm run import -- <file> [--out <file.json>] [--id <framework-id>] [--format <format>]`: a
// framework as people publish it (Markdown, text, HTML) or author it (JSON, YAML in the same
// shape) → framework JSON on stdout (or in --out). Problems go to stderr as `<file>: line N:
// message` or `<file>: $.path: message`, exit code 1; bad arguments print the usage, exit 2.
// The reading runs in a worker thread with a time and memory limit, so no input can hang the
// command or take the machine's memory, whatever the parsers do with it.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Format, ReadOptions, ReadProblem, ReadResult } from '../src/lib/import/formats';

const USAGE = `usage: npm run import -- <file> [--out <file.json>] [--id <framework-id>] [--format <format>]

Reads a career framework and prints it as framework JSON:
  Markdown, plain text or HTML (a heading per level with bullets, or a table of levels) become a
  draft: steps, tracks and statements, no skills yet; what is not a level is kept as context.
  JSON and YAML in the framework's own shape are checked as \`npm run validate\` checks them.
The format comes from the extension (.md .markdown .html .htm .json .yaml .yml), else from the
content; --format markdown|text|html|json|yaml says it. Check the warnings, then add skills and
run \`npm run validate\`.`;

const FORMATS: readonly Format[] = ['markdown', 'text', 'html', 'json', 'yaml'];
/** The reading is stopped after this long: with the start-up, the command ends within 10 s. */
const TIME_LIMIT_MS = 8_000;
/** And when its heap grows past this. */
const MEMORY_LIMIT_MB = 1_536;

interface Args {
	file: string;
	out?: string;
	id?: string;
	format?: Format;
}

/** The arguments, or the reason they are wrong. */
function parseArgs(argv: readonly string[]): Args | { usage: string } | 'help' {
	const args: Partial<Args> = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (arg === '--help' || arg === '-h') return 'help';
		if (arg === '--out' || arg === '--id' || arg === '--format') {
			const value = argv[++i];
			if (!value || value.startsWith('--')) return { usage: `${arg} needs a value` };
			if (arg === '--format') {
				if (!FORMATS.includes(value as Format)) {
					return { usage: `--format is one of ${FORMATS.join(', ')} (got ${value})` };
				}
				args.format = value as Format;
			} else args[arg === '--out' ? 'out' : 'id'] = value;
		} else if (arg.startsWith('-')) return { usage: `unknown option ${arg}` };
		else if (args.file) return { usage: `one input file at a time (got ${args.file} and ${arg})` };
		else args.file = arg;
	}
	return args.file ? { ...args, file: args.file } : { usage: 'no input file given' };
}

/** The file as text: UTF-8 (a byte order mark is dropped later) or UTF-16 with its mark. */
function decode(bytes: Buffer): string | { error: string } {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
	if (bytes.includes(0)) {
		return {
			error: 'this is a binary file, not text: expected Markdown, text, HTML, JSON or YAML'
		};
	}
	return bytes.toString('utf8');
}

interface Job {
	text: string;
	options: Omit<ReadOptions, 'skillIds'> & { skillIds: string[] };
}

/** Runs in the worker (and in-process when no worker can start). */
async function read(job: Job): Promise<ReadResult> {
	const { readFramework } = await import('../src/lib/import/formats');
	return readFramework(job.text, { ...job.options, skillIds: new Set(job.options.skillIds) });
}

type Outcome = { result: ReadResult } | { failure: string };

/** `read` in a worker thread that is stopped at the time or memory limit. */
function readInWorker(job: Job): Promise<Outcome> {
	let tsx: string;
	try {
		tsx = import.meta.resolve('tsx/esm/api');
	} catch {
		// Not run through tsx (no loader for a TypeScript worker): read here, unguarded.
		return read(job).then((result) => ({ result }));
	}
	const self = import.meta.url;
	// The worker loads this same file through tsx; the file sees it is not the main thread.
	const boot = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)}))`;
	return new Promise((resolve) => {
		const worker = new Worker(boot, {
			eval: true,
			workerData: job,
			resourceLimits: { maxOldGenerationSizeMb: MEMORY_LIMIT_MB },
			stderr: true
		});
		worker.stderr.resume(); // whatever the worker prints is not the user's business
		let settled = false;
		const done = (outcome: Outcome) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			void worker.terminate();
			resolve(outcome);
		};
		const timer = setTimeout(
			() =>
				done({
					failure: `gave up after ${TIME_LIMIT_MS / 1000} s: too large or too intricate to read in time; split it into smaller files`
				}),
			TIME_LIMIT_MS
		);
		worker.on('message', (result: ReadResult) => done({ result }));
		worker.on('error', (error: Error & { code?: string }) =>
			done({
				failure:
					error.code === 'ERR_WORKER_OUT_OF_MEMORY'
						? `ran out of memory reading it (over ${MEMORY_LIMIT_MB / 1024} GB); split it into smaller files`
						: `could not be read: ${error.message}`
			})
		);
		worker.on('exit', () => done({ failure: 'could not be read: the reader stopped' }));
	});
}

/** The bundled skill taxonomy, which JSON and YAML frameworks are checked against. */
async function skillIds(): Promise<string[]> {
	const { DATA_DIR, readJsonFile } = await import('./bundled');
	const { parseTaxonomy } = await import('../src/lib/model/validate');
	const data = readJsonFile(join(DATA_DIR, 'skills.json'), 'data/skills.json');
	const taxonomy = data.ok ? parseTaxonomy(data.value, 'data/skills.json') : data;
	return taxonomy.ok ? taxonomy.value.skills.map((s) => s.id) : [];
}

function describeFsError(error: unknown): string {
	const code = (error as { code?: string } | null)?.code;
	const known: Record<string, string> = {
		ENOENT: 'no such file',
		EISDIR: 'is a directory, not a file',
		EACCES: 'permission denied',
		ENOTDIR: 'a folder in the path is a file'
	};
	return (code && known[code]) ?? (error instanceof Error ? error.message : String(error));
}

async function main(argv: readonly string[]): Promise<number> {
	const args = parseArgs(argv);
	if (args === 'help') {
		console.log(USAGE);
		return 0;
	}
	if ('usage' in args) {
		console.error(`import: ${args.usage}\n\n${USAGE}`);
		return 2;
	}
	const { detectFormat, FORMAT_NAMES, formatReadProblem } =
		await import('../src/lib/import/formats');
	const { MAX_FILE_BYTES, sizeError } = await import('../src/lib/import/limits');

	let text: string;
	try {
		// A file too big for any format is refused before it is read.
		const { size } = statSync(args.file);
		const guess = args.format ?? detectFormat(basename(args.file), '').format;
		const tooBig = size > MAX_FILE_BYTES ? sizeError(size, guess) : undefined;
		if (tooBig) {
			console.error(formatReadProblem(args.file, tooBig));
			return 1;
		}
		const decoded = decode(readFileSync(args.file));
		if (typeof decoded !== 'string') {
			console.error(`${args.file}: ${decoded.error}`);
			return 1;
		}
		text = decoded;
	} catch (error) {
		console.error(`${args.file}: cannot read the file: ${describeFsError(error)}`);
		return 1;
	}

	const fileName = basename(args.file);
	const detected = args.format
		? { format: args.format, by: 'option' as const }
		: detectFormat(fileName, text);
	const structured = detected.format === 'json' || detected.format === 'yaml';
	const job: Job = {
		text,
		options: {
			fileName,
			id: args.id,
			format: detected.format,
			skillIds: structured ? await skillIds() : []
		}
	};
	const outcome = await readInWorker(job);
	if ('failure' in outcome) {
		console.error(`${args.file}: ${outcome.failure}`);
		return 1;
	}
	const result = outcome.result;
	if (detected.by === 'content') {
		console.error(
			`${args.file}: note: read as ${FORMAT_NAMES[detected.format]} (from its content)`
		);
	}
	const print = (problems: readonly ReadProblem[], prefix = '') => {
		for (const p of problems) console.error(formatReadProblem(args.file, p, prefix));
	};
	print(result.warnings, 'warning: ');
	if (!result.ok) {
		print(result.errors);
		return 1;
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

if (isMainThread) {
	try {
		process.exitCode = await main(process.argv.slice(2));
	} catch (error) {
		// Never a stack trace: an unexpected failure is still one readable line.
		console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 1;
	}
} else {
	// The worker: read the job it was given and send the result back.
	parentPort?.postMessage(await read(workerData as Job));
}
