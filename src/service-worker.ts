/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline support: after one visit, every page, script, style and picture of this version of
 * the site is cached, so the quiz, result, sharing and class view work without a network.
 * A new version waits until the page asks it to take over (the person is told; answers stay in
 * localStorage, which the service worker never touches).
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `valkompass-${version}`;
// Pages' data files are not needed: every page carries its data in its HTML.
const ASSETS = [...build, ...files, ...prerendered.filter((path) => !path.endsWith('__data.json'))];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Fragments never reach here; the path alone finds the cached page.
			const cached = await cache.match(url.pathname, { ignoreSearch: true });
			if (cached) return cached;
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic') cache.put(request, response.clone());
				return response;
			} catch (error) {
				// Offline and not cached: a page path without its trailing slash, or an unknown page.
				const page = await cache.match(
					url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
				);
				if (page) return page;
				throw error;
			}
		})()
	);
});
