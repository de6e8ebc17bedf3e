import fc from 'fast-check';
import {
	codeInputArb,
	decodeAll,
	eightTopicsOfFive,
	envelopeProblems,
	expectMutatedCodesRefusedOrValid,
	expectOneCharChangeRefused,
	layoutArb,
	type CodeUnderTest
} from '../testing/code-arbitraries';
import { describe, expect, it } from 'vitest';
import { answerValues, isAnswerValue, type Answer, type Answers } from '../quiz/scoring';
import {
	answerCodeLength,
	canonicalAnswerCode,
	decodeAnswerCode,
	encodeAnswerCode,
	encodeAnswerCodeV1,
	versionFingerprint,
	type AnswerDecode
} from './answer-code';
import { crockfordAlphabet, crockfordValue } from './crockford';
import { base64urlLength, checksum12 } from './base64url';
import { encodeResultCode } from './result-code';
import { maxCodeInput, statementIdsOf, type ContentHistory, type ContentLayout } from './history';

const answerArb: fc.Arbitrary<Answer> = fc.oneof(
	fc.constant<Answer>({ value: 'skip', important: false }),
	fc.record({ value: fc.constantFrom(...answerValues), important: fc.boolean() })
);

const maybeAnswerArb = fc.option(answerArb, { nil: undefined });
// Built once: fc.stringMatching is costly to construct inside a chain.
const outsideArb = fc.dictionary(fc.stringMatching(/^x-[a-z]{1,5}$/), answerArb, { maxKeys: 3 });

/** Answers to some of `ids` (absent = not reached), plus some for ids outside the layout. */
function answersArb(ids: readonly string[]): fc.Arbitrary<Answers> {
	return fc
		.tuple(fc.array(maybeAnswerArb, { minLength: ids.length, maxLength: ids.length }), outsideArb)
		.map(([chosen, extra]) => ({
			...extra,
			...Object.fromEntries(ids.flatMap((id, i) => (chosen[i] ? [[id, chosen[i]]] : [])))
		}));
}

/** The answers a code should give back: those for statements of the layout. */
function restricted(answers: Answers, ids: readonly string[]): Answers {
	return Object.fromEntries(
		ids.flatMap((id): [string, Answer][] => {
			const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
			return answer ? [[id, answer]] : [];
		})
	);
}

const V = 'v000001';

/** What is wrong with a decode, if anything: it must be a valid value or a reason with a detail. */
function problemsOf(decoded: AnswerDecode, current: ContentLayout, history: ContentHistory) {
	const envelope = envelopeProblems(decoded, history);
	if (envelope || !decoded.ok) return envelope ?? [];
	const problems: string[] = [];
	const ids = new Set(statementIdsOf(current));
	for (const [id, answer] of Object.entries(decoded.answers)) {
		if (!ids.has(id)) problems.push(`id ${id} not in the current layout`);
		const keys = Object.keys(answer).sort().join();
		const valid =
			answer.value === 'skip'
				? answer.important === false
				: isAnswerValue(answer.value) && typeof answer.important === 'boolean';
		if (keys !== 'important,value' || !valid) problems.push(`${id}: ${JSON.stringify(answer)}`);
	}
	for (const id of decoded.added) if (!ids.has(id)) problems.push(`added ${id}`);
	if (!Array.isArray(decoded.removed)) problems.push('removed is not a list');
	return problems;
}

/** 40 statements in 8 topics of 5. */
const forty: ContentLayout = eightTopicsOfFive;
const fortyIds = statementIdsOf(forty);
const fortyAnswers: Answers = Object.fromEntries(
	fortyIds.map((id, i) => [id, { value: answerValues[i % 5] ?? 0, important: i % 2 === 0 }])
);
const fortyCode = encodeAnswerCodeV1(fortyAnswers, V, forty);
const history: ContentHistory = { [V]: forty };
/** The worked example of docs/CODES.md in the A2 format. */
const FROZEN = 'A2RN-01HH-CH5M';

