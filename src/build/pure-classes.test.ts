import { rolldown, type Plugin } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { CHART_JS, pureClasses, pureClassFiles } from './pure-classes';

/** A library with two classes whose static fields read properties, and one that is used. */
const library = [
	'const formats = { numeric: (n) => String(n) };',
	'export class Base { static id = "base"; describe() { return this.constructor.id; } }',
	'export class Used extends Base { static id = "used"; static defaults = { format: formats.numeric }; }',
	'export class Unused extends Base { static id = "unused-scale"; static defaults = { format: formats.numeric }; }'
].join('\n');

/** Bundles `files` from `input` (other imports come from node_modules) into one ES module. */
async function bundled(
	files: Record<string, string>,
	input: string,
	plugins: Plugin[] = []
): Promise<string> {
	const memory: Plugin = {
		name: 'memory',
		resolveId: (id) => (id in files ? id : null),
		load: (id) => files[id] ?? null
	};
	const build = await rolldown({ input, cwd: process.cwd(), plugins: [memory, ...plugins] });
	const { output } = await build.generate({ format: 'es' });
	await build.close();
	return output[0].code;
}

/** Bundles an entry that uses only `Used`, with or without the plugin on the library. */
const bundle = (withPlugin: boolean) =>
	bundled(
		{
			'entry.js':
				'import { Used } from "lib.js"; console.log(new Used().describe(), Used.defaults.format(1));',
			'lib.js': library
		},
		'entry.js',
		withPlugin ? [pureClassFiles(/^lib\.js$/)] : []
	);

describe('pure classes', () => {
	it('makes each top-level class a pure constant and leaves the rest as it was', () => {
		const code = pureClasses(library);
		expect(code).toContain('const Used = /* @__PURE__ */ (() => class Used extends Base {');
		expect(code).toContain('const Unused = /* @__PURE__ */ (() => class Unused extends Base {');
		expect(code.startsWith('const formats = { numeric: (n) => String(n) };')).toBe(true);
		expect(code).not.toMatch(/^class /m);
		// Classes inside functions keep their declarations.
		expect(pureClasses('function f() { class Inner {} return Inner; }')).toBe(
			'function f() { class Inner {} return Inner; }'
		);
	});

	it('keeps what the classes do', () => {
		const run = (code: string) =>
			new Function(`${code.replace(/export /g, '')}\nreturn [new Used().describe(), Used.defaults.format(2), Unused.id];`)();
		expect(run(pureClasses(library))).toEqual(run(library));
		expect(run(pureClasses(library))).toEqual(['used', '2', 'unused-scale']);
	});

	it('lets the bundler drop an unused class that it kept before', async () => {
		const before = await bundle(false);
		const after = await bundle(true);
		expect(before).toContain('unused-scale');
		expect(after).not.toContain('unused-scale');
		expect(after).toContain('"used"');
	});

	it("leaves out chart.js's scales that the radar does not use", async () => {
		// The pieces src/lib/chart/draw.ts registers.
		const radar = [
			"import { Chart, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';",
			'Chart.register(RadarController, RadialLinearScale, PointElement, LineElement);',
			'export { Chart };'
		].join('\n');
		const code = await bundled({ 'radar.js': radar }, 'radar.js', [pureClassFiles(CHART_JS)]);
		expect(code).toContain('static id = "radialLinear"');
		for (const unused of ['linear', 'logarithmic', 'time', 'timeseries'])
			expect(code).not.toContain(`static id = "${unused}"`);
	});
});
