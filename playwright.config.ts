import { defineConfig, devices } from '@playwright/test';

// The end-to-end tests run in a real headless Chromium against the built site (`npm run build`),
// served by `vite preview`. Playwright's own browser download is not used: set CHROMIUM_PATH to
// any Chromium (Debian's `chromium` package installs /usr/bin/chromium, the default).
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// PLAYWRIGHT_PORT lets two checkouts on one machine run their end-to-end tests side by side.
const port = Number(process.env.PLAYWRIGHT_PORT) || 4173;

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'off',
		// The service worker precaches the whole site on first visit; only the offline tests need it.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-dev-shm-usage',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], browserName: 'chromium', defaultBrowserType: 'chromium' }
		}
	],
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
