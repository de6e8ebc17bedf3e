import { expect, test, type Page } from '@playwright/test';
import {
	at,
	answerAll,
	atStatement,
	expectNoAxeViolations,
	open,
	saveAnswers,
	statements
} from './helpers';

const prefixes = ['', '/lattlast', '/en'];
const schemes = ['light', 'dark'] as const;

/** Every route, with the state it needs: some routes are seen with answers saved. */
const routes: { path: string; answered?: boolean }[] = [
	{ path: '/' },
	{ path: '/fraga/1/' },
	{ path: `/fraga/${statements.length}/` },
	{ path: '/fraga/viktigt/', answered: true },
	{ path: '/resultat/' },
	{ path: '/resultat/', answered: true },
	{ path: '/sa-raknas-det/', answered: true },
	{ path: '/las-in/' },
	{ path: '/delat/#nonsense' },
	{ path: '/klass/' },
	{ path: '/klass/projektor/' },
	{ path: '/klass/arbetsblad/' },
	{ path: '/klass/lararhandledning/' },
	{ path: '/underlag/' }
];

/** Saves a full set of answers, as if the quiz had been done, without clicking through it. */
async function seedAnswers(page: Page) {
	await open(page, '/fraga/1/');
	await saveAnswers(
		page,
		Object.fromEntries(statements.map((s, i) => [s.id, [(i % 5) - 2, i % 3 === 0 ? 1 : 0]]))
	);
}

for (const scheme of schemes) {
	for (const prefix of prefixes) {
		test(`axe: every route in ${prefix || '/sv'}, ${scheme} scheme`, async ({ page }) => {
			// Every route, the record page with every statement among them, each analysed whole: slow
			// on a shared machine.
			test.setTimeout(300_000);
			await page.emulateMedia({ colorScheme: scheme });
			for (const { path, answered } of routes) {
				if (answered) await seedAnswers(page);
				await open(page, `${prefix}${path}`);
				if (path === '/resultat/' && answered) {
					await expect(page.locator('[data-testid="radar"] canvas')).toHaveAttribute(
						'data-ready',
						'true'
					);
				}
				await test.step(`${prefix}${path}${answered ? ' (answered)' : ''}`, () =>
					expectNoAxeViolations(page));
			}
		});
	}
}

test('keyboard only: the whole quiz with Tab, Space and Enter, focus on each new statement', async ({
	page
}) => {
	test.setTimeout(120_000);
	await open(page, '/');
	// From the top of the page to the start button, with Tab alone.
	for (let i = 0; i < 20; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => document.activeElement?.textContent?.includes('Starta testet')))
			break;
	}
	await page.keyboard.press('Enter');
	for (let i = 0; i < statements.length; i++) {
		// Focus is on the new statement's text.
		await atStatement(page, i);
		// Tab past "Vad betyder det?" into the answers; arrows pick, Space confirms and moves on.
		for (let k = 0; k < 3 && !(await page.locator('input[type="radio"]:focus').count()); k++)
			await page.keyboard.press('Tab');
		for (let k = 0; k < i % 5; k++) await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Space');
	}
	// The importance step: Tab to "Visa resultatet".
	await expect(page).toHaveURL(at('/fraga/viktigt/'));
	await expect(page.locator('h1')).toBeFocused();
	const show = page.getByRole('link', { name: 'Visa resultatet' }).first();
	for (let k = 0; k < 8 && !(await show.evaluate((el) => el === document.activeElement)); k++) {
		await page.keyboard.press('Tab');
	}
	await expect(show).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(at('/resultat/'));
	await expect(page.getByTestId('overall')).toBeVisible();
	const focusRing = await page
		.getByRole('link', { name: 'Så räknas det' })
		.first()
		.evaluate((el) => {
			(el as HTMLElement).focus();
			return getComputedStyle(el).outlineStyle;
		});
	expect(focusRing).toBe('solid');
});

