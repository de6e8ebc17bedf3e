/**
 * The classroom pages on the built site: the class view reads a chat log of 30 answer codes
 * (some made by really completing the quiz), the projector mode works with the keyboard, the
 * worksheet prints sensibly, and every page passes axe in light and dark.
 */
import { expect, test, type Page } from '@playwright/test';
import { decodeAnswerCode, encodeAnswerCode } from '../src/lib/codes/answer-code';
import { encodeResultCode } from '../src/lib/codes/result-code';
import { score, type Answer, type Answers } from '../src/lib/quiz/scoring';
import { sharedResultOf } from '../src/lib/share/share';
import { pdfPageTexts } from './fixtures/pdf-text';
import {
	at,
	answerAll,
	copiedAnswerLink,
	expectNoAxeViolations,
	open,
	pack,
	statements,
	type Move
} from './helpers';
import { watch } from './net';

const layout = pack.history[pack.version]!;
const topicIds = pack.topics.map((topic) => topic.id);
const scored = statements.map(({ id, topic, position }) => ({ id, topic, position }));

// The class: 30 students with known answers.
const studentCount = 30;
/** Every student answers this one Helt för or Helt emot, 15 and 15: variance 4, the maximum. */
const mostDivisive = 5;
/** 14 Helt för and 16 Helt emot: variance 4 - (4/30)^2, just below. */
const runnerUp = 20;
/** Student 29 skips every statement of this topic, so it rests on 29 students. */
const skippedTopic = pack.topics[0]!.id;
/** The students who really complete the quiz in the browser; the rest are encoded in Node. */
const inBrowser = [0, 1, 2];

/** What student `i` does with statement `k`. Apart from the two above, answers stay in -1..1. */
function moveOf(i: number, k: number): Move {
	if (k === mostDivisive) return i % 2 === 0 ? 2 : -2;
	if (k === runnerUp) return i < 14 ? 2 : -2;
	if (i === 29 && statements[k]!.topic === skippedTopic) return 's';
	if ((i + k) % 11 === 0) return 's';
	return (((i + 2 * k) % 3) - 1) as Move;
}

/** Student `i`'s answers; those encoded in Node also mark some statements as important. */
function answersOf(i: number): Answers {
	return Object.fromEntries(
		statements.map((s, k): [string, Answer] => {
			const move = moveOf(i, k);
			if (move === 's') return [s.id, { value: 'skip', important: false }];
			const important = !inBrowser.includes(i) && (i + k) % 7 === 0;
			return [s.id, { value: move, important }];
		})
	);
}

