/**
 * The response headers a host must send, because a page cannot set them itself: the parts of
 * the security policy a <meta> tag cannot carry, and caching that keeps a deploy from breaking
 * open tabs. One list, written out for each kind of host: `_headers` (Netlify, Cloudflare Pages
 * and other static hosts, written into build/ by headers-plugin.ts), nginx and Apache (the
 * README's "Publishing" section; a unit test keeps it equal to what this module writes), and
 * `vite preview` (vite.config.ts), so that the end-to-end tests meet the same headers.
 */

/** One response header: its name and value. */
export interface Header {
	name: string;
	value: string;
}

/**
 * A Content Security Policy sent as a header, on top of the one in every page's <meta> tag.
 * A browser applies both, so this one only adds what a meta tag cannot do (frame-ancestors)
 * and repeats the directives that must hold even for a file that has no meta tag. It has no
 * default-src, which would also narrow what the meta policy allows (data: and blob: images).
 */
export const headerPolicy = [
	"frame-ancestors 'none'",
	"base-uri 'none'",
	"object-src 'none'",
	"form-action 'self'"
].join('; ');

/** Sent with every file. */
export const securityHeaders: readonly Header[] = [
	// Refuses framing by any page (clickjacking; a framing page once overwrote answers).
	{ name: 'Content-Security-Policy', value: headerPolicy },
	// Files are used only as what their type says (no script or style from a mislabelled file).
	{ name: 'X-Content-Type-Options', value: 'nosniff' },
	// Links to other sites do not carry the page's address; the site's own pages see where in
	// the site a visit came from (the first page keeps the language of a link inside the site).
	{ name: 'Referrer-Policy', value: 'same-origin' },
	// Powerful features the site never uses cannot be asked for in its pages. Web Share and the
	// clipboard, which sharing uses, are left alone.
	{
		name: 'Permissions-Policy',
		value:
			'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'
	},
	// A window opened from another site gets no handle on ours, and ours none on it.
	{ name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
	// Browsers ignore it over plain http, so it is safe to send from a host without https.
	{ name: 'Strict-Transport-Security', value: 'max-age=31536000' }
];

/** Files under this path never change: their names change whenever their content does. */
export const immutablePath = '/_app/immutable/';

/** Caching for files under immutablePath. */
export const immutableCache: Header = {
	name: 'Cache-Control',
	value: 'public, max-age=31536000, immutable'
};

/**
 * Caching for everything else (pages, the service worker, version.json): the browser asks the
 * host each time, so a page never outlives the scripts it names by more than one visit.
 */
export const revalidateCache: Header = { name: 'Cache-Control', value: 'no-cache' };

/**
 * The `_headers` file of Netlify, Cloudflare Pages and similar hosts. Paths that match several
 * rules get the headers of each, joined, so Cache-Control is set only on paths that match one
 * rule: the immutable files, the service worker and SvelteKit's version file. HTML pages get
 * the host's default, which on these hosts is to revalidate.
 */
export function headersFile(): string {
	const rule = (path: string, headers: readonly Header[]) =>
		[path, ...headers.map((h) => `  ${h.name}: ${h.value}`)].join('\n');
	return (
		[
			'# Written by the build (src/build/headers.ts); edit that file, not this one.',
			rule('/*', securityHeaders),
			rule(`${immutablePath}*`, [immutableCache]),
			rule('/service-worker.js', [revalidateCache]),
			rule('/_app/version.json', [revalidateCache])
		].join('\n') + '\n'
	);
}

/** nginx: the lines for a `server` block serving build/ (see the README, "Publishing"). */
export function nginxConfig(): string {
	// add_header in a location replaces the server's list, so each location repeats it.
	const lines = (cache: Header) =>
		[...securityHeaders, cache].map((h) => `add_header ${h.name} "${h.value}" always;`);
	const indent = (list: string[]) => list.map((line) => `    ${line}`);
	return [
		'root /var/www/valkompass;',
		'error_page 404 /404.html;',
		...lines(revalidateCache),
		`location ${immutablePath} {`,
		...indent(lines(immutableCache)),
		'}'
	].join('\n');
}

/** Apache: the lines for a .htaccess in build/ or a <VirtualHost> (needs mod_headers). */
export function apacheConfig(): string {
	const set = (h: Header) => `Header always set ${h.name} "${h.value}"`;
	return [
		'ErrorDocument 404 /404.html',
		...securityHeaders.map(set),
		set(revalidateCache),
		// Apache 2.4: an <If> on the path overrides the default caching for the immutable files.
		`<If "%{REQUEST_URI} =~ m#^${immutablePath}#">`,
		`    ${set(immutableCache)}`,
		'</If>'
	].join('\n');
}

/** The headers `vite preview` sends with every file, so end-to-end tests meet them too. */
export function previewHeaders(): Record<string, string> {
	return Object.fromEntries(securityHeaders.map((h) => [h.name, h.value]));
}
