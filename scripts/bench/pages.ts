/**
 * What the pages download: each route on its own, the journey from the first page through every
 * statement to the result (with its budgets), and the service worker's offline cache.
 */
import { chromium, devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeSaved } from '../../src/lib/quiz/saved';
import { answerValues, type Answers } from '../../src/lib/quiz/scoring';
import { answersKey, budgets, chromiumArgs, chromiumPath, kb, pack, statements } from './context';
import type { Report } from './report';

/** One JS or CSS file as the browser received it. */
interface Asset {
	url: string;
	file: string;
	kind: 'js' | 'css';
	raw: number;
	gzip: number;
	/** What the file is built from, found by its content. */
	has: { chartJs: boolean; zod: boolean };
}

/** Everything one page load (or sequence of loads) requested. */
class Recorder {
	requests: string[] = [];
	assets = new Map<string, Asset>();
	#pending: Promise<void>[] = [];

	constructor(page: Page) {
		page.on('request', (request) => this.requests.push(request.url()));
		page.on('response', (response) => {
			const url = response.url();
			const type = response.headers()['content-type'] ?? '';
			const kind = /\.css(\?|$)/.test(url) || type.includes('text/css') ? 'css' : null;
			const js = /\.m?js(\?|$)/.test(url) || type.includes('javascript') ? 'js' : null;
			const assetKind = kind ?? js;
			if (type.includes('text/html') && response.status() === 200) {
				this.#pending.push(
					response.text().then(
						(html) => this.#inlineStyles(url, html),
						() => undefined
					)
				);
				return;
			}
			if (!assetKind || this.assets.has(url) || response.status() !== 200) return;
			this.#pending.push(
				response.body().then(
					(body) => {
						const text = body.toString('utf8');
						this.assets.set(url, {
							url,
							file: basename(new URL(url).pathname),
							kind: assetKind,
							raw: body.length,
							gzip: gzipSync(body, { level: 9 }).length,
							has: {
								chartJs: text.includes('RadialLinearScale') || text.includes('radialLinear'),
								zod: text.includes('ZodError') || text.includes('$ZodType')
							}
						});
					},
					() => undefined
				)
			);
		});
	}

	/**
	 * The page's inline styles (SvelteKit inlines small stylesheets, svelte.config.js), counted as
	 * one CSS file: they are loaded with the page as a linked file would be.
	 */
	#inlineStyles(url: string, html: string) {
		const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
		const key = `${url.replace(/#.*/, '')} <style>`;
		if (css === '' || this.assets.has(key)) return;
		const body = Buffer.from(css, 'utf8');
		this.assets.set(key, {
			url: key,
			file: `${new URL(url).pathname} <style>`,
			kind: 'css',
			raw: body.length,
			gzip: gzipSync(body, { level: 9 }).length,
			has: { chartJs: false, zod: false }
		});
	}

	/** Waits until every response body has been read. */
	async settle() {
		await Promise.all(this.#pending);
	}

	/** The figures of the assets recorded so far. */
	summary(): Transfer {
		const assets = [...this.assets.values()];
		const sum = (kind: 'js' | 'css', field: 'raw' | 'gzip') =>
			assets.filter((a) => a.kind === kind).reduce((total, a) => total + a[field], 0);
		const origins = new Set(this.requests.map((url) => new URL(url).origin));
		return {
			requests: this.requests.length,
			origins: [...origins],
			js: { raw: sum('js', 'raw'), gzip: sum('js', 'gzip') },
			css: { raw: sum('css', 'raw'), gzip: sum('css', 'gzip') },
			total: {
				raw: sum('js', 'raw') + sum('css', 'raw'),
				gzip: sum('js', 'gzip') + sum('css', 'gzip')
			},
			chartJs: assets.some((a) => a.has.chartJs),
			zod: assets.some((a) => a.has.zod),
			chunks: assets.map((a) => a.file).sort(),
			files: assets
				.map(({ file, kind, raw, gzip }) => ({ file, kind, raw, gzip }))
				.sort((a, b) => b.gzip - a.gzip)
		};
	}
}

/** Byte counts and chunk names of a route or a sequence of routes. */
interface Transfer {
	requests: number;
	origins: string[];
	js: { raw: number; gzip: number };
	css: { raw: number; gzip: number };
	total: { raw: number; gzip: number };
	chartJs: boolean;
	zod: boolean;
	chunks: string[];
	/** Each JS and CSS file with its sizes, largest first. */
	files: { file: string; kind: 'js' | 'css'; raw: number; gzip: number }[];
}

/** A route's figures, or why there are none. */
type RouteFigures = { path: string; status: 'measured'; transfer: Transfer } | NotMeasured;
type NotMeasured = { path: string; status: 'not built yet' | 'failed'; reason: string };

