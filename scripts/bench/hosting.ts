/**
 * Benchmark figures of hosting and hostile input (issue 16): what the service worker keeps at
 * install for each language (its budget: 300 kB gzipped), and the longest main-thread task
 * while the class view reads a paste of 25,000 answer codes (its budget: 200 ms at 1x CPU; a
 * busy machine reports more). Called once from scripts/bench.ts.
 */
import { chromium, devices, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath, pack } from './context';
import type { Report } from './report';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Pack } from '../../src/lib/content/types';
import { benchInput } from '../../src/lib/testing/classroom-bench';

const KB = 1000;

/** What the service worker keeps on a first visit to one language's first page. */
export interface PrecacheFigures {
	path: string;
	files: number;
	gzip: number;
}

/** The class view reading a large paste. */
export interface ClassPasteFigures {
	codes: number;
	found: number;
	/** Longest main-thread task (PerformanceObserver 'longtask') from the click to the report. */
	longestTaskMs: number;
	/** From the click until the report shows the codes. */
	totalMs: number;
}

/** The figures of this module, and the rows it adds to the bench table. */
export interface HostingFigures {
	precache: PrecacheFigures[] | 'no service worker';
	classPaste: ClassPasteFigures;
	rows: { figure: string; value: string; budget: string; status: 'ok' | 'OVER' | 'report' }[];
}

/** The precache budget per language, in gzipped bytes. */
export const precacheBudget = 300 * KB;
/** The longest task allowed while reading 25,000 codes, in ms (reported: machines vary). */
export const pasteTaskTargetMs = 200;

/** Opens a language's first page with the service worker allowed and sums what it keeps. */
async function measurePrecache(browser: Browser, origin: string, path: string) {
	const context = await browser.newContext({ ...devices['Pixel 7'], baseURL: origin });
	try {
		const page = await context.newPage();
		await page.goto(path);
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		const urls = await page.evaluate(async () => {
			const list: string[] = [];
			for (const key of await caches.keys()) {
				for (const request of await (await caches.open(key)).keys()) list.push(request.url);
			}
			return list;
		});
		let gzip = 0;
		for (const url of urls) {
			const body = Buffer.from(await (await fetch(url)).arrayBuffer());
			gzip += gzipSync(body, { level: 9 }).length;
		}
		return { path, files: urls.length, gzip };
	} finally {
		await context.close();
	}
}

/** Pastes 25,000 codes into the class view and records the longest task until they are read. */
async function measureClassPaste(browser: Browser, origin: string, pack: Pack) {
	const codes = 25_000;
	const { log } = benchInput(codes, pack);
	const context = await browser.newContext({
		...devices['Pixel 7'],
		baseURL: origin,
		serviceWorkers: 'block'
	});
	try {
		const page = await context.newPage();
		await page.goto('/klass/');
		await page.locator('main[data-ready="true"]').waitFor();
		await page.getByTestId('paste-before').evaluate((field, text) => {
			(field as HTMLTextAreaElement).value = text;
			field.dispatchEvent(new Event('input', { bubbles: true }));
		}, log);
		await page.evaluate(() => {
			const w = window as unknown as { __tasks: number[] };
			w.__tasks = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) w.__tasks.push(entry.duration);
			}).observe({ type: 'longtask' });
		});
		const started = Date.now();
		await page.getByTestId('read-before').click();
		await page.getByTestId('found').waitFor({ timeout: 300_000 });
		const totalMs = Date.now() - started;
		// Let the observer deliver the last task.
		await page.waitForTimeout(200);
		const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
		const found = Number((await page.getByTestId('found').innerText()).match(/\d+/)?.[0] ?? 0);
		return { codes, found, longestTaskMs: Math.round(Math.max(0, ...tasks)), totalMs };
	} finally {
		await context.close();
	}
}

/** Measures every figure of this module against the built site served at `origin`. */
export async function benchHosting(
	browser: Browser,
	origin: string,
	pack: Pack
): Promise<HostingFigures> {
	const rows: HostingFigures['rows'] = [];
	const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
	let precache: HostingFigures['precache'] = 'no service worker';
	if (existsSync('build/service-worker.js')) {
		precache = [];
		for (const path of ['/', '/lattlast/', '/en/']) {
			const figures = await measurePrecache(browser, origin, path);
			precache.push(figures);
			rows.push({
				figure: `precache on a first visit to ${path}`,
				value: `${figures.files} files, ${kb(figures.gzip)} gz`,
				budget: `<= ${kb(precacheBudget)} gz`,
				status: figures.gzip <= precacheBudget ? 'ok' : 'OVER'
			});
		}
	}
	const classPaste = await measureClassPaste(browser, origin, pack);
	rows.push({
		figure: 'class view: longest task reading 25,000 codes',
		value: `${classPaste.longestTaskMs} ms (${classPaste.found} found, ${(classPaste.totalMs / 1000).toFixed(1)} s in all)`,
		budget: `target <= ${pasteTaskTargetMs} ms`,
		status: classPaste.longestTaskMs <= pasteTaskTargetMs ? 'ok' : 'report'
	});
	return { precache, classPaste, rows };
}

/** Runs benchHosting in its own browser and adds its rows and figures to the report. */
export async function benchHostingReport(report: Report, origin: string) {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		const hosting = await benchHosting(browser, origin, pack);
		report.set('hosting', { precache: hosting.precache, classPaste: hosting.classPaste });
		for (const row of hosting.rows) {
			report.add({ ...row, status: row.status === 'OVER' ? report.check(false) : row.status });
		}
	} finally {
		await browser.close();
	}
}
