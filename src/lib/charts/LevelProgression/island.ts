// The LevelProgression chart as an island chart (see ../island/Island.svelte).
import type { ComponentProps } from 'svelte';
import type { IslandChart } from '../island/island';
import type LevelProgression from './LevelProgression.svelte';

const load = () => import('./LevelProgression.svelte');

export const progressionChart: IslandChart<ComponentProps<typeof LevelProgression>> = {
	name: 'progression',
	load,
	server: import.meta.env.SSR ? (await load()).default : undefined
};
