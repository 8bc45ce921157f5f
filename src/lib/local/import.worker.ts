// Reads a framework file off the page's thread: a hostile or huge file can only make this worker
// slow, and the page ends it when it takes too long (./read.ts).
import { readFramework, type Format } from '../import/formats';

export interface ReadRequest {
	text: string;
	fileName: string;
	format?: Format;
	skillIds: string[];
}

self.onmessage = (event: MessageEvent<ReadRequest>) => {
	const { text, fileName, format, skillIds } = event.data;
	self.postMessage(readFramework(text, { fileName, format, skillIds: new Set(skillIds) }));
};
