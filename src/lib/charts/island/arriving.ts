// The island charts whose code is on its way for the page a navigation leads to (see
// IslandChart): the root layout's onNavigate waits for them, so that the page shows with its
// charts drawn. Kept apart from IslandChart so that every page loads only this.

export const arriving = new Set<Promise<unknown>>();

/** Resolves once the code of every chart on its way has arrived (or failed: drawn when it can). */
export async function chartsArrived(): Promise<void> {
	const waiting = [...arriving];
	arriving.clear();
	await Promise.all(waiting);
}
