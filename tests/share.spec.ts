import { expect, test, type Page } from '@playwright/test';
import { encodeResultCode } from '../src/lib/codes/result-code';
import { enResult } from '../src/lib/i18n/en-result';
import { svResult } from '../src/lib/i18n/sv-result';
import { averageSteps } from '../src/lib/quiz/result';
import { score } from '../src/lib/quiz/scoring';
import { sharedResultOf } from '../src/lib/share/share';
import {
	answerAll,
	atStatement,
	copiedAnswerLink,
	open,
	pack,
	saveAnswers,
	statements,
	tablePercents,
	type Move
} from './helpers';

/** A varied answer pattern: every value, some skips, some importance is not set by keys. */
const moves: Move[] = statements.map((_, i) => (i % 7 === 3 ? 's' : ((((i * 3) % 5) - 2) as Move)));

/** The origin the tests' preview server runs on (see playwright.config.ts). */
const origin = `http://localhost:${Number(process.env.PLAYWRIGHT_PORT) || 4173}`;

/** Fails the test on any uncaught error or any request to another origin. */
function guard(page: Page) {
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['http:', 'https:'].includes(url.protocol)) return;
		if (url.origin !== origin) foreign.push(request.url());
	});
	return { errors, foreign };
}

async function radarValues(page: Page) {
	const canvas = page.locator('[data-testid="radar"] canvas').first();
	await expect(canvas).toHaveAttribute('data-ready', 'true');
	return JSON.parse((await canvas.getAttribute('data-values'))!);
}

/** Opens the share sheet and returns the result link it offers. */
async function resultLink(page: Page): Promise<string> {
	await page.getByRole('button', { name: 'Dela resultatet' }).click();
	await expect(page.getByRole('dialog', { name: 'Dela resultatet' })).toBeVisible();
	return page.getByTestId('result-link').inputValue();
}