describe('round trip', () => {
	it('gives back exactly the answers for the layout, for any layout and answers', () => {
		fc.assert(
			fc.property(
				layoutArb.chain((layout) =>
					fc.tuple(fc.constant(layout), answersArb(statementIdsOf(layout)))
				),
				([layout, answers]) => {
					const ids = statementIdsOf(layout);
					const code = encodeAnswerCodeV1(answers, V, layout);
					expect(code).toMatch(/^A1v000001[A-Za-z0-9_-]+$/);
					const decoded = decodeAnswerCode(code, V, { [V]: layout });
					expect(decoded).toEqual({
						ok: true,
						answers: restricted(answers, ids),
						version: V,
						added: [],
						removed: [],
						changed: []
					});
				}
			),
			{ numRuns: 500 }
		);
	});

	it('has one code length per layout, whatever the answers', () => {
		fc.assert(
			fc.property(layoutArb, (layout) => {
				const ids = statementIdsOf(layout);
				const none = encodeAnswerCodeV1({}, V, layout);
				const all = encodeAnswerCodeV1(
					Object.fromEntries(ids.map((id) => [id, { value: 2, important: true }])),
					V,
					layout
				);
				expect(none.length).toBe(all.length);
				expect(none.length).toBe(2 + 7 + base64urlLength(12n ** BigInt(ids.length)) + 2);
			})
		);
	});

	it('normalises importance on a skip to false and leaves out invalid answers', () => {
		const layout: ContentLayout = { topics: [{ id: 't', statements: ['a', 'b', 'c', 'd'] }] };
		// As if read from storage by hand: not typed, not validated.
		const stored: Answers = JSON.parse(
			'{"a":{"value":"skip","important":true},"b":{"value":7,"important":false},"c":null,"d":{"value":-2,"important":"yes"}}'
		);
		const decoded = decodeAnswerCode(encodeAnswerCodeV1(stored, V, layout), V, { [V]: layout });
		expect(decoded).toMatchObject({
			ok: true,
			answers: { a: { value: 'skip', important: false }, d: { value: -2, important: false } }
		});
		expect(decoded.ok && Object.keys(decoded.answers)).toEqual(['a', 'd']);
	});

	it('encodes only answers that are the object’s own, not inherited ones', () => {
		const layout: ContentLayout = { topics: [{ id: 't', statements: ['a', 'constructor'] }] };
		const inherited: Answers = Object.create({ a: { value: 2, important: true } });
		const code = encodeAnswerCodeV1(inherited, V, layout);
		expect(code).toBe(encodeAnswerCodeV1({}, V, layout));
		expect(decodeAnswerCode(code, V, { [V]: layout })).toMatchObject({ ok: true, answers: {} });
	});

	it('decodes a fixed code the same in every build (the format is frozen)', () => {
		const layout: ContentLayout = {
			topics: [
				{ id: 'trafik', statements: ['buss', 'cykel'] },
				{ id: 'vard', statements: ['akut'] }
			]
		};
		const answers: Answers = {
			buss: { value: 2, important: true },
			akut: { value: 'skip', important: false }
		};
		// Digits 11 (buss: +2, important), 0 (cykel: not reached), 1 (akut: skipped):
		// 11 * 144 + 0 * 12 + 1 = 1585 = 24 * 64 + 49 -> "Yx"; see docs/CODES.md.
		const code = encodeAnswerCodeV1(answers, 'k3x9q2a', layout);
		expect(code).toBe('A1k3x9q2aYx' + checksum12('A1k3x9q2aYx'));
		expect(code).toBe('A1k3x9q2aYxUX');
		expect(decodeAnswerCode(code, 'k3x9q2a', { k3x9q2a: layout })).toMatchObject({
			ok: true,
			answers
		});
	});
});

describe('length', () => {
	it(`40 statements, all answered, half important: ${fortyCode} (${fortyCode.length} chars)`, () => {
		expect(fortyCode.length).toBeLessThanOrEqual(60);
		expect(fortyCode).toHaveLength(35);
		expect(decodeAnswerCode(fortyCode, V, history)).toMatchObject({
			ok: true,
			answers: fortyAnswers
		});
	});

	it('36 statements take 33 characters', () => {
		const layout: ContentLayout = {
			topics: [{ id: 't', statements: Array.from({ length: 36 }, (_, i) => `s${i}`) }]
		};
		expect(encodeAnswerCodeV1({}, V, layout)).toHaveLength(33);
	});
});

