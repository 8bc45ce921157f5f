// The SkillHeatmap chart as an island chart (see ../island/Island.svelte).
import type { ComponentProps } from 'svelte';
import type { IslandChart } from '../island/island';
import type SkillHeatmap from './SkillHeatmap.svelte';

const load = () => import('./SkillHeatmap.svelte');

export const heatmapChart: IslandChart<ComponentProps<typeof SkillHeatmap>> = {
	name: 'heatmap',
	load,
	server: import.meta.env.SSR ? (await load()).default : undefined
};
