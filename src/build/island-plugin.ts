/**
 * A Vite plugin that builds the quiz island of the pages that run without SvelteKit in the
 * browser (the first page and the statements, `csr = false`): one self-contained file per
 * language, from `src/lib/quiz/island/entries/<lang>.ts`, which hydrates the same Svelte
 * components the page was prerendered with (Svelte's `hydrate()`), without SvelteKit's router.
 *
 * Pages import their script's address from `virtual:island-scripts`. In a build that address is
 * `/_app/immutable/island/<lang>.<hash>.js`, bundled and minified here and emitted into the
 * client output, where the service worker's precache list picks it up (it is in Vite's manifest).
 * The components' CSS is left out of the bundle: the prerendered page already links it, and
 * both builds scope it with the same class names (Svelte hashes the file name).
 * The server and client builds compute the same bundle, so prerendered pages and files agree.
 * In development the address is the entry's source file, which Vite serves as a module.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type Rolldown } from 'vite';

const VIRTUAL_ID = 'virtual:island-scripts';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const ENTRIES_DIR = 'src/lib/quiz/island/entries';
const OUTPUT_DIR = '_app/immutable/island';

interface Script {
	name: string;
	entry: string;
	fileName: string;
	code: string;
}

/** The entry files by script name ('sv', 'en', ...). */
function entriesIn(root: string): Record<string, string> {
	const dir = path.join(root, ENTRIES_DIR);
	return Object.fromEntries(
		readdirSync(dir)
			.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
			.map((file) => [path.basename(file, '.ts'), path.join(dir, file)])
	);
}

/** Bundles one entry into a single minified ES module. */
async function bundle(root: string, name: string, entry: string): Promise<Script> {
	const result = await build({
		configFile: false,
		root,
		logLevel: 'warn',
		publicDir: false,
		plugins: [
			svelte({
				configFile: false,
				preprocess: vitePreprocess(),
				emitCss: false,
				compilerOptions: { runes: true, css: 'external', discloseVersion: false }
			})
		],
		resolve: { alias: { $lib: path.join(root, 'src/lib') } },
		build: {
			write: false,
			minify: true,
			modulePreload: false,
			copyPublicDir: false,
			rolldownOptions: {
				input: entry,
				output: { format: 'es', codeSplitting: false },
				checks: { bundlerTimings: false }
			}
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
	const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
	if (chunks.length !== 1) {
		throw new Error(`${path.relative(root, entry)}: expected one script, got ${chunks.length}`);
	}
	const code = chunks[0]!.code;
	const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
	return { name, entry, fileName: `${OUTPUT_DIR}/${name}.${hash}.js`, code };
}

/** The plugin; add it after SvelteKit's. */
export function islandScripts(): Plugin {
	let root = process.cwd();
	let command: 'build' | 'serve' = 'serve';
	let ssr = false;
	let scripts: Promise<Script[]> | undefined;

	const built = () =>
		(scripts ??= Promise.all(
			Object.entries(entriesIn(root)).map(([name, entry]) => bundle(root, name, entry))
		));

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
				const list = await built();
				for (const script of list) this.addWatchFile(script.entry);
				urls = Object.fromEntries(list.map((s) => [s.name, `/${s.fileName}`]));
			}
			return `export default ${JSON.stringify(urls)};`;
		},
		async generateBundle() {
			// Only the client output is served; the server build needs the addresses alone.
			if (command !== 'build' || ssr) return;
			for (const script of await built()) {
				this.emitFile({
					type: 'asset',
					fileName: script.fileName,
					name: `island-${script.name}.js`,
					originalFileName: path.relative(root, script.entry),
					source: script.code
				});
			}
		}
	};
}