describe('pasted input', () => {
	it.each([
		['surrounding whitespace', ` \n\t${fortyCode}  \r\n`],
		['a leading #', `#${fortyCode}`],
		['a full link', `https://example.org/svar/#${fortyCode}`],
		['a link in whitespace', `  https://example.org/sv/resultat/#${fortyCode}\n`]
	])('accepts %s', (_, input) => {
		expect(decodeAnswerCode(input, V, history)).toMatchObject({ ok: true, answers: fortyAnswers });
	});

	it('is case-sensitive', () => {
		expect(decodeAnswerCode(fortyCode.toLowerCase(), V, history)).toMatchObject({
			ok: false,
			reason: 'format'
		});
		const at = fortyCode.slice(9).search(/[A-Z]/) + 9;
		const flipped =
			fortyCode.slice(0, at) + fortyCode.charAt(at).toLowerCase() + fortyCode.slice(at + 1);
		expect(flipped).not.toBe(fortyCode);
		expect(decodeAnswerCode(flipped, V, history)).toMatchObject({ ok: false, reason: 'damaged' });
	});
});

describe('refusals', () => {
	const reasonOf = (input: string, h: ContentHistory = history, current = V) => {
		const decoded = decodeAnswerCode(input, current, h);
		return decoded.ok ? 'ok' : decoded.reason;
	};

	it('empty: nothing, blanks, a bare # or a link without a code', () => {
		for (const input of ['', '   ', '\n', '#', ' # ', 'https://example.org/svar/#']) {
			expect(reasonOf(input), JSON.stringify(input)).toBe('empty');
		}
	});

	it('format: not an answer code', () => {
		for (const input of ['hello', 'a1v000001', 'B1v000001AAAA', 'A', 'A0abc', 'Ax', 'A1 v000001']) {
			expect(reasonOf(input), input).toBe('format');
		}
		expect(reasonOf(`${fortyCode}.`)).toBe('format');
		expect(reasonOf(fortyCode.slice(0, 10) + '=' + fortyCode.slice(11))).toBe('format');
	});

	it('wrong-kind: a result code is named as such', () => {
		const code = encodeResultCode({ overallPercent: null, topics: [] }, V);
		const decoded = decodeAnswerCode(code, V, history);
		expect(decoded).toMatchObject({ ok: false, reason: 'wrong-kind' });
		expect(reasonOf(`https://example.org/delat/#${code}`)).toBe('wrong-kind');
		expect(!decoded.ok && decoded.detail).toMatch(/result code/);
	});

	it('format-version: a newer format digit', () => {
		for (const digit of '3456789') {
			expect(reasonOf('A' + digit + fortyCode.slice(2))).toBe('format-version');
		}
	});

	it('format: too long to look at', () => {
		expect(reasonOf(' '.repeat(maxCodeInput) + fortyCode)).toBe('format');
		const started = performance.now();
		expect(reasonOf('A1'.repeat(1_000_000))).toBe('format');
		expect(performance.now() - started).toBeLessThan(100);
	});

	it('unknown-version: a version the history does not have', () => {
		const code = encodeAnswerCodeV1(fortyAnswers, 'zzzzzzz', forty);
		const decoded = decodeAnswerCode(code, V, history);
		expect(decoded).toMatchObject({ ok: false, reason: 'unknown-version' });
		expect(!decoded.ok && decoded.detail).toContain('zzzzzzz');
		// and when the app's own version is missing from its history
		expect(reasonOf(fortyCode, history, 'missing')).toBe('unknown-version');
	});

	it('damaged: wrong checksum, wrong length, out of range', () => {
		expect(reasonOf(fortyCode.slice(0, -1))).toBe('damaged');
		expect(reasonOf('A1v000001')).toBe('damaged');
		const body = fortyCode.slice(0, -2);
		const wrongCheck = checksum12(body) === 'AA' ? 'AB' : 'AA';
		expect(reasonOf(body + wrongCheck)).toBe('damaged');
		// a correct checksum over a payload one character short
		const short = body.slice(0, -1);
		expect(reasonOf(short + checksum12(short))).toBe('damaged');
		// a correct checksum over the largest payload: 64^24 - 1 >= 12^40
		const top = 'A1' + V + '_'.repeat(24);
		const decoded = decodeAnswerCode(top + checksum12(top), V, history);
		expect(decoded).toMatchObject({ ok: false, reason: 'damaged' });
		expect(!decoded.ok && decoded.detail).toMatch(/out of range/);
		// a correct checksum over a version that cannot exist
		const caps = 'A1V000001' + body.slice(9);
		expect(reasonOf(caps + checksum12(caps), { ...history, V000001: forty })).toBe('damaged');
	});

	it('never throws, even on a history that breaks its own type', () => {
		const broken = JSON.parse(`{"${V}":{"topics":null}}`);
		expect(reasonOf(fortyCode, broken)).toBe('damaged');
		// @ts-expect-error not a string, as from untyped JavaScript
		expect(decodeAnswerCode(undefined, V, history)).toMatchObject({ ok: false, reason: 'format' });
	});
});

