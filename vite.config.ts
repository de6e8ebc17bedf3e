import { sveltekit } from '@sveltejs/kit/vite';
import { enhanceScripts } from './src/build/enhance-plugin.ts';
import { hostHeaders } from './src/build/headers-plugin.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit(), enhanceScripts(), hostHeaders()],
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
