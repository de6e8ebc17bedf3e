/**
 * Lighthouse scores and timings of the first page, a statement, the result and a shared result
 * opened from a link, with budgets. The result and the shared result have their own performance
 * budgets (resultBudgets): they are the pages a finisher and a friend see first.
 */
import type { Result as LighthouseResult } from 'lighthouse';
import { encodeResultCode } from '../../src/lib/codes/result-code';
import { score } from '../../src/lib/quiz/scoring';
import { sharedResultOf } from '../../src/lib/share/share';
import {
	answersKey,
	budgets,
	chromiumPath,
	median,
	pack,
	scored,
	skipLighthouse,
	topicIds
} from './context';
import { seededAnswers, seededAnswerSet } from './pages';
import type { Report } from './report';

/** Median scores and timings of one URL over several Lighthouse runs. */
interface LighthouseFigures {
	path: string;
	runs: number;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	lcpMs: number;
	tbtMs: number;
	/** Cumulative layout shift (unitless). */
	cls: number;
	/**
	 * Lighthouse's benchmark index of this machine during the runs (median): how fast it ran a
	 * fixed piece of JavaScript. Lighthouse slows the page down 4× from there, so the same page
	 * scores worse on a slower or busier machine; figures are comparable only at similar indexes.
	 */
	benchmarkIndex: number;
	/** Audits that kept accessibility, best practices or SEO below 100, from the median run. */
	failing: string[];
}

/**
 * Saves a full set of answers in a launched Chromium, from a page that loads no app code, then
 * empties its cache, so the measured load is a first visit by someone who has answered the quiz.
 */
async function seedAnswers(port: number, origin: string) {
	const puppeteer = await import('puppeteer-core');
	const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
	const page = await browser.newPage();
	await page.goto(`${origin}/robots.txt`);
	await page.evaluate(
		([key, value]) => localStorage.setItem(key!, value!),
		[answersKey, seededAnswers()]
	);
	const session = await page.createCDPSession();
	await session.send('Network.clearBrowserCache');
	await page.close();
	await browser.disconnect();
}

