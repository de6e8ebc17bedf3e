import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeAnswerCode, encodeAnswerCodeV1 } from '../codes/answer-code';
import type { ContentHistory, ContentLayout } from '../codes/history';
import { encodeResultCode } from '../codes/result-code';
import { answerValues, type Answer, type Answers } from '../quiz/scoring';
import { maxCodeInput } from '../codes/history';
import {
	extractCodes,
	isStoredForm,
	maxPasteLength,
	storedFormOf,
	theOneCodeIn,
	withCode
} from './extract';

// The worked example of docs/CODES.md, and an older version without 'akut'.
const current = 'k3x9q2a';
const older = 'old0001';
const layout: ContentLayout = {
	topics: [
		{ id: 'trafik', statements: ['buss', 'cykel'] },
		{ id: 'vard', statements: ['akut'] }
	]
};
const olderLayout: ContentLayout = { topics: [{ id: 'trafik', statements: ['buss', 'cykel'] }] };
const history: ContentHistory = { [current]: layout, [older]: olderLayout };
const context = { version: current, history };

const code = (answers: Answers, version = current) =>
	encodeAnswerCodeV1(answers, version, version === current ? layout : olderLayout);

const example = 'A1k3x9q2aYxUX';
const anna = code({ buss: { value: 2, important: false }, cykel: { value: -1, important: false } });
const bo = code({ buss: { value: -2, important: true }, akut: { value: 1, important: false } });
const cid = code({
	cykel: { value: 0, important: false },
	akut: { value: 'skip', important: false }
});

/** A code with one character changed (the checksum catches every single change). */
function damage(text: string, at: number): string {
	const char = text.charAt(at);
	return text.slice(0, at) + (char === 'A' ? 'B' : 'A') + text.slice(at + 1);
}

const found = (text: string) => extractCodes(text, context).codes.map((c) => c.code);

