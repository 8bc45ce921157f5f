import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import svelteConfig from './svelte.config.js';

/**
 * The /import page reads files in a Web Worker, where there is no `document`. One package the
 * Markdown parser uses exports a DOM build to browsers and a plain one to workers ("worker"
 * condition); Vite resolves a worker's imports with the browser conditions, so point it at the
 * plain one.
 */
const workerBuilds = {
	name: 'worker-builds',
	enforce: 'pre' as const,
	resolveId(id: string) {
		if (id === 'decode-named-character-reference')
			return fileURLToPath(
				new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)
			);
	}
};

/**
 * Components with a server twin: island charts (src/lib/charts/island) and static blocks
 * (src/lib/components/static). The server renders each whole with its twin (IslandServer.svelte,
 * StaticServer.svelte); the browser gets the component that leaves the prerendered elements as they
 * are: Island.svelte loads the chart's code on first use, Static.svelte leaves its content so.
 * One import, two components: the server's imports the charts, the browser's does not.
 */
const TWINS = ['/lib/charts/island/Island.svelte', '/lib/components/static/Static.svelte'];
const serverTwins: Plugin = {
	name: 'server-twins',
	enforce: 'pre',
	resolveId: {
		// Only imports that name a twin: the bundler skips this hook for every other one.
		filter: { id: /\/(Island|Static)\.svelte$/ },
		async handler(source, importer) {
			if (this.environment.config.consumer !== 'server') return;
			const resolved = await this.resolve(source, importer, { skipSelf: true });
			if (!resolved || !TWINS.some((twin) => resolved.id.endsWith(twin))) return;
			return resolved.id.replace(/\.svelte$/, 'Server.svelte');
		}
	}
};

export default defineConfig({
	plugins: [serverTwins, sveltekit()],
	// The site's sub-path (BASE_PATH), for src/lib/base.ts: the same value SvelteKit's paths.base has.
	define: { __BASE_PATH__: JSON.stringify(svelteConfig.kit?.paths?.base ?? '') },
	server: { fs: { allow: ['data'] } },
	worker: { format: 'es', plugins: () => [workerBuilds] },
	build: {
		modulePreload: false,
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							// What every page loads: Svelte, SvelteKit, the bundler's helpers and the
							// site's few modules the frame uses (its links, colours, labels, the wait for
							// a page's charts on a navigation); one file rather than seven.
							name: 'runtime',
							test: /node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]|preload-helper|rolldown[\\/]runtime|src[\\/]lib[\\/](base|frameworks[\\/](palette|paths|labels)|charts[\\/]island[\\/]arriving)\.ts$/
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
