// The drawings of a chart drawn at several sizes (see ChartVariants): one per size, each laid out
// only when it is first drawn or read.

export type Size = 'narrow' | 'medium' | 'wide';

export interface Variant<Layout> {
	/** Unique on the page. */
	id: string;
	size: Size;
	layout: Layout;
}

const SIZES: readonly Size[] = ['narrow', 'medium', 'wide'];

/**
 * The drawings for the sizes given, narrowest first, with ids `<name>-<size>`. Each layout is read
 * through its function when the drawing needs it: give functions that return `$derived` values,
 * so that a layout is worked out once, and never for a size the screen does not show.
 */
export function drawings<Layout>(
	name: string,
	layouts: Partial<Record<Size, () => Layout>>
): Variant<Layout>[] {
	return SIZES.flatMap((size) => {
		const layout = layouts[size];
		if (!layout) return [];
		return [
			{
				id: `${name}-${size}`,
				size,
				get layout() {
					return layout();
				}
			}
		];
	});
}