describe('extractCodes, older A1 codes', () => {
	it('reads the worked example of docs/CODES.md', () => {
		const result = extractCodes(example, context);
		expect(result.codes).toHaveLength(1);
		expect(result.codes[0]!.answers).toEqual({
			buss: { value: 2, important: true },
			akut: { value: 'skip', important: false }
		});
		expect(result.codes[0]!.version).toBe(current);
		expect(result.problems).toEqual([]);
	});

	it('finds codes inside sentences, after trailing punctuation and in brackets and quotes', () => {
		const text = [
			`Hej! Min kod är ${anna}, tack.`,
			`Här: ${bo}.`,
			`(${cid})`,
			`"${example}"!`
		].join('\n');
		expect(found(text)).toEqual([anna, bo, cid, example]);
	});

	it('finds codes at the end of links, also when the # is encoded or the link is in brackets', () => {
		const text = [
			`https://valkompass.example/las-in/#${anna}`,
			`<https://valkompass.example/lattlast/las-in/#${bo}>`,
			`https://eur01.safelinks.example/?url=https%3A%2F%2Fvalkompass.example%2Flas-in%2F%23${cid}%26data=1`,
			`[min länk](https://valkompass.example/las-in/#${example})`
		].join('\n');
		expect(found(text)).toEqual([anna, bo, cid, example]);
	});

	it('reads a chat log with names, times and messy whitespace', () => {
		const text = `Anna Svensson  09:41\r\n  ${anna}   \r\n\r\nBo Ek 09:42\n\t\tjag fick 63 %!! koden: ${bo}\u00a0\n\nCid 09:45  ${cid}\u2003klar`;
		const result = extractCodes(text, context);
		expect(result.codes.map((c) => c.code)).toEqual([anna, bo, cid]);
		expect(result.codes.map((c) => c.line)).toEqual([2, 5, 7]);
		expect(result.problems).toEqual([]);
	});

	it('reads a spreadsheet column, one code per cell, with a header', () => {
		const text = `Svarskod\n${anna}\n${bo}\n\n${cid}\n`;
		expect(found(text)).toEqual([anna, bo, cid]);
	});

	it('counts a code posted twice once, and reports the repeat', () => {
		const result = extractCodes(`${anna}\n${bo}\nsorry, igen: ${anna} och ${anna}`, context);
		expect(result.codes.map((c) => c.code)).toEqual([anna, bo]);
		expect(result.occurrences).toBe(4);
		expect(result.duplicates).toBe(2);
	});

	it('lists a damaged code with its reason and line, and still reads the rest', () => {
		const broken = damage(bo, 10);
		const result = extractCodes(`${anna}\noj: ${broken}\n${cid}\n${broken}`, context);
		expect(result.codes.map((c) => c.code)).toEqual([anna, cid]);
		expect(result.problems).toEqual([{ text: broken, reason: 'damaged', line: 2, count: 2 }]);
	});

	it('lists a code cut short, a code from an unknown content version and a newer format', () => {
		const unknown = encodeAnswerCodeV1({}, 'zzzzzz9', layout);
		const newer = `A3${example.slice(2)}`;
		const short = anna.slice(0, -3);
		const result = extractCodes(`${short}\n${unknown}\n${newer}`, context);
		expect(result.codes).toEqual([]);
		expect(result.problems.map((p) => [p.text, p.reason])).toEqual([
			[short, 'damaged'],
			[unknown, 'unknown-version'],
			[newer, 'format-version']
		]);
	});

	it('reads a code made for an older content version that the history still has', () => {
		const old = code({ buss: { value: 1, important: false } }, older);
		const result = extractCodes(`gammal: ${old}`, context);
		expect(result.codes).toHaveLength(1);
		expect(result.codes[0]!.version).toBe(older);
		expect(result.codes[0]!.answers).toEqual({ buss: { value: 1, important: false } });
	});

	it('lists a result code pasted by mistake, as a result code', () => {
		const resultCode = encodeResultCode(
			{
				overallPercent: 75,
				topics: [
					{ topic: 'trafik', percent: 75, answered: 2, total: 2 },
					{ topic: 'vard', percent: null, answered: 0, total: 1 }
				]
			},
			current,
			layout
		);
		expect(resultCode).toBe('R1k3x9q2aGEmeBS');
		const result = extractCodes(
			`https://valkompass.example/delat/#${resultCode}\n${anna}`,
			context
		);
		expect(result.codes.map((c) => c.code)).toEqual([anna]);
		expect(result.problems).toEqual([
			{ text: resultCode, reason: 'wrong-kind', line: 1, count: 1 }
		]);
	});

	it('joins a code broken over lines or by spaces, when the checksum proves the join', () => {
		const long = code({
			buss: { value: 1, important: true },
			cykel: { value: -2, important: false },
			akut: { value: 2, important: true }
		});
		const cases = [
			`${long.slice(0, 11)}\n${long.slice(11)}`,
			`${long.slice(0, 10)}\r\n${long.slice(10, 12)}\n${long.slice(12)}.`,
			`min kod: ${long.slice(0, 12)} ${long.slice(12)} tack`
		];
		for (const text of cases) {
			const result = extractCodes(text, context);
			expect(
				result.codes.map((c) => c.code),
				text
			).toEqual([long]);
			expect(result.problems, text).toEqual([]);
		}
	});

	it('does not join a cut code with the words or the code after it', () => {
		const short = anna.slice(0, -2);
		const result = extractCodes(`${short}\nok\n${bo}`, context);
		expect(result.codes.map((c) => c.code)).toEqual([bo]);
		expect(result.problems.map((p) => p.text)).toEqual([short]);
	});

	it('drops code characters glued on after a code, and reads codes glued together', () => {
		expect(found(`_${anna}_ och *${bo}*`)).toEqual([anna, bo]);
		expect(found(`${anna}-- ${bo}__`)).toEqual([anna, bo]);
		expect(found(`${anna}${bo}${cid}`)).toEqual([anna, bo, cid]);
		expect(found(`${anna}tack`)).toEqual([anna]);
	});

	it('ignores a code glued to a word before it, and words that only look a little like codes', () => {
		const result = extractCodes(
			`kod${anna} A4-papper A1 R2-D2 Ab1234567xyz a1k3x9q2aYxUX A1K3X9Q2AYXUX`,
			context
		);
		expect(result.codes).toEqual([]);
		expect(result.problems).toEqual([]);
	});

	it('finds nothing in garbage and never throws, for any text', () => {
		expect(extractCodes('', context).codes).toEqual([]);
		expect(extractCodes('lorem ipsum dolor', context)).toEqual({
			codes: [],
			occurrences: 0,
			duplicates: 0,
			problems: [],
			truncated: false
		});
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
				const result = extractCodes(text, context);
				expect(result.duplicates).toBe(result.occurrences - result.codes.length);
			})
		);
	});

	it('refuses a candidate longer than any code as not a code', () => {
		const blob = `A1${'abcdefg'.repeat(100)}`;
		const result = extractCodes(`data: ${blob} slut`, context);
		expect(result.codes).toEqual([]);
		expect(result.problems.map((p) => p.reason)).toEqual(['format']);
	});

	it(`reads only the first ${maxPasteLength} characters of a huge paste, and says so`, () => {
		const filler = 'x'.repeat(maxPasteLength);
		const result = extractCodes(`${anna}\n${filler}\n${bo}`, context);
		expect(result.truncated).toBe(true);
		expect(result.codes.map((c) => c.code)).toEqual([anna]);
		expect(extractCodes(anna, context).truncated).toBe(false);
	});

	it('finds exactly the codes mixed into arbitrary chatter (property)', () => {
		const answerArb: fc.Arbitrary<Answer> = fc.oneof(
			fc.constant<Answer>({ value: 'skip', important: false }),
			fc.record({ value: fc.constantFrom(...answerValues), important: fc.boolean() })
		);
		const answersArb = fc.record(
			{ buss: answerArb, cykel: answerArb, akut: answerArb },
			{ requiredKeys: [] }
		);
		// Chatter: words and separators that can never start or continue a code.
		const word = fc.constantFrom(
			'hej',
			'Anna',
			'klar!',
			'10:32',
			'https://x.example/las-in/#',
			'🙂'
		);
		const separator = fc.constantFrom(' ', '\n', '\t', ', ', '. ', ' (', ') ', '\r\n', ' - ');
		fc.assert(
			fc.property(
				fc.array(fc.tuple(answersArb, fc.array(word, { maxLength: 3 }), separator), {
					maxLength: 12
				}),
				(messages) => {
					const codes = messages.map(([answers]) => code(answers as Answers));
					const text = messages
						.map(([, words, sep], i) => `${words.join(' ')}${sep}${codes[i]}${sep}`)
						.join('\n');
					const result = extractCodes(text, context);
					expect(result.codes.map((c) => c.code)).toEqual([...new Set(codes)]);
					expect(result.occurrences).toBe(codes.length);
					expect(result.problems).toEqual([]);
				}
			)
		);
	});
});

