// The skill curve as an island chart (see ../island/Island.svelte).
import { IslandChart } from '../island/island';

const load = () => import('./SkillCurve.svelte');

export const curveChart = new IslandChart(
	'curve',
	load,
	import.meta.env.SSR ? (await load()).default : undefined
);
