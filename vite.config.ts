import { sveltekit } from '@sveltejs/kit/vite';
import { islandScripts } from './src/build/island-plugin.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit(), islandScripts()],
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