/** A complete set of answers, stored the way the quiz stores them. */
export function seededAnswers(): string {
	return encodeSaved(seededAnswerSet(), pack.version);
}

/** The answers behind seededAnswers(): every statement answered, cycling through the scale. */
export function seededAnswerSet(): Answers {
	const answers: Answers = {};
	statements.forEach((statement, i) => {
		answers[statement.id] = { value: answerValues[i % answerValues.length]!, important: false };
	});
	return answers;
}

/** A fresh phone-sized context on the preview server, optionally with saved answers. */
async function newContext(
	browser: Browser,
	origin: string,
	withAnswers = false
): Promise<BrowserContext> {
	// The service worker is blocked here: these figures are what the pages themselves load. Its
	// background download of the whole site for offline use is measured on its own.
	const context = await browser.newContext({
		...devices['Pixel 7'],
		baseURL: origin,
		serviceWorkers: 'block'
	});
	if (withAnswers) {
		await context.addInitScript(
			([key, value]) => localStorage.setItem(key!, value!),
			[answersKey, seededAnswers()]
		);
	}
	return context;
}

async function waitUntilReady(page: Page) {
	await page.locator('main[data-ready="true"]').waitFor();
	await page.waitForLoadState('networkidle');
}

/** Opens one route in a fresh context and records what it loads. */
async function measureRoute(
	browser: Browser,
	origin: string,
	path: string,
	options: { withAnswers?: boolean; chart?: boolean; optional?: boolean } = {}
): Promise<RouteFigures> {
	const context = await newContext(browser, origin, options.withAnswers);
	try {
		const page = await context.newPage();
		const recorder = new Recorder(page);
		const response = await page.goto(path);
		if (response?.status() === 404 && options.optional) {
			return { path, status: 'not built yet', reason: 'the built site has no such page (404)' };
		}
		await waitUntilReady(page);
		if (options.chart) {
			await page.locator('[data-testid="radar"] canvas[data-ready="true"]').waitFor();
			await page.waitForLoadState('networkidle');
		}
		await recorder.settle();
		return { path, status: 'measured', transfer: recorder.summary() };
	} catch (error) {
		return { path, status: 'failed', reason: String(error) };
	} finally {
		await context.close();
	}
}

/**
 * The two journeys with budgets, in one fresh context: the first page, "Starta testet" to the
 * first statement; then every statement answered with the keys 1-5 through to the result.
 */
async function measureJourney(browser: Browser, origin: string) {
	const context = await newContext(browser, origin);
	try {
		const page = await context.newPage();
		const recorder = new Recorder(page);
		await page.goto('/');
		await waitUntilReady(page);
		await page.getByRole('link', { name: 'Starta testet' }).click();
		await page.waitForURL(/\/fraga\/1\/$/);
		await page.locator('h1', { hasText: statements[0]!.text.sv }).waitFor();
		await page.waitForLoadState('networkidle');
		await recorder.settle();
		const firstStatement = recorder.summary();

		for (let i = 0; i < statements.length; i++) {
			await page.waitForURL(new RegExp(`/fraga/${i + 1}/$`));
			await page.locator('h1', { hasText: statements[i]!.text.sv }).waitFor();
			// Keys right as a statement appears are ignored (meant for the one before).
			await page.waitForTimeout(300);
			await page.keyboard.press(String((i % 5) + 1));
		}
		await page.waitForURL(/\/fraga\/viktigt\/$/);
		await page.getByRole('link', { name: 'Visa resultatet' }).first().click();
		await page.waitForURL(/\/resultat\/$/);
		await page.locator('[data-testid="radar"] canvas[data-ready="true"]').waitFor();
		await page.waitForLoadState('networkidle');
		await recorder.settle();
		return { firstStatement, wholeRun: recorder.summary() };
	} finally {
		await context.close();
	}
}

/** What the service worker downloads after the first visit, to make the site work offline. */
interface OfflineCache {
	requests: number;
	raw: number;
	gzip: number;
}

/** Opens the first page with the service worker allowed and records what it downloads. */
async function measureOfflineCache(browser: Browser, origin: string): Promise<OfflineCache | null> {
	if (!existsSync('build/service-worker.js')) return null;
	const context = await browser.newContext({ ...devices['Pixel 7'], baseURL: origin });
	try {
		const urls = new Set<string>();
		context.on('request', (request) => {
			if (request.serviceWorker()) urls.add(request.url());
		});
		const page = await context.newPage();
		await page.goto('/');
		await waitUntilReady(page);
		// `ready` resolves once the worker is active, that is after its install has cached everything.
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		// The worker's response bodies are not visible to Playwright: fetch the same files again.
		let raw = 0;
		let gzip = 0;
		for (const url of urls) {
			const body = Buffer.from(await (await fetch(url)).arrayBuffer());
			raw += body.length;
			gzip += gzipSync(body, { level: 9 }).length;
		}
		return { requests: urls.size, raw, gzip };
	} finally {
		await context.close();
	}
}

