// A chart drawn as an island (see Island.svelte): its name, how the browser loads its code, and on
// the server the component itself.
import type { Component } from 'svelte';

export interface IslandChart<Props extends Record<string, unknown>> {
	/** Names the chart in the page (`data-island`), for tests and styles. */
	name: string;
	/** The chart's code, loaded when the chart is first used. */
	load: () => Promise<{ default: Component<Props> }>;
	/**
	 * On the server only: the component, loaded before any page renders. Each chart's module loads
	 * it with a top-level `await load()`, not a static import: the server then imports the chart as
	 * the browser does, and SvelteKit inlines its CSS in every page that draws it.
	 */
	server: Component<Props> | undefined;
}
