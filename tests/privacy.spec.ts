/**
 * Privacy: answers never leave the device. In the browser every request stays on the site's own
 * origin, is a plain GET with no body, and nothing sets cookies or stores anything but the
 * site's own keys; in the built files no absolute URL to another host is ever fetched.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { answerAll, atStatement, open, statements } from './helpers';
import { fetchedUrls, filesUnder, isAbsolute, isFont, isForeign, readBuilt, watch } from './net';

const buildDir = 'build';

test('answering the whole quiz and reading the result: every request stays on the site, no cookies, only the site’s own storage', async ({
	page,
	context,
	baseURL
}) => {
	const seen = await watch(context, page);
	const origin = new URL(baseURL!).origin;

	await open(page, '/');
	await page.getByRole('link', { name: 'Starta testet' }).click();
	await answerAll(
		page,
		statements.map((s, i) => (i % 7 === 3 ? 's' : s.position))
	);
	await expect(page.locator('[data-testid="radar"] canvas')).toHaveAttribute('data-ready', 'true');
	await open(page, '/sa-raknas-det/');

	expect(seen.requests.length).toBeGreaterThan(0);
	expect(seen.requests.filter((r) => isForeign(r, origin)).map((r) => r.url())).toEqual([]);
	expect(seen.requests.filter(isFont).map((r) => r.url())).toEqual([]);
	// Nothing is sent: no uploads, no beacons, no form posts.
	expect(
		seen.requests.filter((r) => r.method() !== 'GET' || r.postData() !== null).map((r) => r.url())
	).toEqual([]);

	expect(await context.cookies()).toEqual([]);
	expect(await page.evaluate(() => document.cookie)).toBe('');
	const keys = await page.evaluate(() => Object.keys(localStorage));
	expect(keys.length).toBeGreaterThan(0);
	expect(keys.filter((key) => !key.startsWith('valkompass:'))).toEqual([]);
	// SvelteKit keeps scroll positions and snapshots for back/forward in sessionStorage.
	const sessionKeys = await page.evaluate(() => Object.keys(sessionStorage));
	expect(sessionKeys.filter((key) => !/^(valkompass|sveltekit):/.test(key))).toEqual([]);
});

test('the built site fetches nothing from another host: no scripts, styles, images, fonts or connections', () => {
	const files = filesUnder(buildDir, /\.(html|js|css|json|webmanifest)$/);
	expect(files.some((file) => file.endsWith('.html'))).toBe(true);

	const found = files.flatMap((file) =>
		fetchedUrls(file, readBuilt(buildDir, file)).map((ref) => ({ file, ...ref }))
	);
	// The scan does see the site's own scripts and styles, so an empty result below means something.
	expect(found.some((ref) => ref.context === '<script src>' || ref.context === 'script call')).toBe(
		true
	);
	expect(found.some((ref) => ref.context === '<link href>')).toBe(true);
	expect(found.filter((ref) => isAbsolute(ref.url))).toEqual([]);

	// No web fonts are shipped at all: the site uses the system's fonts.
	expect(filesUnder(buildDir, /\.(woff2?|ttf|otf|eot)$/i)).toEqual([]);
});

test('the scan of the built files finds each kind of external fetch and passes plain links', () => {
	const external = (file: string, text: string) =>
		fetchedUrls(file, text)
			.filter((ref) => isAbsolute(ref.url))
			.map((ref) => ref.context);

	expect(
		external(
			'page.html',
			`<link rel="stylesheet" href="https://cdn.example/a.css">
			<link rel="preconnect" href="https://fonts.example">
			<script type="module" src="//cdn.example/a.js"></script>
			<img alt="" src="https://img.example/x.png">
			<div style="background: url('https://img.example/y.png')"></div>
			<form action="https://collect.example/"></form>
			<script>fetch("https://api.example/answers")</script>`
		)
	).toEqual([
		'<link href>',
		'<link href>',
		'<script src>',
		'<img src>',
		'style attribute css url()',
		'<form action>',
		'script call'
	]);
	expect(
		external(
			'a.css',
			`@import "https://x.example/b.css"; a { background: url(https://x.example/c.png) }`
		)
	).toEqual(['css url()', 'css @import']);
	expect(
		external(
			'a.js',
			`import("https://x.example/m.js"); navigator.sendBeacon('https://x.example/b'); img.src = "https://x.example/p.gif"; $.from_html(\`<img src="https://x.example/q.png">\`)`
		)
	).toEqual(['script call', 'script call', 'script .src =', '<img src>']);
	expect(external('site.webmanifest', '{"icons":[{"src":"https://x.example/i.png"}]}')).toEqual([
		'manifest src'
	]);

	// A link the person clicks, a canonical or preview URL, and library strings are not fetches.
	expect(
		external(
			'page.html',
			`<a href="https://vasternorrland.vansterpartiet.se/">Programmet</a>
			<link rel="canonical" href="https://valkompass.example/">
			<meta property="og:image" content="https://valkompass.example/card.png">
			<svg xmlns="http://www.w3.org/2000/svg"></svg>`
		)
	).toEqual([]);
	expect(
		external(
			'chunk.js',
			`const ns = "http://www.w3.org/2000/svg"; throw new Error("see https://www.chartjs.org/docs/")`
		)
	).toEqual([]);
	expect(
		external('__data.json', '{"sourceUrl":"https://vasternorrland.vansterpartiet.se/"}')
	).toEqual([]);
});

/** The paths of every response the service worker keeps, in all its caches. */
async function keptPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const key of await caches.keys()) {
			const cache = await caches.open(key);
			for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
		}
		return paths.sort();
	});
}

