// The common ladder as an island chart (see ../island/Island.svelte).
import { IslandChart } from '../island/island';

const load = () => import('./CommonLadder.svelte');

export const ladderChart = new IslandChart(
	'ladder',
	load,
	import.meta.env.SSR ? (await load()).default : undefined
);
