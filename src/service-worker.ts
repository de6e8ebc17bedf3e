/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support. On install the shell in the visitor's language is kept (src/lib/site/offline.ts
 * says what that is); every other file the site publishes is kept the first time it is used.
 * A request that fails during install is tried once more and otherwise left for later: it never
 * stops the install. A new version waits until a page asks it to take over (the person is told;
 * answers stay in localStorage, which the service worker never touches).
 *
 * Tabs opened under an older version may still ask for that version's scripts (the chart, the
 * share picture). Its cache is therefore kept after an update, and used for `_app/immutable/`
 * files only (their names say their content), until every open tab has loaded a page of the new
 * version.
 */
import { build, files, prerendered, version } from '$service-worker';
import { langPrefix } from '$lib/i18n/langs';
import {
	assetsNamedIn,
	followsImports,
	immutablePrefix,
	isKept,
	languageOfPath,
	notFoundPage,
	offlinePageFor,
	shellFiles,
	shellPages
} from '$lib/site/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `valkompass-${version}`;
const languages = { prefixes: langPrefix as Record<string, string> };
const built = new Set(build);
const published = new Set([...build, ...files, ...prerendered, notFoundPage]);

/** Fetches a file into the cache, trying once more after a failure; false if it never came. */
async function keep(cache: Cache, path: string): Promise<Response | null> {
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const response = await fetch(path, { cache: 'no-cache' });
			// Some servers (vite preview among them) send the 404 page with its own status.
			if (response.ok || (path === notFoundPage && response.status === 404)) {
				await cache.put(path, response.clone());
				return response;
			}
		} catch {
			// Offline or a dropped connection: try again once, then leave it for later.
		}
	}
	return null;
}

/** The languages of the pages that are open (the page that registered this worker among them). */
async function openLanguages(): Promise<string[]> {
	const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const langs = windows.map((client) => languageOfPath(new URL(client.url).pathname, languages));
	return langs.length > 0 ? [...new Set(langs)] : [languageOfPath('/', languages)];
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			const pages = shellPages(prerendered, await openLanguages(), languages);
			const assets = new Set<string>();
			const lazyFrom: string[] = [];
			await Promise.all(
				pages.map(async (path) => {
					const response = await keep(cache, path);
					if (!response) return;
					for (const asset of assetsNamedIn(await response.text(), built)) {
						assets.add(asset);
						if (followsImports(asset)) lazyFrom.push(asset);
					}
				})
			);
			// The islands' chunks and what they load later (the chart, the share picture),
			// followed through the imports of their scripts.
			const seen = new Set<string>();
			while (lazyFrom.length > 0) {
				const path = lazyFrom.pop()!;
				if (seen.has(path)) continue;
				seen.add(path);
				assets.add(path);
				if (!path.endsWith('.js')) continue;
				const response = await keep(cache, path);
				if (response) lazyFrom.push(...assetsNamedIn(await response.text(), built, path));
			}
			const rest = [...assets].filter((path) => !seen.has(path));
			await Promise.all([...rest, ...shellFiles(files)].map((path) => keep(cache, path)));
		})()
	);
});

/** Window clients that have loaded a page from this worker since it started. */
const loadedHere = new Set<string>();

/** Drops older versions' caches once no open tab can still need them. */
async function dropOldCaches(): Promise<void> {
	const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	if (windows.some((client) => !loadedHere.has(client.id))) return;
	const keys = await caches.keys();
	await Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)));
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(dropOldCaches().then(() => sw.clients.claim()));
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void sw.skipWaiting();
});

/** The response for a same-origin GET; see the module comment. */
async function respond(event: FetchEvent, url: URL): Promise<Response> {
	const request = event.request;
	const path = url.pathname;
	const cache = await caches.open(CACHE);
	// Fragments never reach here; the path alone finds the cached page.
	const cached =
		(await cache.match(path, { ignoreSearch: true })) ??
		(path.startsWith(immutablePrefix)
			? await caches.match(path, { ignoreSearch: true })
			: undefined);
	if (cached) return cached;
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic' && isKept(path, published)) {
			event.waitUntil(cache.put(path, response.clone()));
		}
		return response;
	} catch (error) {
		if (request.mode !== 'navigate') throw error;
		// Offline and not kept: the page with its trailing slash, a statement's stand-in, else
		// the site's own 404.
		for (const page of offlinePageFor(path, languages)) {
			const kept = await cache.match(page);
			if (!kept) continue;
			if (page === notFoundPage) {
				return new Response(kept.body, { status: 404, headers: kept.headers });
			}
			// A page's relative addresses work only at its own address: add the slash first.
			if (!path.endsWith('/'))
				return Response.redirect(new URL(`${path}/${url.search}`, url).href, 301);
			return kept;
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (request.mode === 'navigate' && event.resultingClientId) {
		loadedHere.add(event.resultingClientId);
		event.waitUntil(dropOldCaches());
	}
	event.respondWith(respond(event, url));
});
