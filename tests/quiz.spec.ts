import { expect, test } from '@playwright/test';
import {
	at,
	answerAll,
	atStatement,
	expectNoAxeViolations,
	SETTLE_MS,
	open,
	pack,
	shownPercent,
	statements,
	tablePercents,
	type Move
} from './helpers';

test('the first page says whose program it is, how long it takes and that answers stay on the device', async ({
	page
}) => {
	await open(page, '/');
	await expect(page.locator('h1')).toContainText(pack.title);
	const text = await page.locator('main').innerText();
	expect(text).toContain(pack.party);
	expect(text).toMatch(/ingen neutral valkompass/);
	expect(text).toMatch(/tio minuter/);
	expect(text).toMatch(/sparas bara på din enhet/);
	await expect(page.getByRole('link', { name: 'Så räknas resultatet ut' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Starta testet' })).toBeVisible();
	await expectNoAxeViolations(page);
});

test("answering with the program's own positions gives 100 % on every axis", async ({ page }) => {
	await answerAll(
		page,
		statements.map((s) => s.position)
	);
	await expect(page.getByTestId('overall')).toContainText('100 %');
	expect(await tablePercents(page)).toEqual(pack.topics.map(() => '100 %'));
	const canvas = page.locator('[data-testid="radar"] canvas');
	await expect(canvas).toHaveAttribute('data-ready', 'true');
	expect(JSON.parse((await canvas.getAttribute('data-values'))!)).toEqual(
		pack.topics.map(() => 100)
	);
	await expectNoAxeViolations(page);
});

test('answering the opposite extreme of every position gives the scores docs/scoring.md predicts', async ({
	page
}) => {
	// Opposite extreme: -2 for a positive position, +2 for a negative one.
	await answerAll(
		page,
		statements.map((s) => (s.position > 0 ? -2 : 2))
	);
	// a = 1 - |u - p| / 4: 0 against ±2, 0.25 against ±1; every weight is 1.
	const agreementOf = (position: number) => (Math.abs(position) === 2 ? 0 : 0.25);
	const expected = pack.topics.map((topic) => {
		const sum = topic.statements.reduce((total, s) => total + agreementOf(s.position), 0);
		return shownPercent(sum / topic.statements.length);
	});
	expect(await tablePercents(page)).toEqual(expected.map((p) => `${p} %`));
	const overall = shownPercent(
		statements.reduce((total, s) => total + agreementOf(s.position), 0) / statements.length
	);
	await expect(page.getByTestId('overall')).toContainText(`${overall} %`);
	const canvas = page.locator('[data-testid="radar"] canvas');
	await expect(canvas).toHaveAttribute('data-ready', 'true');
	expect(JSON.parse((await canvas.getAttribute('data-values'))!)).toEqual(expected);
});

test('a topic whose statements are all skipped shows as not answered, never as 0', async ({
	page
}) => {
	const skipped = pack.topics[0]!.id;
	const moves: Move[] = statements.map((s) => (s.topic === skipped ? 's' : 1));
	await answerAll(page, moves);
	const percents = await tablePercents(page);
	expect(percents[0]).toBe('Ej besvarat');
	expect(percents.slice(1).every((p) => /^\d+ %$/.test(p))).toBe(true);
	const canvas = page.locator('[data-testid="radar"] canvas');
	await expect(canvas).toHaveAttribute('data-ready', 'true');
	const values = JSON.parse((await canvas.getAttribute('data-values'))!);
	expect(values[0]).toBeNull();
	// The chart's accessible description names the gap too.
	await expect(page.locator('[data-testid="radar"]')).toContainText(
		`${pack.topics[0]!.name.sv}: Ej besvarat`
	);
});

test('a reload in the middle of the quiz keeps every answer', async ({ page }) => {
	await open(page, '/fraga/1/');
	await atStatement(page, 0);
	// One tap answers and moves on.
	await page.getByLabel('Helt för').click();
	await atStatement(page, 1);
	await page.getByLabel('Delvis emot').click();
	await atStatement(page, 2);
	await page.reload();
	await atStatement(page, 2);
	await page.getByRole('link', { name: 'Tillbaka' }).click();
	await atStatement(page, 1);
	await expect(page.getByLabel('Delvis emot')).toBeChecked();
	// Back on an answered statement, it can be marked as important.
	await page.getByLabel('Viktigt för mig').check();
	await page.getByRole('link', { name: 'Tillbaka' }).click();
	await atStatement(page, 0);
	await expect(page.getByLabel('Helt för')).toBeChecked();
	await page.reload();
	await expect(page.getByLabel('Helt för')).toBeChecked();
	await open(page, '/fraga/2/');
	await expect(page.getByLabel('Delvis emot')).toBeChecked();
	await expect(page.getByLabel('Viktigt för mig')).toBeChecked();
	// The first page now offers to continue.
	await open(page, '/');
	await expect(page.getByRole('link', { name: /Fortsätt där du slutade \(2 av/ })).toBeVisible();
});

test("the browser's back button goes to the previous statement, and a skipped answer can be changed", async ({
	page
}) => {
	await open(page, '/fraga/3/');
	await atStatement(page, 2);
	await page.getByRole('button', { name: 'Hoppa över' }).click();
	await atStatement(page, 3);
	await page.goBack();
	await atStatement(page, 2);
	await expect(page.locator('h1')).toHaveText(statements[2]!.text.sv);
	await page.getByLabel('Varken för eller emot').click();
	await atStatement(page, 3);
	await page.goForward().catch(() => undefined);
	await open(page, '/resultat/');
	await expect(page.locator(`[data-statement="${statements[2]!.id}"]`)).toContainText(
		'Varken för eller emot'
	);
});

test('the quiz can be done with the keyboard alone: Tab, arrows, Space and Enter', async ({
	page
}) => {
	await open(page, '/fraga/1/');
	for (let i = 0; i < 3; i++) {
		await atStatement(page, i);
		// Tab from the statement (past "Vad betyder det?") into the radio group; arrows pick
		// without moving on.
		for (let tabs = 0; tabs < 3; tabs++) {
			if ((await page.locator('input[type="radio"]:focus').count()) > 0) break;
			await page.keyboard.press('Tab');
		}
		await expect(page.locator('input[type="radio"]:focus')).toHaveCount(1);
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('input[type="radio"]:checked')).toHaveCount(1);
		await page.waitForTimeout(400);
		await expect(page).toHaveURL(at(`/fraga/${i + 1}/`));
		// Enter on the chosen answer moves on.
		await page.keyboard.press('Enter');
	}
	await atStatement(page, 3);
	// Arrow keys move between statements when focus is outside the answers.
	await page.keyboard.press('ArrowLeft');
	await atStatement(page, 2);
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(1);
});

test('a statement page passes axe, shows the topic and progress, and explains without the position', async ({
	page
}) => {
	await open(page, '/fraga/7/');
	await expect(page.locator('.count')).toHaveText(`7 av ${statements.length}`);
	await expect(page.getByRole('progressbar')).toHaveAttribute('value', '7');
	const s = statements[6]!;
	await expect(page.locator('.topic')).toContainText(
		pack.topics.find((t) => t.id === s.topic)!.name.sv
	);
	await page.getByText('Vad betyder det?').click();
	await expect(page.getByText(s.explanation.sv)).toBeVisible();
	await expect(page.locator('main')).not.toContainText(s.quote);
	await expectNoAxeViolations(page);
});

test('the result page with no answers says so', async ({ page }) => {
	await open(page, '/resultat/');
	await expect(page.locator('main')).toContainText('inte svarat på något påstående');
	await expect(page.locator('canvas')).toHaveCount(0);
});

test('the radar chart canvas is painted', async ({ page }) => {
	await answerAll(
		page,
		statements.map(() => 1)
	);
	const canvas = page.locator('[data-testid="radar"] canvas');
	await expect(canvas).toHaveAttribute('data-ready', 'true');
	const painted = await canvas.evaluate((element) => {
		const c = element as HTMLCanvasElement;
		const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		let count = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
		return count / (c.width * c.height);
	});
	expect(painted).toBeGreaterThan(0.02);
});

test('chart.js is loaded on the result page only', async ({ page }) => {
	// The bodies are read as the responses arrive, and awaited before each check: a chunk whose
	// body is still being read when the chart reports ready must not be missed.
	const scripts: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.url().endsWith('.js')) scripts.push(response.text().catch(() => ''));
	});
	const loaded = async () => (await Promise.all(scripts)).join('\n');
	await open(page, '/');
	await open(page, '/fraga/1/');
	expect(await loaded()).not.toMatch(/RadialLinearScale|radialLinear/);
	await atStatement(page, 0);
	await page.keyboard.press('5');
	await atStatement(page, 1);
	await open(page, '/resultat/');
	await expect(page.locator('[data-testid="radar"] canvas')).toHaveAttribute('data-ready', 'true');
	expect(await loaded()).toMatch(/radialLinear/);
});

