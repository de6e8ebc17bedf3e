import { sveltekit } from '@sveltejs/kit/vite';
import { dropUnusedData } from './src/build/drop-unused-data.ts';
import { hostHeaders } from './src/build/headers-plugin.ts';
import { islandScripts } from './src/build/island-plugin.ts';
import { minifyStatic } from './src/build/minify-static.ts';
import { buildSiteAddress, parseSiteAddress } from './src/lib/site/address.ts';
import { siteUrl } from './site.config.js';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

// The site's address (site.config.js, or SITE_URL for one build) reaches the pages as
// import.meta.env.VITE_SITE_URL. A build without one stops with a message when it starts; the dev
// server, unit tests and `svelte-kit sync` do without.
const fromEnv = process.env.SITE_URL || process.env.VITE_SITE_URL;

/** Stops a build that has no usable site address, naming what to set. */
function requireSiteAddress(): Plugin {
	return {
		name: 'valkompass:site-address',
		apply: 'build',
		buildStart() {
			buildSiteAddress(siteUrl, fromEnv);
		}
	};
}

export default defineConfig(() => {
	const configured = parseSiteAddress(fromEnv || siteUrl);
	process.env.VITE_SITE_URL = configured.ok ? configured.origin : '';
	return {
		plugins: [
			requireSiteAddress(),
			sveltekit(),
			islandScripts(),
			hostHeaders(),
			dropUnusedData('build'),
			minifyStatic()
		],
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
