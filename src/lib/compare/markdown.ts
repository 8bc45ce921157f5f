// A comparison as a Markdown document for a promotion conversation: what stays, grows and is new,
// every sentence verbatim (never escaped or reworded) with the cell and source it comes from.
import type { CompareStatement } from './cell';
import type { StatementMatch } from './match';
import type { CellHeader, ComparisonView, GroupView } from './view';
import { proficiencyText, shownKey, skillChangeText } from './words';

const quote = (s: CompareStatement) => s.text.replace(/\s+/g, ' ').trim();

function diffText(m: StatementMatch): string {
	return (m.diff ?? [])
		.map((part) =>
			part.op === 'same'
				? part.text
				: part.op === 'removed'
					? part.text.replace(/^(\s*)(.+)$/s, '$1~~$2~~')
					: part.text.replace(/^(\s*)(.+)$/s, '$1**$2**')
		)
		.join('');
}

function groupTitle(group: GroupView): string {
	if (!group.skill) return group.title;
	const s = group.skill;
	const words =
		s.verdict === 'grows' || s.verdict === 'eases'
			? ` (${proficiencyText(s.from)} → ${proficiencyText(s.to)})`
			: '';
	return `${s.name}: ${skillChangeText(s)}${words}`;
}

/** A sentence already quoted in full under another skill: its first words and where it is. */
export function reference(text: string, where: string): string {
	const words = text.replace(/\s+/g, ' ').trim().split(' ');
	const start = words.length > 10 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
	return `“${start}” (in full under ${where})`;
}

/** `origin` turns the site's paths into links that work where the document is pasted. */
export function comparisonMarkdown(view: ComparisonView, link: string, origin = ''): string {
	const lines: string[] = [];
	const cellTitle = (c: CellHeader) => `${c.framework.name}: ${c.track.name} · ${c.step.name}`;
	lines.push(`# ${view.cells.map((c) => c.short).join(' → ')}`, '');
	lines.push(`Compared in Career Explorer: ${link}`, '');
	lines.push('Every sentence is quoted verbatim from its source.', '');

	for (const pair of view.pairs) {
		const from = view.cells[pair.from]!;
		const to = view.cells[pair.to]!;
		lines.push(`## ${from.short} → ${to.short}`, '', pair.summary, '');
		if (pair.repeatNote) lines.push(`> Data note: ${pair.repeatNote}`, '');
		if (pair.identical) {
			if (pair.shared.length > 0) lines.push('Both say:', '');
			for (const s of pair.shared) lines.push(`- ${quote(s)}`);
			lines.push('');
			continue;
		}
		for (const bucket of pair.buckets) {
			lines.push(`### ${bucket.title}`, '');
			const echoes = bucket.groups.filter((g) => g.echo);
			for (const group of bucket.groups.filter((g) => !g.echo)) {
				lines.push(`#### ${groupTitle(group)}`, '');
				const again = (key: string, text: string) => {
					const first = group.shownIn[key];
					return first ? reference(text, first.title) : null;
				};
				for (const m of group.pairs) {
					const repeated = again(shownKey('after', m.after!.id), m.after!.text);
					if (repeated) lines.push(`- ${m.kind === 'same' ? 'Both' : pair.says}: ${repeated}`);
					else if (m.kind === 'same') {
						lines.push(`- Both: ${quote(m.after!)}`);
						if (!m.exact) lines.push(`  - Changed: ${diffText(m)}`);
					} else {
						lines.push(`- ${pair.says}: ${quote(m.after!)}`);
						lines.push(`  - ${pair.said}: ${quote(m.before!)}`);
						lines.push(`  - Changed: ${diffText(m)}`);
					}
				}
				if (group.pairs.length > 0) lines.push('');
				for (const [title, side, list] of [
					[pair.said, 'before', group.removed],
					[pair.says, 'after', group.added]
				] as const) {
					if (list.length === 0) continue;
					lines.push(`${title}:`, '');
					for (const s of list) lines.push(`- ${again(shownKey(side, s.id), s.text) ?? quote(s)}`);
					lines.push('');
				}
				if (group.pairs.length + group.added.length + group.removed.length === 0) {
					lines.push('(In the step guidelines, not in a sentence.)');
				}
				lines.push('');
			}
			if (echoes.length > 0) {
				lines.push('Also named by the sentences above:', '');
				for (const g of echoes) {
					lines.push(`- ${groupTitle(g)} (under ${g.quotedIn.map((q) => q.title).join(', ')})`);
				}
				lines.push('');
			}
		}
	}

	const guidelines = view.dimensions;
	if (guidelines.length > 0) {
		lines.push('## Step guidelines', '');
		for (const row of guidelines) {
			lines.push(`### ${row.label}`, '');
			row.cells.forEach(({ values }, i) => {
				const said = values.map((d) => `${d.label}: ${d.text}`).join(' / ');
				lines.push(`- ${view.cells[i]!.short}: ${said || '—'}`);
			});
			lines.push('');
		}
	}

	lines.push('## Sources', '');
	for (const c of view.cells) {
		const where = c.framework.source.url ?? c.framework.source.file;
		lines.push(
			`- ${c.short}: ${cellTitle(c)} (${c.range ?? 'not on the common scale'}), ${origin}${c.href}; source: “${c.framework.source.title}”, ${where}`
		);
	}
	return `${lines
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim()}\n`;
}
