/**
 * Helpers for the privacy and security tests: what a page requests and what it reports, and a
 * scan of the built files for absolute URLs that a browser would fetch.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A Content Security Policy violation as the page reported it. */
export interface CspViolation {
	directive: string;
	blocked: string;
	source: string;
	line: number;
	page: string;
}

/** Everything a browser context did that the privacy and security tests look at. */
export interface Watch {
	/** Every request of every page in the context, in order. */
	requests: Request[];
	/** CSP violations, from the `securitypolicyviolation` event on every document. */
	violations: CspViolation[];
	/** Console messages of type error. */
	consoleErrors: string[];
	/** Uncaught errors thrown in the pages. */
	pageErrors: string[];
	/** Messages of any alert, confirm or prompt that opened (each is dismissed). */
	dialogs: string[];
}

declare global {
	interface Window {
		/** Set only by a hostile payload that managed to run. */
		__pwned?: unknown;
		__reportCspViolation?: (violation: Omit<CspViolation, 'page'>) => void;
	}
}

/**
 * Starts recording requests, CSP violations, console errors, page errors and dialogs of a page
 * (requests of the whole context). Call before the first navigation.
 */
export async function watch(context: BrowserContext, page: Page): Promise<Watch> {
	const seen: Watch = {
		requests: [],
		violations: [],
		consoleErrors: [],
		pageErrors: [],
		dialogs: []
	};
	context.on('request', (request) => seen.requests.push(request));
	page.on('console', (message) => {
		if (message.type() === 'error') seen.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => seen.pageErrors.push(error.message));
	page.on('dialog', (dialog) => {
		seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	// The binding survives navigations; the init script hooks every new document before it parses.
	await page.exposeFunction('__reportCspViolation', (violation: Omit<CspViolation, 'page'>) =>
		seen.violations.push({ ...violation, page: page.url() })
	);
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__reportCspViolation?.({
				directive: event.violatedDirective,
				blocked: event.blockedURI,
				source: event.sourceFile,
				line: event.lineNumber
			});
		});
	});
	return seen;
}

/** Whether a request went to another origin than `origin`. */
export function isForeign(request: Request, origin: string): boolean {
	const url = new URL(request.url());
	return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
}

