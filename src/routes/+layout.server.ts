import { catalog } from '$lib/frameworks/catalog.server';
import { navIndex } from '$lib/frameworks/queries';

// Every page gets the small navigation index (ids and names), never the full data.
export function load() {
	return { nav: navIndex(catalog.frameworks) };
}