test('the first page and the statements run on the quiz island alone, and move between statements without the network', async ({
	page
}) => {
	const scripts: string[] = [];
	const requests: string[] = [];
	page.on('request', (request) => {
		// The browser asks for the icon again when the address changes; the page asks for nothing.
		if (!request.url().endsWith('/favicon.svg')) requests.push(request.url());
		if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
	});
	await open(page, '/');
	await page.getByRole('link', { name: 'Starta testet' }).click();
	await atStatement(page, 0);
	expect(scripts.length).toBeGreaterThan(0);
	// The island's scripts (the Swedish entry and the chunk the languages share, no other
	// language's texts), and stale.js: the tiny fixed file that says "reload" after a deploy.
	expect(
		scripts.every(
			(path) =>
				/^\/_app\/immutable\/island\/(?!en\.|lattlast\.)[\w-]+\.[\w-]+\.js$/.test(path) ||
				path === '/stale.js'
		)
	).toBe(true);
	expect(new Set(scripts.filter((path) => /\/island\/sv\.[\w-]+\.js$/.test(path))).size).toBe(1);
	// SvelteKit's start-up script is not in the page at all.
	expect(
		await page
			.locator('script:not([type="module"]):not([type="application/json"]):not([src$="/stale.js"])')
			.count()
	).toBe(0);
	// From here on, statements come from the island: no request at all.
	requests.length = 0;
	await page.getByLabel('Delvis för').click();
	await atStatement(page, 1);
	await page.getByRole('button', { name: 'Hoppa över' }).click();
	await atStatement(page, 2);
	await page.getByRole('link', { name: 'Tillbaka' }).click();
	await atStatement(page, 1);
	expect(requests).toEqual([]);
});

