/** Shared helpers for the end-to-end tests: the site's content and ways to answer the quiz. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { statementsOf, type Pack, type Statement } from '../src/lib/content/types';
import { readPackFiles } from '../src/lib/server/content/fs';
import { loadPack } from '../src/lib/server/content/load';
import { SETTLE_MS as ISLAND_SETTLE_MS } from '../src/lib/quiz/island/timing';

/** The site's content pack, loaded the same way the build loads it. */
export const pack: Pack = loadPack(
	readPackFiles('questions/vasternorrland'),
	'questions/vasternorrland'
);
/** All statements in quiz order. */
export const statements: Statement[] = statementsOf(pack);

/**
 * Saves answers on the device as the quiz does ([value, important] by statement id), without
 * going through it, as last used at `usedAt` (ms). The page must be one of the site's.
 */
export async function saveAnswers(
	page: Page,
	answers: Record<string, [number, 0 | 1]>,
	usedAt = Date.now()
) {
	await page.evaluate(
		({ key, version, usedAt, answers }) =>
			localStorage.setItem(key, JSON.stringify({ f: 1, v: version, t: usedAt, a: answers })),
		{ key: `valkompass:${pack.id}:answers`, version: pack.version, usedAt, answers }
	);
}

/** Every statement answered "Delvis för". */
export const allAnswered = (): Record<string, [number, 0 | 1]> =>
	Object.fromEntries(statements.map((s) => [s.id, [1, 0]]));

/**
 * The site path `path` (and query or fragment, if given) as a pattern for the whole address:
 * '/fraga/2/' matches http://localhost:4173/fraga/2/ and not …/fraga/1/fraga/2/, which a link
 * resolved against the wrong page would give.
 */
export function at(path: string): RegExp {
	return new RegExp(`^https?://[^/]+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * Opens a page and waits until its script has run and read saved answers (SvelteKit's hydration
 * on most pages; the quiz island on the first page and the statements).
 */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
}

/** What to do with one statement: an answer -2..2 or 's' to skip. */
export type Move = -2 | -1 | 0 | 1 | 2 | 's';

/**
 * Input that comes within SETTLE_MS of a statement appearing is ignored (it was meant for the
 * statement before): a person reads first. The helpers wait this long, with a margin, before
 * answering.
 */
export const SETTLE_MS = ISLAND_SETTLE_MS + 50;

/** Waits until the statement with this index (0-based) is shown and ready for an answer. */
export async function atStatement(page: Page, index: number, prefix = '') {
	await expect(page).toHaveURL(at(`${prefix}/fraga/${index + 1}/`));
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
	await expect(page.locator('h1')).toBeFocused();
	await page.waitForTimeout(SETTLE_MS);
}

/**
 * Answers the whole quiz with the keyboard shortcuts (1-5 answer and move on, S skips),
 * starting at statement 1, then goes on from the importance step to the result page.
 */
export async function answerAll(page: Page, moves: Move[]) {
	// A person's pace: each statement shows for a moment before and after the answer.
	test.info().setTimeout(test.info().timeout + 60_000);
	await open(page, '/fraga/1/');
	for (let i = 0; i < moves.length; i++) {
		await atStatement(page, i);
		await expect(page.locator('h1')).toHaveText(statements[i]!.text.sv);
		const move = moves[i]!;
		await page.keyboard.press(move === 's' ? 's' : String(move + 3));
	}
	await expect(page).toHaveURL(at('/fraga/viktigt/'));
	await page.getByRole('link', { name: 'Visa resultatet' }).first().click();
	await expect(page).toHaveURL(at('/resultat/'));
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
}

/**
 * The link that restores the answers, as the result page copies it (the answer code's
 * disclosure opened, its "copy link" button pressed, the clipboard read).
 */
export async function copiedAnswerLink(page: Page): Promise<string> {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	const block = page.locator('details', { has: page.getByTestId('answer-code') });
	if (!(await block.evaluate((details) => (details as HTMLDetailsElement).open)))
		await block.locator('summary').click();
	await block
		.getByRole('button', { name: 'Kopiera länk för att fortsätta på en annan enhet' })
		.click();
	await expect(block.getByTestId('code-status')).toHaveText('Kopierat!');
	return page.evaluate(() => navigator.clipboard.readText());
}

/** Runs axe on the page and expects no violations. */
export async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map(
			(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
		)
	).toEqual([]);
}

/** The percent cell of each topic in the result table, in topic order. */
export async function tablePercents(page: Page): Promise<string[]> {
	return page.getByTestId('score-table').getByTestId('percent').allInnerTexts();
}

/** Whole percent with halves rounded up, as docs/scoring.md shows scores. */
export function shownPercent(score: number): number {
	return Math.floor(100 * score + 0.5 + 1e-9);
}
