// The search index, built once at build time and shipped as a static file. The browser fetches it
// only when a person opens search (see $lib/search/load).
import { json } from '@sveltejs/kit';
import { catalog } from '$lib/frameworks/catalog.server';
import { buildSearchIndex } from '$lib/search/build';

export const prerender = true;

export function GET() {
	return json(buildSearchIndex(catalog.frameworks, catalog.skills));
}
