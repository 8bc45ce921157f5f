// When an island chart wakes (see Island.svelte), and what it replays once live: the events that
// arrived while its code loaded, dispatched again on the same elements, so that the first hover,
// focus, tap or arrow key does what it would have done on a live chart.

/** What wakes a chart: a pointer over it or pressed on it, focus inside it, a key. */
const WAKE = ['pointerover', 'pointerdown', 'focusin', 'keydown'];

/** What is kept while the code loads, to replay in order once the chart is live. */
const KEEP = [...WAKE, 'pointerout', 'focusout', 'click'];

/** The keys charts handle themselves (moving between marks, hiding a tooltip): held, not lost. */
const CHART_KEYS = new Set([
	'ArrowRight',
	'ArrowLeft',
	'ArrowDown',
	'ArrowUp',
	'Home',
	'End',
	'Escape'
]);

type Kind = 'pointer' | 'mouse' | 'focus' | 'key';

/**
 * What the browser sends for each kept event, replayed alike: the event itself, and the events it
 * comes with that charts listen to (a pointer entering a mark is also a mouse entering it; focus
 * moving in is also the element's own focus). `alone` events do not bubble: each element the
 * pointer enters or leaves, or the focused element, gets its own.
 */
const REPLAY: Record<string, { type: string; kind: Kind; alone?: 'path' | 'target' }[]> = {
	pointerover: [
		{ type: 'pointerover', kind: 'pointer' },
		{ type: 'pointerenter', kind: 'pointer', alone: 'path' },
		{ type: 'mouseover', kind: 'mouse' },
		{ type: 'mouseenter', kind: 'mouse', alone: 'path' }
	],
	pointerout: [
		{ type: 'pointerout', kind: 'pointer' },
		{ type: 'pointerleave', kind: 'pointer', alone: 'path' },
		{ type: 'mouseout', kind: 'mouse' },
		{ type: 'mouseleave', kind: 'mouse', alone: 'path' }
	],
	pointerdown: [{ type: 'pointerdown', kind: 'pointer' }],
	click: [{ type: 'click', kind: 'pointer' }],
	focusin: [
		{ type: 'focusin', kind: 'focus' },
		{ type: 'focus', kind: 'focus', alone: 'target' }
	],
	focusout: [
		{ type: 'focusout', kind: 'focus' },
		{ type: 'blur', kind: 'focus', alone: 'target' }
	],
	keydown: [{ type: 'keydown', kind: 'key' }]
};

/** The fields of the kept events that a replay carries over. */
const FIELDS = [
	'cancelable',
	'composed',
	'view',
	'detail',
	'relatedTarget',
	'clientX',
	'clientY',
	'screenX',
	'screenY',
	'button',
	'buttons',
	'altKey',
	'ctrlKey',
	'metaKey',
	'shiftKey',
	'pointerId',
	'pointerType',
	'isPrimary',
	'width',
	'height',
	'pressure',
	'key',
	'code',
	'location',
	'repeat'
] as const;

/** Whether two props objects hold the same values (each compared by identity). */
export function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/**
 * Whether an event that arrives while the chart's code loads is held back from the page (its
 * default prevented) to be replayed: a chart's own keys on its drawing (elsewhere, in its table,
 * an arrow key scrolls the page as usual), a click on anything but a link, and a tap on a link (a
 * chart shows a link's tooltip at the first tap and follows it at the second). A click with a
 * mouse or the keyboard on a link follows it at once, as on a live chart.
 */
export function holds(event: Event, lastPointer: string): boolean {
	const target = event.target as Element | null;
	if (event.type === 'keydown')
		return CHART_KEYS.has((event as KeyboardEvent).key) && target?.closest?.('svg') != null;
	if (event.type === 'click') {
		const link = target?.closest?.('a[href]');
		return link == null || lastPointer === 'touch';
	}
	return false;
}

/** The events to dispatch again for one kept event, each with the element it goes to. */
export function replayOf(event: Event, host: Element): { target: Element; event: Event }[] {
	// A key goes to the element that has focus now (an earlier key may have moved it), when that is
	// still in the chart.
	const target = event.type === 'keydown' ? document.activeElement : event.target;
	if (!(target instanceof Element) || !target.isConnected || !host.contains(target)) return [];
	const init: Record<string, unknown> = {};
	for (const field of FIELDS) if (field in event) init[field] = event[field as keyof Event];
	const path: Element[] = [];
	for (let el: Element | null = target; el && el !== host; el = el.parentElement) path.push(el);
	return (REPLAY[event.type] ?? []).flatMap(({ type, kind, alone }) => {
		const make = () => {
			const options = { ...init, bubbles: alone === undefined };
			if (kind === 'pointer') return new PointerEvent(type, options);
			if (kind === 'mouse') return new MouseEvent(type, options);
			if (kind === 'focus') return new FocusEvent(type, options);
			return new KeyboardEvent(type, options);
		};
		const targets = alone === 'path' ? [...path].reverse() : [target];
		return targets.map((el) => ({ target: el, event: make() }));
	});
}

export class Wakeup {
	#host: HTMLElement;
	#wake: () => Promise<void>;
	#waking: Promise<void> | null = null;
	#kept: Event[] = [];
	#lastPointer = '';

	/** Listens on `host` until `wake` (which makes the chart live) has resolved. */
	constructor(host: HTMLElement, wake: () => Promise<void>) {
		this.#host = host;
		this.#wake = wake;
		for (const type of KEEP) host.addEventListener(type, this.#onEvent, true);
	}

	/** Makes the chart live now (its props changed, say); resolves once it is. */
	now(): Promise<void> {
		this.#waking ??= this.#wake().then(
			() => {
				this.stop();
				this.#replay();
			},
			(error: unknown) => {
				// The code could not load (offline before the first visit, say): the chart stays as
				// it was drawn, and the next use tries again.
				this.#waking = null;
				this.#kept = [];
				console.warn('A chart could not be made interactive:', error);
			}
		);
		return this.#waking;
	}

	stop(): void {
		for (const type of KEEP) this.#host.removeEventListener(type, this.#onEvent, true);
	}

	#onEvent = (event: Event) => {
		if (!event.isTrusted) return;
		if (event.type === 'pointerdown') this.#lastPointer = (event as PointerEvent).pointerType;
		const wakes = WAKE.includes(event.type);
		if (!wakes && this.#waking === null) return;
		if (holds(event, this.#lastPointer)) event.preventDefault();
		this.#kept.push(event);
		if (wakes) void this.now();
	};

	/** The kept events again, on the elements they reached; then the disclosures that are open (a
	 *  component learns that from their toggle event). */
	#replay(): void {
		const kept = this.#kept;
		this.#kept = [];
		for (const event of kept)
			for (const { target, event: copy } of replayOf(event, this.#host)) target.dispatchEvent(copy);
		for (const details of this.#host.querySelectorAll('details[open]'))
			details.dispatchEvent(new Event('toggle'));
	}
}
