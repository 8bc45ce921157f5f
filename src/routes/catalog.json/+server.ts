// The built-in frameworks and skills as validated at build time, for the pages that draw a
// framework imported in this browser beside them (/mine/…). No other page fetches it.
import { json } from '@sveltejs/kit';
import { catalog } from '$lib/frameworks/catalog.server';

export const prerender = true;

export function GET() {
	return json({ frameworks: catalog.frameworks, skills: catalog.skills });
}