/** The median as the class view shows it: the middle value(s) of the sorted percents, halves up. */
function shownMedian(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = (sorted.length - 1) / 2;
	const median = (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
	return Math.floor(median + 0.5);
}

/** The class's median per topic, from each student's own result (score(), as docs/scoring.md says). */
function expectedMedians(students: Answers[]): (number | null)[] {
	const results = students.map((answers) => score(scored, topicIds, answers));
	return topicIds.map((_, t) =>
		shownMedian(
			results.flatMap((result) => {
				const percent = result.topics[t]!.percent;
				return percent === null ? [] : [percent];
			})
		)
	);
}

/** Reads the answer code from the result page after answering the whole quiz. */
async function completeQuiz(page: Page, i: number): Promise<{ code: string; link: string }> {
	await answerAll(
		page,
		statements.map((_, k) => moveOf(i, k))
	);
	const code = await page.getByTestId('answer-code').inputValue();
	const link = await copiedAnswerLink(page);
	return { code, link };
}

async function radarValues(page: Page, index = 0): Promise<unknown> {
	const canvas = page.locator('[data-testid="radar"] canvas').nth(index);
	await expect(canvas).toHaveAttribute('data-ready', 'true');
	return JSON.parse((await canvas.getAttribute('data-values'))!);
}

const schemes = ['light', 'dark'] as const;

test('the class view reads 30 codes from a chat log: count, class radar, table and what divides the class', async ({
	page,
	context
}) => {
	test.setTimeout(240_000);

	// Three students really complete the quiz and copy their code (or link) from the result page.
	const fromBrowser: { code: string; link: string }[] = [];
	for (const i of inBrowser) {
		await open(page, '/');
		await page.evaluate(() => localStorage.clear());
		fromBrowser.push(await completeQuiz(page, i));
	}
	// The same answers encoded in Node give the same codes: the rest are made that way.
	inBrowser.forEach((i, n) => {
		expect(fromBrowser[n]!.code).toBe(encodeAnswerCode(answersOf(i), pack.version, layout));
		expect(fromBrowser[n]!.link).toMatch(new RegExp(`/las-in/#${fromBrowser[n]!.code}$`));
	});
	const students = Array.from({ length: studentCount }, (_, i) => answersOf(i));
	const codes = students.map((answers, i) =>
		inBrowser.includes(i) ? fromBrowser[i]!.code : encodeAnswerCode(answers, pack.version, layout)
	);

	// A chat log: greetings, names and times, codes in sentences, in links, in brackets, one
	// broken over two lines, one posted twice, one damaged copy and a result link by mistake.
	const damaged =
		codes[7]!.slice(0, 12) + (codes[7]![12] === 'A' ? 'B' : 'A') + codes[7]!.slice(13);
	const resultCode = encodeResultCode(
		sharedResultOf(score(scored, topicIds, students[8]!)),
		pack.version,
		layout
	);
	const lines = [
		'Lärare 08:58',
		'Hej! Skicka era svarskoder här när ni är klara. Inga namn behövs 🙂',
		''
	];
	codes.forEach((code, i) => {
		lines.push(`Elev ${i + 1}  09:${String(10 + i).padStart(2, '0')}`);
		if (i < inBrowser.length) lines.push(`här är min länk ${fromBrowser[i]!.link}`);
		else if (i % 5 === 0) lines.push(`min kod: ${code}.`);
		else if (i % 5 === 1) lines.push(`(${code})`);
		else if (i % 5 === 2) lines.push(`${code.slice(0, 16)}\n${code.slice(16)}`);
		else if (i % 5 === 3) lines.push(`https://valkompass.example/las-in/#${code} klar!!`);
		else lines.push(`\t${code}\t`);
		lines.push('');
	});
	lines.push('Elev 8  09:40', `oj, fel: ${damaged}`, '');
	lines.push('Elev 9  09:41', `mitt resultat https://valkompass.example/delat/#${resultCode}`, '');
	lines.push('Elev 4  09:42', `igen: ${codes[3]}`, '');
	const chat = lines.join('\n');

	const seen = await watch(context, page);
	await open(page, '/klass/');
	await page.getByLabel('Svarskoder från klassen').fill(chat);
	await page.getByRole('button', { name: 'Läs in koderna' }).first().click();

	const report = page.getByTestId('report-before');
	await expect(report.getByTestId('found')).toContainText(
		`Hittade ${studentCount + 1} koder i texten, från ${studentCount} elever.`
	);
	await expect(report.getByTestId('found')).toContainText('1 kod fanns två gånger');
	await expect(report.getByTestId('found')).toContainText('två elever som svarade exakt lika');
	await expect(report.getByTestId('problems').locator('li')).toHaveCount(2);
	await expect(report.locator('[data-reason="damaged"]')).toContainText(damaged);
	// The typo is in the third group of four; the page says so.
	await expect(report.locator('[data-reason="damaged"]')).toContainText('grupp 3');
	await expect(page.getByTestId('student-count')).toHaveText(`${studentCount} elever`);
	// The teacher can count the repeated code as a second pupil.
	await report.getByTestId('repeats-before').check();
	await expect(page.getByTestId('student-count')).toHaveText(`${studentCount + 1} elever`);
	await expect(report.getByTestId('found')).toContainText('räknas som en elev för varje gång');
	await report.getByTestId('repeats-before').uncheck();
	await expect(report.getByTestId('found')).toContainText('räknas bara en gång');
	await expect(report.locator('[data-reason="wrong-kind"]')).toContainText('resultatlänk');
	await expect(page.getByTestId('student-count')).toHaveText(`${studentCount} elever`);

	// The class radar: the median per topic is its first series.
	const medians = expectedMedians(students);
	expect(await radarValues(page)).toEqual(medians);
	const table = page.getByTestId('class-table');
	await expect(table.getByTestId('median')).toHaveText(medians.map((m) => String(m)));
	await expect(table.locator(`tr[data-topic="${skippedTopic}"]`).getByTestId('n')).toHaveText(
		String(studentCount - 1)
	);
	await expect(table.getByTestId('n').nth(1)).toHaveText(String(studentCount));

	// The most divisive statements, ranked, with the program's quote.
	const divisive = page.getByTestId('divisive').locator(':scope > li');
	await expect(divisive.first()).toHaveAttribute('data-statement', statements[mostDivisive]!.id);
	await expect(divisive.first()).toContainText(statements[mostDivisive]!.text.sv);
	await expect(divisive.first()).toContainText(statements[mostDivisive]!.quote);
	await expect(divisive.first()).toContainText('Helt emot: 15');
	await expect(divisive.first()).toContainText('Helt för: 15');
	await expect(divisive.nth(1)).toHaveAttribute('data-statement', statements[runnerUp]!.id);

	for (const colorScheme of schemes) {
		await page.emulateMedia({ colorScheme });
		await expectNoAxeViolations(page);
	}
	await page.emulateMedia({ colorScheme: 'light' });

	// Nothing was sent: every request is a plain GET to the site itself.
	const origin = new URL(page.url()).origin;
	expect(
		seen.requests
			.filter((r) => r.method() !== 'GET' || new URL(r.url()).origin !== origin)
			.map((r) => r.url())
	).toEqual([]);
	expect(seen.requests.filter((r) => r.url().includes(codes[5]!))).toEqual([]);
	expect(seen.violations).toEqual([]);
	expect(seen.pageErrors).toEqual([]);

	// A reload keeps the set; only the codes were stored, not the names in the chat.
	await page.reload();
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
	await expect(page.getByTestId('student-count')).toHaveText(`${studentCount} elever`);
	const stored = await page.evaluate(() =>
		Object.entries(localStorage).filter(([key]) => key.includes(':class:'))
	);
	// The codes, and when they were last used (so that they expire after a day of no use).
	const byKey = Object.fromEntries(stored);
	expect(Object.keys(byKey).sort()).toEqual([
		`valkompass:${pack.id}:class:before`,
		`valkompass:${pack.id}:class:before:used`
	]);
	expect(byKey[`valkompass:${pack.id}:class:before:used`]).toMatch(/^\d+$/);
	expect(byKey[`valkompass:${pack.id}:class:before`]).not.toMatch(/Elev|Lärare|09:/);
	expect(await radarValues(page)).toEqual(medians);

	// Counting the repeated code as a second pupil is kept with the set: after a reload, and on
	// the projector, which reads the stored set.
	await page.getByTestId('repeats-before').check();
	await expect(page.getByTestId('student-count')).toHaveText(`${studentCount + 1} elever`);
	await page.reload();
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
	await expect(page.getByTestId('repeats-before')).toBeChecked();
	await expect(page.getByTestId('student-count')).toHaveText(`${studentCount + 1} elever`);
	await open(page, '/klass/projektor/');
	// The order menu shows once the stored set is read.
	await expect(page.getByLabel('Ordning')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('stage')).toHaveAttribute('data-kind', 'class');
	await expect(page.locator('#slide-heading')).toContainText(`${studentCount + 1} elever`);
	await open(page, '/klass/');
	await page.getByTestId('repeats-before').uncheck();
	await open(page, '/klass/projektor/');
	await expect(page.getByLabel('Ordning')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('#slide-heading')).toContainText(`${studentCount} elever`);
	await open(page, '/klass/');
	await expect(page.getByTestId('student-count')).toHaveText(`${studentCount} elever`);

	// Before and after: a second set, both medians on one radar and in a table.
	const later = students.map((answers, i) =>
		i % 3 === 0
			? answersOf((i + 1) % studentCount)
			: { ...answers, [statements[0]!.id]: { value: 2, important: false } as Answer }
	);
	const laterCodes = later.slice(0, 24).map((a) => encodeAnswerCode(a, pack.version, layout));
	await page.getByLabel('Svarskoder efter lektionen').fill(laterCodes.join('\n'));
	await page.getByRole('button', { name: 'Läs in koderna' }).nth(1).click();
	await expect(page.getByTestId('report-after').getByTestId('found')).toContainText('24 elever');
	const compare = page.getByTestId('compare-table');
	const after = expectedMedians(later.slice(0, 24));
	await expect(compare.getByTestId('median-before')).toHaveText(medians.map(String));
	await expect(compare.getByTestId('median-after')).toHaveText(after.map(String));
	// The comparison radar is the second chart: its first series is the median after.
	expect(await radarValues(page, 1)).toEqual(after);
	// The class view can show either set.
	await page.getByRole('radio', { name: 'Efter' }).check();
	await expect(page.getByTestId('student-count')).toHaveText('24 elever');
	expect(await radarValues(page)).toEqual(after);
	for (const colorScheme of schemes) {
		await page.emulateMedia({ colorScheme });
		await expectNoAxeViolations(page);
	}
});

test('the class view says clearly when a paste holds no codes, and keeps the set it had', async ({
	page
}) => {
	const code = encodeAnswerCode(answersOf(4), pack.version, layout);
	await open(page, '/klass/');
	const box = page.getByLabel('Svarskoder från klassen');
	const read = page.getByTestId('read-before');

	await read.click();
	await expect(page.getByTestId('report-before')).toContainText('Rutan är tom');

	await box.fill(`Anna: ${code}`);
	await read.click();
	await expect(page.getByTestId('student-count')).toHaveText('1 elev');

	// Garbage, and a huge paste: a clear message, and the set stays.
	await box.fill('<script>alert(1)</script> lorem ipsum A1 R2D2 ' + '🙂'.repeat(1000));
	await read.click();
	await expect(page.getByTestId('no-codes')).toBeVisible();
	await expect(page.getByTestId('student-count')).toHaveText('1 elev');

	await box.evaluate(
		(element, text) => {
			const area = element as HTMLTextAreaElement;
			area.value = text;
			area.dispatchEvent(new Event('input', { bubbles: true }));
		},
		`${code}\n${'x '.repeat(1_100_000)}`
	);
	await read.click();
	await expect(page.getByTestId('report-before')).toContainText('Texten var för lång');
	await expect(page.getByTestId('student-count')).toHaveText('1 elev');

	// A stored value that is not what the page stores is shown as it is, and read as far as it goes.
	await page.evaluate(
		([key, value]) => localStorage.setItem(key!, value!),
		[`valkompass:${pack.id}:class:before`, `{"trasigt": "${code}`]
	);
	await page.reload();
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
	await expect(page.getByTestId('report-before')).toContainText('delvis inte att läsa');
	await expect(box).toHaveValue(`{"trasigt": "${code}`);
	await expect(page.getByTestId('student-count')).toHaveText('1 elev');

	// Clearing asks first, then forgets the set here and in storage.
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: 'Töm' }).first().click();
	await expect(box).toHaveValue('');
	await expect(page.getByTestId('student-count')).toHaveCount(0);
	expect(
		await page.evaluate((key) => localStorage.getItem(key), `valkompass:${pack.id}:class:before`)
	).toBeNull();
});

