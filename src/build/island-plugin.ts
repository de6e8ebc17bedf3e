/**
 * A Vite plugin that builds the islands of the pages that run without SvelteKit in the browser
 * (`csr = false`): the quiz (the first page and the statements, from
 * `src/lib/quiz/island/entries/<lang>.ts`) and the result (the result and shared-result pages,
 * one entry per page and language in `src/lib/result/entries/`: `result-sv`, `shared-sv`, ...).
 * Each entry hydrates the same Svelte components the page was prerendered with (Svelte's
 * `hydrate()`), without SvelteKit's router.
 *
 * Each entry is bundled in a build of its own: one script with everything its page needs to
 * hydrate (the Svelte runtime, the components, the rules, the language's texts), so that the
 * page's one script tag fetches all of it at once, with no second round trip for chunks it
 * imports (on /resultat/ that brought Lighthouse's LCP from about 1.55 s to 1.4 s). What only some
 * screens need (the answer code shown when saving fails, the chart, the share sheet and picture)
 * is its own chunk, loaded with `import()` when needed. A visitor loads one language, so the copies
 * of the runtime in the other languages' scripts cost nothing; and no page loads code for another
 * page's screens (one build would put in a shared chunk what any entry uses). chart.js's pieces
 * that the radar does not use are left out (src/build/pure-classes.ts). Every file is named
 * `_app/immutable/island/<name>.<hash>.js`, minified, and emitted into the client output, where the service worker's precache list picks it up (it is in Vite's
 * manifest; the worker follows an entry's imports, see src/lib/site/offline.ts). Nothing is
 * preloaded: a dynamic import is a plain `import()`, so Vite's preload helper is left out.
 * `$app/paths` is `src/lib/site/island-paths.ts` there: links resolve from the root the page
 * carries, as SvelteKit wrote them at build.
 *
 * Pages import their entry's address from `virtual:island-scripts`. The components' CSS is left
 * out of the bundle: the prerendered page already carries it, and both builds scope it with the
 * same class names (Svelte hashes the file name). For a component loaded with `import()`, the
 * page's route must list the import too (see src/lib/result/lazy-parts.ts), or SvelteKit leaves
 * its styles out.
 * The server and client builds compute the same bundle (file names come from the content), so
 * prerendered pages and files agree. In development the address is the entry's source file,
 * which Vite serves as a module.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type Rolldown } from 'vite';
import { CHART_JS, pureClassFiles } from './pure-classes.ts';

const VIRTUAL_ID = 'virtual:island-scripts';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** The folders of entry scripts, one per island; a script is named after its file. */
const ENTRY_DIRS = ['src/lib/quiz/island/entries', 'src/lib/result/entries'];
const OUTPUT_DIR = '_app/immutable/island';

/** One built file of an island. */
interface Chunk {
	fileName: string;
	code: string;
	/** The language entry it is built from, for an entry script; else undefined. */
	entry?: string;
}

/** What a build gives: every file, and each entry script. */
interface Bundle {
	chunks: Chunk[];
	/** The file name of each language's entry script ('sv' → '_app/immutable/island/sv.x.js'). */
	entries: Record<string, string>;
	/** The source files of the entries, to watch. */
	sources: string[];
}

/** One island's entry files by script name ('sv', 'en', ... or 'result-sv', 'shared-sv', ...). */
function islandEntries(root: string, folder: string): Record<string, string> {
	const dir = path.join(root, folder);
	return Object.fromEntries(
		readdirSync(dir)
			.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
			.map((file) => [path.basename(file, '.ts'), path.join(dir, file)])
	);
}

/** Every island's entry files by script name. */
function entriesIn(root: string): Record<string, string> {
	return Object.assign({}, ...ENTRY_DIRS.map((dir) => islandEntries(root, dir)));
}

/** Vite's helper that preloads a dynamic import's dependencies; none here (modulePreload is off). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/** Makes every dynamic import a plain `import()`: the island preloads nothing. */
function withoutPreload(): Plugin {
	return {
		name: 'valkompass-island-no-preload',
		enforce: 'pre',
		load(id) {
			return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined;
		}
	};
}

