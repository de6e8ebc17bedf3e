/**
 * Lets the bundler drop the classes of a library that the site does not use. A top-level class
 * with static fields that read a property (`static defaults = { callback: Ticks.formatters.numeric }`)
 * counts as code with side effects, so it is kept even when nothing uses it: chart.js's linear,
 * logarithmic, time and time-series scales stayed in the radar's chunk that way (about 3.7 kB
 * gzipped). Defining such a class has no effect outside it, so each top-level class declaration
 * is rewritten as a constant made by a call marked pure, which the bundler drops when nothing
 * uses it:
 *
 *     class A extends B { ... }   →   const A = /* @__PURE__ *\/ (() => class A extends B { ... })();
 *
 * (and `export class` likewise, as `export const`).
 *
 * Only for files whose classes are known to be plain definitions (see `pureClassFiles`): the
 * option that would do this for every file (`propertyReadSideEffects: false`) also drops the reads
 * of props that Svelte's effects use to know what they depend on.
 */
import { parseAst, type Plugin } from 'vite';

/** `code` with each top-level class declaration made a pure constant. */
export function pureClasses(code: string): string {
	let out = '';
	let from = 0;
	for (const node of parseAst(code).body) {
		const exported = node.type === 'ExportNamedDeclaration';
		const declaration = exported ? node.declaration : node;
		if (declaration?.type !== 'ClassDeclaration' || !declaration.id) continue;
		const { start, end } = declaration as unknown as { start: number; end: number };
		out += code.slice(from, start);
		out += `const ${declaration.id.name} = /* @__PURE__ */ (() => ${code.slice(start, end)})();`;
		from = end;
	}
	return out + code.slice(from);
}

/** chart.js's one module: its classes are plain definitions. */
export const CHART_JS = /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/;

/** The plugin: rewrites the files whose path matches `files`. */
export function pureClassFiles(files: RegExp): Plugin {
	return {
		name: 'valkompass-pure-classes',
		transform: {
			filter: { id: files },
			handler(code) {
				return { code: pureClasses(code), map: null };
			}
		}
	};
}
