// The level progression as an island chart (see ../island/Island.svelte).
import { IslandChart } from '../island/island';

const load = () => import('./LevelProgression.svelte');

export const progressionChart = new IslandChart(
	'progression',
	load,
	import.meta.env.SSR ? (await load()).default : undefined
);
