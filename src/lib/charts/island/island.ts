// A chart drawn as an island (see Island.svelte): its name, its code (loaded once, in the browser
// when first needed) and, on the server, the component itself.
import { browser } from '$app/environment';
import type { Component } from 'svelte';
import { arriving } from './arriving';

/** What a person does on a page, anywhere on it. */
const ACTIVITY = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'scroll'];

export class IslandChart<Props extends Record<string, unknown>> {
	#load: () => Promise<{ default: Component<Props> }>;
	#loading: Promise<Component<Props>> | undefined;
	#loaded: Component<Props> | undefined;
	#prefetching = false;

	/**
	 * @param name Names the chart in the page (`data-island`), for tests and styles.
	 * @param load Imports the chart's component.
	 * @param server On the server only: the component, loaded before any page renders. Each chart's
	 *   module passes it with a top-level `await load()`, not a static import: the server then
	 *   imports the chart as the browser does, and SvelteKit inlines its CSS in every page that
	 *   draws it (as for a component the page imports itself).
	 */
	constructor(
		readonly name: string,
		load: () => Promise<{ default: Component<Props> }>,
		readonly server: Component<Props> | undefined
	) {
		this.#load = load;
		this.#loaded = server;
		// A chart's module that runs after the first page has hydrated is the code of a page a
		// navigation leads to (or may: SvelteKit loads it when a link is hovered). The chart's code
		// is loaded then too, and the navigation waits for it (see ./arriving), so that the chart is
		// drawn with that page, not a moment after it (moving what follows). The first page's charts
		// are prerendered and load when first used.
		if (browser && document.documentElement.dataset.hydrated !== undefined)
			arriving.add(this.load().catch(() => undefined));
	}

	/** The component, once its code has loaded. */
	get loaded(): Component<Props> | undefined {
		return this.#loaded;
	}

	/** Loads the component's code, once (again after a failure: the network may come back). */
	load(): Promise<Component<Props>> {
		this.#loading ??= this.#load().then(
			(module) => (this.#loaded = module.default),
			(error: unknown) => {
				this.#loading = undefined;
				throw error;
			}
		);
		return this.#loading;
	}

	/**
	 * Once the person does anything on the page, fetches (not runs) the chart's code: its first use
	 * then answers at once, and a return to a page that draws it shows the chart with the page. One
	 * set of listeners per chart, however many islands draw it (the skills index has one per skill).
	 */
	prefetchOnActivity(): void {
		if (this.#prefetching || this.#loaded) return;
		this.#prefetching = true;
		const prefetch = () => {
			for (const type of ACTIVITY) removeEventListener(type, prefetch, true);
			void this.load().catch(() => (this.#prefetching = false));
		};
		for (const type of ACTIVITY) addEventListener(type, prefetch, { capture: true, passive: true });
	}
}
