// The site built for a sub-path (BASE_PATH=/explorer, as a GitHub Pages project page): one test
// file, against that build served under /explorer/. `npm run test:base` builds it first.
import { defineConfig } from '@playwright/test';
import config from './playwright.config';

export const BASE_PATH = '/explorer';
const port = Number(process.env.PORT ?? 4174);

export default defineConfig({
	...config,
	testMatch: 'base-path.e2e.ts',
	testIgnore: [],
	use: { ...config.use, baseURL: `http://127.0.0.1:${port}${BASE_PATH}/` },
	webServer: {
		command: `./node_modules/.bin/tsx scripts/serve-build.ts`,
		env: {
			PORT: String(port),
			BASE_PATH,
			BUILD_DIR: process.env.BUILD_DIR ?? 'build-base'
		},
		url: `http://127.0.0.1:${port}${BASE_PATH}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
