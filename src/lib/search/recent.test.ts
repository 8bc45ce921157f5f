import { describe, expect, it } from 'vitest';
import { addRecent, loadRecent, parseRecent, RECENT_KEY, RECENT_MAX, saveRecent } from './recent';

function memory(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		removeItem: (k: string) => void data.delete(k)
	};
}

describe('parseRecent', () => {
	it.each([
		[null, []],
		['', []],
		['not json', []],
		['[]', []],
		['{"queries":"k8s"}', []],
		['{"queries":[1,null,"k8s",{"a":1}," ","golden path","k8s"]}', ['k8s', 'golden path']]
	])('%j → %j', (raw, expected) => {
		expect(parseRecent(raw)).toEqual(expected);
	});

	it('keeps at most the newest few', () => {
		const many = JSON.stringify({ queries: Array.from({ length: 20 }, (_, i) => `q${i}`) });
		expect(parseRecent(many)).toHaveLength(RECENT_MAX);
	});
});

describe('addRecent', () => {
	it('puts the query first, once, whatever its case and spacing', () => {
		expect(addRecent(['k8s', 'golden path'], '  Golden   Path ')).toEqual(['Golden Path', 'k8s']);
		expect(addRecent(['k8s'], '   ')).toEqual(['k8s']);
	});
});

describe('load and save', () => {
	it('round-trips through the storage under a versioned key', () => {
		const storage = memory();
		saveRecent(['k8s', 'iac'], storage);
		expect(storage.data.has(RECENT_KEY)).toBe(true);
		expect(RECENT_KEY).toMatch(/:v1$/);
		expect(loadRecent(storage)).toEqual(['k8s', 'iac']);
		saveRecent([], storage);
		expect(storage.data.has(RECENT_KEY)).toBe(false);
	});

	it('ignores damaged data and storage that throws', () => {
		expect(loadRecent(memory({ [RECENT_KEY]: '{"queries": [' }))).toEqual([]);
		const broken = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('full');
			},
			removeItem: () => {
				throw new Error('blocked');
			}
		};
		expect(loadRecent(broken)).toEqual([]);
		expect(() => saveRecent(['k8s'], broken)).not.toThrow();
		expect(loadRecent(null)).toEqual([]);
	});
});
