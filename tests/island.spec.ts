/**
 * The quiz island (src/lib/quiz/island): one tap per statement on one screen, hydration in place,
 * and the defects of the former page script, each reproduced here: answers lost between tabs,
 * fast keys answering the wrong statement, global shortcut keys, answers left on a shared device.
 */
import { expect, test, type Page } from '@playwright/test';
import { ADVANCE_MS, SETTLE_MS } from '../src/lib/quiz/island/timing';
import { allAnswered, at, atStatement, open, pack, saveAnswers, statements } from './helpers';

const key = `valkompass:${pack.id}:answers`;
const stored = (page: Page) =>
	page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.a ?? {}, key);

/** The page's console warnings and errors from now on (a hydration mismatch among them). */
function consoleWarnings(page: Page): string[] {
	const warnings: string[] = [];
	page.on('console', (message) => {
		// The tests block the service worker; anything else counts.
		const text = message.text();
		if (/blocked by Playwright/.test(text)) return;
		if (message.type() === 'warning' || message.type() === 'error') warnings.push(text);
	});
	return warnings;
}

test('the island hydrates the prerendered page in place: no node is replaced, no warning', async ({
	page
}) => {
	const warnings = consoleWarnings(page);
	await page.addInitScript(() => {
		const w = window as unknown as { removed: number };
		w.removed = 0;
		new MutationObserver((list) => {
			for (const m of list) w.removed += m.removedNodes.length;
		}).observe(document, { childList: true, subtree: true });
	});
	for (const path of ['/', '/fraga/3/', '/en/fraga/3/', '/fraga/viktigt/']) {
		await open(page, path);
		expect(await page.evaluate(() => (window as unknown as { removed: number }).removed)).toBe(0);
	}
	expect(warnings).toEqual([]);
});

test('the result island hydrates its pages in place: only the waiting block goes, no warning', async ({
	page
}) => {
	const warnings = consoleWarnings(page);
	await page.addInitScript(() => {
		const w = window as unknown as { replaced: string[] };
		w.replaced = [];
		new MutationObserver((list) => {
			for (const m of list) {
				for (const node of m.removedNodes) {
					// The one element the island removes: the empty block that waits for the answers.
					if (node instanceof Element && !node.matches('p[aria-busy="true"]'))
						w.replaced.push(node.outerHTML.slice(0, 80));
				}
			}
		}).observe(document, { childList: true, subtree: true });
	});
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	await page.getByLabel('Helt för').tap();
	await atStatement(page, 1);
	for (const path of ['/resultat/', '/en/resultat/', '/delat/', '/lattlast/delat/#R1x']) {
		await open(page, path);
		expect(
			await page.evaluate(() => (window as unknown as { replaced: string[] }).replaced)
		).toEqual([]);
	}
	// The page is the island's: the result shows, its header links keep working.
	await open(page, '/resultat/');
	await expect(page.getByTestId('overall')).toBeVisible();
	await expect(page.locator('header a[data-lang="en"]')).toHaveAttribute('href', '/en/resultat/');
	expect(warnings).toEqual([]);
});

test('one tap answers and shows the next statement; back and skip stay on screen', async ({
	page
}) => {
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	await page.getByLabel('Helt för').tap();
	// The choice shows as selected for a moment, then the next statement is there.
	await expect(page.getByLabel('Helt för')).toBeChecked();
	await atStatement(page, 1);
	await expect(page.locator('h1')).toHaveText(statements[1]!.text.sv);
	await expect(page).toHaveTitle(`Påstående 2 av ${statements.length} – Valkompass`);
	expect(await stored(page)).toEqual({ [statements[0]!.id]: [2, 0] });
	// Focus moved to the statement, without a focus ring after a tap.
	const outline = await page.locator('h1').evaluate((h) => getComputedStyle(h).outlineStyle);
	expect(outline).toBe('none');
});

