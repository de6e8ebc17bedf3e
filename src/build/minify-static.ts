/**
 * A Vite plugin that minifies, in the client build's output, the plain scripts of `static/` that
 * every page loads (`stale.js`, the "reload" notice for a missing script). They are kept readable,
 * with their comments, in the source; the site gets them minified, as Vite does every other
 * script. Their names stay fixed: a page of an older version still finds them.
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

/**
 * The plugin: when the client build has written its files (`static/` copied among them), minifies
 * the static scripts there, so that the adapter's site and `vite preview` serve the same file.
 */
export function minifyStatic(): Plugin {
	let ssr = false;
	return {
		name: 'minify-static',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		writeBundle: {
			order: 'post',
			sequential: true,
			handler(options) {
				if (ssr || !options.dir) return;
				for (const name of staticScripts) {
					const file = path.join(options.dir, name);
					if (existsSync(file)) writeFileSync(file, minifyScript(name, readFileSync(file, 'utf8')));
				}
			}
		}
	};
}
