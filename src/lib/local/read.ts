// The /import page's way in: the importer and validator run in a worker (./import.worker.ts) with a
// time limit, so the page stays responsive whatever the file holds.
import type { Format, ReadResult } from '../import/formats';
import type { ReadRequest } from './import.worker';
import { startWorker } from '../workers/script';

/** How long reading may take before the worker is stopped (a 1 MB ladder reads in about 1 s). */
export const READ_TIMEOUT_MS = 8000;

/**
 * The largest file read at all (the JSON cap; text formats stop at 2 MB inside the reader). Kept
 * here, not imported from ../import/limits, so the page does not ship the Markdown parser.
 */
export const MAX_FILE_BYTES = 5_000_000;

/** The formats' names, as the page says them (../import/formats holds the same, with the parser). */
export const FORMAT_LABELS: Record<Format, string> = {
	markdown: 'Markdown',
	text: 'plain text',
	html: 'HTML',
	json: 'JSON',
	yaml: 'YAML'
};

export type ReadOutcome = ReadResult | { timedOut: true } | { crashed: string };

export function readInWorker(
	request: ReadRequest,
	timeout = READ_TIMEOUT_MS
): Promise<ReadOutcome> {
	return new Promise((resolve) => {
		const worker = startWorker('import');
		const finish = (outcome: ReadOutcome) => {
			clearTimeout(timer);
			worker.terminate();
			resolve(outcome);
		};
		const timer = setTimeout(() => finish({ timedOut: true }), timeout);
		worker.onmessage = (event: MessageEvent<ReadResult>) => finish(event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			finish({ crashed: event.message || 'the reader stopped unexpectedly' });
		};
		worker.postMessage(request);
	});
}

/** The line a problem points at: its own, or the one a JSON parser named in its message. */
export function problemLine(problem: { line?: number; message: string }): number | undefined {
	if (problem.line !== undefined) return problem.line;
	const m = /\(line (\d+)/.exec(problem.message);
	return m ? Number(m[1]) : undefined;
}

/** The character range of a 1-based line in a text, for selecting it in the textbox. */
export function lineRange(text: string, line: number): [number, number] {
	let start = 0;
	for (let n = 1; n < line; n++) {
		const next = text.indexOf('\n', start);
		if (next < 0) return [text.length, text.length];
		start = next + 1;
	}
	const end = text.indexOf('\n', start);
	return [start, end < 0 ? text.length : end];
}
