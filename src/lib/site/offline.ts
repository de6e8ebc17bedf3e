/**
 * What the service worker keeps for offline use, as plain rules it and the tests share (no DOM,
 * no service-worker types).
 *
 * On install it keeps the shell in the visitor's language: the first page, the first statement,
 * the result, the "page not found" page, the scripts, styles and icons those pages name, and what
 * the islands' entries import, at once or later (the chart, the share picture). That is what a
 * first-time voter on a phone needs to answer the whole quiz offline, without downloading the other languages and the class view: the first
 * statement's page carries every statement, and offline it stands in for any other statement's
 * address (and the importance step's), where the island shows the screen the address names.
 * Everything else the site publishes is kept the first time it is used. Nothing it does not
 * publish is kept: no unknown paths, no
 * page data files (every page carries its data in its HTML; client-side navigation falls back
 * to loading the page when a data file cannot be fetched).
 */

/** The site's own "page not found" page (adapter-static's fallback), shown offline too. */
export const notFoundPage = '/404.html';

/** Where content-addressed files live: a name there always means the same bytes. */
export const immutablePrefix = '/_app/immutable/';

/** The path prefixes of the languages other than the default (see src/lib/i18n/langs.ts). */
export interface OfflineLanguages {
	/** Language key → path prefix, '' for the default language (e.g. { sv: '', en: '/en' }). */
	prefixes: Record<string, string>;
}

/** The language of a path of the site: the one whose prefix it starts with, else the default. */
export function languageOfPath(path: string, { prefixes }: OfflineLanguages): string {
	const [fallback = ''] = Object.entries(prefixes).find(([, prefix]) => prefix === '') ?? [];
	const match = Object.entries(prefixes).find(
		([, prefix]) => prefix !== '' && (path === prefix || path.startsWith(`${prefix}/`))
	);
	return match ? match[0] : fallback;
}

/** Whether a published page is part of the shell: the first page, the first statement, the result. */
function isShellPage(pathWithoutPrefix: string): boolean {
	return ['/', '/fraga/1/', '/resultat/'].includes(pathWithoutPrefix);
}

/** A statement's or the importance step's address, without the language prefix. */
const islandScreen = /^\/fraga\/(?:[1-9][0-9]*|viktigt)\/$/;

/**
 * The pages to keep at install for these languages, from the prerendered paths: the shell
 * pages of each language, and the "page not found" page.
 */
export function shellPages(
	prerendered: readonly string[],
	langs: readonly string[],
	languages: OfflineLanguages
): string[] {
	const pages = prerendered.filter((path) => {
		const lang = languageOfPath(path, languages);
		if (!langs.includes(lang)) return false;
		const prefix = languages.prefixes[lang] ?? '';
		return isShellPage(path.slice(prefix.length) || '/');
	});
	return [...pages, notFoundPage];
}

/** The static files kept at install: what every page names (not the link-preview picture). */
export function shellFiles(files: readonly string[]): string[] {
	return files.filter((path) =>
		/^\/(favicon\.svg|icon-192\.png|manifest\.webmanifest|stale\.js)$/.test(path)
	);
}

/**
 * The built files (scripts, styles) a page or a script names, in the order they appear: by
 * absolute path, and in a script at `base` also by relative path ("../chunks/x.js", as Vite writes
 * dynamic imports).
 */
export function assetsNamedIn(text: string, built: ReadonlySet<string>, base?: string): string[] {
	const named: string[] = [
		...(text.match(/\/_app\/immutable\/[A-Za-z0-9_./-]+\.(?:js|css)/g) ?? [])
	];
	if (base) {
		for (const [, relative = ''] of text.matchAll(
			/["'`](\.{1,2}\/[A-Za-z0-9_./-]+\.(?:js|css))["'`]/g
		)) {
			named.push(new URL(relative, `https://site${base}`).pathname);
		}
	}
	return [...new Set(named)].filter((path) => built.has(path));
}

/** Where the islands' scripts live (src/build/island-plugin.ts). */
export const islandPrefix = `${immutablePrefix}island/`;

/**
 * Whether the shell follows the imports of a script a shell page names: the islands' entries of
 * the visitor's language, and through them the chunks they share and what loads later (the
 * result's chart and share picture, the answer code the quiz shows when saving fails).
 */
export function followsImports(script: string): boolean {
	return script.startsWith(islandPrefix) && script.endsWith('.js');
}

/** Whether a response for this path may be kept: the site publishes it and it is no data file. */
export function isKept(path: string, published: ReadonlySet<string>): boolean {
	return published.has(path) && !path.endsWith('__data.json');
}

/**
 * Which kept pages may answer a navigation that the network could not: the page itself (with its
 * trailing slash added); for a statement or the importance step, the first statement's page of
 * that language (the quiz island then shows the screen the address names); else the site's
 * "page not found" page.
 */
export function offlinePageFor(path: string, languages: OfflineLanguages): string[] {
	const page = path.endsWith('/') ? path : `${path}/`;
	const prefix = languages.prefixes[languageOfPath(page, languages)] ?? '';
	const own = page.slice(prefix.length) || '/';
	const firstStatement = `${prefix}/fraga/1/`;
	return islandScreen.test(own) && page !== firstStatement
		? [page, firstStatement, notFoundPage]
		: [page, notFoundPage];
}
