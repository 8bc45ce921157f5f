// The quiz's URL state, parsed without ever throwing: `/quiz?fw=<fw>&track=<track>` (or
// `?family=<family>`) starts that quiz; `?seed=<n>` fixes its question order; `?r=<code>` on a
// quiz's page is its result (see ./code).
import { withQuery } from '../frameworks/paths';
import { quote } from '../url/quote';
import type { PlacementOption } from './banks';

export type StartRequest =
	| { kind: 'none' }
	| { kind: 'start'; href: string }
	| { kind: 'cannot-place'; option: PlacementOption }
	| { kind: 'unknown'; message: string };

/** A seed from the URL, or null when absent or not a 32-bit unsigned integer. */
export function parseSeed(value: string | null): number | null {
	if (value === null || !/^\d{1,10}$/.test(value)) return null;
	const n = Number(value);
	return n < 2 ** 32 ? n : null;
}

export function parseStart(
	params: URLSearchParams,
	options: readonly PlacementOption[],
	families: readonly { id: string; href: string; title: string }[]
): StartRequest {
	const seed = parseSeed(params.get('seed'));
	const withSeed = (href: string) =>
		seed === null ? href : withQuery(href, { seed: String(seed) });
	const familyId = params.get('family');
	const fw = params.get('fw');
	const track = params.get('track');

	if (familyId !== null) {
		const family = families.find((f) => f.id === familyId);
		return family
			? { kind: 'start', href: withSeed(family.href) }
			: { kind: 'unknown', message: `There is no family of tracks called “${quote(familyId)}”.` };
	}
	if (fw === null) {
		return track === null
			? { kind: 'none' }
			: { kind: 'unknown', message: 'The link names a track but not its framework.' };
	}
	const ofFramework = options.filter((o) => o.framework === fw);
	if (ofFramework.length === 0) {
		return { kind: 'unknown', message: `There is no framework called “${quote(fw)}”.` };
	}
	const name = ofFramework[0]!.frameworkName;
	if (track === null) {
		const placeable = ofFramework.filter((o) => o.canPlace);
		if (placeable.length === 1) return { kind: 'start', href: withSeed(placeable[0]!.href) };
		if (placeable.length === 0) return { kind: 'cannot-place', option: ofFramework[0]! };
		return { kind: 'unknown', message: `${name} has several tracks: choose one below.` };
	}
	const option = ofFramework.find((o) => o.track === track);
	if (!option)
		return { kind: 'unknown', message: `${name} has no track called “${quote(track)}”.` };
	return option.canPlace
		? { kind: 'start', href: withSeed(option.href) }
		: { kind: 'cannot-place', option };
}
