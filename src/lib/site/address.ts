/**
 * The site's public address: checked when the site is built (from site.config.js or SITE_URL),
 * and read by the pages for link previews and the share picture. No Svelte, no DOM.
 */

/** A checked site address, or why it cannot be used. */
export type SiteAddress =
	{ ok: true; origin: string; host: string } | { ok: false; reason: string };

/**
 * Reads a configured site address: an absolute http(s) origin such as https://example.org
 * (a trailing slash is dropped; a path, query or fragment is refused).
 */
export function parseSiteAddress(value: string | undefined | null): SiteAddress {
	const text = (value ?? '').trim().replace(/\/+$/, '');
	if (text === '') return { ok: false, reason: 'no site address is set' };
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { ok: false, reason: `"${text}" is not an absolute address (https://…)` };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { ok: false, reason: `"${text}" must start with https:// or http://` };
	}
	if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '') {
		return { ok: false, reason: `"${text}" must be the site's origin only, with no path` };
	}
	return { ok: true, origin: url.origin, host: url.host };
}

/**
 * The address to build with: SITE_URL from the environment wins over the configured one. Throws
 * an error that says what to do when neither is a usable address.
 */
export function buildSiteAddress(configured: string, env: string | undefined): string {
	const chosen = env !== undefined && env.trim() !== '' ? env : configured;
	const address = parseSiteAddress(chosen);
	if (!address.ok) {
		throw new Error(
			`Site address: ${address.reason}. Link previews need an absolute address, so the build ` +
				`stops here. Set siteUrl in site.config.js, or build with SITE_URL=https://your.site ` +
				`npm run build (for a local or test build: npm run build:local).`
		);
	}
	return address.origin;
}

/** The site's origin as built (empty in unit tests and the dev server, where none is needed). */
export const siteOrigin: string = (import.meta.env?.VITE_SITE_URL ?? '').replace(/\/$/, '');

/** An absolute address for a path on this site; relative when no origin is known (dev). */
export function siteHref(path: string): string {
	return `${siteOrigin}${path}`;
}
