/**
 * A Vite plugin that minifies, after the adapter has written the site, the plain scripts of
 * `static/` that every page loads (`stale.js`, the "reload" notice for a missing script). They
 * are kept readable, with their comments, in the source; the deploy gets them minified, as Vite
 * does for every other script. Their names stay fixed: a page of an older version still finds them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { minifySync } from 'rolldown/utils';
import type { Plugin } from 'vite';

/** The scripts of `static/` that are minified in the deploy. */
export const staticScripts = ['stale.js'];

/** A classic (non-module) script, minified; throws with the file's name when it cannot be read. */
export function minifyScript(fileName: string, code: string): string {
	// ES2015: what every browser that runs the site's module scripts understands.
	const result = minifySync(fileName, code, {
		module: false,
		compress: { target: 'es2015' },
		mangle: true
	});
	if (result.errors.length > 0) {
		throw new Error(`${fileName}: ${result.errors.map((e) => e.message).join('; ')}`);
	}
	return result.code;
}

/** The plugin: after the build (and the adapter) has finished, minifies the static scripts. */
export function minifyStatic(outDir = 'build'): Plugin {
	let ssr = false;
	return {
		name: 'minify-static',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		closeBundle: {
			// After SvelteKit's own closeBundle, which runs the adapter.
			order: 'post',
			sequential: true,
			handler() {
				if (!ssr) return;
				for (const name of staticScripts) {
					const file = path.join(outDir, name);
					if (existsSync(file)) writeFileSync(file, minifyScript(name, readFileSync(file, 'utf8')));
				}
			}
		}
	};
}
