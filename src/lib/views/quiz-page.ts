// One quiz's page as data, from any catalogue: the bank, and the names and notes its result shows.
import type { Catalog } from '../frameworks/catalog';
import { base } from '../base';
import { PLATFORM_FAMILY, allBanks, inFamily, levelNames, type Bank } from '../quiz/banks';
import { stepNotes } from '../quiz/notes';
import { UnknownId } from './unknown-id';

// Making every bank reads every statement: once per catalogue, not once per quiz page.
const cache = new WeakMap<Catalog, Bank[]>();

/** Every bank of a catalogue (`<framework>/<track>`, and the family's `family/<family>`). */
export function catalogBanks(catalog: Catalog): Bank[] {
	let banks = cache.get(catalog);
	if (!banks) {
		banks = allBanks(catalog.frameworks);
		cache.set(catalog, banks);
	}
	return banks;
}

/** The page of the quiz on bank `bankId`; throws UnknownId when the catalogue has no such bank. */
export function quizPageData(catalog: Catalog, bankId: string) {
	const bank = catalogBanks(catalog).find((b) => b.id === bankId);
	if (!bank) throw new UnknownId(`There is no quiz for “${bankId}”.`);
	const [framework, track] = bankId.split('/') as [string, string];
	const skillIds = new Set(bank.items.flatMap((i) => i.skills));
	const familyMember = bank.kind === 'family' || inFamily(PLATFORM_FAMILY, framework, track);
	return {
		bank,
		skillNames: Object.fromEntries(
			catalog.skills.filter((s) => skillIds.has(s.id)).map((s) => [s.id, s.name])
		),
		/** What each common level is called across the family, for the result. */
		levelNames: familyMember ? levelNames(catalog.frameworks, PLATFORM_FAMILY) : {},
		/** The data notes behind each step, for the result to show those of its suggestion. */
		notes: stepNotes(catalog.frameworks, bank, PLATFORM_FAMILY),
		/** The family quiz, when the catalogue has one (a FRAMEWORKS_ONLY build may not). */
		family: catalogBanks(catalog).some((b) => b.kind === 'family')
			? { title: PLATFORM_FAMILY.title, href: `${base}/quiz/family/${PLATFORM_FAMILY.id}` }
			: null
	};
}
