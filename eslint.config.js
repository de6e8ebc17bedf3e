import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * What runs on the first page and the statement pages: what a first-time voter on a slow phone
 * loads first. It must stay small, so it may not import chart.js, zod, qrcode, the codes or the
 * texts of other languages (rule `layers/first-page` below).
 */
const firstPageFiles = ['src/lib/quiz/island/**'];

/** Tests and their helpers: they may import anything. */
const testFiles = [
	'**/*.test.ts',
	'**/*.spec.ts',
	'**/*.bench.ts',
	'src/lib/testing/**',
	'tests/**'
];
const routeFiles = ['src/routes/**'];
const serverRouteFiles = ['src/routes/**/+*.server.ts'];
const runeFiles = ['**/*.svelte.ts', '**/*.svelte.js'];

/**
 * The layering of the code (each folder's README.md says what it may import). Every layer is its
 * own copy of typescript-eslint's no-restricted-imports under its own name, so that a file under
 * several globs gets every layer that applies to it (one rule name would keep only the last).
 * src/lib/layering.test.ts checks that each one still reports what it should.
 */
const importRule = ts.plugin.rules['no-restricted-imports'];
const layers = {
	rules: {
		'svelte-free': importRule,
		'no-test-helpers': importRule,
		'no-server': importRule,
		'first-page': importRule
	}
};

/** A layer's rule setting: these import patterns are errors. */
const forbid = (...patterns) => ['error', { patterns }];
const zod = { group: ['zod', 'zod/*'], message: 'zod validates content at build time only.' };

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names itself.
			'no-undef': 'off',
			// No {@html} at all: every text is rendered as text (docs/content.md, "Quotes").
			'svelte/no-at-html-tags': 'error',
			// Internal links go through localeHref() (src/lib/i18n/paths.ts), which calls resolve();
			// the rule cannot see through that helper.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// Layering.
	{ plugins: { layers } },
	{
		// Rules live in plain TypeScript that runs in Node without Svelte (STYLE.md, habit 1).
		files: ['src/lib/**/*.ts'],
		// The islands' start-ups hydrate their components, and each result entry names its island:
		// the plain modules that need Svelte.
		ignores: [
			...testFiles,
			...runeFiles,
			'src/lib/quiz/island/start.ts',
			'src/lib/result/start.ts',
			'src/lib/result/entries/*.ts'
		],
		rules: {
			'layers/svelte-free': forbid({
				group: ['svelte', 'svelte/*', '**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
				allowTypeImports: true,
				message: 'Plain .ts modules never import Svelte; put runes in a *.svelte.ts file.'
			})
		}
	},
	{
		files: ['src/**'],
		ignores: testFiles,
		rules: {
			'layers/no-test-helpers': forbid({
				group: ['**/testing', '**/testing/**'],
				message: 'src/lib/testing/ holds test helpers; product code may not import it.'
			})
		}
	},
	{
		// Routes get content from the layout's +layout.server.ts, run at build; zod never ships.
		files: routeFiles,
		ignores: testFiles,
		rules: {
			'layers/no-server': forbid(
				{
					group: ['$lib/server', '$lib/server/**', '**/lib/server/**'],
					message: 'Only +*.server.ts files may import $lib/server (it runs at build).'
				},
				zod
			)
		}
	},
	{
		files: serverRouteFiles,
		ignores: testFiles,
		rules: { 'layers/no-server': forbid(zod) }
	},
	{
		files: firstPageFiles,
		// IslandPage.svelte runs at build time only: it renders the island into the page.
		ignores: [...testFiles, 'src/lib/quiz/island/IslandPage.svelte'],
		rules: {
			'layers/first-page': forbid(
				{
					group: ['chart.js', 'chart.js/*', 'zod', 'zod/*', 'qrcode', '**/codes', '**/codes/**'],
					allowTypeImports: true,
					message: 'The first page and the statements stay small: no chart.js, zod, qrcode, codes.'
				},
				{
					// The i18n index (it holds Swedish), a whole dictionary or a classroom one:
					// **/i18n/{sv,en,lattlast}.ts and **/*-classroom.ts, with or without the extension.
					regex: '(^|/)i18n(/index)?$|(^|/)i18n/(sv|en|lattlast)(\\.ts)?$|-classroom(\\.ts)?$',
					allowTypeImports: true,
					message: 'The first page and the statements carry one language: use i18n/*-script.ts.'
				}
			)
		}
	},
	{
		// Routes hold no rules. Enforced approximately: no function in a route may branch much
		// (a rule with many cases belongs in a plain module in $lib, tested in Node), and no
		// route file but SvelteKit's +*.ts modules (load, entries) exports a function.
		files: routeFiles,
		ignores: testFiles,
		rules: {
			complexity: ['error', 8],
			'no-restricted-syntax': [
				'error',
				{
					selector: 'Program > ExportNamedDeclaration > FunctionDeclaration',
					message: 'A route exports no functions of its own: put the rule in $lib and test it.'
				}
			]
		}
	},
	{
		files: ['src/routes/**/+*.ts'],
		ignores: testFiles,
		rules: { 'no-restricted-syntax': 'off' }
	},
	{
		// A function longer than about 60 lines says why in the comment that switches this off
		// for it (`// eslint-disable-next-line max-lines-per-function -- reason`). Tests are
		// exempt: a describe() block is a list, not a function to read through.
		files: ['src/**', 'scripts/**'],
		ignores: testFiles,
		rules: {
			'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/']
	}
);
