import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import { PLATFORM_FAMILY, allBanks, inFamily, levelNames } from '$lib/quiz/banks';
import { stepNotes } from '$lib/quiz/notes';

// One quiz per bank: `/quiz/<framework>/<track>`, and the family at `/quiz/family/<family>`.
const banks = allBanks(catalog.frameworks);

export const entries: EntryGenerator = () =>
	banks.map((bank) => {
		const [fw, track] = bank.id.split('/') as [string, string];
		return { fw, track };
	});

export const load = (({ params }) => {
	const bank = banks.find((b) => b.id === `${params.fw}/${params.track}`);
	if (!bank) error(404, `There is no quiz for “${params.fw}/${params.track}”.`);
	const skillIds = new Set(bank.items.flatMap((i) => i.skills));
	const familyMember = bank.kind === 'family' || inFamily(PLATFORM_FAMILY, params.fw, params.track);
	return {
		bank,
		skillNames: Object.fromEntries(
			catalog.skills.filter((s) => skillIds.has(s.id)).map((s) => [s.id, s.name])
		),
		/** What each common level is called across the family, for the result. */
		levelNames: familyMember ? levelNames(catalog.frameworks, PLATFORM_FAMILY) : {},
		/** The data notes behind each step, for the result to show those of its suggestion. */
		notes: stepNotes(catalog.frameworks, bank, PLATFORM_FAMILY),
		family: { title: PLATFORM_FAMILY.title, href: `/quiz/family/${PLATFORM_FAMILY.id}` }
	};
}) satisfies PageServerLoad;
