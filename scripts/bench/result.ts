/**
 * The result and shared-result pages under Lighthouse (mobile preset), against the budgets of
 * issue 14: performance >= 95, total blocking time <= 200 ms and LCP <= 1.5 s, the median of 3
 * runs each in a fresh Chromium. `/resultat/` is opened with a full set of saved answers and an
 * empty cache; `/delat/#<code>` is opened from a link, as someone who got it in a chat would.
 *
 * One call from scripts/bench.ts: benchResultPages(origin, options).
 */
import type { Result as LighthouseResult } from 'lighthouse';
import { encodeResultCode } from '../../src/lib/codes/result-code';
import { statementsOf } from '../../src/lib/content/types';
import { encodeSaved } from '../../src/lib/quiz/saved';
import { answerValues, score, type Answers } from '../../src/lib/quiz/scoring';
import { readPackFiles } from '../../src/lib/server/content/fs';
import { loadPack } from '../../src/lib/server/content/load';
import { sharedResultOf } from '../../src/lib/share/share';

/** The budgets of issue 14 for both pages. */
export const resultBudgets = { performance: 95, tbtMs: 200, lcpMs: 1500 };

/** One page's medians. */
export interface ResultPageFigures {
	page: string;
	runs: number;
	performance: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
}

/** A row of the benchmark's table. */
export interface ResultRow {
	figure: string;
	value: string;
	budget: string;
	status: 'ok' | 'OVER';
}

const pack = loadPack(readPackFiles('questions/vasternorrland'), 'questions/vasternorrland');
const statements = statementsOf(pack);
const answersKey = `valkompass:${pack.id}:answers`;

/** A complete, varied set of answers, and the result code of the result they give. */
function fixtures(): { saved: string; code: string } {
	const answers: Answers = {};
	statements.forEach((statement, i) => {
		answers[statement.id] = {
			value: answerValues[i % answerValues.length]!,
			important: i % 6 === 0
		};
	});
	const result = score(
		statements.map(({ id, topic, position }) => ({ id, topic, position })),
		pack.topics.map((topic) => topic.id),
		answers
	);
	const code = encodeResultCode(sharedResultOf(result), pack.version, pack.history[pack.version]!);
	return { saved: encodeSaved(answers, pack.version), code };
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Lighthouse `runs` times on one address, each in a fresh Chromium, optionally with answers. */
async function lighthouseMedians(
	origin: string,
	path: string,
	runs: number,
	chromePath: string,
	saved: string | null
): Promise<ResultPageFigures> {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const puppeteer = await import('puppeteer-core');
	const results: LighthouseResult[] = [];
	for (let run = 0; run < runs; run++) {
		const chrome = await chromeLauncher.launch({
			chromePath,
			chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage']
		});
		try {
			if (saved !== null) {
				// Answers saved from a page that loads no app code, then the cache emptied: a first
				// visit to the result by someone who has done the quiz.
				const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
				const page = await browser.newPage();
				await page.goto(`${origin}/robots.txt`);
				await page.evaluate(
					([key, value]) => localStorage.setItem(key!, value!),
					[answersKey, saved]
				);
				const session = await page.createCDPSession();
				await session.send('Network.clearBrowserCache');
				await page.close();
				await browser.disconnect();
			}
			const result = await lighthouse(`${origin}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance'],
				disableStorageReset: saved !== null
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			results.push(result.lhr);
		} finally {
			chrome.kill();
		}
	}
	const numeric = (lhr: LighthouseResult, id: string) => lhr.audits[id]?.numericValue ?? NaN;
	return {
		page: path.replace(/#.*/, '#…'),
		runs,
		performance: median(
			results.map((lhr) => Math.round(100 * (lhr.categories['performance']?.score ?? 0)))
		),
		lcpMs: Math.round(median(results.map((lhr) => numeric(lhr, 'largest-contentful-paint')))),
		tbtMs: Math.round(median(results.map((lhr) => numeric(lhr, 'total-blocking-time')))),
		cls: median(results.map((lhr) => numeric(lhr, 'cumulative-layout-shift')))
	};
}

/** Measures both pages and returns their figures and table rows (status OVER fails the run). */
export async function benchResultPages(
	origin: string,
	options: { runs?: number; chromePath: string }
): Promise<{ figures: ResultPageFigures[]; rows: ResultRow[] }> {
	const { saved, code } = fixtures();
	const runs = options.runs ?? 3;
	const figures = [
		await lighthouseMedians(origin, '/resultat/', runs, options.chromePath, saved),
		await lighthouseMedians(origin, `/delat/#${code}`, runs, options.chromePath, null)
	];
	const rows: ResultRow[] = figures.flatMap((f) => [
		{
			figure: `Lighthouse ${f.page}: performance`,
			value: String(f.performance),
			budget: `>= ${resultBudgets.performance}`,
			status: f.performance >= resultBudgets.performance ? 'ok' : 'OVER'
		},
		{
			figure: `Lighthouse ${f.page}: total blocking time`,
			value: `${f.tbtMs} ms`,
			budget: `<= ${resultBudgets.tbtMs} ms`,
			status: f.tbtMs <= resultBudgets.tbtMs ? 'ok' : 'OVER'
		},
		{
			figure: `Lighthouse ${f.page}: LCP`,
			value: `${(f.lcpMs / 1000).toFixed(2)} s`,
			budget: `<= ${(resultBudgets.lcpMs / 1000).toFixed(1)} s`,
			status: f.lcpMs <= resultBudgets.lcpMs ? 'ok' : 'OVER'
		}
	]);
	return { figures, rows };
}

// Run on its own: npx tsx scripts/bench/result.ts http://localhost:4173 [runs]
if (process.argv[1]?.endsWith('scripts/bench/result.ts')) {
	const origin = process.argv[2] ?? 'http://localhost:4173';
	const chromePath = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	benchResultPages(origin, { runs: Number(process.argv[3] ?? 3), chromePath }).then(
		({ figures, rows }) => {
			console.log(JSON.stringify(figures, null, 2));
			for (const row of rows)
				console.log(`${row.status.padEnd(4)} ${row.figure}: ${row.value} (${row.budget})`);
		},
		(error: unknown) => {
			console.error(error);
			process.exit(2);
		}
	);
}
