import type { EntryGenerator, PageServerLoad } from './$types';
import { catalog } from '$lib/frameworks/catalog.server';
import { catalogBanks, quizPageData } from '$lib/views/quiz-page';
import { orNotFound } from '$lib/views/not-found.server';

// One quiz per bank: `/quiz/<framework>/<track>`, and the family at `/quiz/family/<family>`.
export const entries: EntryGenerator = () =>
	catalogBanks(catalog).map((bank) => {
		const [fw, track] = bank.id.split('/') as [string, string];
		return { fw, track };
	});

export const load = (({ params }) =>
	orNotFound(() => quizPageData(catalog, `${params.fw}/${params.track}`))) satisfies PageServerLoad;
