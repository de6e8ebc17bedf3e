import { sveltekit } from '@sveltejs/kit/vite';
import { dropUnusedData } from './src/build/drop-unused-data.ts';
import { islandScripts } from './src/build/island-plugin.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit(), islandScripts(), dropUnusedData('build')],
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
