// The common ladder as an island chart (see ../island/Island.svelte).
import type { ComponentProps } from 'svelte';
import type { IslandChart } from '../island/island';
import type CommonLadder from './CommonLadder.svelte';

const load = () => import('./CommonLadder.svelte');

export const ladderChart: IslandChart<ComponentProps<typeof CommonLadder>> = {
	name: 'ladder',
	load,
	server: import.meta.env.SSR ? (await load()).default : undefined
};
