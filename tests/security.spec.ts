/**
 * Security: a strict Content Security Policy on every page that a whole run never violates, no
 * {@html} in the source, and hostile input from the URL fragment or storage is only ever data.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeAnswerCode } from '../src/lib/codes/answer-code';
import { layoutOf } from '../src/lib/codes/history';
import { base64urlLength, bigintToBase64url, checksum12 } from '../src/lib/codes/base64url';
import type { Answers } from '../src/lib/quiz/scoring';
import { benchInput } from '../src/lib/testing/classroom-bench';
import { at, answerAll, atStatement, open, pack, statements } from './helpers';
import { filesUnder, isForeign, readBuilt, watch, type Watch } from './net';

const buildDir = 'build';
const answersKey = `valkompass:${pack.id}:answers`;

/** Svelte files allowed to use {@html}, each with the reason; only our own validated content. */
const htmlAllowed: Record<string, string> = {
	'lib/quiz/island/IslandPage.svelte':
		"the island's data as JSON in a <script type=application/json>, every '<' escaped (islandDataJson)",
	'lib/result/ResultIslandPage.svelte':
		"the island's data as JSON in a <script type=application/json>, every '<' escaped (resultIslandJson)"
};

/** The policy of a built page, directive by directive, from its <meta http-equiv> tag. */
function policyOf(html: string): Map<string, string[]> | null {
	const meta = html.match(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i);
	if (!meta) return null;
	const policy = new Map<string, string[]>();
	for (const directive of meta[1]!.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** Expects a page to have shown nothing alarming: no CSP violation, error or dialog. */
function expectQuiet(seen: Watch) {
	expect(seen.violations).toEqual([]);
	expect(seen.consoleErrors.filter((text) => /content security policy/i.test(text))).toEqual([]);
	expect(seen.pageErrors).toEqual([]);
	expect(seen.dialogs).toEqual([]);
}

/** Expects that no hostile payload ran in the page. */
async function expectNotPwned(page: Page) {
	expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
}

test('a whole run, from the first page through every statement to the result, violates no Content Security Policy directive', async ({
	page,
	context
}) => {
	const seen = await watch(context, page);
	await open(page, '/');
	await page.getByRole('link', { name: 'Starta testet' }).click();
	await expect(page).toHaveURL(at('/fraga/1/'));
	await answerAll(
		page,
		statements.map((s) => s.position)
	);
	await expect(page.locator('[data-testid="radar"] canvas')).toHaveAttribute('data-ready', 'true');
	// A full load of the result draws the chart without client-side navigation.
	await page.reload();
	await expect(page.locator('[data-testid="radar"] canvas')).toHaveAttribute('data-ready', 'true');
	await open(page, '/sa-raknas-det/');
	await page.getByRole('link', { name: 'Resultat' }).first().click();
	await expect(page).toHaveURL(at('/resultat/'));
	await expect(page.locator('[data-testid="radar"] canvas')).toHaveAttribute('data-ready', 'true');
	expectQuiet(seen);
});

test('every kind of built page, in every language, loads without a CSP violation', async ({
	page,
	context
}) => {
	test.setTimeout(180_000);
	const seen = await watch(context, page);
	// One statement page per language stands for all of them.
	const paths = filesUnder(buildDir, /^index\.html$/)
		.map((file) => `/${file.replace(/index\.html$/, '')}`)
		.filter((path) => !/\/fraga\/(?!1\/)\d+\/$/.test(path));
	expect(paths).toContain('/');
	for (const path of paths) await open(page, path);
	expectQuiet(seen);
});

test('every built page carries a strict Content Security Policy', () => {
	const pages = filesUnder(buildDir, /\.html$/);
	expect(pages.length).toBeGreaterThan(statements.length);
	for (const file of pages) {
		const html = readBuilt(buildDir, file);
		const policy = policyOf(html);
		expect(policy, `${file} has no CSP meta tag`).not.toBeNull();
		// A policy covers only what loads after it: nothing that loads may come first.
		const metaAt = html.search(/<meta\s+http-equiv="content-security-policy"/i);
		const firstLoad = html.search(/<(link|script|style|img|base|iframe|object)\b/i);
		expect(firstLoad === -1 || metaAt < firstLoad, `${file}: something loads before the CSP`).toBe(
			true
		);
		const scriptSrc = policy!.get('script-src') ?? policy!.get('default-src') ?? [];
		expect(scriptSrc, file).toContain("'self'");
		expect(scriptSrc, file).not.toContain("'unsafe-inline'");
		expect(scriptSrc, file).not.toContain("'unsafe-eval'");
		expect(scriptSrc.filter((source) => !/^'(self|sha256-[A-Za-z0-9+/=]+)'$/.test(source))).toEqual(
			[]
		);
		expect(policy!.get('default-src'), file).toEqual(["'self'"]);
		expect(policy!.get('object-src'), file).toEqual(["'none'"]);
		expect(policy!.get('base-uri'), file).toEqual(["'none'"]);
		expect(policy!.get('form-action'), file).toEqual(["'self'"]);
		expect(policy!.get('style-src'), file).not.toContain("'unsafe-inline'");
		expect(policy!.get('style-src-attr') ?? [], file).not.toContain("'unsafe-inline'");
	}
});

/** The rules of a `_headers` file: path → header name (lower case) → value. */
function headerRules(text: string): Map<string, Map<string, string>> {
	const rules = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
		else {
			const [name = '', ...value] = line.trim().split(':');
			current?.set(name.toLowerCase(), value.join(':').trim());
		}
	}
	return rules;
}

test('the build writes the headers a page cannot set itself, for every path, in _headers', () => {
	const rules = headerRules(readBuilt(buildDir, '_headers'));
	const all = rules.get('/*');
	expect(all, 'a rule for every path').toBeDefined();
	const csp = (all!.get('content-security-policy') ?? '').split(';').map((d) => d.trim());
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toContain("base-uri 'none'");
	expect(all!.get('x-content-type-options')).toBe('nosniff');
	expect(all!.get('referrer-policy')).toBe('same-origin');
	expect(all!.get('permissions-policy')).toMatch(/camera=\(\)/);
	expect(rules.get('/_app/immutable/*')?.get('cache-control')).toMatch(/immutable/);
	expect(rules.get('/service-worker.js')?.get('cache-control')).toBe('no-cache');
});

test('no page of the site can be framed, not even by a page of the same origin', async ({
	page,
	baseURL
}) => {
	// A page on the site's own origin (served by the test, not the site) frames /las-in/.
	await page.route(`${baseURL}/framing-attack.html`, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: '<!doctype html><title>frame</title><iframe src="/las-in/#A1" width="400" height="400"></iframe>'
		})
	);
	const response = page.waitForResponse((r) => r.url().includes('/las-in/'));
	await page.goto('/framing-attack.html');
	expect((await response).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
	const frame = page.frames().find((f) => f !== page.mainFrame());
	expect(frame).toBeDefined();
	// The browser shows its own error page in the frame instead: none of the site's markup, and
	// none of its scripts runs there.
	await expect.poll(() => frame!.evaluate(() => location.href)).toMatch(/^chrome-error:/);
	expect(await frame!.evaluate(() => document.getElementById('main'))).toBeNull();
});

