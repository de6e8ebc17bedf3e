import { expect, test } from '@playwright/test';
import { en } from '../src/lib/i18n/en';
import { lattlast } from '../src/lib/i18n/lattlast';
import { sv } from '../src/lib/i18n/sv';
import { at, atStatement, open, pack, statements } from './helpers';

const variants = [
	{ prefix: '', htmlLang: 'sv', t: sv, lang: 'sv' as const },
	{ prefix: '/lattlast', htmlLang: 'sv', t: lattlast, lang: 'lattlast' as const },
	{ prefix: '/en', htmlLang: 'en', t: en, lang: 'en' as const }
];

for (const { prefix, htmlLang, t, lang } of variants) {
	test(`${lang}: pages, statements and explanations are in that language with the right lang`, async ({
		page
	}) => {
		await open(page, `${prefix}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
		await expect(page.locator('h1')).toHaveText(t.home.title(pack.title));
		await page.getByRole('link', { name: t.home.start }).click();
		await expect(page).toHaveURL(at(`${prefix}/fraga/1/`));
		await expect(page.locator('h1')).toHaveText(statements[0]!.text[lang]);
		await page.getByText(t.quiz.explain).click();
		await expect(page.getByText(statements[0]!.explanation[lang])).toBeVisible();
		await expect(page.getByLabel(t.answers['2'])).toBeVisible();
	});
}

test('the language switch keeps the page, is remembered on the device, and sets lang', async ({
	page
}) => {
	await open(page, '/fraga/4/');
	await page.getByText(sv.quiz.menu).click();
	await page
		.getByRole('navigation', { name: sv.language.label })
		.getByRole('link', { name: 'English' })
		.click();
	await expect(page).toHaveURL(at('/en/fraga/4/'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('h1')).toHaveText(statements[3]!.text.en);
	// Opening the site's front door again goes to the remembered language.
	await page.goto('/');
	await expect(page).toHaveURL(at('/en/'));
	await expect(page.locator('h1')).toHaveText(en.home.title(pack.title));
	// A link straight to a Swedish page stays Swedish, and so do links inside the site from it.
	await open(page, '/fraga/1/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await page.getByRole('link', { name: sv.quiz.back }).click();
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
	await expect(page).toHaveURL(at('/'));
	await expect(page.locator('h1')).toHaveText(sv.home.title(pack.title));
});

test('a share link made in English opens in English for the receiver', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	await open(page, '/en/fraga/1/');
	for (let i = 0; i < statements.length; i++) {
		await atStatement(page, i, '/en');
		await page.keyboard.press(String(1 + (i % 5)));
	}
	await expect(page).toHaveURL(at('/en/fraga/viktigt/'));
	await page.getByRole('link', { name: en.quiz.importantStep.done }).first().click();
	await expect(page).toHaveURL(at('/en/resultat/'));
	await page.getByRole('button', { name: en.result.shareResult }).click();
	const link = await page.getByTestId('result-link').inputValue();
	expect(new URL(link).pathname).toBe('/en/delat/');
	const other = await browser.newContext();
	const receiver = await other.newPage();
	await receiver.goto(link);
	await expect(receiver.locator('html')).toHaveAttribute('lang', 'en');
	await expect(receiver.getByTestId('shared-notice')).toHaveText(en.shared.notice);
	await expect(receiver.getByTestId('score-table')).toContainText(pack.topics[0]!.name.en);
	await other.close();
});