/** Stores a set of codes for the class view, as reading them there would. */
async function storeCodes(page: Page, slot: 'before' | 'after', codes: string[]) {
	await page.evaluate(
		([key, value]) => localStorage.setItem(key!, value!),
		[`valkompass:${pack.id}:class:${slot}`, codes.join('\n')]
	);
}

/** Everything on the stage that is too small or below the fold, as [text, size or bottom]. */
async function stageProblems(page: Page, minimum: number) {
	return page.getByTestId('stage').evaluate((stage, min) => {
		const problems: string[] = [];
		// The slide's text must end above the buttons, not run under them.
		const controls = stage.querySelector('[role="group"]');
		const controlsTop = controls?.getBoundingClientRect().top ?? window.innerHeight;
		const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			const text = node.textContent?.trim() ?? '';
			if (!element || text === '' || element.closest('.visually-hidden')) continue;
			if (element.closest('[hidden]') || getComputedStyle(element).visibility === 'hidden') {
				continue;
			}
			const size = parseFloat(getComputedStyle(element).fontSize);
			if (size < min) problems.push(`${text.slice(0, 30)}: ${size}px`);
			const box = element.getBoundingClientRect();
			if (box.bottom > window.innerHeight + 0.5 || box.right > window.innerWidth + 0.5) {
				problems.push(`${text.slice(0, 30)}: outside at ${Math.round(box.bottom)}`);
			}
			if (!controls?.contains(element) && box.bottom > controlsTop + 0.5) {
				problems.push(`${text.slice(0, 30)}: under the buttons at ${Math.round(box.bottom)}`);
			}
		}
		if (stage.scrollHeight > stage.clientHeight + 1) problems.push('the stage scrolls');
		return problems;
	}, minimum);
}

