/**
 * Writes the `_headers` file (src/build/headers.ts) into the built site, beside index.html, so
 * that hosts which read it send the headers a page cannot set itself. It is emitted into the
 * client output, which adapter-static copies to build/. `vite preview` sends the same headers,
 * so that the end-to-end tests meet what a host sends.
 */
import type { Plugin } from 'vite';
import { headersFile, previewHeaders } from './headers.ts';

/** The Vite plugin that adds `_headers` to the client build. */
export function hostHeaders(): Plugin {
	let build = false;
	let ssr = false;
	return {
		name: 'valkompass-host-headers',
		configResolved(config) {
			build = config.command === 'build';
			ssr = Boolean(config.build.ssr);
		},
		// 'pre': SvelteKit's preview answers every request itself, so this must come first.
		configurePreviewServer: {
			order: 'pre',
			handler(server) {
				const headers = Object.entries(previewHeaders());
				server.middlewares.use((_request, response, next) => {
					for (const [name, value] of headers) response.setHeader(name, value);
					next();
				});
			}
		},
		generateBundle() {
			if (!build || ssr) return;
			this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
		}
	};
}
