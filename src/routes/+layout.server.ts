import { catalog } from '$lib/frameworks/catalog.server';
import { navIndex, navSkills } from '$lib/frameworks/queries';

// Every page gets the small navigation index (ids and names), never the full data; the skills'
// names let a mistyped /skills/… link suggest the skill meant.
export function load() {
	return { nav: navIndex(catalog.frameworks), skills: navSkills(catalog.skills) };
}
