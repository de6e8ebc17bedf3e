import { describe, expect, it } from 'vitest';
import {
	assetsNamedIn,
	followsImports,
	isKept,
	languageOfPath,
	notFoundPage,
	offlinePageFor,
	shellFiles,
	shellPages
} from './offline';

const languages = { prefixes: { sv: '', lattlast: '/lattlast', en: '/en' } };
const pages = ['', '/lattlast', '/en'].flatMap((prefix) => [
	`${prefix}/`,
	`${prefix}/fraga/1/`,
	`${prefix}/fraga/36/`,
	`${prefix}/resultat/`,
	`${prefix}/klass/`,
	`${prefix}/klass/projektor/`,
	`${prefix}/sa-raknas-det/`,
	`${prefix}/resultat/__data.json`
]);

describe('offline', () => {
	it('tells the language of a path by its prefix', () => {
		expect(languageOfPath('/', languages)).toBe('sv');
		expect(languageOfPath('/fraga/2/', languages)).toBe('sv');
		expect(languageOfPath('/en/', languages)).toBe('en');
		expect(languageOfPath('/en', languages)).toBe('en');
		expect(languageOfPath('/lattlast/klass/', languages)).toBe('lattlast');
		// A path that merely starts with the same letters is not that language.
		expect(languageOfPath('/english/', languages)).toBe('sv');
	});

	it('keeps at install the quiz of the visitor’s language only, and the 404 page', () => {
		expect(shellPages(pages, ['en'], languages)).toEqual([
			'/en/',
			'/en/fraga/1/',
			'/en/resultat/',
			notFoundPage
		]);
		expect(shellPages(pages, ['sv'], languages)).toEqual([
			'/',
			'/fraga/1/',
			'/resultat/',
			notFoundPage
		]);
		expect(shellPages(pages, ['sv', 'lattlast'], languages)).toHaveLength(7);
	});

	it('keeps the icon and manifest, not the large link-preview picture', () => {
		expect(
			shellFiles([
				'/favicon.svg',
				'/icon-192.png',
				'/icon-512.png',
				'/manifest.webmanifest',
				'/og.png'
			])
		).toEqual(['/favicon.svg', '/icon-192.png', '/manifest.webmanifest']);
	});

	it('finds the built scripts and styles a page names, and nothing else', () => {
		const built = new Set(['/_app/immutable/entry/start.A1.js', '/_app/immutable/assets/0.B2.css']);
		const html = `<link href="/_app/immutable/entry/start.A1.js" rel="modulepreload">
			<link href="/_app/immutable/assets/0.B2.css" rel="stylesheet">
			<script>import("/_app/immutable/entry/start.A1.js")</script>
			<link href="/_app/immutable/chunks/gone.js" rel="modulepreload">`;
		expect(assetsNamedIn(html, built)).toEqual([
			'/_app/immutable/entry/start.A1.js',
			'/_app/immutable/assets/0.B2.css'
		]);
	});

	it('follows the relative imports of a script, as Vite writes dynamic imports', () => {
		const built = new Set(['/_app/immutable/chunks/chart.A.js', '/_app/immutable/assets/x.css']);
		const js = `import("../chunks/chart.A.js");const d=["../assets/x.css","./missing.js"]`;
		expect(assetsNamedIn(js, built, '/_app/immutable/nodes/7.B.js')).toEqual([
			'/_app/immutable/chunks/chart.A.js',
			'/_app/immutable/assets/x.css'
		]);
		// Without a base, only absolute paths count (a page's HTML).
		expect(assetsNamedIn(js, built)).toEqual([]);
	});

	it('follows the islands’ imports from every shell page (the quiz’s, and the result’s with its chart)', () => {
		const built = new Set([
			'/_app/immutable/island/start.C.js',
			'/_app/immutable/island/answer-code.D.js'
		]);
		// As the island's minified entry and shared chunk name them.
		const entry = `import{t as e}from"./start.C.js";e()`;
		const shared = `const a=()=>import(\`./answer-code.D.js\`)`;
		expect(assetsNamedIn(entry, built, '/_app/immutable/island/en.A.js')).toEqual([
			'/_app/immutable/island/start.C.js'
		]);
		expect(assetsNamedIn(shared, built, '/_app/immutable/island/start.C.js')).toEqual([
			'/_app/immutable/island/answer-code.D.js'
		]);
		expect(followsImports('/_app/immutable/island/en.A.js')).toBe(true);
		expect(followsImports('/_app/immutable/island/result-en.A.js')).toBe(true);
		// SvelteKit's own scripts (the method page, the class view) are kept when first used.
		expect(followsImports('/_app/immutable/nodes/7.B.js')).toBe(false);
		expect(followsImports('/_app/immutable/nodes/2.B.js')).toBe(false);
		expect(followsImports('/_app/immutable/assets/IslandPage.B.css')).toBe(false);
	});

	it('keeps only what the site publishes, and no data files', () => {
		const published = new Set(pages);
		expect(isKept('/klass/', published)).toBe(true);
		expect(isKept('//evil.example/', published)).toBe(false);
		expect(isKept('/nope/', published)).toBe(false);
		expect(isKept('/resultat/__data.json', published)).toBe(false);
	});

	it('offline, shows a page without its trailing slash, else the site’s 404 page', () => {
		expect(offlinePageFor('/nope/', languages)).toEqual(['/nope/', notFoundPage]);
		expect(offlinePageFor('/klass', languages)).toEqual(['/klass/', notFoundPage]);
		expect(offlinePageFor('/fraga/1', languages)).toEqual(['/fraga/1/', notFoundPage]);
	});

	it('offline, lets the first statement’s page stand in for any statement and the importance step', () => {
		expect(offlinePageFor('/fraga/7', languages)).toEqual(['/fraga/7/', '/fraga/1/', notFoundPage]);
		expect(offlinePageFor('/en/fraga/viktigt/', languages)).toEqual([
			'/en/fraga/viktigt/',
			'/en/fraga/1/',
			notFoundPage
		]);
		expect(offlinePageFor('/lattlast/fraga/36/', languages)).toEqual([
			'/lattlast/fraga/36/',
			'/lattlast/fraga/1/',
			notFoundPage
		]);
		// Not a statement's address: no stand-in.
		expect(offlinePageFor('/fraga/0/', languages)).toEqual(['/fraga/0/', notFoundPage]);
		expect(offlinePageFor('/fraga/7/extra/', languages)).toEqual(['/fraga/7/extra/', notFoundPage]);
	});
});
