// The cells a comparison link names, fetched once per page session from their prerendered files
// (see src/routes/compare/cells): the /compare page never ships the catalogue.
import { base } from '../base';
import type { CellRef, CompareCell } from './cell';
import { refText } from '../url/compare-view';

const cache = new Map<string, Promise<CompareCell>>();

export function loadCell(ref: CellRef): Promise<CompareCell> {
	const key = refText(ref);
	let loading = cache.get(key);
	if (!loading) {
		loading = fetch(`${base}/compare/cells/${key}.json`).then((response) => {
			if (!response.ok) throw new Error(`${key}: HTTP ${response.status}`);
			return response.json() as Promise<CompareCell>;
		});
		// A failed load may be retried (the network may come back).
		loading.catch(() => cache.delete(key));
		cache.set(key, loading);
	}
	return loading;
}
