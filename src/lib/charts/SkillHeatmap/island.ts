// The skills heatmap as an island chart (see ../island/Island.svelte).
import { IslandChart } from '../island/island';

const load = () => import('./SkillHeatmap.svelte');

export const heatmapChart = new IslandChart(
	'heatmap',
	load,
	import.meta.env.SSR ? (await load()).default : undefined
);