/** Whether a request is for a web font (by resource type or file name). */
export function isFont(request: Request): boolean {
	return (
		request.resourceType() === 'font' ||
		/\.(woff2?|ttf|otf|eot)(\?|#|$)/i.test(new URL(request.url()).pathname)
	);
}

// ---------------------------------------------------------------------------------------------
// The built files

/** Every file under `dir` whose name matches `pattern`, as paths relative to `dir`. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
	const found: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder)) {
			const path = join(folder, entry);
			if (statSync(path).isDirectory()) walk(path);
			else if (pattern.test(entry)) found.push(relative(dir, path).split('\\').join('/'));
		}
	};
	walk(dir);
	return found.sort();
}

/** A reference in a file that makes the browser fetch (or connect to) a URL. */
export interface FetchedUrl {
	/** Where it was found, e.g. `<script src>` or `css url()`. */
	context: string;
	url: string;
}

/** Whether a URL names a host: http(s), ws(s) or protocol-relative. */
export const isAbsolute = (url: string) => /^\s*((https?|wss?):)?\/\//i.test(url);

/** `<link rel>` values that fetch or connect to their href; canonical, alternate etc. do not. */
const fetchingRels =
	/\b(stylesheet|icon|apple-touch-icon|mask-icon|manifest|preload|modulepreload|prefetch|prerender|dns-prefetch|preconnect)\b/i;

/** Per element, the attributes whose URL the browser loads when the element is in a page. */
const fetchingAttributes: Record<string, string[]> = {
	script: ['src'],
	img: ['src', 'srcset'],
	source: ['src', 'srcset'],
	video: ['src', 'poster'],
	audio: ['src'],
	track: ['src'],
	iframe: ['src'],
	frame: ['src'],
	embed: ['src'],
	object: ['data'],
	input: ['src'],
	image: ['href', 'xlink:href'],
	use: ['href', 'xlink:href'],
	feimage: ['href', 'xlink:href'],
	// A form sends what it holds to its action.
	form: ['action'],
	button: ['formaction'],
	body: ['background']
};

function attributesOf(tag: string): Map<string, string> {
	const attributes = new Map<string, string>();
	for (const match of tag.matchAll(/([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
		attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
	}
	return attributes;
}

/** URLs out of a srcset: each candidate's first word. */
const srcsetUrls = (value: string) =>
	value
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);

/** Fetched URLs in HTML markup (a page, or markup that script builds): tags and inline CSS. */
function inMarkup(text: string): FetchedUrl[] {
	const found: FetchedUrl[] = [];
	for (const match of text.matchAll(/<([a-zA-Z][\w:-]*)(\s[^<>]*)?>/g)) {
		const name = match[1]!.toLowerCase();
		const attributes = attributesOf(match[2] ?? '');
		const fetched =
			name === 'link'
				? fetchingRels.test(attributes.get('rel') ?? '')
					? ['href', 'imagesrcset']
					: []
				: name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'refresh'
					? ['content']
					: (fetchingAttributes[name] ?? []);
		for (const attribute of fetched) {
			const value = attributes.get(attribute);
			if (value === undefined) continue;
			const urls = attribute.endsWith('srcset')
				? srcsetUrls(value)
				: attribute === 'content'
					? [value.replace(/^[^;]*;\s*url\s*=\s*/i, '')]
					: [value];
			for (const url of urls) found.push({ context: `<${name} ${attribute}>`, url });
		}
		const style = attributes.get('style');
		if (style)
			found.push(...inCss(style).map((f) => ({ ...f, context: `style attribute ${f.context}` })));
	}
	for (const match of text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
		found.push(...inCss(match[1]!));
	}
	return found;
}

/** Fetched URLs in CSS: url(...) and @import. */
function inCss(text: string): FetchedUrl[] {
	const found: FetchedUrl[] = [];
	for (const match of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\)/gi)) {
		found.push({ context: 'css url()', url: (match[1] ?? match[2] ?? match[3] ?? '').trim() });
	}
	for (const match of text.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
		found.push({ context: 'css @import', url: match[1] ?? match[2] ?? '' });
	}
	return found;
}

/**
 * Fetched URLs in JavaScript: a string literal given to fetch(), import(), importScripts(),
 * sendBeacon(), XMLHttpRequest's open(), a Worker, EventSource or WebSocket, or assigned to a
 * src or set as a src/href attribute; plus the markup inside template strings. Other strings
 * (documentation links in library error messages, XML namespaces) are never fetched.
 */
function inScript(text: string): FetchedUrl[] {
	const found: FetchedUrl[] = [];
	const literal = String.raw`(?:"([^"\n]*)"|'([^'\n]*)'|\x60([^\x60]*)\x60)`;
	const patterns: [string, RegExp][] = [
		[
			'script call',
			new RegExp(
				String.raw`\b(?:fetch|import|importScripts|sendBeacon|(?:new\s+(?:Worker|SharedWorker|EventSource|WebSocket)))\s*\(\s*` +
					literal,
				'g'
			)
		],
		[
			'XMLHttpRequest open()',
			new RegExp(String.raw`\.open\(\s*["'][A-Za-z]+["']\s*,\s*` + literal, 'g')
		],
		['script .src =', new RegExp(String.raw`\.src\s*=\s*` + literal, 'g')],
		[
			'setAttribute(src/href)',
			new RegExp(String.raw`setAttribute\(\s*["'](?:src|href|srcset)["']\s*,\s*` + literal, 'g')
		]
	];
	for (const [context, pattern] of patterns) {
		for (const match of text.matchAll(pattern)) {
			found.push({ context, url: match[1] ?? match[2] ?? match[3] ?? '' });
		}
	}
	return [...found, ...inMarkup(text), ...inCss(text).filter((f) => isAbsolute(f.url))];
}

/** Fetched URLs in a web app manifest: icons, screenshots and shortcuts' icons. */
function inManifest(text: string): FetchedUrl[] {
	const found: FetchedUrl[] = [];
	const visit = (value: unknown, key: string) => {
		if (Array.isArray(value)) value.forEach((item) => visit(item, key));
		else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) visit(v, k);
		} else if (typeof value === 'string' && key === 'src') {
			found.push({ context: 'manifest src', url: value });
		}
	};
	visit(JSON.parse(text), '');
	return found;
}

/**
 * Every URL a built file makes the browser fetch, by the file's type. Data files (.json other
 * than a manifest) are read by the app as data, so the URLs in them are never fetched.
 */
export function fetchedUrls(file: string, text: string): FetchedUrl[] {
	if (/\.html?$/.test(file)) {
		const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
		return [...inMarkup(text), ...scripts.flatMap((match) => inScript(match[1]!))];
	}
	if (/\.m?js$/.test(file)) return inScript(text);
	if (/\.css$/.test(file)) return inCss(text);
	if (/\.webmanifest$/.test(file) || /manifest\.json$/.test(file)) return inManifest(text);
	return [];
}

/** The text of a built file. */
export const readBuilt = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
