// When an island chart wakes (see Island.svelte), and what it replays once live: the events that
// arrived while its code loaded, dispatched again on the same elements, so that the first hover,
// focus, tap or arrow key does what it would have done on a live chart.

/** What wakes a chart: a pointer over it or pressed on it, focus inside it, a key. */
const WAKE = ['pointerover', 'pointerdown', 'focusin', 'keydown'] as const;

/** What is kept while the code loads, to replay in order once the chart is live. */
const KEEP = [...WAKE, 'pointerout', 'focusout', 'click'] as const;

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

/** A copy of an event that can be dispatched again (an event object is dispatched only once). */
export function copyEvent(event: Event): Event {
	const init = event as unknown as EventInit;
	if (event instanceof PointerEvent) return new PointerEvent(event.type, init);
	if (event instanceof MouseEvent) return new MouseEvent(event.type, init);
	if (event instanceof FocusEvent) return new FocusEvent(event.type, init);
	if (event instanceof KeyboardEvent) return new KeyboardEvent(event.type, init);
	return new Event(event.type, init);
}

/**
 * Whether an event that arrives while the chart's code loads is held back from the page (its
 * default prevented) to be replayed: a chart's own keys, and a tap on a link (a chart shows a
 * link's tooltip at the first tap and follows it at the second). A click with a mouse or the
 * keyboard on a link follows it at once, as on a live chart.
 */
export function holds(event: Event, lastPointer: string): boolean {
	if (event instanceof KeyboardEvent) return CHART_KEYS.has(event.key);
	if (event.type === 'click') {
		const link = (event.target as Element | null)?.closest?.('a[href]');
		return link == null || lastPointer === 'touch';
	}
	return false;
}

/** The events that do not bubble, sent beside the kept ones for handlers on an element itself. */
const ALONE: Record<string, string> = {
	pointerover: 'pointerenter',
	pointerout: 'pointerleave',
	focusin: 'focus'
};

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
		if (event instanceof PointerEvent && event.type === 'pointerdown')
			this.#lastPointer = event.pointerType;
		const wakes = (WAKE as readonly string[]).includes(event.type);
		if (!wakes && this.#waking === null) return;
		if (holds(event, this.#lastPointer)) event.preventDefault();
		this.#kept.push(event);
		if (wakes) void this.now();
	};

	/** The kept events again, on the elements they reached; then what the DOM holds that a
	 *  component learns from events: the focused element, open disclosures. */
	#replay(): void {
		const kept = this.#kept;
		this.#kept = [];
		for (const event of kept) {
			const target = event.target;
			if (!(target instanceof Element) || !target.isConnected) continue;
			target.dispatchEvent(copyEvent(event));
			// The events that do not bubble, for handlers on the element itself.
			const alone = ALONE[event.type];
			if (alone === 'focus') {
				if (document.activeElement === target) target.dispatchEvent(new FocusEvent('focus'));
			} else if (alone && event instanceof PointerEvent) {
				const init = {
					pointerType: event.pointerType,
					clientX: event.clientX,
					clientY: event.clientY
				};
				for (let el: Element | null = target; el && el !== this.#host; el = el.parentElement)
					el.dispatchEvent(new PointerEvent(alone, init));
			}
		}
		for (const details of this.#host.querySelectorAll('details[open]'))
			details.dispatchEvent(new Event('toggle'));
	}
}