describe('another content version', () => {
	const A: ContentLayout = {
		topics: [
			{ id: 'skola', statements: ['s1', 's2', 's3'] },
			{ id: 'vard', statements: ['v1', 'v2'] }
		]
	};
	// B drops s2, adds s4, and puts v2 before v1.
	const B: ContentLayout = {
		topics: [
			{ id: 'skola', statements: ['s1', 's3', 's4'] },
			{ id: 'vard', statements: ['v2', 'v1'] }
		]
	};
	const both: ContentHistory = { aaaaaaa: A, bbbbbbb: B };

	it('decodes a code made for A into B by statement id', () => {
		const answers: Answers = {
			s1: { value: -2, important: true },
			s2: { value: 1, important: false },
			s3: { value: 'skip', important: false },
			v1: { value: 2, important: false },
			v2: { value: 0, important: true }
		};
		const decoded = decodeAnswerCode(encodeAnswerCodeV1(answers, 'aaaaaaa', A), 'bbbbbbb', both);
		expect(decoded).toEqual({
			ok: true,
			answers: {
				s1: { value: -2, important: true },
				s3: { value: 'skip', important: false },
				v2: { value: 0, important: true },
				v1: { value: 2, important: false }
			},
			version: 'aaaaaaa',
			added: ['s4'],
			removed: ['s2'],
			changed: []
		});
	});

	it('keeps every shared answer, for any two layouts', () => {
		fc.assert(
			fc.property(
				fc
					.tuple(layoutArb, layoutArb)
					.chain(([old, now]) =>
						fc.tuple(fc.constant(old), fc.constant(now), answersArb(statementIdsOf(old)))
					),
				([old, now, answers]) => {
					const oldIds = statementIdsOf(old);
					const nowIds = statementIdsOf(now);
					const h = { aaaaaaa: old, bbbbbbb: now };
					const decoded = decodeAnswerCode(
						encodeAnswerCodeV1(answers, 'aaaaaaa', old),
						'bbbbbbb',
						h
					);
					expect(decoded).toEqual({
						ok: true,
						answers: restricted(
							answers,
							nowIds.filter((id) => oldIds.includes(id))
						),
						version: 'aaaaaaa',
						added: nowIds.filter((id) => !oldIds.includes(id)),
						removed: oldIds.filter((id) => !nowIds.includes(id)),
						changed: []
					});
				}
			),
			{ numRuns: 300 }
		);
	});
});

/** The answer code as the shared code properties see it. */
const answerCode: CodeUnderTest<Answers, AnswerDecode> = {
	valueFor: (layout) => answersArb(statementIdsOf(layout)),
	encode: encodeAnswerCode,
	decode: decodeAnswerCode,
	problemsOf
};

/** The old `A1` answer code, which must keep reading: the base64url mutations are aimed at it. */
const answerCodeV1: CodeUnderTest<Answers, AnswerDecode> = {
	...answerCode,
	encode: encodeAnswerCodeV1
};

