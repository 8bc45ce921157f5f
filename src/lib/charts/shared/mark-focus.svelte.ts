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

	/** `data-mark` and the event handlers for one mark's element: spread them on it. */
	handlers(grid: MarkGrid, mark: FocusMark) {
		const { id } = mark;
		return {
			'data-mark': id,
			onfocus: () => {
				this.#focused = id;
				this.#current = id;
				this.#dismissed = false;
			},
			onblur: () => {
				if (this.#focused === id) this.#focused = null;
				if (this.#touched === id) this.#touched = null;
			},
			onpointerenter: (event: PointerEvent) => {
				this.#pointer = event.pointerType;
				if (event.pointerType === 'mouse') {
					this.#hovered = id;
					this.#dismissed = false;
				}
			},
			onpointerleave: () => {
				if (this.#hovered === id) this.#hovered = null;
			},
			onpointerdown: (event: PointerEvent) => {
				this.#pointer = event.pointerType;
			},
			onclick: (event: MouseEvent) => {
				// A first tap on a touch screen shows the tooltip; the second follows the link.
				if (this.#pointer === 'touch' && this.#touched !== id) {
					event.preventDefault();
					this.#touched = id;
					this.#dismissed = false;
				}
			},
			onkeydown: (event: KeyboardEvent) => this.keydown(event, grid, mark)
		};
	}
}