test('a result link opened in a fresh browser shows the same radar and table, marked as someone else’s', async ({
	page,
	browser
}) => {
	const seen = guard(page);
	await answerAll(page, moves);
	const percents = await tablePercents(page);
	const values = await radarValues(page);
	const link = await resultLink(page);
	const url = new URL(link);
	expect(url.pathname).toBe('/delat/');
	expect(url.search).toBe('');
	expect(url.hash).toMatch(/^#R1[0-9a-z]{7}[A-Za-z0-9_-]+$/);

	// The person who opens it is on a small phone: the invitation is on the first screen.
	const other = await browser.newContext({
		viewport: { width: 375, height: 667 },
		isMobile: true,
		hasTouch: true
	});
	const receiver = await other.newPage();
	const seenThere = guard(receiver);
	await receiver.goto(link);
	await expect(receiver.getByTestId('shared-notice')).toContainText('någon annans resultat');
	expect(await tablePercents(receiver)).toEqual(percents);
	expect(await radarValues(receiver)).toEqual(values);
	await receiver.evaluate(() => window.scrollTo(0, 0));
	const cta = receiver.getByTestId('take-quiz');
	await expect(cta).toHaveText('Gör testet själv');
	await expect(cta).toBeInViewport({ ratio: 1 });
	await expect(receiver.getByText('Hur mycket håller du med?')).toBeInViewport();
	// It says which program the number is about, and that it is one party's, on the first screen.
	const program = receiver.getByText(`Programmet är ”${pack.title}” av ${pack.party}.`);
	await expect(program).toContainText('ett partis program, inte en neutral valkompass');
	await expect(program).toBeInViewport({ ratio: 1 });
	// The receiver's own storage is untouched.
	expect(await receiver.evaluate(() => Object.keys(localStorage))).toEqual([]);
	await other.close();
	expect([...seen.errors, ...seenThere.errors]).toEqual([]);
	expect([...seen.foreign, ...seenThere.foreign]).toEqual([]);
});

test('an answer code restores every answer and importance mark on another device', async ({
	page,
	browser
}) => {
	// One tap answers and moves on; importance is marked on a statement already answered.
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	await page.getByLabel('Helt emot').click();
	await atStatement(page, 1);
	await page.getByRole('button', { name: 'Hoppa över' }).click();
	await atStatement(page, 2);
	await page.getByLabel('Delvis för').click();
	await atStatement(page, 3);
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	await page.getByLabel('Viktigt för mig').check();
	await open(page, '/resultat/');
	const code = await page.getByTestId('answer-code').inputValue();
	expect(code).toMatch(/^A2[0-9A-HJKMNP-TV-Z]{2}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
	expect(code.length).toBeLessThanOrEqual(60);
	const stored = await page.evaluate(() => ({ ...localStorage }));
	const link = await copiedAnswerLink(page);
	expect(link!.startsWith(`${origin}/las-in/#A2`)).toBe(true);

	const other = await browser.newContext();
	const device = await other.newPage();
	await device.goto(link!);
	await expect(device.locator('main[data-ready="true"]')).toBeVisible();
	await expect(device.getByTestId('code-found')).toContainText(`3 av ${statements.length}`);
	await device.getByRole('button', { name: 'Använd svaren' }).click();
	await expect(device.getByRole('status').filter({ hasText: 'Svaren är inlästa' })).toBeVisible();
	// The same answers and marks; only the time they were last used (`t`) is the restore's own.
	const withoutTime = (all: Record<string, string>) =>
		Object.fromEntries(
			Object.entries(all).map(([key, value]) => {
				const parsed = JSON.parse(value) as Record<string, unknown>;
				delete parsed.t;
				return [key, parsed];
			})
		);
	expect(withoutTime(await device.evaluate(() => ({ ...localStorage })))).toEqual(
		withoutTime(stored)
	);
	// Pasted as a message with words around it, in small letters, the code still reads.
	await device.goto('/las-in/');
	await expect(device.locator('main[data-ready="true"]')).toBeVisible();
	await device.getByLabel('Svarskod eller länk').fill(`Min kod: ${code.toLowerCase()}.`);
	await device.getByRole('button', { name: 'Läs in' }).click();
	await expect(device.getByTestId('code-found')).toContainText(`3 av ${statements.length}`);
	await other.close();
});

test('restoring asks before replacing saved answers, and keeping them changes nothing', async ({
	page
}) => {
	await answerAll(
		page,
		statements.map(() => 2)
	);
	const code = await page.getByTestId('answer-code').inputValue();
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	await page.getByLabel('Helt emot').click();
	await atStatement(page, 1);
	const before = await page.evaluate(() => ({ ...localStorage }));
	await open(page, `/las-in/#${code}`);
	await expect(
		page.getByText(new RegExp(`Du har redan ${statements.length} sparade svar`))
	).toBeVisible();
	await page.getByRole('button', { name: 'Behåll mina svar' }).click();
	await expect(page.getByText('Dina sparade svar är kvar')).toBeVisible();
	expect(await page.evaluate(() => ({ ...localStorage }))).toEqual(before);
	await page.getByLabel('Svarskod eller länk').fill(code);
	await page.getByRole('button', { name: 'Läs in' }).click();
	await page.getByRole('button', { name: 'Ersätt mina svar' }).click();
	await open(page, '/fraga/1/');
	await expect(page.getByLabel('Helt för')).toBeChecked();
});

test('broken, truncated and tampered codes give a clear message and no page error', async ({
	page
}) => {
	const seen = guard(page);
	await answerAll(
		page,
		statements.map(() => 1)
	);
	const resultCode = new URL(await resultLink(page)).hash.slice(1);
	const answerCode = await page.getByTestId('answer-code').inputValue();
	const tamper = (code: string) =>
		code.slice(0, 12) + (code[12] === 'A' ? 'B' : 'A') + code.slice(13);
	const cases: [string, RegExp][] = [
		[`/delat/#`, /saknar koden med resultatet/],
		[`/delat/`, /saknar koden med resultatet/],
		[`/delat/#hej%20hopp`, /inte ut som en kod/],
		[`/delat/#${resultCode.slice(0, -4)}`, /skadad/],
		[`/delat/#${tamper(resultCode)}`, /skadad/],
		[`/delat/#${answerCode}`, /inte ut som en kod/],
		[`/delat/#%E0%A4%A`, /inte ut som en kod|skadad/],
		[`/delat/#${'R1'.padEnd(600, 'x')}`, /inte ut som en kod/],
		[`/las-in/#${answerCode.slice(0, 20)}`, /skadad/],
		[`/las-in/#${tamper(answerCode)}`, /skadad/],
		[`/las-in/#${resultCode}`, /resultatlänk, inte en svarskod/],
		[`/las-in/#A9zzzzzzzAAAA`, /nyare format/],
		[`/las-in/#A1zzzzzzzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, /skadad|känner till/]
	];
	for (const [path, message] of cases) {
		await page.goto('about:blank');
		await open(page, path);
		await expect(page.getByTestId('code-error'), path).toContainText(message);
	}
	expect(seen.errors).toEqual([]);
	expect(seen.foreign).toEqual([]);
});

/** Width, height and painted share of a PNG, measured by drawing it in the page. */
async function measurePng(page: Page, png: Buffer) {
	return page.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.naturalWidth;
		canvas.height = image.naturalHeight;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		// The chart area: the middle of the picture. Count pixels unlike the corner's background.
		const corner = context.getImageData(2, 2, 1, 1).data;
		const size = Math.min(canvas.width, canvas.height) / 2;
		const area = context.getImageData(
			(canvas.width - size) / 2,
			(canvas.height - size) / 2,
			size,
			size
		).data;
		let painted = 0;
		for (let i = 0; i < area.length; i += 4) {
			const d =
				Math.abs(area[i]! - corner[0]!) +
				Math.abs(area[i + 1]! - corner[1]!) +
				Math.abs(area[i + 2]! - corner[2]!);
			if (d > 40) painted++;
		}
		return {
			width: image.naturalWidth,
			height: image.naturalHeight,
			painted: painted / (size * size)
		};
	}, png.toString('base64'));
}

for (const [shape, width, height] of [
	['square', 1080, 1080],
	['story', 1080, 1920]
] as const) {
	test(`the ${shape} picture card is a ${width}x${height} PNG with the chart painted`, async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const seen = guard(page);
		await answerAll(page, moves);
		await resultLink(page);
		if (shape === 'story') await page.getByLabel('Stående bild (story)').check();
		await expect(page.getByTestId('card-preview').locator('img')).toBeVisible();
		const downloading = page.waitForEvent('download');
		await page.getByTestId('share-picture').click();
		const download = await downloading;
		expect(download.suggestedFilename()).toBe(`valkompass-${shape}.png`);
		const path = await download.path();
		const { readFileSync } = await import('node:fs');
		const png = readFileSync(path);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const measured = await measurePng(page, png);
		expect(measured.width).toBe(width);
		expect(measured.height).toBe(height);
		expect(measured.painted).toBeGreaterThan(0.03);
		await expect(page.getByTestId('share-status')).toContainText(
			'Bilden har laddats ner och länken har kopierats'
		);
		const clipboard = await page.evaluate(() => navigator.clipboard.readText());
		expect(clipboard).toMatch(/\/delat\/#R1/);
		expect(seen.errors).toEqual([]);
		expect(seen.foreign).toEqual([]);
	});
}

test('every page has Open Graph and Twitter card tags with an absolute preview image', async ({
	page
}) => {
	for (const path of ['/', '/fraga/1/', '/resultat/', '/sa-raknas-det/', '/delat/', '/las-in/']) {
		await page.goto(path);
		const meta = (key: string) =>
			page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
		expect(await meta('og:title'), path).toBeTruthy();
		expect(await meta('og:description'), path).toBeTruthy();
		expect(await meta('og:locale'), path).toBe('sv_SE');
		expect(await meta('twitter:card'), path).toBe('summary_large_image');
		// Absolute, since Facebook and LinkedIn ignore a relative preview image.
		const image = await meta('og:image');
		expect(image, path).toMatch(/^https?:\/\/[^/]+\/og\.png$/);
		const response = await page.request.get(new URL(image!).pathname);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
	}
});

test('a picture that cannot be made ends in a clear message, and the link can still be copied', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const seen = guard(page);
	await answerAll(page, moves);
	// The PNG encoder fails, as it does when a phone runs out of memory.
	await page.evaluate(() => {
		const fail = () => Promise.reject(new Error('Encoding failed: out of memory'));
		if (typeof OffscreenCanvas !== 'undefined') OffscreenCanvas.prototype.convertToBlob = fail;
		HTMLCanvasElement.prototype.toBlob = () => {
			throw new Error('Encoding failed: out of memory');
		};
	});
	await resultLink(page);
	await expect(page.getByTestId('picture-error')).toContainText('Bilden gick inte att göra');
	await expect(page.getByTestId('share-picture')).toBeDisabled();
	await page.getByLabel('Stående bild (story)').check();
	await expect(page.getByTestId('picture-error')).toBeVisible();
	await page.getByRole('button', { name: 'Kopiera länken' }).click();
	await expect(page.getByTestId('share-status')).toHaveText('Kopierat!');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/delat\/#R1/);
	expect(seen.errors).toEqual([]);
});

test('after their own test, the person who got a link can compare both results', async ({
	page
}) => {
	const seen = guard(page);
	await answerAll(page, moves);
	const theirs = await tablePercents(page);
	const link = await resultLink(page);
	// The recipient opens the link in this tab, does the test, and comes back from the result.
	await page.goto(link);
	await expect(page.getByTestId('shared-notice')).toBeVisible();
	const own = statements.map((_, i) => ((i % 5) - 2) as Move);
	await page.evaluate(() => localStorage.clear());
	await answerAll(page, own);
	const mine = await tablePercents(page);
	await page.getByRole('link', { name: 'Jämför med resultatet som någon delade med dig' }).click();
	await page.getByText('Jämför med mitt resultat').click();
	const table = page.getByTestId('compare-table');
	await expect(table).toBeVisible();
	const number = (text: string) => (text.includes('%') ? Number(text.replace(/\D/g, '')) : null);
	const differences = await table.getByTestId('difference').allInnerTexts();
	expect(differences).toHaveLength(theirs.length);
	differences.forEach((shown, i) => {
		const m = number(mine[i]!);
		const s = number(theirs[i]!);
		const expected =
			m === null || s === null ? '–' : m === s ? '±0' : m > s ? `+${m - s}` : `\u2212${s - m}`;
		expect(shown, `topic ${i}`).toBe(expected);
	});
	const canvas = page.getByTestId('compare').locator('canvas');
	await expect(canvas).toHaveAttribute('data-ready', 'true');
	expect(seen.errors).toEqual([]);
	expect(seen.foreign).toEqual([]);
});

test.describe('on a 375×667 phone', () => {
	test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

	test('the first screen holds the score, its meaning, the share button and the whole radar; the page is at most 8 screens', async ({
		page
	}) => {
		await answerAll(page, moves);
		await page.evaluate(() => window.scrollTo(0, 0));
		// The score's box is its lead and its number (the paragraph itself lays out as contents).
		await expect(page.getByTestId('overall').getByText(/^\d+ %$/)).toBeInViewport({ ratio: 1 });
		await expect(page.getByTestId('summary')).toBeInViewport({ ratio: 1 });
		await expect(page.getByRole('button', { name: 'Dela resultatet' })).toBeInViewport({
			ratio: 1
		});
		await expect(page.getByTestId('radar')).toBeInViewport({ ratio: 0.9 });
		// Every statement row starts collapsed; largest difference first.
		await expect(page.locator('.statements details[open]')).toHaveCount(0);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThanOrEqual(8 * 667);
	});

	test('back from changing an answer, the row of that statement is open and in view', async ({
		page
	}) => {
		await answerAll(page, moves);
		const id = statements[4]!.id;
		// A row's quote, explanation and "Ändra svar" are made when it opens.
		const change = page.locator(`[data-statement="${id}"]`).locator('a', { hasText: 'Ändra svar' });
		await expect(change).toHaveCount(0);
		await page.locator(`details#${id} summary`).tap();
		await expect(change).toHaveAttribute('href', /\/fraga\/5\/\?fran=resultat$/);
		await page.goto(`/resultat/#${id}`);
		await expect(page.locator(`details#${id}`)).toHaveAttribute('open', '');
		await expect(page.locator(`details#${id} summary`)).toBeInViewport();
		await expect(page.locator(`details#${id}`)).toContainText('Ändra svar');
	});
});

test.describe('on a 360×640 phone', () => {
	test.use({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });

	test('the score is read in steps of the scale; the tables and the comparison fit the screen in every language', async ({
		page
	}) => {
		// Every statement "Varken för eller emot": no answer on the program's side, about two steps off.
		const neutral = Object.fromEntries(statements.map((s) => [s.id, [0, 0] as [number, 0 | 1]]));
		const scored = statements.map(({ id, topic, position }) => ({ id, topic, position }));
		const topicIds = pack.topics.map((topic) => topic.id);
		const result = score(
			scored,
			topicIds,
			Object.fromEntries(statements.map((s) => [s.id, { value: 0 as const, important: false }]))
		);
		const steps = averageSteps(result.overallPercent!);
		const code = encodeResultCode(
			sharedResultOf(result),
			pack.version,
			pack.history[pack.version]!
		);
		await open(page, '/');
		await saveAnswers(page, neutral);
		for (const [prefix, t] of [
			['', svResult],
			['/en', enResult],
			['/lattlast', null]
		] as const) {
			await open(page, `${prefix}/resultat/`);
			if (t)
				await expect(page.getByTestId('summary')).toContainText(
					t.result.interpretation(steps, statements.length, statements.length)
				);
			await expect(page.getByTestId('score-table')).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth), prefix).toBe(360);
			await open(page, `${prefix}/delat/#${code}`);
			await page.getByTestId('compare').locator('summary').tap();
			const table = page.getByTestId('compare-table');
			await expect(table).toBeVisible();
			const [width, room] = await table.evaluate((t) => [
				t.getBoundingClientRect().width,
				t.parentElement!.clientWidth
			]);
			expect(width, prefix).toBeLessThanOrEqual(room);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), prefix).toBe(360);
		}
		expect(steps).toBeGreaterThan(1);
	});
});

test('the share sheet loads its contents when it opens, styled; when they cannot load it says so', async ({
	page
}) => {
	const seen = guard(page);
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	await page.getByLabel('Helt för').click();
	await atStatement(page, 1);
	// Offline, with the sheet's contents not cached: a message, and the page stays usable.
	await page.route('**/ShareSheet.*.js', (route) => route.abort());
	await open(page, '/resultat/');
	const share = page.getByRole('button', { name: 'Dela resultatet' });
	await share.click();
	const sheet = page.getByRole('dialog', { name: 'Dela resultatet' });
	await expect(sheet.getByRole('alert')).toContainText('Delningen gick inte att öppna');
	await sheet.getByRole('button', { name: 'Stäng' }).click();
	await expect(sheet).toBeHidden();
	await expect(page.getByTestId('overall')).toBeVisible();
	// Online again: opening the sheet loads them, styled by the page's own styles.
	await page.unroute('**/ShareSheet.*.js');
	await share.click();
	await expect(page.getByTestId('result-link')).toHaveValue(/\/delat\/#R1/);
	const preview = page.getByTestId('card-preview');
	expect(await preview.evaluate((element) => getComputedStyle(element).display)).toBe('grid');
	expect(seen.errors).toEqual([]);
});
