// Which mark of a chart is focused, hovered or tapped: one behaviour for every chart whose marks
// are links (a first tap shows the tooltip, the second follows the link; Escape hides the tooltip;
// arrow keys move between marks; a roving tabindex keeps one mark in the Tab order).
import { focusNext, type FocusMark, type MarkGrid } from './keyboard';

/** UI state of one chart's link marks, shared by all the drawings (variants) of that chart. */
export class MarkFocus {
	/** The mark that takes Tab; until one is focused, the grid's first. */
	#current = $state<string | null>(null);
	#focused = $state<string | null>(null);
	#hovered = $state<string | null>(null);
	/** Tapped once on a touch screen: its tooltip shows and the next tap follows the link. */
	#touched = $state<string | null>(null);
	/** Escape hides the tooltip until the next focus, hover or tap. */
	#dismissed = $state(false);
	/** The kind of the last pointer (mouse, touch, pen): it decides what a click does. */
	#pointer = '';

	/** The mark whose tooltip shows: the hovered one, else the tapped one, else the focused one. */
	readonly shown = $derived(
		this.#dismissed ? null : (this.#hovered ?? this.#touched ?? this.#focused)
	);

	/** The mark with keyboard focus (what the live region announces). */
	get focused(): string | null {
		return this.#focused;
	}

	tabIndex(grid: MarkGrid, id: string): 0 | -1 {
		return id === (this.#current ?? grid.marks[0]?.id) ? 0 : -1;
	}

	/** Escape hides the tooltip; arrows, Home and End move focus to a neighbouring mark. */
	keydown(event: KeyboardEvent, grid: MarkGrid, mark: FocusMark): void {
		if (event.key === 'Escape') {
			this.#dismissed = true;
			return;
		}
		const target = focusNext(event, grid, mark);
		if (target && target.id !== mark.id) this.#current = target.id;
	}

	/**
	 * The event handlers for the element around a chart's marks (spread them on it; each mark
	 * carries `data-mark={id}`): one set of listeners for the whole chart, so a heatmap of hundreds
	 * of cells hydrates without hundreds of handlers.
	 */
	delegate(grid: MarkGrid) {
		const markOf = (target: EventTarget | null): FocusMark | undefined => {
			const id = (target as Element | null)?.closest?.('[data-mark]')?.getAttribute('data-mark');
			return id == null ? undefined : grid.marks.find((m) => m.id === id);
		};
		return {
			onfocusin: (event: FocusEvent) => {
				const mark = markOf(event.target);
				if (!mark) return;
				this.#focused = mark.id;
				this.#current = mark.id;
				this.#dismissed = false;
			},
			onfocusout: (event: FocusEvent) => {
				const id = markOf(event.target)?.id;
				if (id === undefined) return;
				if (this.#focused === id) this.#focused = null;
				if (this.#touched === id) this.#touched = null;
			},
			onpointerover: (event: PointerEvent) => {
				this.#pointer = event.pointerType;
				const mark = markOf(event.target);
				if (mark && event.pointerType === 'mouse') {
					this.#hovered = mark.id;
					this.#dismissed = false;
				}
			},
			onpointerout: (event: PointerEvent) => {
				const mark = markOf(event.target);
				// Moving between the parts of one mark (its rect and its text) is not leaving it.
				if (mark && markOf(event.relatedTarget) !== mark && this.#hovered === mark.id)
					this.#hovered = null;
			},
			onpointerdown: (event: PointerEvent) => {
				this.#pointer = event.pointerType;
			},
			onclick: (event: MouseEvent) => {
				const mark = markOf(event.target);
				// A first tap on a touch screen shows the tooltip; the second follows the link.
				if (mark && this.#pointer === 'touch' && this.#touched !== mark.id) {
					event.preventDefault();
					this.#touched = mark.id;
					this.#dismissed = false;
				}
			},
			onkeydown: (event: KeyboardEvent) => {
				const mark = markOf(event.target);
				if (mark) this.keydown(event, grid, mark);
			}
		};
	}
}