test('every link to another site is https', () => {
	const links = filesUnder(buildDir, /\.html$/).flatMap((file) =>
		[...readBuilt(buildDir, file).matchAll(/<a\s[^>]*href="([a-z]+:[^"]*)"/gi)].map((m) => m[1]!)
	);
	expect(links.length).toBeGreaterThan(0);
	expect(links.filter((href) => !href.startsWith('https://'))).toEqual([]);
});

test('no Svelte file renders raw HTML with {@html}', () => {
	const offenders = filesUnder('src', /\.svelte$/)
		.filter((file) => readFileSync(`src/${file}`, 'utf8').includes('{@html'))
		.filter((file) => !(file in htmlAllowed));
	expect(offenders).toEqual([]);
});

/** Whether the built site has a page at `path` (a route that has not landed yet has none). */
const isBuilt = (path: string) => existsSync(join(buildDir, path, 'index.html'));

/** Pages that read the URL fragment, and pages that read pasted codes, each once it is built. */
const fragmentPaths = ['/', '/fraga/1/', '/resultat/', '/delat/', '/las-in/', '/klass/'].filter(
	isBuilt
);
const pastePaths = ['/las-in/', '/klass/'].filter(isBuilt);

/** Fragments that would run script if a page put them into the document as markup. */
const hostileFragments = [
	'<script>window.__pwned=1;alert(1)</script>',
	'"><img src=x onerror="window.__pwned=1;alert(1)">',
	"'><svg onload=window.__pwned=1>",
	'javascript:window.__pwned=1',
	'%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E',
	// Shaped like the start of a result code and an answer code.
	'R1"><img src=x onerror="window.__pwned=1">',
	'A1<script>window.__pwned=1</script>'
];