test('at 320 px wide no page scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await answerAll(
		page,
		statements.map(() => 1)
	);
	for (const prefix of prefixes) {
		for (const { path } of routes) {
			await open(page, `${prefix}${path}`);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${prefix}${path}`).toBeLessThanOrEqual(0);
		}
	}
});

test('the radar has an accessible name and a text description', async ({ page }) => {
	await answerAll(
		page,
		statements.map(() => 2)
	);
	const canvas = page.locator('[data-testid="radar"] canvas');
	await expect(canvas).toHaveAttribute('data-ready', 'true');
	await expect(page.getByRole('img', { name: 'Hur mycket du håller med, per ämne' })).toBeVisible();
	const describedBy = await page.getByRole('img').first().getAttribute('aria-describedby');
	expect(describedBy).toBeTruthy();
	await expect(page.locator(`[id="${describedBy}"]`)).toContainText('Radardiagram');
});

/**
 * Records the radar's canvas on every animation frame for a second after it is first drawn
 * (the chart animates for 350 ms at most): the first picture, the last, and how many different
 * pictures there were. A chart that animates draws its first frame part-way; one that does not
 * draws its final picture at once and never changes.
 */
async function radarFrames(page: Page) {
	type Frames = { first: string; last: string; distinct: number; done: boolean };
	await page.addInitScript(() => {
		const record: Frames = { first: '', last: '', distinct: 0, done: false };
		(window as unknown as { radarFrames: Frames }).radarFrames = record;
		let since = 0;
		const watch = (now: number) => {
			const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="radar"] canvas');
			if (canvas && canvas.width > 0) {
				const empty = document.createElement('canvas');
				empty.width = canvas.width;
				empty.height = canvas.height;
				const image = canvas.toDataURL();
				if (image !== empty.toDataURL() && image !== record.last) {
					record.first ||= image;
					record.last = image;
					record.distinct++;
					since ||= now;
				}
			}
			if (since && now - since > 1000) record.done = true;
			else requestAnimationFrame(watch);
		};
		requestAnimationFrame(watch);
	});
	await open(page, '/resultat/');
	const read = () =>
		page.evaluate(() => (window as unknown as { radarFrames: Frames }).radarFrames);
	await expect.poll(async () => (await read()).done, { timeout: 15_000 }).toBe(true);
	return read();
}

/** The longest CSS animation or transition (in seconds) of any element on the page. */
function longestMotion(page: Page) {
	return page.evaluate(() => {
		const seconds = (value: string) =>
			Math.max(
				...value.split(',').map((part) => {
					const n = parseFloat(part);
					return part.trim().endsWith('ms') ? n / 1000 : n;
				})
			);
		let longest = 0;
		for (const element of document.querySelectorAll('*')) {
			for (const pseudo of [null, '::before', '::after']) {
				const style = getComputedStyle(element, pseudo);
				const animated = style.animationName !== 'none';
				longest = Math.max(
					longest,
					animated ? seconds(style.animationDuration) : 0,
					style.transitionProperty === 'none' ? 0 : seconds(style.transitionDuration)
				);
			}
		}
		return longest;
	});
}

// Without reduced motion the first drawing is not animated either (measured: one picture in the
// first second), so only updates animate (radarOptions, 350 ms); the unit test of radarOptions
// holds that they do not under reduced motion.
test.describe('reduced motion', () => {
	test.beforeEach(async ({ page }) => {
		await seedAnswers(page);
	});

	test('with it, the radar is drawn at once and no CSS animation or transition runs', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const frames = await radarFrames(page);
		expect(frames.distinct).toBe(1);
		expect(frames.first).toBe(frames.last);
		// 0.01 ms at most (app.css keeps a sliver so that "animationend" still fires).
		expect(await longestMotion(page)).toBeLessThanOrEqual(0.00001);
		for (const path of ['/', '/fraga/1/', '/klass/projektor/']) {
			await open(page, path);
			expect(await longestMotion(page), path).toBeLessThanOrEqual(0.00001);
		}
	});
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('after one visit the quiz and result work offline, and so do pages opened once before', async ({
		page,
		context
	}) => {
		test.setTimeout(120_000);
		await open(page, '/');
		// The worker is active only once install has kept the quiz in this language.
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.reload();
		// The shared result and the class view are not kept at install, but once they are opened.
		await open(page, '/delat/');
		await open(page, '/klass/');
		await open(page, '/');
		await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
		await context.setOffline(true);
		await page.reload();
		await expect(page.locator('main[data-ready="true"]')).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'offline' })).toBeVisible();
		await page.getByRole('link', { name: 'Starta testet' }).click();
		for (let i = 0; i < statements.length; i++) {
			await atStatement(page, i);
			await page.keyboard.press('4');
		}
		await expect(page).toHaveURL(at('/fraga/viktigt/'));
		await page.getByRole('link', { name: 'Visa resultatet' }).first().click();
		await expect(page).toHaveURL(at('/resultat/'));
		await expect(page.getByTestId('overall')).toBeVisible();
		await expect(page.locator('[data-testid="radar"] canvas')).toHaveAttribute(
			'data-ready',
			'true'
		);
		await page.getByRole('button', { name: 'Dela resultatet' }).click();
		const link = await page.getByTestId('result-link').inputValue();
		await page.goto(link);
		await expect(page.getByTestId('shared-notice')).toBeVisible();
		await open(page, '/klass/');
		await expect(page.locator('h1')).toBeVisible();
	});
});
