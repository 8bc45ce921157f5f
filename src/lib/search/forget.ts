// Tells search that the frameworks saved in this browser have changed, without loading search's
// own code (the /import page calls it; ./load.ts reads it).
let generation = 0;

/** Load afresh at the next search: the frameworks saved in this browser have changed. */
export function forgetSearch(): void {
	generation += 1;
}

/** How many times search was told so: a load from an older generation is not reused. */
export function searchGeneration(): number {
	return generation;
}