/** Pasted texts, like a class chat log, with hostile markup around and inside code-like words. */
const hostilePastes = [
	'<script>window.__pwned=1;alert(1)</script>',
	'Elev 1: A1"><img src=x onerror="window.__pwned=1">\nElev 2: <svg onload=window.__pwned=1>',
	'https://evil.example/las-in/#A1<script>window.__pwned=1</script> och javascript:alert(1)'
];

/** Expects that nothing the hostile input asked for was loaded: no /x, no other host. */
function expectNothingLoaded(seen: Watch, origin: string) {
	expect(seen.requests.filter((r) => /\/x$/.test(new URL(r.url()).pathname))).toEqual([]);
	expect(seen.requests.filter((r) => isForeign(r, origin)).map((r) => r.url())).toEqual([]);
}

for (const path of fragmentPaths) {
	test(`hostile URL fragments on ${path} are never run`, async ({ page, context, baseURL }) => {
		const seen = await watch(context, page);
		for (const fragment of hostileFragments) {
			// A fresh load with the fragment, then the same fragment set on the open page.
			await page.goto('about:blank');
			await open(page, `${path}#${fragment}`);
			await expect(page.locator('h1').first()).toBeVisible();
			await expectNotPwned(page);
			await page.evaluate((f) => (location.hash = f), fragment);
			await expect(page.locator('h1').first()).toBeVisible();
			await expectNotPwned(page);
		}
		expectQuiet(seen);
		expectNothingLoaded(seen, new URL(baseURL!).origin);
	});
}

for (const path of pastePaths) {
	test(`hostile pasted text on ${path} is read as data, never as markup`, async ({
		page,
		context,
		baseURL
	}) => {
		const seen = await watch(context, page);
		await open(page, path);
		const form = page
			.locator('main form')
			.filter({ has: page.locator('textarea, input[type="text"]') })
			.first();
		const field = form.locator('textarea, input[type="text"]').first();
		const submit = form.locator('button[type="submit"]').first();
		for (const text of hostilePastes) {
			await field.fill(text);
			await submit.click();
			await expectNotPwned(page);
		}
		expectQuiet(seen);
		expectNothingLoaded(seen, new URL(baseURL!).origin);
	});
}

/** Stored values that are not answers: markup, broken JSON, and JSON with hostile ids. */
const hostileStored = [
	'<img src=x onerror="window.__pwned=1;alert(1)">',
	'{"f":1,"v":"<script>window.__pwned=1</script>","a":{"<img src=x onerror=window.__pwned=1>":[2,1]}}',
	`{"f":1,"v":"x","a":{"__proto__":[2,1],"${statements[0]!.id}":["<script>window.__pwned=1</script>",1]}}`,
	'{"f":1,"v":"x","a":{"constructor":{"prototype":{"__pwned":1}}}}',
	'{"f":"<svg onload=window.__pwned=1>"'
];

