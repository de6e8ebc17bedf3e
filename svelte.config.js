import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';

/**
 * The only inline style attributes the site may apply, allowed by hash ('unsafe-hashes') so that
 * style-src needs no 'unsafe-inline'. Neither can move to a stylesheet from this project:
 * - the wrapper <div> around the page in src/app.html (SvelteKit's template);
 * - SvelteKit's route announcer, the visually hidden live region it adds after the first
 *   client-side navigation (its style is fixed in @sveltejs/kit, core/sync/write_root.js).
 * If either text changes, the browser blocks it and tests/security.spec.ts reports the violation.
 */
const allowedStyleAttributes = [
	'display: contents',
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px'
];
const styleAttributeHashes = allowedStyleAttributes.map(
	(style) => /** @type {const} */ (`sha256-${createHash('sha256').update(style).digest('base64')}`)
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// Every page is prerendered to a static file; there is no server at run time.
		adapter: adapter({ strict: true, fallback: '404.html' }),
		// src/lib/site/updates.ts registers the service worker, and copes when it is blocked.
		serviceWorker: { register: false },
		// Every stylesheet (each is under 16 kB) goes into the page itself, as a <style> that the
		// CSP below allows by its hash. A phone on a slow connection then paints after one request
		// rather than after six to eight stylesheet requests (Lighthouse mobile, result page: first
		// paint 1.6 s → 1.3 s). The price: each page carries its 3-4 kB of styles uncached, which
		// the islands' pages (where most time is spent) pay once.
		inlineStyleThreshold: 16384,
		prerender: {
			// The shared-result page is reached only through links people share, not through a
			// link on the site, so the crawler is told about it.
			entries: ['*', '/delat/', '/lattlast/delat/', '/en/delat/'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// A strict Content Security Policy, delivered as a <meta> tag in every prerendered page.
		// Hash mode: SvelteKit adds the sha256 of its inline start-up script to script-src, so
		// scripts need neither 'unsafe-inline' nor 'unsafe-eval'. Styles are our own files, inlined
		// with their hashes (inlineStyleThreshold above);
		// chart.js, and Svelte when it updates a style: directive in the browser, set styles
		// through the CSSOM, which CSP allows. A style="" attribute in markup (or a style:
		// directive that has a value when the page is prerendered) is blocked: use a class.
		// frame-ancestors cannot be set in a meta tag: the host sends it as a header, with the
		// others a page cannot set (src/build/headers.ts writes them to build/_headers).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', ...styleAttributeHashes],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self']
			}
		}
	}
};

export default config;