describe('extractCodes, hand-copyable A2 codes', () => {
	const v2 = (answers: Answers, version = current) =>
		encodeAnswerCode(answers, version, version === current ? layout : olderLayout);
	const a = v2({ buss: { value: 2, important: false }, cykel: { value: -1, important: false } });
	const b = v2({ buss: { value: -2, important: true }, akut: { value: 1, important: false } });
	const c = v2({
		cykel: { value: 0, important: false },
		akut: { value: 'skip', important: false }
	});
	const spaced = (code: string) => code.replaceAll('-', ' ');
	const bare = (code: string) => code.replaceAll('-', '');

	it('finds codes written with dashes, spaces, none, or in lower case, in a chat', () => {
		const text = [
			`Anna 09:41: ${a}.`,
			`Bo: min kod är ${spaced(b).toLowerCase()} tack!`,
			`Cid (${bare(c)})`,
			`https://valkompass.example/las-in/#${a}`
		].join('\n');
		const result = extractCodes(text, context);
		expect(result.codes.map((f) => [f.code, f.line])).toEqual([
			[a, 1],
			[b, 2],
			[c, 3]
		]);
		expect(result.duplicates).toBe(1);
		expect(result.problems).toEqual([]);
	});

	it('reads old and new codes side by side, and an older content version', () => {
		const old = encodeAnswerCodeV1({ buss: { value: 1, important: false } }, current, layout);
		const olderCode = v2({ buss: { value: 1, important: false } }, older);
		const result = extractCodes(`${old}\n${a}\n${olderCode}`, context);
		expect(result.codes.map((f) => f.version)).toEqual([current, current, older]);
		expect(result.codes[2]!.answers).toEqual({ buss: { value: 1, important: false } });
	});

	it('joins a code broken over two lines, and reads codes glued by one space', () => {
		const groups = a.split('-');
		const broken = `${groups.slice(0, 2).join('-')}\n${groups.slice(2).join('-')}`;
		expect(found(`kod: ${broken}\nok`)).toEqual([a]);
		expect(found(`${spaced(a)} ${spaced(b)} ${c}`)).toEqual([a, b, c]);
		expect(found(`${a}tack`)).toEqual([a]);
	});

	it('lists a typo with the group it is in, and a code cut short, and still reads the rest', () => {
		const groups = b.split('-');
		const last = groups.length - 1;
		const wrong = groups.map((g, i) => (i === last ? (g[0] === '7' ? '8' : '7') + g.slice(1) : g));
		const typo = wrong.join('-');
		const short = a.slice(0, -3);
		const result = extractCodes(`${typo}\nhej\n${short}\n${c}`, context);
		expect(result.codes.map((f) => f.code)).toEqual([c]);
		expect(result.problems).toEqual([
			{ text: typo, reason: 'damaged', line: 1, count: 1, group: last + 1 },
			{ text: canonicalOf(short), reason: 'damaged', line: 3, count: 1 }
		]);
	});

	it('ignores words that only look a little like codes', () => {
		const result = extractCodes('A2-papper, A2B4 och a2 r2d2 kodA2RN01HHCH5M', context);
		expect(result.codes).toEqual([]);
		expect(result.problems).toEqual([]);
	});

	it('finds exactly the codes mixed into chatter, however they are written (property)', () => {
		const answerArb: fc.Arbitrary<Answer> = fc.oneof(
			fc.constant<Answer>({ value: 'skip', important: false }),
			fc.record({ value: fc.constantFrom(...answerValues), important: fc.boolean() })
		);
		const answersArb = fc.record(
			{ buss: answerArb, cykel: answerArb, akut: answerArb },
			{ requiredKeys: [] }
		);
		const word = fc.constantFrom('hej', 'Anna', 'klar!', '10:32', 'https://x.example/las-in/#');
		const separator = fc.constantFrom(' ', '\n', ', ', '. ', ' (', ') ', '\r\n', ': ');
		const spelling = fc.constantFrom(
			(code: string) => code,
			(code: string) => code.toLowerCase(),
			spaced,
			bare
		);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(answersArb, fc.array(word, { maxLength: 3 }), separator, spelling), {
					maxLength: 10
				}),
				(messages) => {
					const codes = messages.map(([answers]) => v2(answers as Answers));
					const text = messages
						.map(([, words, sep, write], i) => `${words.join(' ')}${sep}${write(codes[i]!)}${sep}`)
						.join('\n');
					const result = extractCodes(text, context);
					expect(result.codes.map((f) => f.code)).toEqual([...new Set(codes)]);
					expect(result.occurrences).toBe(codes.length);
					expect(result.problems).toEqual([]);
				}
			)
		);
	});

	it('stores new codes and their problems in a form it reads back', () => {
		const short = a.slice(0, -3);
		const extraction = extractCodes(`Anna: ${spaced(a).toLowerCase()}\nBo: ${short}`, context);
		const stored = storedFormOf(extraction);
		expect(stored).toBe([a, canonicalOf(short)].join('\n'));
		expect(isStoredForm(stored)).toBe(true);
		const again = extractCodes(stored, context);
		expect(again.codes.map((f) => f.code)).toEqual([a]);
		expect(again.problems.map((p) => p.text)).toEqual([canonicalOf(short)]);
	});
});

