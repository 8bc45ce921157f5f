// The transition graph as an island chart (see ../island/Island.svelte).
import { IslandChart } from '../island/island';

const load = () => import('./TransitionGraph.svelte');

export const transitionChart = new IslandChart(
	'transitions',
	load,
	import.meta.env.SSR ? (await load()).default : undefined
);
