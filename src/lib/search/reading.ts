// What a search field says it understood of a query naming a level ("Terraform · at P4"), and the
// one way out it offers: the words as typed, the level instead, or the level again. Pure, shared
// by the palette and the /search page (and their live regions).
import { formatRange } from '../frameworks/queries';
import type { QueryReading } from './types';

export interface ReadingView {
	/** What was understood: "Terraform · at P4", "Everything at P4–P5". */
	understood: string;
	/** Why, when the level words are not plain "P4": "“senior” spans P4–P5". */
	note: string;
	/** The way out: the button's label, whether it searches the words as typed, and the query it
	 * puts in the field instead (the same query when absent). */
	action: { label: string; literal: boolean; query?: string } | null;
}

const quote = (text: string) => `“${text}”`;
const list = (items: readonly string[]) =>
	items.length <= 1
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The level words as the common scale writes them ("P4", "P4–P5"), case and dashes aside. */
function plain(said: readonly string[], range: string): boolean {
	return said.length === 1 && said[0]!.toUpperCase().replace(/[-—]/g, '–') === range;
}

/** The query that reads as `words` at `levels`: the words, then the range ("platform P4–P5"). */
export function atLevels(words: string, levels: readonly [number, number]): string {
	return `${words} ${formatRange({ min: levels[0], max: levels[1] })}`.trim();
}

export function describeReading(reading: QueryReading, query: string): ReadingView {
	const said = list(reading.said.map(quote));
	const range = reading.levels && formatRange({ min: reading.levels[0], max: reading.levels[1] });
	const typed = query.replace(/\s+/g, ' ').trim();
	switch (reading.as) {
		case 'level': {
			const single = reading.levels![0] === reading.levels![1];
			return {
				understood: reading.words ? `${reading.words} · at ${range}` : `Everything at ${range}`,
				note: plain(reading.said, range!)
					? ''
					: `${said} ${reading.said.length > 1 ? 'together name' : single ? 'is' : 'spans'} ${range} on the common scale`,
				action: { label: `Search the words ${quote(typed)} instead`, literal: true }
			};
		}
		case 'name':
			return {
				understood: `${said} read as part of the name ${quote(reading.name ?? '')}`,
				note: '',
				action: range
					? {
							literal: false,
							label: reading.words
								? `Search ${quote(reading.words)} at ${range} instead`
								: `Show everything at ${range} instead`,
							query: atLevels(reading.words, reading.levels!)
						}
					: null
			};
		case 'clash':
			return {
				understood: `${said} name levels that do not overlap: every word searched as text`,
				note: '',
				action: null
			};
		case 'literal':
			return {
				understood: `Every word searched as text, ${said} included`,
				note: '',
				action: range ? { label: `Read ${said} as ${range}`, literal: false } : null
			};
	}
}

/** The same, as one sentence for a live region. */
export function readingText(view: ReadingView): string {
	return `Understood: ${view.understood}${view.note ? ` (${view.note})` : ''}.`;
}
