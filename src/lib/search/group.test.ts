import { describe, expect, it } from 'vitest';
import { groupHits } from './group';
import type { DocKind, SearchHit } from './types';

function hit(kind: DocKind, framework: string | null, id: string): SearchHit {
	return {
		doc: {
			key: `${kind}:${framework}:${id}`,
			kind,
			title: id,
			aliases: [],
			text: [],
			skills: [],
			framework,
			track: null,
			step: null,
			levels: null,
			context: '',
			href: '/'
		},
		score: 0,
		tier: 'phrase',
		title: [],
		snippet: [],
		alias: null,
		skill: null
	};
}

describe('groupHits', () => {
	it("groups by kind and framework, in the order of each group's best hit", () => {
		const groups = groupHits(
			[
				hit('skill', null, 'a'),
				hit('statement', 'x', 'b'),
				hit('statement', 'y', 'c'),
				hit('framework', 'y', 'd'),
				hit('statement', 'x', 'e'),
				hit('framework', 'x', 'f'),
				hit('skill', null, 'g')
			],
			(id) => id.toUpperCase()
		);
		expect(groups.map((g) => [g.label, g.hits.map((h) => h.doc.title)])).toEqual([
			['Skills', ['a', 'g']],
			['Statements · X', ['b', 'e']],
			['Statements · Y', ['c']],
			['Frameworks', ['d', 'f']]
		]);
	});

	it('has no group for no hits', () => {
		expect(groupHits([])).toEqual([]);
	});
});
