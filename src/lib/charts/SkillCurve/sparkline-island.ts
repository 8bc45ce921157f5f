// The skills index's small curves as island charts (see ../island/Island.svelte): pictures with
// nothing to use, so a prerendered page never runs their code.
import { IslandChart } from '../island/island';

const load = () => import('./SkillSparkline.svelte');

export const sparklineChart = new IslandChart(
	'sparkline',
	load,
	import.meta.env.SSR ? (await load()).default : undefined
);
