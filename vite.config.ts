import { sveltekit } from '@sveltejs/kit/vite';
import { enhanceScripts } from './src/build/enhance-plugin.ts';
import { buildSiteAddress, parseSiteAddress } from './src/lib/site/address.ts';
import { siteUrl } from './site.config.js';
import { defineConfig } from 'vitest/config';

// The site's address (site.config.js, or SITE_URL for one build) reaches the pages as
// import.meta.env.VITE_SITE_URL. A build without one stops with a message; the dev server and
// unit tests do without.
const fromEnv = process.env.SITE_URL || process.env.VITE_SITE_URL;

export default defineConfig(({ command }) => {
	const isBuild = command === 'build' && !process.env.VITEST;
	const configured = parseSiteAddress(fromEnv || siteUrl);
	process.env.VITE_SITE_URL = isBuild
		? buildSiteAddress(siteUrl, fromEnv)
		: configured.ok
			? configured.origin
			: '';
	return {
		plugins: [sveltekit(), enhanceScripts()],
		build: {
			rolldownOptions: {
				checks: { bundlerTimings: false }
			}
		},
		server: { fs: { allow: ['questions'] } },
		test: {
			include: ['src/**/*.{test,spec}.ts'],
			environment: 'node'
		}
	};
});