/** Bundles every entry script, each in a build of its own. */
async function bundle(root: string): Promise<Bundle> {
	const islands = await Promise.all(
		Object.entries(entriesIn(root)).map(([name, file]) => bundleIsland(root, { [name]: file }))
	);
	// Two builds may make the same file (same name, same content); it is emitted once.
	const chunks = new Map(islands.flatMap((island) => island.chunks).map((c) => [c.fileName, c]));
	return {
		chunks: [...chunks.values()],
		entries: Object.assign({}, ...islands.map((island) => island.entries)),
		sources: islands.flatMap((island) => island.sources)
	};
}

/** Bundles entry scripts into minified ES modules, with a chunk for each dynamic import. */
async function bundleIsland(root: string, entries: Record<string, string>): Promise<Bundle> {
	const result = await build({
		configFile: false,
		root,
		logLevel: 'warn',
		publicDir: false,
		plugins: [
			withoutPreload(),
			pureClassFiles(CHART_JS),
			svelte({
				configFile: false,
				preprocess: vitePreprocess(),
				emitCss: false,
				compilerOptions: { runes: true, css: 'external', discloseVersion: false }
			})
		],
		resolve: {
			alias: {
				$lib: path.join(root, 'src/lib'),
				// No SvelteKit in the browser: links resolve from the root the page carries.
				'$app/paths': path.join(root, 'src/lib/site/island-paths.ts')
			}
		},
		build: {
			write: false,
			// ISLAND_MINIFY=0 keeps function names, for reading a profile of the islands.
			minify: process.env.ISLAND_MINIFY !== '0',
			modulePreload: false,
			copyPublicDir: false,
			rolldownOptions: {
				input: entries,
				output: {
					format: 'es',
					codeSplitting: true,
					entryFileNames: `${OUTPUT_DIR}/[name].[hash].js`,
					chunkFileNames: `${OUTPUT_DIR}/[name].[hash].js`
				},
				checks: { bundlerTimings: false }
			}
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
	const built = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
	const sources = Object.values(entries);
	const byLang = new Map(Object.entries(entries).map(([name, file]) => [path.resolve(file), name]));
	const chunks: Chunk[] = built.map((chunk) => ({
		fileName: chunk.fileName,
		code: chunk.code,
		entry: chunk.isEntry && chunk.facadeModuleId ? byLang.get(chunk.facadeModuleId) : undefined
	}));
	const found = chunks.filter((chunk) => chunk.entry);
	if (found.length !== sources.length) {
		throw new Error(`${ENTRY_DIRS.join(', ')}: expected ${sources.length} entry scripts, got ${found.length}`);
	}
	return {
		chunks,
		entries: Object.fromEntries(found.map((chunk) => [chunk.entry!, chunk.fileName])),
		sources
	};
}

/** The plugin; add it after SvelteKit's. */
export function islandScripts(): Plugin {
	let root = process.cwd();
	let command: 'build' | 'serve' = 'serve';
	let ssr = false;
	let built: Promise<Bundle> | undefined;

	return {
		name: 'valkompass-island-scripts',
		configResolved(config) {
			root = config.root;
			command = config.command;
			ssr = Boolean(config.build.ssr);
		},
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
		},
		async load(id) {
			if (id !== RESOLVED_ID) return undefined;
			let urls: Record<string, string>;
			if (command === 'serve') {
				urls = Object.fromEntries(
					Object.entries(entriesIn(root)).map(([name, entry]) => [
						name,
						`/${path.relative(root, entry).split(path.sep).join('/')}`
					])
				);
			} else {
				const island = await (built ??= bundle(root));
				for (const source of island.sources) this.addWatchFile(source);
				urls = Object.fromEntries(
					Object.entries(island.entries).map(([name, fileName]) => [name, `/${fileName}`])
				);
			}
			return `export default ${JSON.stringify(urls)};`;
		},
		async generateBundle() {
			// Only the client output is served; the server build needs the addresses alone.
			if (command !== 'build' || ssr) return;
			for (const chunk of (await (built ??= bundle(root))).chunks) {
				this.emitFile({
					type: 'asset',
					fileName: chunk.fileName,
					name: path.basename(chunk.fileName),
					source: chunk.code
				});
			}
		}
	};
}
