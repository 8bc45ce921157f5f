// Hits grouped for display: by kind, and by framework within a kind, each group where its best
// hit ranks, so the best hit of all opens the list.
import { KIND_LABELS, type DocKind, type SearchHit } from './types';

export interface HitGroup {
	/** Stable: `<kind>` or `<kind>:<framework>`. */
	id: string;
	kind: DocKind;
	framework: string | null;
	label: string;
	hits: SearchHit[];
}

export function groupHits(
	hits: readonly SearchHit[],
	frameworkName: (id: string) => string = (id) => id
): HitGroup[] {
	const groups = new Map<string, HitGroup>();
	for (const hit of hits) {
		const { kind, framework } = hit.doc;
		// Skills belong to no framework; frameworks are one group of their own.
		const by = kind === 'skill' || kind === 'framework' ? null : framework;
		const id = by ? `${kind}:${by}` : kind;
		let group = groups.get(id);
		if (!group) {
			const label = by
				? `${KIND_LABELS[kind].many} · ${frameworkName(by)}`
				: KIND_LABELS[kind].many;
			group = { id, kind, framework: by, label, hits: [] };
			groups.set(id, group);
		}
		group.hits.push(hit);
	}
	return [...groups.values()];
}
