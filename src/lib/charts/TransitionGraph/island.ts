// The TransitionGraph chart as an island chart (see ../island/Island.svelte).
import type { ComponentProps } from 'svelte';
import type { IslandChart } from '../island/island';
import type TransitionGraph from './TransitionGraph.svelte';

const load = () => import('./TransitionGraph.svelte');

export const transitionChart: IslandChart<ComponentProps<typeof TransitionGraph>> = {
	name: 'transitions',
	load,
	server: import.meta.env.SSR ? (await load()).default : undefined
};