/** Runs Lighthouse (mobile preset) `runs` times on a URL, each time in a fresh Chromium. */
async function lighthouseRoute(
	origin: string,
	path: string,
	runs: number,
	withAnswers = false
): Promise<LighthouseFigures> {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const results: LighthouseResult[] = [];
	for (let run = 0; run < runs; run++) {
		const chrome = await chromeLauncher.launch({
			chromePath: process.env.CHROME_PATH || chromiumPath,
			chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage']
		});
		try {
			if (withAnswers) await seedAnswers(chrome.port, origin);
			const result = await lighthouse(`${origin}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
				disableStorageReset: withAnswers
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			results.push(result.lhr);
		} finally {
			chrome.kill();
		}
	}
	return medianFigures(path, results);
}

/** The median scores and timings of several runs, and the audits that failed in the middle one. */
function medianFigures(path: string, results: LighthouseResult[]): LighthouseFigures {
	const category = (lhr: LighthouseResult, id: string) =>
		Math.round(100 * (lhr.categories[id]?.score ?? 0));
	const numeric = (lhr: LighthouseResult, id: string) => lhr.audits[id]?.numericValue ?? NaN;
	const performance = median(results.map((lhr) => category(lhr, 'performance')));
	// The run whose performance is the median one names the failing audits.
	const middle = results.find((lhr) => category(lhr, 'performance') === performance) ?? results[0]!;
	const failing = ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
		(middle.categories[id]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (middle.audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => `${id}: ${ref.id}`)
	);
	return {
		path,
		runs: results.length,
		performance,
		accessibility: median(results.map((lhr) => category(lhr, 'accessibility'))),
		bestPractices: median(results.map((lhr) => category(lhr, 'best-practices'))),
		seo: median(results.map((lhr) => category(lhr, 'seo'))),
		lcpMs: Math.round(median(results.map((lhr) => numeric(lhr, 'largest-contentful-paint')))),
		tbtMs: Math.round(median(results.map((lhr) => numeric(lhr, 'total-blocking-time')))),
		cls: median(results.map((lhr) => numeric(lhr, 'cumulative-layout-shift'))),
		benchmarkIndex: Math.round(median(results.map((lhr) => lhr.environment.benchmarkIndex))),
		failing
	};
}

/** The rows of one page's Lighthouse figures. */
function lighthouseRows(report: Report, path: string, figures: LighthouseFigures) {
	const target = (value: number, goal: number) => (value >= goal ? 'ok' : 'report');
	report.add(
		{
			figure: `Lighthouse ${path}: performance`,
			value: String(figures.performance),
			budget: `target ${budgets.lighthousePerformanceTarget} (reported)`,
			status: target(figures.performance, budgets.lighthousePerformanceTarget)
		},
		{
			figure: `Lighthouse ${path}: accessibility`,
			value: String(figures.accessibility),
			budget: `>= ${budgets.lighthouseAccessibility}`,
			status: report.check(figures.accessibility >= budgets.lighthouseAccessibility)
		},
		{
			figure: `Lighthouse ${path}: best practices`,
			value: String(figures.bestPractices),
			budget: `>= ${budgets.lighthouseBestPractices}`,
			status: report.check(figures.bestPractices >= budgets.lighthouseBestPractices)
		},
		{
			figure: `Lighthouse ${path}: SEO`,
			value: String(figures.seo),
			budget: `target ${budgets.lighthouseSeoTarget} (reported)`,
			status: target(figures.seo, budgets.lighthouseSeoTarget)
		},
		{
			figure: `Lighthouse ${path}: LCP`,
			value: `${(figures.lcpMs / 1000).toFixed(2)} s`,
			budget: `target <= ${(budgets.lcpTargetMs / 1000).toFixed(1)} s (reported)`,
			status: figures.lcpMs <= budgets.lcpTargetMs ? 'ok' : 'report'
		},
		{
			figure: `Lighthouse ${path}: TBT`,
			value: `${figures.tbtMs} ms`,
			budget: 'reported',
			status: 'report'
		},
		{
			figure: `Lighthouse ${path}: CLS`,
			value: figures.cls.toFixed(3),
			budget: 'reported',
			status: 'report'
		},
		{
			figure: `Lighthouse ${path}: this machine's benchmark index`,
			value: String(figures.benchmarkIndex),
			budget: 'reported (higher is faster)',
			status: 'report'
		}
	);
	for (const audit of figures.failing) console.log(`  Lighthouse ${path} failing ${audit}`);
}

/** The result pages' budgets: performance, total blocking time and LCP, medians of 3 runs. */
export const resultBudgets = { performance: 95, tbtMs: 200, lcpMs: 1500 };

/** The result code of the seeded answers: what a friend's shared link carries. */
export function sharedCode(): string {
	const result = score(scored, topicIds, seededAnswerSet());
	return encodeResultCode(sharedResultOf(result), pack.version, pack.history[pack.version]!);
}

/** The rows of the result pages' own budgets, which fail the run. */
function resultPageRows(report: Report, path: string, figures: LighthouseFigures) {
	report.add(
		{
			figure: `Lighthouse ${path}: performance (result budget)`,
			value: String(figures.performance),
			budget: `>= ${resultBudgets.performance}`,
			status: report.check(figures.performance >= resultBudgets.performance)
		},
		{
			figure: `Lighthouse ${path}: TBT (result budget)`,
			value: `${figures.tbtMs} ms`,
			budget: `<= ${resultBudgets.tbtMs} ms`,
			status: report.check(figures.tbtMs <= resultBudgets.tbtMs)
		},
		{
			figure: `Lighthouse ${path}: LCP (result budget)`,
			value: `${(figures.lcpMs / 1000).toFixed(2)} s`,
			budget: `<= ${(resultBudgets.lcpMs / 1000).toFixed(1)} s`,
			status: report.check(figures.lcpMs <= resultBudgets.lcpMs)
		}
	);
}

/** Runs Lighthouse three times on each page (unless --skip-lighthouse) and reports the medians. */
export async function benchLighthouse(report: Report, origin: string) {
	if (skipLighthouse) {
		report.add({ figure: 'Lighthouse', value: 'skipped', budget: '-', status: 'n/a' });
		report.set('lighthouse', 'skipped');
		return;
	}
	console.log('Running Lighthouse (3 runs per page) ...');
	const lighthouse: LighthouseFigures[] = [];
	// Each page: its address, whether answers are saved first, whether the result budgets apply.
	for (const [path, withAnswers, resultPage] of [
		['/', false, false],
		['/fraga/1/', false, false],
		['/resultat/', true, true],
		[`/delat/#${sharedCode()}`, false, true]
	] as const) {
		const figures = await lighthouseRoute(origin, path, 3, withAnswers);
		const shown = path.replace(/#.*/, '#…');
		figures.path = shown;
		lighthouse.push(figures);
		lighthouseRows(report, shown, figures);
		if (resultPage) resultPageRows(report, shown, figures);
	}
	report.set('lighthouse', lighthouse);
}