/** A damaged A2 code as the extractor lists it: capitals, groups of four. */
function canonicalOf(code: string): string {
	return (code.replaceAll('-', '').match(/.{1,4}/g) ?? []).join('-');
}

describe('storedFormOf', () => {
	it('keeps only the codes and problem candidates, and reads back to the same codes', () => {
		const broken = damage(anna, 12);
		const pasted = `Anna Svensson: ${anna}\nBo: ${bo} ${bo}\nCid: ${broken} R1k3x9q2aGEmeBS`;
		const extraction = extractCodes(pasted, context);
		const stored = storedFormOf(extraction);
		expect(stored).toBe([anna, bo, bo, broken, 'R1k3x9q2aGEmeBS'].join('\n'));
		expect(stored).not.toMatch(/Anna|Bo|Cid/);
		expect(isStoredForm(stored)).toBe(true);
		const again = extractCodes(stored, context);
		expect(again.codes.map((c) => [c.code, c.count])).toEqual([
			[anna, 1],
			[bo, 2]
		]);
		expect(again.problems.map((p) => [p.text, p.reason])).toEqual([
			[broken, 'damaged'],
			['R1k3x9q2aGEmeBS', 'wrong-kind']
		]);
	});

	it('tells its own form from anything else', () => {
		expect(isStoredForm(`${anna}\n${bo}`)).toBe(true);
		expect(isStoredForm(`${anna}\nhej`)).toBe(false);
		expect(isStoredForm('{"codes":[]}')).toBe(false);
	});
});