test('hostile values in storage are read as data: nothing runs and the quiz still works', async ({
	page,
	context
}) => {
	const seen = await watch(context, page);
	await open(page, '/');
	for (const value of hostileStored) {
		await page.evaluate(([key, v]) => localStorage.setItem(key!, v!), [answersKey, value]);
		for (const path of ['/', '/fraga/1/', '/resultat/']) {
			await open(page, path);
			await expect(page.locator('h1')).toBeVisible();
			await expectNotPwned(page);
		}
	}
	// No stored key reached Object.prototype.
	expect(
		await page.evaluate(() => (Object.prototype as Record<string, unknown>).__pwned)
	).toBeUndefined();
	expectQuiet(seen);

	// The quiz still takes answers after reading the hostile value.
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	await page.keyboard.press('5');
	await expect(page).toHaveURL(at('/fraga/2/'));
	expect(seen.pageErrors).toEqual([]);
});

test('answers stored in a form that cannot be read are not used, and each page says so', async ({
	page
}) => {
	await open(page, '/');
	await page.evaluate((key) => localStorage.setItem(key, '{"broken'), answersKey);
	for (const path of ['/', '/fraga/1/', '/resultat/']) {
		await open(page, path);
		await expect(
			page
				.getByRole('status')
				.filter({ hasText: 'Sparade svar på den här enheten gick inte att läsa' })
		).toBeVisible();
	}
});

/** An answer code for the site's current content: the first `count` statements answered 'Helt för'. */
function answerCodeFor(count: number): string {
	const answers: Answers = {};
	for (const statement of statements.slice(0, count))
		answers[statement.id] = { value: 2, important: false };
	return encodeAnswerCode(answers, pack.version, layoutOf(pack));
}

/** Every character of a text as a percent-escape, as some mail programs write a link's fragment. */
const percentEncoded = (text: string) =>
	[...text].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');

test('/las-in/ reads a percent-encoded code, and follows a change of the fragment', async ({
	page
}) => {
	const all = answerCodeFor(statements.length);
	const five = answerCodeFor(5);
	await open(page, `/las-in/#${percentEncoded(all)}%20`);
	await expect(page.getByTestId('code-found')).toContainText(
		`${statements.length} av ${statements.length}`
	);
	// Another link opened in the same tab changes only the fragment.
	await page.evaluate((code) => (location.hash = code), five);
	await expect(page.getByTestId('code-found')).toContainText(`5 av ${statements.length}`);
	await expect(page.getByLabel('Svarskod eller länk')).toHaveValue(`#${five}`);
	await page.getByRole('button', { name: 'Använd svaren' }).click();
	await open(page, '/resultat/');
	await expect(page.getByText(`5 av ${statements.length}`).first()).toBeVisible();
});