const sizes = (t: Transfer) =>
	`${kb(t.total.gzip)} gz (${kb(t.total.raw)} raw; JS ${kb(t.js.gzip)}, CSS ${kb(t.css.gzip)} gz)`;

const routeNames: Record<string, string> = {
	'/': 'first page',
	'/fraga/1/': 'a statement',
	'/resultat/': 'result (answers saved)',
	'/delat/': 'shared result',
	'/klass/': 'class view'
};

/** The rows of each route: its bytes and requests, or why it was not measured. */
function routeRows(report: Report, routes: RouteFigures[]) {
	for (const route of routes) {
		const name = `${routeNames[route.path]} ${route.path}`;
		if (route.status === 'measured') {
			const t = route.transfer;
			report.add(
				{ figure: `${name}: JS+CSS`, value: sizes(t), budget: '-', status: 'report' },
				{
					figure: `${name}: requests`,
					value: `${t.requests} (${t.chunks.length} JS/CSS files)`,
					budget: '-',
					status: 'report'
				}
			);
		} else if (route.status === 'failed') {
			// A page that could not be measured must not pass silently.
			report.fail();
			report.add({ figure: name, value: route.reason.slice(0, 60), budget: '-', status: 'FAIL' });
		} else {
			report.add({ figure: name, value: route.status, budget: '-', status: 'n/a' });
		}
	}
}

/** The rows of the journeys, against their budgets, and of the offline cache. */
function journeyRows(
	report: Report,
	journey: Awaited<ReturnType<typeof measureJourney>>,
	offline: OfflineCache | null,
	origin: string
) {
	const first = journey.firstStatement;
	const whole = journey.wholeRun;
	report.add(
		{
			figure: 'first page + first statement: JS+CSS',
			value: sizes(first),
			budget: `<= ${kb(budgets.firstStatementGzip)} gz`,
			status: report.check(first.total.gzip <= budgets.firstStatementGzip)
		},
		{
			figure: 'first page + first statement: chart.js / zod',
			value: `chart.js ${first.chartJs ? 'LOADED' : 'absent'}, zod ${first.zod ? 'LOADED' : 'absent'}`,
			budget: 'both absent',
			status: report.check(!first.chartJs && !first.zod)
		},
		{
			figure: 'whole run to the result: JS+CSS',
			value: sizes(whole),
			budget: `<= ${kb(budgets.wholeRunGzip)} gz`,
			status: report.check(whole.total.gzip <= budgets.wholeRunGzip)
		},
		{
			figure: 'whole run to the result: requests',
			value: `${whole.requests}, origins: ${whole.origins.map((o) => (o === origin ? 'own' : o)).join(', ')}`,
			budget: 'own origin only',
			status: report.check(whole.origins.every((o) => o === origin))
		},
		{
			figure: 'offline cache (service worker, after the first page)',
			value: offline
				? `${offline.requests} requests, ${kb(offline.gzip)} gz (${kb(offline.raw)} raw)`
				: 'no service worker',
			budget: 'reported',
			status: 'report'
		}
	);
}

/** Measures the routes, the journeys and the offline cache in one Chromium, and reports them. */
export async function benchPages(report: Report, origin: string) {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	report.set('chromium', browser.version());
	const routes: RouteFigures[] = [];
	let journey: Awaited<ReturnType<typeof measureJourney>>;
	let offline: OfflineCache | null;
	try {
		const measure = (path: string, options?: Parameters<typeof measureRoute>[3]) =>
			measureRoute(browser, origin, path, options);
		routes.push(await measure('/'));
		routes.push(await measure('/fraga/1/'));
		routes.push(await measure('/resultat/', { withAnswers: true, chart: true }));
		// A route the built site lacks (404) is reported as not built yet and fails nothing.
		routes.push(await measure('/delat/', { optional: true }));
		routes.push(await measure('/klass/', { optional: true }));
		journey = await measureJourney(browser, origin);
		offline = await measureOfflineCache(browser, origin);
	} finally {
		await browser.close();
	}
	report.set('routes', routes);
	report.set('journeys', journey);
	report.set('offlineCache', offline ?? 'no service worker');
	routeRows(report, routes);
	journeyRows(report, journey, offline, origin);
}
