/**
 * A Vite plugin that deletes, after the adapter has written the site, the `__data.json` file of
 * every prerendered page that runs without SvelteKit's client (`csr = false`: the first page and
 * the statements). SvelteKit writes one for every page under a server load, but only its client
 * router ever fetches them, to navigate *to* a page; links to these pages always load the whole
 * page (see the guard in src/routes/[[lang=lang]]/+layout.svelte), so their data files are dead
 * weight in the deploy (108 statements and 3 first pages, about 3 MB).
 *
 * The data files of the pages that do use the client stay: a client navigation to one of them
 * fetches its file when the layout's data changes (a change of language without a reload).
 */
import { readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const DATA_FILE = '__data.json';

/** Whether a prerendered page's HTML starts SvelteKit's client (its inline start-up script). */
export function startsClient(html: string): boolean {
	return /\bkit\.start\(/.test(html) || /__sveltekit_[a-z0-9]+\s*=/.test(html);
}

/** The data files under `dir` whose page (index.html beside them) never starts the client. */
export function unusedDataFiles(dir: string): string[] {
	const found: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const file = path.join(folder, entry.name);
			if (entry.isDirectory()) walk(file);
			else if (entry.name === DATA_FILE) {
				const page = path.join(folder, 'index.html');
				if (existsSync(page) && !startsClient(readFileSync(page, 'utf8'))) found.push(file);
			}
		}
	};
	if (existsSync(dir)) walk(dir);
	return found;
}

/** The plugin: after the build (and the adapter) has finished, removes the unused data files. */
export function dropUnusedData(outDir = 'build'): Plugin {
	let ssr = false;
	return {
		name: 'drop-unused-data',
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
				for (const file of unusedDataFiles(outDir)) rmSync(file);
			}
		}
	};
}