/** The rendered font size of the first element a locator finds, in px. */
const fontSize = async (locator: import('@playwright/test').Locator) =>
	parseFloat(await locator.first().evaluate((element) => getComputedStyle(element).fontSize));

test('a paper worksheet typed in with the keyboard counts like a code', async ({ page }) => {
	// 38 rows typed key by key, and axe twice: slow on a busy machine.
	test.setTimeout(180_000);
	// One pupil answered on a device; a second one on paper.
	const online = answersOf(4);
	await open(page, '/klass/');
	await page
		.getByLabel('Svarskoder från klassen')
		.fill(encodeAnswerCode(online, pack.version, layout));
	await page.getByTestId('read-before').click();
	await expect(page.getByTestId('student-count')).toHaveText('1 elev');

	const paper = page.getByTestId('paper-before');
	await paper.getByText('Svar på papper').click();
	await expect(paper.getByTestId('paper-row')).toHaveCount(statements.length);
	// The sheet for after the lesson names its fields so: no two fields on the page share a name.
	const names = await page
		.locator('[data-testid="paper-before"] input, [data-testid="paper-after"] input')
		.evaluateAll((inputs) => inputs.map((input) => input.getAttribute('aria-label')));
	expect(names).toHaveLength(4 * statements.length);
	expect(new Set(names).size).toBe(names.length);
	await expect(
		page.getByTestId('paper-after').getByLabel('Svar på påstående 1 efter lektionen')
	).toHaveCount(1);
	// Row 1: box 5 (Helt för) and important; row 2 skipped; row 3 box 1; the rest box 3.
	await paper.getByLabel('Svar på påstående 1', { exact: true }).focus();
	await page.keyboard.type('5');
	await page.keyboard.press('Tab');
	await expect(paper.getByLabel('Påstående 1 är viktigt')).toBeFocused();
	await page.keyboard.press('Space');
	await page.keyboard.press('Enter');
	await expect(paper.getByLabel('Svar på påstående 2', { exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.type('7');
	await page.keyboard.press('ArrowUp');
	await expect(paper.getByLabel('Svar på påstående 2', { exact: true })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	for (let k = 3; k < statements.length; k++) {
		await page.keyboard.press('ArrowDown');
		await page.keyboard.type('3');
	}
	await page.keyboard.press('Enter');
	await expect(paper.getByTestId('paper-add-before')).toBeFocused();
	// A row that is not 1-5 is named, and nothing is added.
	await page.keyboard.press('Enter');
	await expect(paper.getByTestId('paper-status-before')).toContainText('Rad 3 går inte att läsa');
	await expect(paper.getByLabel('Svar på påstående 3', { exact: true })).toBeFocused();
	await expect(page.getByTestId('student-count')).toHaveText('1 elev');
	await page.keyboard.press('Backspace');
	await page.keyboard.type('1');
	await paper.getByTestId('paper-add-before').click();

	// The class count goes up; the code is shown, and it reads back to the sheet.
	await expect(page.getByTestId('student-count')).toHaveText('2 elever');
	const status = paper.getByTestId('paper-status-before');
	await expect(status).toContainText('Tillagt. Elevens svarskod: A2');
	const code = (await status.getByTestId('paper-code').textContent())!;
	const decoded = decodeAnswerCode(code, pack.version, pack.history);
	expect(decoded.ok && decoded.answers).toEqual(
		Object.fromEntries(
			statements.map((s, k) => [
				s.id,
				k === 0
					? { value: 2, important: true }
					: k === 1
						? { value: 'skip', important: false }
						: { value: k === 2 ? -2 : 0, important: false }
			])
		)
	);
	await expect(page.getByLabel('Svarskoder från klassen')).toHaveValue(new RegExp(code));
	// The sheet is empty again for the next pupil, and the set survives a reload.
	await expect(paper.getByLabel('Svar på påstående 1', { exact: true })).toHaveValue('');
	await expect(paper.getByLabel('Svar på påstående 1', { exact: true })).toBeFocused();
	await page.reload();
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
	await expect(page.getByTestId('student-count')).toHaveText('2 elever');
	await page.getByTestId('paper-before').getByText('Svar på papper').click();
	for (const colorScheme of schemes) {
		await page.emulateMedia({ colorScheme });
		await expectNoAxeViolations(page);
	}
});

test('pasted codes are removed after a day of no use, and the page says so', async ({ page }) => {
	const code = encodeAnswerCode(answersOf(1), pack.version, layout);
	await open(page, '/klass/');
	await expect(page.getByText('De tas bort när ingen har använt dem på ett dygn')).toBeVisible();
	const key = `valkompass:${pack.id}:class:before`;
	await page.evaluate(
		([key, code]) => {
			localStorage.setItem(key!, code!);
			localStorage.setItem(`${key}:used`, String(Date.now() - 25 * 60 * 60 * 1000));
		},
		[key, code]
	);
	await page.reload();
	await expect(page.locator('main[data-ready="true"]')).toBeVisible();
	await expect(page.getByTestId('expired')).toBeVisible();
	await expect(page.getByTestId('student-count')).toHaveCount(0);
	expect(await page.evaluate((key) => localStorage.getItem(key), key)).toBeNull();
	// Used within the day, the codes stay.
	await page.evaluate(
		([key, code]) => {
			localStorage.setItem(key!, code!);
			localStorage.setItem(`${key}:used`, String(Date.now() - 23 * 60 * 60 * 1000));
		},
		[key, code]
	);
	await page.reload();
	await expect(page.getByTestId('student-count')).toHaveText('1 elev');
});

test.describe('projector mode on a projector', () => {
	test.use({ viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false });

	test('a stage of its own, moved and revealed with keys that act only on the stage', async ({
		page
	}) => {
		await open(page, '/klass/projektor/');
		const stage = page.getByTestId('stage');
		const reveal = page.getByTestId('reveal');
		// No site header, menus or footer; the stage has focus and fills the window.
		await expect(page.getByRole('banner')).toHaveCount(0);
		await expect(page.getByRole('contentinfo')).toHaveCount(0);
		await expect(stage).toBeFocused();
		await expect(stage).toHaveAttribute('data-slide', '0');
		await expect(stage.locator('[data-testid="qr"] img')).toHaveAttribute(
			'src',
			/^data:image\/svg\+xml/
		);
		await expect(stage.locator('[data-testid="qr"] img')).toBeInViewport({ ratio: 1 });
		await expect(page.getByTestId('help')).toBeHidden();

		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('counter')).toHaveText(`Påstående 1 av ${statements.length}`);
		await expect(page.getByTestId('slide-text')).toHaveText(statements[0]!.text.sv);
		await expect(page.getByTestId('slide-topic')).toHaveText(pack.topics[0]!.name.sv);
		await expect(reveal).toBeHidden();

		// Without the class's codes there is one step: the program's position.
		await page.keyboard.press('Space');
		await expect(reveal).toBeVisible();
		await expect(reveal).toContainText(statements[0]!.quote);
		await expect(reveal).toContainText(`Programmet: ${positionName(statements[0]!.position)}`);
		await expect(page.getByTestId('reveal-button')).toHaveText('Dölj igen');
		for (const colorScheme of schemes) {
			await page.emulateMedia({ colorScheme });
			await expectNoAxeViolations(page);
		}

		// Moving hides the position again; P and Enter reveal too, and again hides.
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('slide-text')).toHaveText(statements[1]!.text.sv);
		await expect(reveal).toBeHidden();
		await page.keyboard.press('p');
		await expect(reveal).toContainText(statements[1]!.quote);
		await page.keyboard.press('p');
		await expect(reveal).toBeHidden();
		await page.keyboard.press('Enter');
		await expect(reveal).toBeVisible();
		// Page Down (a presentation remote) goes on when all is revealed; Page Up comes back to it.
		await page.keyboard.press('PageDown');
		await expect(page.getByTestId('counter')).toHaveText(`Påstående 3 av ${statements.length}`);
		await expect(reveal).toBeHidden();
		await page.keyboard.press('PageDown');
		await expect(reveal).toBeVisible();
		await page.keyboard.press('PageUp');
		await expect(reveal).toBeHidden();
		await page.keyboard.press('PageUp');
		await expect(page.getByTestId('counter')).toHaveText(`Påstående 2 av ${statements.length}`);
		await expect(reveal).toBeVisible();
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByTestId('counter')).toHaveText(`Påstående 1 av ${statements.length}`);

		// End and Home jump; moving past either end stays put.
		await page.keyboard.press('End');
		await expect(page.getByTestId('slide-text')).toHaveText(statements.at(-1)!.text.sv);
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('slide-text')).toHaveText(statements.at(-1)!.text.sv);
		await page.keyboard.press('Home');
		await expect(stage).toHaveAttribute('data-slide', '0');
		await page.keyboard.press('ArrowLeft');
		await expect(stage).toHaveAttribute('data-slide', '0');

		// Keys do nothing while focus is outside the stage (WCAG 2.1.4).
		await page.getByTestId('help-button').focus();
		for (const key of ['ArrowRight', 'p', 'End']) await page.keyboard.press(key);
		await expect(stage).toHaveAttribute('data-slide', '0');

		// The help sits behind "?", as a button and as a key on the stage.
		await page.getByTestId('help-button').click();
		await expect(page.getByTestId('help')).toBeVisible();
		await expect(page.getByTestId('help')).toContainText('Page Down');
		await page.getByRole('button', { name: 'Stäng hjälpen' }).click();
		await expect(page.getByTestId('help')).toBeHidden();
		await stage.focus();
		await page.keyboard.press('?');
		await expect(page.getByTestId('help')).toBeVisible();
		await page.keyboard.press('?');
		await expect(page.getByTestId('help')).toBeHidden();

		// The buttons work with the keyboard as buttons: Enter on Next moves, it does not reveal.
		await page.getByRole('button', { name: 'Nästa' }).focus();
		await page.keyboard.press('Enter');
		await expect(stage).toHaveAttribute('data-slide', '1');
		await expect(reveal).toBeHidden();
		await page.getByRole('button', { name: 'Visa programmets ståndpunkt' }).click();
		await expect(reveal).toBeVisible();
		// A screen reader hears where the slideshow is.
		await expect(page.getByTestId('announce')).toContainText(`Påstående 1 av ${statements.length}`);

		// The full-screen button says what it will do.
		const fullscreen = page.getByTestId('fullscreen');
		await expect(fullscreen).toHaveText('Helskärm');
		await fullscreen.click();
		await expect(fullscreen).toHaveText('Avsluta helskärm');
		await fullscreen.click();
		await expect(fullscreen).toHaveText('Helskärm');
	});

	for (const viewport of [
		{ width: 1280, height: 720 },
		{ width: 1920, height: 1080 }
	]) {
		test(`readable from the back of the room at ${viewport.width}×${viewport.height}: class first, then the program; class radar; before and after`, async ({
			page
		}, testInfo) => {
			test.setTimeout(180_000);
			await page.setViewportSize(viewport);
			const students = Array.from({ length: 6 }, (_, i) => answersOf(i));
			const codes = students.map((answers) => encodeAnswerCode(answers, pack.version, layout));
			const later = students.map((answers) => ({
				...answers,
				[statements[0]!.id]: { value: 2, important: false } as Answer
			}));
			await open(page, '/klass/');
			await storeCodes(page, 'before', codes);
			await storeCodes(
				page,
				'after',
				later.map((answers) => encodeAnswerCode(answers, pack.version, layout))
			);
			await open(page, '/klass/projektor/');
			const stage = page.getByTestId('stage');
			const shot = (name: string) =>
				page.screenshot({
					path: testInfo.outputPath(`${viewport.width}-${name}.png`)
				});

			// The start slide: the QR code and the heading fit, in large type.
			await expect(stage.locator('[data-testid="qr"] img')).toBeInViewport({ ratio: 1 });
			expect(await stageProblems(page, 24)).toEqual([]);
			await shot('start');

			// The class radar fills the stage; every topic's name and median are written out large.
			await page.keyboard.press('ArrowRight');
			await expect(stage).toHaveAttribute('data-kind', 'class');
			const labels = stage.getByTestId('radar-label');
			await expect(labels).toHaveCount(pack.topics.length);
			await shot('class');
			const medians = expectedMedians(students);
			for (const [t, topic] of pack.topics.entries()) {
				await expect(labels.nth(t)).toContainText(topic.name.sv);
				await expect(labels.nth(t)).toContainText(`${medians[t]} %`);
			}
			expect(await fontSize(labels.locator('.name'))).toBeGreaterThanOrEqual(28);
			expect(await fontSize(labels.locator('.figure'))).toBeGreaterThanOrEqual(32);
			const tips = stage.getByTestId('radar-tip');
			await expect(tips).toHaveCount(pack.topics.length);
			expect(await fontSize(tips.locator('.number'))).toBeGreaterThanOrEqual(24);
			for (const box of await stage
				.locator('[data-testid="radar-label"], [data-testid="radar-tip"]')
				.evaluateAll((all) => all.map((l) => l.getBoundingClientRect().toJSON() as DOMRect))) {
				expect(box.left).toBeGreaterThanOrEqual(0);
				expect(box.top).toBeGreaterThanOrEqual(0);
				expect(box.right).toBeLessThanOrEqual(viewport.width);
				expect(box.bottom).toBeLessThanOrEqual(viewport.height);
			}
			const chart = await stage.locator('svg').first().boundingBox();
			expect(chart!.height).toBeGreaterThan(viewport.height * 0.5);
			expect(await stageProblems(page, 24)).toEqual([]);

			// Before and after, with both figures written out.
			await page.keyboard.press('ArrowRight');
			await expect(stage).toHaveAttribute('data-kind', 'compare');
			const after = expectedMedians(later);
			await expect(labels.first().locator('td')).toHaveText([
				'1',
				`${medians[0]} %`,
				`${after[0]} %`
			]);
			expect(await stageProblems(page, 24)).toEqual([]);
			await shot('compare');

			// Every statement: first the class's answers with the counts inside the columns, then
			// the program's position and quote; large type, and nothing below the fold.
			for (let k = 0; k < statements.length; k++) {
				await page.keyboard.press('ArrowRight');
				await expect(page.getByTestId('slide-text')).toHaveText(statements[k]!.text.sv);
				expect(await fontSize(page.getByTestId('slide-text'))).toBeGreaterThanOrEqual(48);
				await page.keyboard.press('Space');
				await expect(page.getByTestId('class-answers')).toBeVisible();
				await expect(page.getByTestId('reveal')).toBeHidden();
				const counts = page.getByTestId('answer-count');
				const expected = [-2, -1, 0, 1, 2].map(
					(value) =>
						students.filter((answers) => answers[statements[k]!.id]?.value === value).length
				);
				const noAnswer = students.filter(
					(answers) => answers[statements[k]!.id]?.value === 'skip'
				).length;
				await expect(counts).toHaveText([...expected, noAnswer].map(String));
				for (const size of await counts.evaluateAll((all) =>
					all.map((c) => parseFloat(getComputedStyle(c).fontSize))
				)) {
					expect(size).toBeGreaterThanOrEqual(32);
				}
				await page.keyboard.press('Space');
				await expect(page.getByTestId('reveal')).toContainText(statements[k]!.quote);
				await expect(page.getByTestId('class-answers')).toBeVisible();
				expect(await stageProblems(page, 24), statements[k]!.id).toEqual([]);
				if (k === mostDivisive) await shot('statement');
			}

			// What divides the class most can come first.
			await page.getByLabel('Ordning').selectOption('divisive');
			await stage.focus();
			await page.keyboard.press('End');
			await page.keyboard.press('Home');
			for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
			await expect(page.getByTestId('slide-text')).toHaveText(statements[mostDivisive]!.text.sv);
			await page.keyboard.press('Space');
			await expect(page.getByTestId('class-answers')).toContainText('Så svarade klassen');
			await expect(page.getByTestId('answer-count')).toHaveText(['3', '0', '0', '0', '3', '0']);
			for (const colorScheme of schemes) {
				await page.emulateMedia({ colorScheme });
				await expectNoAxeViolations(page);
			}
		});
	}
});