test('a fragment far longer than any code is refused with a message, not copied into the page', async ({
	page,
	context,
	baseURL
}) => {
	const seen = await watch(context, page);
	for (const path of ['/las-in/', '/delat/']) {
		// The address is built in the page, so that a failure does not print it.
		await page.goto('about:blank');
		await page.evaluate(
			(url) => (location.href = `${url}#A1${'x'.repeat(20_000)}`),
			`${baseURL}${path}`
		);
		// Browsers are slow with long addresses of any page, more so on a busy machine.
		await expect(page.locator('main[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
		await expect(page.getByTestId('code-error')).toContainText('inte ut som en kod');
		if (path === '/las-in/') await expect(page.getByLabel('Svarskod eller länk')).toHaveValue('');
		// The same on the open page, when only the fragment changes.
		await page.evaluate(() => (location.hash = `R1${'y'.repeat(20_000)}`));
		await expect(page.getByTestId('code-error')).toContainText('inte ut som en kod');
	}
	expectQuiet(seen);
});

test('when the answers cannot be saved, /las-in/ says so and hands back the code', async ({
	page
}) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	const code = answerCodeFor(statements.length);
	await open(page, `/las-in/#${code}`);
	await page.getByRole('button', { name: 'Använd svaren' }).click();
	const notice = page.getByTestId('restore-not-saved');
	await expect(notice).toContainText('kunde inte sparas');
	await expect(notice.getByLabel('Din svarskod')).toHaveValue(code);
	await expect(page.getByText('Svaren är inlästa')).toHaveCount(0);
	// A statement page loads in full and would find nothing: it is not offered.
	await expect(page.getByRole('link', { name: 'Fortsätt svara' })).toHaveCount(0);
});

test('a code from a newer version of the site says to reload', async ({ page }) => {
	// A content version this build does not know, with a valid checksum.
	const body = `A1zzzzzzz${'A'.repeat(10)}`;
	await open(page, `/las-in/#${body}${checksum12(body)}`);
	await expect(page.getByTestId('code-error')).toContainText('ladda om sidan');
	await expect(page.getByRole('button', { name: 'Ladda om' })).toBeVisible();
});

test('a forged result link whose numbers contradict each other is refused like any broken link', async ({
	page
}) => {
	// 100 % overall over 0 % in every topic, each topic fully answered: no answers give that.
	const radixes = pack.topics.map((topic) => 1n + 101n * BigInt(topic.statements.length));
	let value = 101n;
	let limit = 102n;
	pack.topics.forEach((topic, i) => {
		value = value * radixes[i]! + 1n + 101n * BigInt(topic.statements.length - 1);
		limit *= radixes[i]!;
	});
	const body = `R1${pack.version}${bigintToBase64url(value, base64urlLength(limit))}`;
	await open(page, `/delat/#${body}${checksum12(body)}`);
	await expect(page.getByTestId('code-error')).toContainText('skadad');
	await expect(page.getByTestId('score-table')).toHaveCount(0);
});

test('a page whose scripts were removed by a newer deploy says to reload instead of half-working', async ({
	page
}) => {
	// As after a deploy that deleted the old version's files while this page was cached.
	// SvelteKit's scripts (the class view) and the islands' (a statement, the result).
	const removed = /\/_app\/immutable\/(entry|nodes|island)\//;
	await page.route(removed, (route) => route.fulfill({ status: 404, body: 'Not found' }));
	for (const path of ['/fraga/2/', '/resultat/', '/klass/', '/en/resultat/']) {
		await page.goto(path);
		const notice = page.getByRole('alert').filter({ has: page.getByRole('button') });
		await expect(notice).toBeVisible();
		await expect(notice).toContainText(
			path.startsWith('/en/') ? 'Reload the page' : 'Ladda om sidan'
		);
	}
	// The button reloads; with the files back, the page works again.
	await page.unroute(removed);
	await page.getByRole('button', { name: 'Reload' }).click();
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
	await expect(page.getByRole('alert').filter({ hasText: 'Reload the page' })).toBeHidden();
});

test('a paste of 25,000 codes is read in chunks with progress, the page staying responsive', async ({
	page
}) => {
	test.setTimeout(180_000);
	const { log } = benchInput(25_000, pack);
	await open(page, '/klass/');
	// Set the text as a paste does (typing it would take the test runner minutes, not the page).
	await page.getByTestId('paste-before').evaluate((field, text) => {
		(field as HTMLTextAreaElement).value = text;
		field.dispatchEvent(new Event('input', { bubbles: true }));
	}, log);
	// Watch, from inside the page, whether progress is shown and whether timers still run.
	await page.evaluate(() => {
		const seen = { progress: false, ticks: 0 };
		(window as unknown as { __seen: typeof seen }).__seen = seen;
		new MutationObserver(() => {
			if (document.querySelector('[data-testid="progress-before"] progress')) seen.progress = true;
		}).observe(document.body, { subtree: true, childList: true });
		setInterval(() => seen.ticks++, 50);
	});
	await page.getByTestId('read-before').click();
	await expect(page.getByTestId('found')).toContainText('25000 koder', { timeout: 150_000 });
	const seen = await page.evaluate(
		() => (window as unknown as { __seen: { progress: boolean; ticks: number } }).__seen
	);
	expect(seen.progress).toBe(true);
	// Timers kept running while the codes were read: the page was never frozen for the whole read.
	expect(seen.ticks).toBeGreaterThan(5);
	await expect(page.getByTestId('progress-before')).toHaveCount(0);
});
