// A line through points, as SVG path data. d3-path writes it (rounded as d3-shape's `line` with
// `.digits(1)` writes it); d3-shape itself ships as one file whose every curve stays in the bundle
// when only `line` is used (about 3.5 kB gzipped of a skill page's first load).
import { pathRound } from 'd3-path';

/** "M x,y L x,y …" through the points, to one decimal; "" for none. */
export function polyline(points: readonly (readonly [number, number])[]): string {
	const path = pathRound(1);
	points.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
	return path.toString();
}