test("the worksheet prints the pupils' pages only, at most four, and the answer key on its own", async ({
	page
}) => {
	await open(page, '/klass/arbetsblad/');
	await expect(page.getByTestId('sheet-item')).toHaveCount(statements.length);
	await expect(page.getByTestId('key-item')).toHaveCount(statements.length);
	// Each box carries the number the teacher types when adding the sheet (1-5, left to right).
	await expect(page.getByTestId('sheet-item').first().locator('.boxes li')).toHaveText([
		/^\s*1\s*Helt emot$/,
		/^\s*2\s*Delvis emot$/,
		/^\s*3\s*Varken för eller emot$/,
		/^\s*4\s*Delvis för$/,
		/^\s*5\s*Helt för$/,
		'Viktigt för mig'
	]);

	// Under print media the site's header, footer and the page's buttons are gone.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('body > div > header')).toBeHidden();
	await expect(page.locator('body > div > footer')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Skriv ut elevernas blad' })).toBeHidden();
	const breakInside = await page
		.getByTestId('sheet-item')
		.first()
		.evaluate((element) => getComputedStyle(element).breakInside);
	expect(breakInside).toBe('avoid');
	// Back to no emulation: page.pdf() prints with print media unless screen is emulated.
	await page.emulateMedia({ media: null });

	// The honest check is the PDF itself: Chromium's own pagination, read back page by page.
	// A statement is whole when all its text (number, statement, the five numbered answers and
	// "important"; in the key, number, statement, position and quote) is found on a single page.
	// By default only the pupils' pages print: at most four, and no program position or quote.
	const sheet = pdfPageTexts(await page.pdf({ format: 'A4' })).map(normalize);
	expect(sheet.length).toBeLessThanOrEqual(4);
	expect(sheet[0]).toMatch(/^Vadtyckerdu\?/);
	const all = sheet.join('');
	expect(all).not.toContain(normalize('Facit'));
	expect(all).not.toContain(normalize('Programmet:'));
	statements.forEach((s, i) => {
		expect(all, `no quote of statement ${i + 1}`).not.toContain(normalize(s.quote));
		const item = normalize(
			`${i + 1}.${s.text.sv}1Helt emot2Delvis emot3Varken för eller emot4Delvis för5Helt förViktigt för mig`
		);
		expect(
			sheet.filter((text) => text.includes(item)),
			`statement ${i + 1} on the sheet`
		).toHaveLength(1);
	});

	// The key is a print of its own, marked as the teacher's.
	await page.evaluate(() => {
		window.print = () => {};
	});
	await page.getByRole('button', { name: 'Skriv ut facit (bara för läraren)' }).click();
	const key = pdfPageTexts(await page.pdf({ format: 'A4' })).map(normalize);
	expect(key[0]).toMatch(new RegExp(`^${normalize('Facit: programmets')}`));
	expect(key[0]).toContain(normalize('Bara för läraren'));
	expect(key.join('')).not.toContain(normalize('Vad tycker du?'));
	statements.forEach((s, i) => {
		const item = normalize(
			`${i + 1}.${s.text.sv}Programmet: ${positionName(s.position)}”${s.quote}”`
		);
		expect(
			key.filter((text) => text.includes(item)),
			`statement ${i + 1} in the key`
		).toHaveLength(1);
	});
});

test("the teacher's guide has the lesson plan, the one-party caveat, the method and privacy", async ({
	page
}) => {
	await open(page, '/klass/lararhandledning/');
	const main = page.locator('main');
	for (const heading of [
		'Före lektionen',
		'Under lektionen',
		'Efter lektionen',
		'Ett partis program, inte en jämförelse mellan partier',
		'Så lägger ni programmet bredvid andra partiers',
		'Så räknas resultatet',
		'Vad klassens resultat samlar in och inte'
	]) {
		await expect(main.getByRole('heading', { name: heading, exact: true })).toBeVisible();
	}
	await expect(main).toContainText('45–60 minuter');
	await expect(main).toContainText('Be inte eleverna om namn');
	await expect(main.getByTestId('shared-computers')).toContainText('ett dygn');
	await expect(main.getByTestId('shared-computers')).toContainText(
		'Ta bort mina svar från den här enheten'
	);
	await main.getByRole('link', { name: 'Så räknas det' }).click();
	await expect(page).toHaveURL(at('/sa-raknas-det/'));
});

test('the classroom pages link to each other, and only they load the QR code library', async ({
	page,
	context
}) => {
	const seen = await watch(context, page);
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (response.url().endsWith('.js')) scripts.push(await response.text().catch(() => ''));
	});
	const qrLibrary = /too big to be stored in a QR Code/;
	await open(page, '/');
	await open(page, '/fraga/1/');
	expect(scripts.join('\n')).not.toMatch(qrLibrary);

	await page.getByRole('link', { name: 'För lärare: klassens resultat' }).click();
	await expect(page).toHaveURL(at('/klass/'));
	const nav = page.getByRole('navigation', { name: 'Lärarens sidor' });
	for (const [name, path] of [
		['Arbetsblad', '/klass/arbetsblad/'],
		['Lärarhandledning', '/klass/lararhandledning/'],
		['Klassens resultat', '/klass/']
	] as const) {
		await nav.getByRole('link', { name }).click();
		await expect(page).toHaveURL(at(path));
		await expect(
			page.getByRole('navigation', { name: 'Lärarens sidor' }).getByRole('link', { name })
		).toHaveAttribute('aria-current', 'page');
	}
	// Projector mode is a stage of its own, without the nav; its way back is a link.
	await nav.getByRole('link', { name: 'Projektorläge' }).click();
	await expect(page).toHaveURL(at('/klass/projektor/'));
	await expect(page.locator('[data-testid="qr"] img')).toHaveAttribute('src', /^data:image/);
	await page.getByRole('link', { name: 'Till klassens sida' }).click();
	await expect(page).toHaveURL(at('/klass/'));
	expect(scripts.join('\n')).toMatch(qrLibrary);
	// The QR code and the pages break no rule of the Content Security Policy.
	expect(seen.violations).toEqual([]);
	expect(seen.pageErrors).toEqual([]);
});

for (const path of [
	'/klass/',
	'/klass/projektor/',
	'/klass/arbetsblad/',
	'/klass/lararhandledning/'
]) {
	for (const colorScheme of schemes) {
		test(`${path} passes axe in the ${colorScheme} scheme`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await open(page, path);
			if (path !== '/klass/arbetsblad/' && path !== '/klass/lararhandledning/') {
				await expect(page.locator('[data-testid="qr"] img')).toBeVisible();
			}
			await expectNoAxeViolations(page);
		});
	}
}

/** The Swedish name of a position, as the pages show it. */
function positionName(position: number): string {
	const names: Record<string, string> = {
		'-2': 'Helt emot',
		'-1': 'Delvis emot',
		'1': 'Delvis för',
		'2': 'Helt för'
	};
	return names[String(position)]!;
}

/** Text as compared with a PDF's: ligatures undone (NFKC) and all whitespace removed. */
function normalize(text: string): string {
	return text.normalize('NFKC').replace(/\s+/g, '');
}
