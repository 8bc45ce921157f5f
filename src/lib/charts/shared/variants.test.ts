import { describe, expect, it } from 'vitest';
import { drawings } from './variants';

describe('drawings', () => {
	it('one per size given, narrowest first, named after the chart', () => {
		const list = drawings('ladder', { wide: () => 'W', narrow: () => 'N' });
		expect(list.map((d) => [d.id, d.size, d.layout])).toEqual([
			['ladder-narrow', 'narrow', 'N'],
			['ladder-wide', 'wide', 'W']
		]);
	});

	it('lays a drawing out only when its layout is read', () => {
		const made: string[] = [];
		const layout = (size: string) => () => (made.push(size), size);
		const list = drawings('chart', {
			narrow: layout('narrow'),
			medium: layout('medium'),
			wide: layout('wide')
		});
		expect(made).toEqual([]);
		expect(list[2]!.layout).toBe('wide');
		expect(made).toEqual(['wide']);
	});
});