test('a tap on the answer already given moves on, and from the result goes back to it', async ({
	page
}) => {
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	await page.getByLabel('Helt för').tap();
	await atStatement(page, 1);
	await page.getByRole('link', { name: 'Tillbaka', exact: true }).tap();
	await atStatement(page, 0);
	await expect(page.getByLabel('Helt för')).toBeChecked();
	// Anywhere on the answer's box, as a finger would.
	await page.locator('.option', { hasText: 'Helt för' }).tap();
	await atStatement(page, 1);
	expect(await stored(page)).toEqual({ [statements[0]!.id]: [2, 0] });

	await open(page, '/fraga/1/?fran=resultat');
	await expect(page.locator('h1')).toBeFocused();
	await page.waitForTimeout(SETTLE_MS);
	await page.locator('.option', { hasText: 'Helt för' }).tap();
	await expect(page).toHaveURL(at(`/resultat/#${statements[0]!.id}`));
});

test('skipping an answered statement says "Ta bort svaret" and asks nothing silently', async ({
	page
}) => {
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	await page.getByLabel('Delvis emot').tap();
	await atStatement(page, 1);
	await page.getByRole('link', { name: 'Tillbaka' }).tap();
	await atStatement(page, 0);
	await expect(page.getByRole('button', { name: 'Hoppa över' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Ta bort svaret' }).tap();
	await expect(page.getByRole('status').filter({ hasText: 'Svaret är borttaget' })).toBeVisible();
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
	await expect(page).toHaveURL(at('/fraga/1/'));
	expect(await stored(page)).toEqual({ [statements[0]!.id]: ['s', 0] });
});

for (const size of [
	{ width: 360, height: 640 },
	{ width: 375, height: 667 }
]) {
	test(`at ${size.width}×${size.height} every statement fits on one screen, header in one row`, async ({
		browser
	}) => {
		test.setTimeout(240_000);
		const context = await browser.newContext({
			viewport: size,
			isMobile: true,
			hasTouch: true,
			deviceScaleFactor: 2
		});
		const page = await context.newPage();
		for (const prefix of ['', '/lattlast', '/en']) {
			await open(page, `${prefix}/fraga/1/`);
			const header = await page.locator('header').boundingBox();
			expect(header!.height).toBeLessThanOrEqual(50);
			for (let i = 0; i < statements.length; i++) {
				if (i > 0) {
					await page.getByRole('link', { name: /^(Nästa|Next)$/ }).click();
					await expect(page).toHaveURL(at(`${prefix}/fraga/${i + 1}/`));
				}
				const parts = [
					page.locator('.topic'),
					page.locator('h1'),
					page.locator('summary').filter({ hasText: /Vad betyder|What does/ }),
					...[0, 1, 2, 3, 4].map((n) => page.locator('.option').nth(n)),
					page.locator('.moves > *').first(),
					page.locator('.moves > *').nth(1),
					page.locator('.moves > *').nth(2)
				];
				for (const [n, part] of parts.entries()) {
					const box = await part.boundingBox();
					expect(box, `${prefix} statement ${i + 1}, part ${n}`).not.toBeNull();
					expect(box!.y + box!.height, `${prefix} statement ${i + 1}`).toBeLessThanOrEqual(
						size.height
					);
				}
				// "Vad betyder det?" sits directly under the statement, above the answers.
				const h1 = (await page.locator('h1').boundingBox())!;
				const summary = (await parts[2]!.boundingBox())!;
				const first = (await parts[3]!.boundingBox())!;
				expect(summary.y).toBeGreaterThanOrEqual(h1.y + h1.height - 1);
				expect(summary.y).toBeLessThan(first.y);
				// No label spills out of its button.
				for (const button of await page.locator('.moves > *').all()) {
					const fits = await button.evaluate((b) => b.scrollWidth <= b.clientWidth);
					expect(fits, `${prefix} statement ${i + 1}`).toBe(true);
				}
			}
		}
		// Answered, and come from the result to change an answer: the longest labels ("Ta bort
		// svaret", "Till resultatet") on the longest statements still fit, each on at most two lines.
		await saveAnswers(page, allAnswered());
		for (const prefix of ['', '/lattlast', '/en']) {
			const lang = prefix === '' ? 'sv' : prefix === '/en' ? 'en' : 'lattlast';
			const longest = statements
				.map((s, i) => ({ i, length: s.text[lang].length }))
				.sort((a, b) => b.length - a.length)
				.slice(0, 8);
			for (const { i } of longest) {
				await open(page, `${prefix}/fraga/${i + 1}/?fran=resultat`);
				for (const button of await page.locator('.moves > *').all()) {
					const box = (await button.boundingBox())!;
					expect(box.y + box.height, `${prefix} statement ${i + 1}`).toBeLessThanOrEqual(
						size.height
					);
					expect(box.height, `${prefix} statement ${i + 1}`).toBeLessThanOrEqual(60);
				}
			}
		}
		// The first page's start button is in the first screen too (with no answers saved).
		await page.evaluate(() => localStorage.clear());
		await open(page, '/');
		const start = (await page.getByRole('link', { name: 'Starta testet' }).boundingBox())!;
		expect(start.y + start.height).toBeLessThanOrEqual(size.height);
		await context.close();
	});
}

test('the keyboard hint shows only where there is a keyboard', async ({ page, browser }) => {
	await open(page, '/fraga/1/');
	await expect(page.locator('.keys')).toBeHidden();
	const desktop = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		isMobile: false,
		hasTouch: false
	});
	const other = await desktop.newPage();
	await open(other, '/fraga/1/');
	expect(await other.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(
		true
	);
	await expect(other.locator('.keys')).toBeVisible();
	await desktop.close();
});

test('shortcut keys act only while the quiz has focus (WCAG 2.1.4)', async ({ page }) => {
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	await page.getByRole('link', { name: 'Valkompass' }).first().focus();
	await page.keyboard.press('5');
	await page.keyboard.press('s');
	await page.waitForTimeout(400);
	await expect(page).toHaveURL(at('/fraga/1/'));
	expect(await stored(page)).toEqual({});
	// With focus in the quiz, they work, and the heading shows a focus ring for keyboard users.
	await page.locator('h1').focus();
	await page.keyboard.press('4');
	await atStatement(page, 1);
	const outline = await page.locator('h1').evaluate((h) => getComputedStyle(h).outlineStyle);
	expect(outline).toBe('solid');
});

test('fast or double key presses never answer the wrong statement', async ({ page }) => {
	// The page's clock stands still between steps, so the test is about the island's moments,
	// not about how fast this machine is.
	await page.clock.install({ time: new Date('2026-03-01T08:00:00Z') });
	await open(page, '/fraga/1/');
	await expect(page.locator('h1')).toBeFocused();
	await page.clock.pauseAt(new Date('2026-03-01T08:01:00Z'));
	const shows = async (index: number) => {
		await page.clock.runFor(ADVANCE_MS);
		await expect(page).toHaveURL(at(`/fraga/${index + 1}/`));
		await expect(page.locator('h1')).toHaveText(statements[index]!.text.sv);
	};
	// "5" then "2" before the next statement shows: the second was meant for nothing the person had read.
	await page.keyboard.press('5');
	await page.keyboard.press('2');
	await shows(1);
	await page.clock.runFor(SETTLE_MS);
	// A double press: the second press must not answer statement 2 or 3.
	await page.keyboard.press('1');
	await page.keyboard.press('1');
	await shows(2);
	await page.clock.runFor(ADVANCE_MS + SETTLE_MS);
	await expect(page).toHaveURL(at('/fraga/3/'));
	expect(await stored(page)).toEqual({
		[statements[0]!.id]: [2, 0],
		[statements[1]!.id]: [-2, 0]
	});
	await page.keyboard.press('3');
	await shows(3);
	// A key right as a statement appears, or just before it has shown for SETTLE_MS, is ignored:
	// it was meant for the one before.
	await page.keyboard.press('3');
	await page.clock.runFor(SETTLE_MS - 1);
	await page.keyboard.press('3');
	await page.clock.runFor(ADVANCE_MS);
	await expect(page).toHaveURL(at('/fraga/4/'));
	expect(Object.keys(await stored(page))).toHaveLength(3);
	// Once it has shown that long, a key answers it.
	await page.keyboard.press('3');
	await shows(4);
	expect(Object.keys(await stored(page))).toHaveLength(4);
});

test('answers given in another tab are never erased, and open pages follow them', async ({
	context
}) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await open(a, '/fraga/1/');
	for (let i = 0; i < 4; i++) {
		await atStatement(a, i);
		await a.keyboard.press('5');
	}
	await atStatement(a, 4);
	// Tab B answers 6, 7 and 8 while tab A waits on statement 5.
	await open(b, '/fraga/6/');
	for (let i = 5; i < 8; i++) {
		await atStatement(b, i);
		await b.keyboard.press('1');
	}
	await atStatement(b, 8);
	await a.bringToFront();
	await a.keyboard.press('4');
	await atStatement(a, 5);
	const saved = await stored(a);
	expect(Object.keys(saved).sort()).toEqual(
		statements
			.slice(0, 8)
			.map((s) => s.id)
			.sort()
	);
	// Tab A shows tab B's answer on statement 6, and B's first page counts A's answers.
	await expect(a.getByLabel('Helt emot')).toBeChecked();
	await open(b, '/');
	await expect(b.getByRole('link', { name: /Fortsätt där du slutade \(8 av/ })).toBeVisible();
});

test('on a shared computer: answers can be removed from the first page, and expire after a day', async ({
	page
}) => {
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	await page.keyboard.press('5');
	await atStatement(page, 1);
	await open(page, '/');
	await expect(page.locator('main')).toContainText('på ett dygn');
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Ta bort mina svar från den här enheten' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Dina svar är borttagna' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Starta testet' })).toBeVisible();
	// Focus goes to the way in, not lost with the button that is gone.
	await expect(page.getByRole('link', { name: 'Starta testet' })).toBeFocused();
	expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
	// The result page says so too, where focus goes, when its answers are removed there.
	await saveAnswers(page, allAnswered());
	await open(page, '/resultat/');
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Ta bort mina svar från den här enheten' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Dina svar är borttagna' })
	).toBeFocused();
	expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
	// Answers last used more than a day ago are gone when the next person opens the site.
	await saveAnswers(page, { [statements[0]!.id]: [2, 0] }, Date.now() - 25 * 3600_000);
	await open(page, '/');
	await expect(page.getByRole('link', { name: 'Starta testet' })).toBeVisible();
	await expect(page.locator('main')).toContainText('De är borttagna');
	expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
});

