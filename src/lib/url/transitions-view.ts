// URL state of /transitions: `?from=<framework>/<track>` focuses one track. Parsing never throws;
// a malformed or unknown value falls back to the unfocused view with a notice to show.
import { quote } from './quote';

export interface TransitionsView {
	/** The focused track as `<framework>/<track>`, or null for every transition. */
	from: string | null;
	/** Set when `from` was given but could not be used: what to tell the reader. */
	notice: string | null;
}

export const ALL_TRANSITIONS: TransitionsView = { from: null, notice: null };

const TRACK_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The view a URL asks for; `known` holds every `<framework>/<track>` the graph draws. */
export function parseTransitionsView(
	params: URLSearchParams,
	known: ReadonlySet<string>
): TransitionsView {
	const raw = params.get('from');
	if (raw === null || raw.trim() === '') return ALL_TRANSITIONS;
	const key = raw.trim().toLowerCase();
	if (TRACK_KEY.test(key) && known.has(key)) return { from: key, notice: null };
	return { from: null, notice: `No track “${quote(raw)}” — showing all transitions.` };
}

/** The URL for a view: `from` set, or removed for every transition; other parameters kept. */
export function transitionsViewUrl(url: URL, from: string | null): URL {
	const next = new URL(url);
	const params = new URLSearchParams(next.search);
	if (from === null) params.delete('from');
	else params.set('from', from);
	// Keep the slash readable in shared links (`?from=speedoc-engineering/platform`).
	next.search = params.toString().replace(/%2F/gi, '/');
	return next;
}
