import { describe, expect, it } from 'vitest';
import { holds, sameProps } from './wakeup';

describe('sameProps', () => {
	const curves = [{ id: 'a' }];
	it.each([
		['the same values in a new object', { curves, range: null }, { curves, range: null }, true],
		['a value replaced by an equal copy', { curves }, { curves: [{ id: 'a' }] }, false],
		['a value changed', { focus: null }, { focus: 'speedoc/platform' }, false],
		['a prop added', { curves }, { curves, range: null }, false],
		['NaN kept', { n: NaN }, { n: NaN }, true]
	])('%s', (_, a, b, same) => {
		expect(sameProps(a, b)).toBe(same);
	});
});

describe('holds', () => {
	/** An event as `holds` reads it: its type, key, and the element it reached (in a link, in the
	 *  drawing). */
	const event = (type: string, init: { key?: string; inLink?: boolean; inSvg?: boolean } = {}) =>
		({
			type,
			key: init.key,
			target: {
				closest: (selector: string) =>
					(selector === 'a[href]' && init.inLink) || (selector === 'svg' && init.inSvg) ? {} : null
			}
		}) as unknown as Event;

	it.each([
		['an arrow key on the drawing', event('keydown', { key: 'ArrowUp', inSvg: true }), '', true],
		['Escape on the drawing', event('keydown', { key: 'Escape', inSvg: true }), '', true],
		['an arrow key in the table (it scrolls)', event('keydown', { key: 'ArrowDown' }), '', false],
		['Tab (focus moves on)', event('keydown', { key: 'Tab', inSvg: true }), '', false],
		['Enter on a link (it opens)', event('keydown', { key: 'Enter', inSvg: true }), '', false],
		['a click on a link with a mouse (it opens)', event('click', { inLink: true }), 'mouse', false],
		['a tap on a link (its tooltip first)', event('click', { inLink: true }), 'touch', true],
		['a click on anything else', event('click'), 'mouse', true],
		['a pointer over a mark', event('pointerover'), 'mouse', false]
	])('%s', (_, e, pointer, held) => {
		expect(holds(e, pointer)).toBe(held);
	});
});