test('when every statement is answered, the first page leads to the result', async ({ page }) => {
	await open(page, '/');
	await saveAnswers(page, allAnswered());
	await open(page, '/');
	await expect(page.locator('.actions .primary')).toHaveText('Visa resultatet');
	await expect(page.getByRole('link', { name: /Fortsätt där du slutade/ })).toHaveCount(0);
});

test('after the last statement, a short step marks what matters most, and it counts', async ({
	page
}) => {
	await open(page, `/fraga/${statements.length}/`);
	await saveAnswers(page, { [statements[0]!.id]: [2, 0] });
	await open(page, `/fraga/${statements.length}/`);
	await atStatement(page, statements.length - 1);
	await page.getByLabel('Helt för').tap();
	await expect(page).toHaveURL(at('/fraga/viktigt/'));
	await expect(page.locator('h1')).toHaveText('Vad är viktigast för dig?');
	await page.getByLabel(statements[0]!.text.sv).check();
	expect((await stored(page))[statements[0]!.id]).toEqual([2, 1]);
	// The browser's back button goes back to the last statement, inside the island.
	await page.goBack();
	await atStatement(page, statements.length - 1);
	await page.goForward();
	await expect(page).toHaveURL(at('/fraga/viktigt/'));
	await page.getByRole('link', { name: 'Visa resultatet' }).first().click();
	await expect(page).toHaveURL(at('/resultat/'));
	await expect(page.locator(`[data-statement="${statements[0]!.id}"]`)).toContainText(
		'Viktigt för dig'
	);
});

test('the language menu keeps the statement the person is on', async ({ page }) => {
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	await page.getByLabel('Delvis för').tap();
	await atStatement(page, 1);
	await page.getByText('Meny').tap();
	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute(
		'href',
		/^(\.\.\/)+en\/fraga\/2\/$/
	);
	await page.getByRole('link', { name: 'English' }).tap();
	await atStatement(page, 1, '/en');
	// Come from the result to change an answer, the other language keeps the way back.
	await open(page, '/fraga/5/?fran=resultat');
	await page.getByText('Meny').tap();
	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute(
		'href',
		/^(\.\.\/)+en\/fraga\/5\/\?fran=resultat$/
	);
	await page.getByRole('link', { name: 'English' }).tap();
	await expect(page.getByRole('link', { name: 'To the result' })).toBeVisible();
	await open(page, '/en/fraga/2/');
	await page.getByRole('link', { name: 'Back' }).tap();
	await atStatement(page, 0, '/en');
	await expect(page.getByLabel('Somewhat agree')).toBeChecked();
});