test('after a content update, a statement page tells what changed until the person answers or dismisses it', async ({
	page
}) => {
	await open(page, '/');
	// Answers saved against a content version this build no longer knows: one kept, one removed.
	await page.evaluate(
		([kept, key]) =>
			localStorage.setItem(
				key!,
				JSON.stringify({ f: 1, v: 'zzzzzzz', a: { [kept!]: [2, 1], gone: [1, 0] } })
			),
		[statements[0]!.id, `valkompass:${pack.id}:answers`]
	);
	await open(page, '/fraga/1/');
	const notice = page.getByRole('status').filter({ hasText: 'Påståendena har uppdaterats' });
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('Ett påstående finns inte längre');
	await expect(page.getByLabel('Helt för')).toBeChecked();
	await expect(page.getByLabel('Viktigt för mig')).toBeChecked();
	// Still there on the next statement: nothing has been saved yet.
	await page.getByRole('link', { name: 'Nästa' }).click();
	await atStatement(page, 1);
	await expect(notice).toBeVisible();
	await notice.getByRole('button', { name: 'Okej' }).click();
	await expect(notice).toBeHidden();
	await expect(page.locator('h1')).toBeFocused();
	// Dismissing saved the kept answer against the current version; the removed one is gone.
	await open(page, '/fraga/3/');
	await expect(notice).toBeHidden();
	const stored = await page.evaluate(
		(key) => JSON.parse(localStorage.getItem(key) ?? 'null'),
		`valkompass:${pack.id}:answers`
	);
	expect(Object.keys(stored.a)).toEqual([statements[0]!.id]);
	expect(stored.v).not.toBe('zzzzzzz');
});

test('an answer to an older wording of a statement is set aside, and its page says the statement changed', async ({
	page
}) => {
	// A published version in which some statement of today had another wording or position.
	const now = pack.history[pack.version]!.fingerprints!;
	const [version, layout] = Object.entries(pack.history).find(
		([v, l]) =>
			v !== pack.version &&
			Object.entries(l.fingerprints ?? {}).some(
				([id, fp]) => now[id] !== undefined && now[id] !== fp
			)
	)!;
	const index = statements.findIndex(
		(s) => layout.fingerprints![s.id] !== undefined && layout.fingerprints![s.id] !== now[s.id]
	);
	const id = statements[index]!.id;
	await open(page, '/');
	await page.evaluate(
		([id, key, version]) =>
			localStorage.setItem(key!, JSON.stringify({ f: 1, v: version, a: { [id!]: [2, 1] } })),
		[id, `valkompass:${pack.id}:answers`, version]
	);
	await open(page, `/fraga/${index + 1}/`);
	const notice = page.getByRole('status').filter({ hasText: 'Påståendena har uppdaterats' });
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('Det här påståendet är ändrat');
	await expect(page.getByLabel('Helt för')).not.toBeChecked();
	await expect(page.getByText(/^Beslutas (av|inom) /)).toBeVisible();
});

