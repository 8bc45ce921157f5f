// The result as Markdown, for a 1:1 document: the same facts as the result page, in plain text.
import { COVERAGE_LABELS } from '../frameworks/labels';
import { formatRange } from '../frameworks/queries';
import { levelNameText, type Bank, type LevelName } from './banks';
import { ANSWER_LABELS } from './model';
import type { QuizNote } from './notes';
import { growthPlan, type PlanItem } from './plan';
import type { Placement } from './result';
import { percentLabel } from './chart/layout';

export interface MarkdownInput {
	bank: Bank;
	placement: Placement;
	/** What the suggestion's common level(s) are called in the family's frameworks. */
	names: readonly { level: number; names: readonly LevelName[] }[];
	skillNames: Readonly<Record<string, string>>;
	/** The result link (absolute). */
	link: string;
	/** The site's origin, for absolute links to skill pages. */
	origin: string;
	/** The data notes of the suggested step(s). */
	notes?: readonly QuizNote[];
}

const percent = percentLabel;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const cell = (text: string) => oneLine(text).replace(/\|/g, '\\|');

export function resultMarkdown({
	bank,
	placement,
	names,
	skillNames,
	link,
	origin,
	notes = []
}: MarkdownInput): string {
	const lines: string[] = [];
	const step = (i: number) => bank.steps[i]!.name;
	const statement = (i: number) => oneLine(bank.items[i]!.text);
	const where = (i: number) => {
		const s = bank.items[i]!.source;
		return bank.kind === 'family' ? ` _(${s.frameworkName}, ${s.stepLabel})_` : '';
	};

	lines.push(`# Where am I: ${bank.title}`, '');
	lines.push(
		'_A conversation starter for a growth discussion, not a promotion checklist. It reflects my own answers, nothing more._',
		''
	);
	if (placement.suggested === null) {
		lines.push(
			`**Not enough answers to suggest a step** (${placement.answered} answered, ${placement.skipped} skipped).`,
			''
		);
	} else {
		const suggestion = placement.together.map(step).join(' or ');
		lines.push(
			`**Suggested step: ${suggestion}** — ${placement.sureness} (${percent(placement.confidence)}), from ${placement.answered} answers${placement.skipped > 0 ? ` (${placement.skipped} skipped)` : ''}.`,
			''
		);
		if (placement.together.length > 1) {
			lines.push(`The source does not tell ${suggestion.replace(' or ', ' and ')} apart.`, '');
		}
		const where = formatRange(placement.range);
		if (bank.kind === 'track' && placement.range && where !== suggestion) {
			lines.push(`${suggestion} sits at ${where} on the common scale.`, '');
		}
		for (const { level, names: called } of names) {
			if (called.length === 0) continue;
			lines.push(`P${level} on the common scale is called:`, '');
			for (const n of called) {
				const status =
					n.status === 'defined'
						? ''
						: ` (${COVERAGE_LABELS[n.status]} for its ${n.trackName} track)`;
				lines.push(`- ${n.frameworkName}: ${levelNameText(n)}${status}`);
			}
			lines.push('');
		}
	}

	if (notes.length > 0) {
		lines.push('## Notes on the data', '');
		for (const n of notes) {
			lines.push(`- ${n.frameworkName} (${n.about}): ${oneLine(`${n.lead} ${n.rest}`)}`);
		}
		lines.push('');
	}

	lines.push('## How likely each step is', '', '| Step | Probability |', '| --- | ---: |');
	bank.steps.forEach((s, i) =>
		lines.push(`| ${cell(s.name)} | ${percent(placement.posterior[i]!)} |`)
	);
	lines.push('');

	if (placement.why.length > 0) {
		lines.push('## The answers that moved it most', '');
		for (const w of placement.why) {
			lines.push(
				`- “${statement(w.item)}”${where(w.item)} — ${ANSWER_LABELS[w.answer]} (pulled it ${w.direction})`
			);
		}
		lines.push('');
	}

	if (placement.next !== null) {
		// The same order as the page: the plan by skill, the key skills, then the rest.
		const plan = growthPlan(bank, placement);
		const skill = (id: string) => `[${skillNames[id] ?? id}](${origin}/skills/${id})`;
		const item = (p: PlanItem) =>
			`- [ ] ${statement(p.item)}${where(p.item)} — ${p.answer === null ? 'not asked' : `answered ${ANSWER_LABELS[p.answer]}`}`;
		lines.push(`## Growth plan: what ${step(placement.next)} asks for`, '');
		if (plan.groups.length === 0 && plan.more.length === 0) {
			lines.push(
				`Every ${step(placement.next)} statement asked was answered Usually or Consistently.`,
				''
			);
		}
		for (const group of plan.groups) {
			lines.push(`### ${group.skill ? skill(group.skill) : 'Other'}`, '');
			lines.push(...group.items.map(item), '');
		}
		if (plan.keySkills.length > 0) {
			lines.push(
				`The skills that matter most for ${step(placement.next)}: ${plan.keySkills.map(skill).join(', ')}.`,
				''
			);
		}
		if (plan.more.length > 0) {
			lines.push(`### The rest of what ${step(placement.next)} asks`, '');
			lines.push(...plan.more.map(item), '');
		}
		if (plan.otherSkills.length > 0) {
			lines.push(
				`Other skills its statements name: ${plan.otherSkills.map(skill).join(', ')}.`,
				''
			);
		}
	}

	lines.push(`Result link: ${link}`, '');
	return lines.join('\n');
}
