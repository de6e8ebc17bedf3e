import { expect, test, type Page } from '@playwright/test';
import { answerAll, expectNoAxeViolations, open, pack, statements } from './helpers';

const prefixes = ['', '/lattlast', '/en'];
const schemes = ['light', 'dark'] as const;

/** Every route, with the state it needs: some routes are seen with answers saved. */
const routes: { path: string; answered?: boolean }[] = [
	{ path: '/' },
	{ path: '/fraga/1/' },
	{ path: `/fraga/${statements.length}/` },
	{ path: '/resultat/' },
	{ path: '/resultat/', answered: true },
	{ path: '/sa-raknas-det/', answered: true },
	{ path: '/las-in/' },
	{ path: '/delat/#nonsense' },
	{ path: '/klass/' },
	{ path: '/klass/projektor/' },
	{ path: '/klass/arbetsblad/' },
	{ path: '/klass/lararhandledning/' }
];

/** Saves a full set of answers, as if the quiz had been done, without clicking through it. */
async function seedAnswers(page: Page) {
	await open(page, '/fraga/1/');
	await page.evaluate(
		({ ids, key, version }) => {
			const answers = Object.fromEntries(
				ids.map((id, i) => [id, [(i % 5) - 2, i % 3 === 0 ? 1 : 0]])
			);
			localStorage.setItem(key, JSON.stringify({ f: 1, v: version, a: answers }));
		},
		{
			ids: statements.map((s) => s.id),
			key: `valkompass:${pack.id}:answers`,
			version: pack.version
		}
	);
}

for (const scheme of schemes) {
	for (const prefix of prefixes) {
		test(`axe: every route in ${prefix || '/sv'}, ${scheme} scheme`, async ({ page }) => {
			test.setTimeout(120_000);
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
		await expect(page).toHaveURL(new RegExp(`/fraga/${i + 1}/$`));
		await expect(page.locator('h1')).toBeFocused();
		await page.keyboard.press('Tab'); // into the answers
		for (let k = 0; k < i % 5; k++) await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Space');
		// Tab on to the "Nästa" / "Se resultatet" link.
		const next = page.getByRole('link', {
			name: i === statements.length - 1 ? 'Se resultatet' : 'Nästa'
		});
		for (let k = 0; k < 8 && !(await next.evaluate((el) => el === document.activeElement)); k++) {
			await page.keyboard.press('Tab');
		}
		await expect(next).toBeFocused();
		await page.keyboard.press('Enter');
	}
	await expect(page).toHaveURL(/\/resultat\/$/);
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

test('the radar has an accessible name and description, and reduced motion turns animation off', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
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
			await expect(page).toHaveURL(new RegExp(`/fraga/${i + 1}/$`));
			await page.keyboard.press('4');
		}
		await expect(page).toHaveURL(/\/resultat\/$/);
		await expect(page.getByTestId('overall')).toBeVisible();
		await expect(page.locator('[data-testid="radar"] canvas')).toHaveAttribute(
			'data-ready',
			'true'
		);
		const link = await page.getByTestId('result-link').inputValue();
		await page.goto(link);
		await expect(page.getByTestId('shared-notice')).toBeVisible();
		await open(page, '/klass/');
		await expect(page.locator('h1')).toBeVisible();
	});
});
