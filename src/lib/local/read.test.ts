import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../import/formats';
import { MAX_FILE_BYTES as READER_MAX } from '../import/limits';
import { FORMAT_LABELS, MAX_FILE_BYTES, lineRange, problemLine } from './read';

describe('what the page knows of the reader without loading it', () => {
	it('refuses files at the reader’s own largest size, and names formats as the reader does', () => {
		expect(MAX_FILE_BYTES).toBe(READER_MAX);
		expect(FORMAT_LABELS).toEqual(FORMAT_NAMES);
	});
});

describe('problem lines', () => {
	it('takes a problem’s own line, else the line a JSON error names', () => {
		expect(problemLine({ line: 7, message: 'x' })).toBe(7);
		expect(problemLine({ message: 'not valid JSON (line 4, column 2): comma expected' })).toBe(4);
		expect(problemLine({ message: '$.steps[0]: required' })).toBeUndefined();
	});

	it('selects exactly one line of the text', () => {
		const text = 'first\nsecond line\n\nfourth';
		expect(text.slice(...lineRange(text, 1))).toBe('first');
		expect(text.slice(...lineRange(text, 2))).toBe('second line');
		expect(text.slice(...lineRange(text, 3))).toBe('');
		expect(text.slice(...lineRange(text, 4))).toBe('fourth');
		expect(lineRange(text, 9)).toEqual([text.length, text.length]);
	});
});
