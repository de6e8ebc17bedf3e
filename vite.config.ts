import { sveltekit } from '@sveltejs/kit/vite';
import { dropUnusedData } from './src/build/drop-unused-data.ts';
import { hostHeaders } from './src/build/headers-plugin.ts';
import { islandScripts } from './src/build/island-plugin.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit(), islandScripts(), hostHeaders(), dropUnusedData('build')],
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
});
