import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
