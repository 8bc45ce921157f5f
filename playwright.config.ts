import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium when present (no browser downloads on these machines), else Playwright's own.
const executablePath =
	process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	// The sub-path build has its own run (playwright.base.config.ts, `npm run test:base`).
	testIgnore: 'base-path.e2e.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'off',
		// The service worker keeps the whole site on a first visit: a test about offline use allows
		// it (tests/offline.e2e.ts); in every other, it would only load the test server.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		// The built site, served as a static host serves it (404.html for unknown paths); `npm test` builds first.
		command: `./node_modules/.bin/tsx scripts/serve-build.ts`,
		env: { PORT: String(port), BUILD_DIR: process.env.BUILD_DIR ?? 'build' },
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
