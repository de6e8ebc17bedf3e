/**
 * How the quiz feels on a phone, measured as a person would do it: the taps and scrolls for a
 * whole run at 375×667 with touch (each control tapped where it is; one scroll counted whenever
 * it is not wholly on screen), and the time from tapping an answer to the next statement painted,
 * with the CPU slowed down 4×. One call from scripts/bench.ts: benchQuizFlow().
 */
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath, statements } from './context';
import type { Report } from './report';

/** The figures, and the rows bench.ts prints. */
export interface QuizFlowFigures {
	/** "Starta testet" plus one tap per statement: the last statement answered. */
	tapsToLastAnswer: number;
	/** The same and "Visa resultatet" on the importance step. */
	tapsToResult: number;
	scrolls: number;
	/** Tap on an answer to the next statement painted, 4× CPU slow-down: median and slowest, ms. */
	tapToNextMs: { median: number; max: number; samples: number };
}

const viewport = { width: 375, height: 667 };
/** How long the chosen answer shows before the next statement (Statement.svelte, ADVANCE_MS). */
export const ADVANCE_MS = 250;

/** Taps a control as a person would: scrolls first (counted) when it is not wholly on screen. */
async function tap(page: Page, target: Locator, count: { taps: number; scrolls: number }) {
	const box = await target.boundingBox();
	if (!box || box.y < 0 || box.y + box.height > viewport.height) {
		count.scrolls++;
		await target.scrollIntoViewIfNeeded();
	}
	await target.tap();
	count.taps++;
}

/** Resolves with the time from the next pointerdown to the paint after <h1> changes. */
function nextStatementPainted(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let start = 0;
				addEventListener('pointerdown', () => (start = performance.now()), {
					once: true,
					capture: true
				});
				const before = document.querySelector('h1')?.textContent;
				const observer = new MutationObserver(() => {
					if (document.querySelector('h1')?.textContent === before) return;
					observer.disconnect();
					// The frame after the change is the one that shows it.
					requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
				});
				observer.observe(document.body, { subtree: true, childList: true, characterData: true });
			})
	);
}

/** One whole run at 375×667 with touch, answering every statement with one tap. */
export async function measureQuizFlow(
	browser: Browser,
	origin: string,
	statementCount: number
): Promise<QuizFlowFigures> {
	const context = await browser.newContext({
		viewport,
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: 2,
		baseURL: origin,
		serviceWorkers: 'block'
	});
	try {
		const page = await context.newPage();
		const count = { taps: 0, scrolls: 0 };
		await page.goto('/');
		await page.locator('main[data-ready="true"]').waitFor();
		await tap(page, page.getByRole('link', { name: 'Starta testet' }), count);
		await page.waitForURL(/\/fraga\/1\/$/);
		await page.locator('main[data-ready="true"]').waitFor();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		const times: number[] = [];
		const labels = ['Helt emot', 'Delvis emot', 'Varken för eller emot', 'Delvis för', 'Helt för'];
		for (let i = 0; i < statementCount; i++) {
			await page.waitForURL(new RegExp(`/fraga/${i + 1}/$`));
			// A person reads before answering; input right as a statement appears is ignored.
			await page.waitForTimeout(300);
			const painted = i < statementCount - 1 ? nextStatementPainted(page) : null;
			await tap(page, page.getByLabel(labels[i % 5]!, { exact: true }), count);
			if (painted) times.push(await painted);
		}
		const tapsToLastAnswer = count.taps;
		await page.waitForURL(/\/fraga\/viktigt\/$/);
		await tap(page, page.getByRole('link', { name: 'Visa resultatet' }).first(), count);
		await page.waitForURL(/\/resultat\/$/);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		times.sort((a, b) => a - b);
		return {
			tapsToLastAnswer,
			tapsToResult: count.taps,
			scrolls: count.scrolls,
			tapToNextMs: {
				median: Math.round(times[Math.floor(times.length / 2)] ?? NaN),
				max: Math.round(times.at(-1) ?? NaN),
				samples: times.length
			}
		};
	} finally {
		await context.close();
	}
}

/** The rows for bench.ts's table. */
export function quizFlowRows(f: QuizFlowFigures, statementCount: number) {
	return [
		{
			figure: 'whole run at 375×667, touch: taps',
			value: `${f.tapsToLastAnswer} to the last answer, ${f.tapsToResult} to the result`,
			budget: `${statementCount + 1} to the last answer`,
			ok: f.tapsToLastAnswer === statementCount + 1
		},
		{
			figure: 'whole run at 375×667, touch: scrolls',
			value: String(f.scrolls),
			budget: '0',
			ok: f.scrolls === 0
		},
		{
			figure: 'tap to next statement painted (4× CPU)',
			value: `median ${f.tapToNextMs.median} ms, slowest ${f.tapToNextMs.max} ms (${ADVANCE_MS} ms of it shows the choice)`,
			budget: 'reported',
			ok: true
		}
	];
}

/** Measures the whole run with one tap per statement and adds its rows to the report. */
export async function benchQuizFlow(report: Report, origin: string) {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		const figures = await measureQuizFlow(browser, origin, statements.length);
		report.set('quizFlow', figures);
		for (const { ok, ...row } of quizFlowRows(figures, statements.length)) {
			report.add({ ...row, status: row.budget === 'reported' ? 'report' : report.check(ok) });
		}
	} finally {
		await browser.close();
	}
}