// Thousands of runs each: on a busy machine they take longer than the default 5 s.
describe('arbitrary input', { timeout: 30_000 }, () => {
	const h: ContentHistory = { [V]: forty, bbbbbbb: { topics: [{ id: 't', statements: ['x'] }] } };

	it('never throws and always gives a valid value or a reason (10,000 strings)', () => {
		const inputArb = codeInputArb('A1', [V, 'bbbbbbb', 'ccccccc'], [24, 1], 30);
		const accepted = decodeAll(answerCode, inputArb, V, h);
		// the sealed strings must have reached the payload checks and passed them at times
		expect(accepted).toBeGreaterThan(100);
	});

	it('refuses a mutated code or reads it as valid answers', () => {
		expectMutatedCodesRefusedOrValid(answerCodeV1, V);
	});

	it('always refuses a code with one character changed', () => {
		expectOneCharChangeRefused(answerCodeV1, V);
	});
});

describe('A2: the hand-copyable format the site writes', () => {
	const h: ContentHistory = { [V]: forty };
	const code36Layout: ContentLayout = {
		topics: [{ id: 't', statements: Array.from({ length: 36 }, (_, i) => `s${i}`) }]
	};
	/** The code's characters without separators, and which group (1-based) each is in. */
	const charsOf = (code: string) =>
		code.split('-').flatMap((group, g) => [...group].map((char) => ({ char, group: g + 1 })));

	it('round trip: gives back exactly the answers, for any layout and answers', () => {
		fc.assert(
			fc.property(
				layoutArb.chain((layout) =>
					fc.tuple(fc.constant(layout), answersArb(statementIdsOf(layout)))
				),
				([layout, answers]) => {
					const code = encodeAnswerCode(answers, V, layout);
					expect(code).toMatch(/^A2[0-9A-HJKMNP-TV-Z]{2}(-[0-9A-HJKMNP-TV-Z]{1,4})*$/);
					expect(code.replaceAll('-', '')).toHaveLength(answerCodeLength(layout));
					const decoded = decodeAnswerCode(code, V, { [V]: layout });
					expect(decoded).toEqual({
						ok: true,
						answers: restricted(answers, statementIdsOf(layout)),
						version: V,
						added: [],
						removed: [],
						changed: []
					});
				}
			),
			{ numRuns: 500 }
		);
	});

	it('reads the code in any case, with any grouping, and with I, L and O for 1, 1 and 0', () => {
		const separatorArb = fc.constantFrom('', '', '-', ' ', '  ', ' - ', '\n');
		fc.assert(
			fc.property(
				answersArb(fortyIds),
				fc.array(fc.tuple(fc.boolean(), separatorArb, fc.boolean()), {
					minLength: 60,
					maxLength: 60
				}),
				(answers, choices) => {
					const code = encodeAnswerCode(answers, V, forty);
					const written = [...code.replaceAll('-', '')]
						.map((char, i) => {
							const [lower, separator, lookAlike] = choices[i] ?? [false, '', false];
							let c = char;
							if (lookAlike && c === '1') c = lower ? 'l' : 'I';
							else if (lookAlike && c === '0') c = 'O';
							if (lower) c = c.toLowerCase();
							return (i > 1 ? separator : '') + c;
						})
						.join('');
					const decoded = decodeAnswerCode(written, V, h);
					expect(decoded.ok && decoded.answers).toEqual(restricted(answers, fortyIds));
					expect(canonicalAnswerCode(written)).toBe(code);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('catches every single-character typo and names the group it is in', () => {
		fc.assert(
			fc.property(
				layoutArb.chain((layout) =>
					fc.tuple(
						fc.constant(layout),
						answersArb(statementIdsOf(layout)),
						fc.nat(),
						fc.constantFrom(...crockfordAlphabet)
					)
				),
				([layout, answers, at, char]) => {
					const code = encodeAnswerCode(answers, V, layout);
					const chars = charsOf(code);
					// The kind and format (A2) are what make it an A2 code at all; the rest is checked.
					const i = 2 + (at % (chars.length - 2));
					const target = chars[i];
					fc.pre(target !== undefined && crockfordValue(target.char) !== crockfordValue(char));
					const changed = chars.map((c, j) => (j === i ? char : c.char)).join('');
					const decoded = decodeAnswerCode(changed, V, { [V]: layout });
					expect(decoded.ok).toBe(false);
					expect(!decoded.ok && decoded.reason).toBe('damaged');
					expect(!decoded.ok && decoded.group).toBe(target?.group);
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('checks every position of one code with every other character', () => {
		const code = encodeAnswerCode(fortyAnswers, V, forty);
		const chars = charsOf(code);
		let refused = 0;
		chars.forEach(({ char, group }, i) => {
			if (i < 2) return;
			for (const other of crockfordAlphabet) {
				if (other === char) continue;
				const changed = chars.map((c, j) => (j === i ? other : c.char)).join('');
				const decoded = decodeAnswerCode(changed, V, h);
				expect(decoded.ok === false && decoded.group).toBe(group);
				refused++;
			}
		});
		expect(refused).toBe((chars.length - 2) * 31);
	});

	it('names the group that is too short when a character is lost', () => {
		const code = encodeAnswerCode(fortyAnswers, V, forty);
		const groups = code.split('-');
		groups[3] = (groups[3] ?? '').slice(1);
		const decoded = decodeAnswerCode(groups.join('-'), V, h);
		expect(decoded.ok).toBe(false);
		expect(!decoded.ok && decoded.reason).toBe('damaged');
		expect(!decoded.ok && decoded.group).toBe(4);
	});

	it('refuses a code for a version the history does not have, and a U', () => {
		const other = encodeAnswerCode(fortyAnswers, 'zzzzzzz', forty);
		fc.pre(versionFingerprint('zzzzzzz') !== versionFingerprint(V));
		const decoded = decodeAnswerCode(other, V, h);
		expect(!decoded.ok && decoded.reason).toBe('unknown-version');
		const withU = decodeAnswerCode(other.slice(0, 6) + 'U' + other.slice(7), V, h);
		expect(!withU.ok && withU.reason).toBe('format');
	});

	it('reads a code from another content version by statement id', () => {
		const A: ContentLayout = { topics: [{ id: 't', statements: ['a', 'b'] }] };
		const B: ContentLayout = { topics: [{ id: 't', statements: ['b', 'c'] }] };
		const both = { aaaaaaa: A, bbbbbbb: B };
		const decoded = decodeAnswerCode(
			encodeAnswerCode(
				{ a: { value: 1, important: false }, b: { value: -2, important: true } },
				'aaaaaaa',
				A
			),
			'bbbbbbb',
			both
		);
		expect(decoded).toEqual({
			ok: true,
			answers: { b: { value: -2, important: true } },
			version: 'aaaaaaa',
			added: ['c'],
			removed: ['a'],
			changed: []
		});
	});

	it('36 statements take 34 characters, written in nine groups', () => {
		const code = encodeAnswerCode({}, V, code36Layout);
		expect(code.replaceAll('-', '')).toHaveLength(34);
		expect(code.split('-').map((g) => g.length)).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 2]);
	});

	it('decodes a fixed code the same in every build (the format is frozen)', () => {
		const layout: ContentLayout = {
			topics: [
				{ id: 'trafik', statements: ['buss', 'cykel'] },
				{ id: 'vard', statements: ['akut'] }
			]
		};
		const answers: Answers = {
			buss: { value: 2, important: true },
			akut: { value: 'skip', important: false }
		};
		const code = encodeAnswerCode(answers, 'k3x9q2a', layout);
		expect(code).toBe(FROZEN);
		const decoded = decodeAnswerCode(code.toLowerCase(), 'k3x9q2a', { k3x9q2a: layout });
		expect(decoded.ok && decoded.answers).toEqual(answers);
	});

	it('still reads the older A1 codes', () => {
		const old = encodeAnswerCodeV1(fortyAnswers, V, forty);
		const decoded = decodeAnswerCode(old, V, h);
		expect(decoded.ok && decoded.answers).toEqual(fortyAnswers);
	});

	it('never throws on arbitrary A2-looking text and always gives a value or a reason', () => {
		const crockChars = fc.string({
			unit: fc.constantFrom(...crockfordAlphabet, '-', ' ', 'u', 'i', 'o', 'l', '_'),
			maxLength: 60
		});
		fc.assert(
			fc.property(
				fc.oneof(
					crockChars.map((rest) => `A2${rest}`),
					crockChars.map((rest) => `a2${rest}`)
				),
				(input) => {
					expect(problemsOf(decodeAnswerCode(input, V, h), forty, h)).toEqual([]);
				}
			),
			{ numRuns: 5000 }
		);
	});
});