describe('withCode (a code typed in from paper)', () => {
	it('adds a code as one more occurrence: new last, a repeat counted; the stored form reads back', () => {
		const paper = encodeAnswerCode({ buss: { value: 1, important: true } }, current, layout);
		const one = withCode(null, paper, context);
		expect(one?.codes.map((c) => [c.code, c.count])).toEqual([[paper, 1]]);
		const set = extractCodes(`${anna}\n${bo}`, context);
		const more = withCode(set, paper.toLowerCase().replaceAll('-', ' '), context);
		expect(more?.codes.map((c) => c.code)).toEqual([anna, bo, paper]);
		const again = withCode(more, paper, context);
		expect(again).toMatchObject({ occurrences: 4, duplicates: 1 });
		expect(again?.codes.at(-1)?.count).toBe(2);
		const { codes, occurrences, duplicates } = extractCodes(storedFormOf(again!), context);
		expect({ codes: codes.map((c) => [c.code, c.count]), occurrences, duplicates }).toEqual({
			codes: again!.codes.map((c) => [c.code, c.count]),
			occurrences: 4,
			duplicates: 1
		});
		// The set given is not changed; a code that does not decode adds nothing.
		expect(set.codes).toHaveLength(2);
		expect(withCode(set, 'A2ZZ-ZZZZ', context)).toBeNull();
	});
});

describe('theOneCodeIn: one person pasting their code with words around it', () => {
	const mine = encodeAnswerCode(
		{ buss: { value: 2, important: true }, akut: { value: -1, important: false } },
		current,
		layout
	);

	it('finds the one code in a sentence, in any case and with punctuation around it', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('', 'Min kod: ', 'kod\n', '(', '"', 'Här: '),
				fc.constantFrom('', '.', '!', ' tack', ')', '"'),
				fc.boolean(),
				(before, after, lower) => {
					const text = `${before}${lower ? mine.toLowerCase() : mine}${after}`;
					const found = theOneCodeIn(text, context);
					expect(found?.ok && found.answers).toEqual({
						buss: { value: 2, important: true },
						akut: { value: -1, important: false }
					});
				}
			)
		);
	});

	it('reads the same code given twice as one', () => {
		expect(theOneCodeIn(`${mine}\n${mine}`, context)?.ok).toBe(true);
	});

	it('gives the reason for one damaged code, and nothing for none or several', () => {
		const typo = mine.slice(0, 6) + (mine[6] === 'X' ? 'Y' : 'X') + mine.slice(7);
		expect(theOneCodeIn(`Min kod: ${typo}.`, context)).toMatchObject({ ok: false });
		expect(theOneCodeIn('Jag har ingen kod', context)).toBeNull();
		expect(theOneCodeIn(`${mine} och ${anna}`, context)).toBeNull();
		expect(theOneCodeIn(`x`.repeat(maxCodeInput + 1), context)).toBeNull();
	});
});
