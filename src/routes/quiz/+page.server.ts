import type { PageServerLoad } from './$types';
import { base } from '$lib/base';
import { catalog } from '$lib/frameworks/catalog.server';
import { PLATFORM_FAMILY, familyBank, trackOptions } from '$lib/quiz/banks';

// The start page gets the choices only (names, counts, whether each can place): no statements.
export const load = (() => {
	const family = familyBank(catalog.frameworks, PLATFORM_FAMILY);
	const fwName = new Map(catalog.frameworks.map((f) => [f.id, f.name]));
	return {
		// A build without the family's frameworks (FRAMEWORKS_ONLY) has no family quiz to offer.
		family:
			family.items.length === 0
				? null
				: {
						id: PLATFORM_FAMILY.id,
						href: `${base}/quiz/${family.id}`,
						title: family.title,
						description: family.description,
						questions: family.items.length,
						members: PLATFORM_FAMILY.members
							.filter((m) => fwName.has(m.framework))
							.map((m) => ({
								framework: m.framework,
								frameworkName: fwName.get(m.framework)!,
								questions: family.items.filter((i) => i.source.framework === m.framework).length,
								...(m.why === undefined ? {} : { why: m.why })
							}))
					},
		options: trackOptions(catalog.frameworks)
	};
}) satisfies PageServerLoad;
