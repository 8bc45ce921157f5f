// The SkillCurve chart as an island chart (see ../island/Island.svelte).
import type { ComponentProps } from 'svelte';
import type { IslandChart } from '../island/island';
import type SkillCurve from './SkillCurve.svelte';

const load = () => import('./SkillCurve.svelte');

export const curveChart: IslandChart<ComponentProps<typeof SkillCurve>> = {
	name: 'curve',
	load,
	server: import.meta.env.SSR ? (await load()).default : undefined
};