/** Whether the built site has a file for this path. */
const isPublished = (path: string) =>
	existsSync(join(buildDir, path.endsWith('/') ? `${path}index.html` : path));

/**
 * The island scripts of a built page: its entry and every chunk the entry imports, at once or
 * later (the quiz's answer code; the result's chart, share sheet and picture), followed through
 * the files.
 */
function islandScriptsOf(pagePath: string): string[] {
	const html = readFileSync(join(buildDir, pagePath, 'index.html'), 'utf8');
	const entry = /src="[./]*(\/?_app\/immutable\/island\/[^"]+\.js)"/.exec(html)?.[1];
	if (!entry) throw new Error(`${pagePath} names no island script`);
	const found = new Set<string>();
	const follow = (path: string) => {
		if (found.has(path)) return;
		found.add(path);
		const code = readFileSync(join(buildDir, path), 'utf8');
		for (const [, relative] of code.matchAll(/["'`](\.\/[^"'`]+\.js)["'`]/g))
			follow(posix.join(posix.dirname(path), relative!));
	};
	follow(entry.startsWith('/') ? entry : `/${entry}`);
	return [...found];
}

test.describe('the service worker', () => {
	test.use({ serviceWorkers: 'allow' });

	test('keeps the quiz in the visitor’s language and only files the site publishes', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await open(page, '/en/');
		await page.evaluate(() => navigator.serviceWorker.ready);
		const installed = await keptPaths(page);
		expect(installed).toEqual(
			expect.arrayContaining(['/en/', '/en/fraga/1/', '/en/resultat/', '/404.html'])
		);
		// The first statement's page carries every statement: the others are not kept twice.
		expect(installed.filter((path) => /^\/en\/fraga\/(?!1\/)/.test(path))).toEqual([]);
		// The islands work offline: the quiz's and the result's entries and what they load later.
		const quiz = islandScriptsOf('en');
		const result = islandScriptsOf('en/resultat');
		expect(quiz.length).toBeGreaterThanOrEqual(2);
		expect(result.length).toBeGreaterThanOrEqual(4);
		expect(installed).toEqual(expect.arrayContaining([...quiz, ...result]));
		expect(
			installed.filter((path) => /\/island\/(result-|shared-)?(sv|lattlast)\./.test(path))
		).toEqual([]);
		// Not the other languages, not the class view: those are fetched when needed.
		expect(installed.filter((path) => /^\/(fraga|lattlast|klass|en\/klass)/.test(path))).toEqual(
			[]
		);
		expect(installed.filter((path) => !isPublished(path))).toEqual([]);

		await page.reload();
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		await page.evaluate(async () => {
			for (const path of ['/nope/', '/en/resultat/__data.json', '/en/klass/', '/en/?x=1'])
				await fetch(path).catch(() => null);
		});
		// The worker stores a response after handing it to the page: wait for the store.
		await expect.poll(() => keptPaths(page)).toContain('/en/klass/');
		const kept = await keptPaths(page);
		expect(kept.filter((path) => !isPublished(path) || path.endsWith('__data.json'))).toEqual([]);
	});

	test('offline, an unknown path shows the site’s own “page not found”', async ({
		page,
		context
	}) => {
		test.setTimeout(120_000);
		await open(page, '/');
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.reload();
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		await context.setOffline(true);
		const response = await page.goto('/finns-inte/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Sidan finns inte' })).toBeVisible();
		// A statement that was never opened, even without its trailing slash, still opens: the first
		// statement's page stands in, shows that statement and takes an answer.
		await page.goto('/fraga/7');
		await expect(page.locator('h1')).toHaveText(statements[6]!.text.sv);
		await atStatement(page, 6);
		await page.getByLabel('Helt för').click();
		await atStatement(page, 7);
		await expect(page.locator('h1')).toHaveText(statements[7]!.text.sv);
	});
});

test('where service workers are blocked, no page reports an error', async ({ page }) => {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	for (const path of ['/', '/fraga/1/', '/resultat/', '/klass/']) {
		await open(page, path);
		// The registration is tried after the load event.
		await page.waitForTimeout(500);
	}
	expect(problems).toEqual([]);
});
