// The words a comparison is shown in, on the page and in its Markdown. Apart from view.ts (which
// works the comparison out, with the matching code), so that a page showing a comparison worked
// out at build time loads none of that.
import { PROFICIENCY_LABELS } from '../model/proficiency';
import type { SkillChange } from './match';

/** Two frameworks may use the same sentence id: a key names the side too. */
export const shownKey = (side: 'before' | 'after', id: string) => `${side}:${id}`;

/** "3 independent". */
export const proficiencyText = (p: number | null) =>
	p === null ? 'no proficiency given' : `${p} ${PROFICIENCY_LABELS[p] ?? ''}`.trim();

/** "3 → 4", "new at 4", "3, then none". */
export function skillChangeText(s: SkillChange): string {
	const n = (p: number | null) => (p === null ? '?' : String(p));
	if (s.verdict === 'new') return s.to === null ? 'newly named' : `new at ${s.to}`;
	if (s.verdict === 'gone')
		return s.from === null ? 'no longer named' : `${s.from}, then not named`;
	if (s.from === s.to) return s.from === null ? 'named in both' : `${s.from} in both`;
	return `${n(s.from)} → ${n(s.to)}`;
}