test('when storage is full the quiz goes on, says at once that answers are not kept, and offers the answer code', async ({
	page
}) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await open(page, '/fraga/1/');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('kunde inte sparas');
	await atStatement(page, 0);
	// The code's script loads only now, when it is needed.
	const shown = alert.locator('code');
	await expect(shown).toHaveText(/^A2[0-9A-HJKMNP-TV-Z]{2}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
	const empty = await shown.innerText();
	await page.getByLabel('Delvis för').click();
	await atStatement(page, 1);
	// The answers stay on the page, and the code that carries them changes with each answer.
	await expect(alert).toContainText('kunde inte sparas');
	await expect(shown).not.toHaveText(empty);
	await expect(shown).toHaveText(/^A2[0-9A-HJKMNP-TV-Z]{2}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
	await page.getByRole('link', { name: 'Tillbaka' }).click();
	await atStatement(page, 0);
	await expect(page.getByLabel('Delvis för')).toBeChecked();
});

test('when a chunk the island loads later is gone (a deploy replaced it), the page offers to reload', async ({
	page
}) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	// The answer code's chunk, which the island loads only when saving fails.
	await page.route(/\/_app\/immutable\/island\/answer-code\.[\w-]+\.js$/, (route) =>
		route.fulfill({ status: 404, body: 'gone' })
	);
	await open(page, '/fraga/1/');
	await expect(page.getByText('En ny version av sidan har kommit')).toBeVisible();
	await page.getByRole('button', { name: 'Ladda om' }).filter({ visible: true }).click();
	await page.waitForLoadState('load');
	await atStatement(page, 0);
});

test('the first page offers to go on or start over, and starting over removes the answers', async ({
	page
}) => {
	await open(page, '/fraga/1/');
	for (const [i, key] of ['s', '5', '4'].entries()) {
		await atStatement(page, i);
		await page.keyboard.press(key);
	}
	await atStatement(page, 3);
	await open(page, '/');
	const resume = page.getByRole('link', { name: /Fortsätt där du slutade \(3 av/ });
	await expect(resume).toHaveAttribute('href', /fraga\/4\/$/);
	await expect(page.getByRole('link', { name: 'Starta testet' })).toBeHidden();
	page.once('dialog', (dialog) => dialog.accept());
	await page.getByRole('button', { name: 'Börja om från början' }).click();
	await expect(resume).toBeHidden();
	await expect(page.getByRole('link', { name: 'Starta testet' })).toBeFocused();
	await open(page, '/');
	await expect(page.getByRole('link', { name: 'Starta testet' })).toBeVisible();
	await open(page, '/fraga/2/');
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
});

test('back on the first page after answering, it offers to go on (also when the browser restores it from its cache)', async ({
	page
}) => {
	await open(page, '/');
	await page.getByRole('link', { name: 'Starta testet' }).click();
	await atStatement(page, 0);
	await page.getByLabel('Helt för').click();
	await atStatement(page, 1);
	await page.goBack();
	await atStatement(page, 0);
	await page.goBack();
	await expect(page).toHaveURL(at('/'));
	await expect(page.getByRole('link', { name: /Fortsätt där du slutade \(1 av/ })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Starta testet' })).toBeHidden();
});

test('changing an answer from the result page returns to the result, at that statement', async ({
	page
}) => {
	await answerAll(
		page,
		statements.map(() => 0)
	);
	const id = statements[4]!.id;
	const row = page.locator(`[data-statement="${id}"]`);
	await row.locator('summary').click();
	await row.getByRole('link', { name: /Ändra svar/ }).click();
	await expect(page).toHaveURL(at('/fraga/5/?fran=resultat'));
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
	await expect(page.getByLabel('Varken för eller emot')).toBeChecked();
	await expect(page.getByRole('link', { name: 'Till resultatet' })).toHaveAttribute(
		'href',
		new RegExp(`resultat/#${id}$`)
	);
	await page.waitForTimeout(SETTLE_MS);
	await page.getByLabel('Helt emot').click();
	await expect(page).toHaveURL(at(`/resultat/#${id}`));
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
	await expect(page.locator(`[data-statement="${id}"]`)).toContainText('Helt emot');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the first page and a statement still read in full, and say the quiz needs JavaScript', async ({
		page
	}) => {
		for (const path of ['/', '/fraga/1/']) {
			await page.goto(path);
			await expect(page.locator('h1')).toBeVisible();
			// Chromium under test still parses <noscript> as if scripts ran, so read the page's HTML.
			const html = await (await page.request.get(path)).text();
			expect(html).toMatch(/<noscript>[^]*Testet behöver JavaScript[^]*<\/noscript>/);
		}
		await expect(page.locator('h1')).toHaveText(statements[0]!.text.sv);
		await expect(page.getByRole('radio')).toHaveCount(5);
	});
});
