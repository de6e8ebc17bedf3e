import fc from 'fast-check';
import {
	codeChars,
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
import { encodeAnswerCode } from './answer-code';
import { base64urlAlphabet, checksum12 } from './base64url';
import { maxCodeInput, type ContentHistory, type ContentLayout } from './history';
import { score, answerValues, type Answers } from '../quiz/scoring';
import {
	decodeResultCode,
	encodeResultCode,
	overallPercentRange,
	type ResultDecode,
	type SharedResult,
	type SharedTopic
} from './result-code';

const percentArb = fc.integer({ min: 0, max: 100 });

/**
 * Any result a layout allows: per topic 0..total answered, a percent iff any is answered, and an
 * overall percent within the range the topics allow.
 */
function resultArb(layout: ContentLayout): fc.Arbitrary<SharedResult> {
	return fc
		.tuple(
			fc.tuple(
				...layout.topics.map(({ id, statements }) =>
					fc
						.tuple(fc.integer({ min: 0, max: statements.length }), percentArb)
						.map(([answered, percent]): SharedTopic => ({
							topic: id,
							percent: answered === 0 ? null : percent,
							answered,
							total: statements.length
						}))
				)
			),
			percentArb
		)
		.map(([topics, overall]) => {
			const range = overallPercentRange(topics);
			return {
				overallPercent: range && range[0] + (overall % (range[1] - range[0] + 1)),
				topics
			};
		});
}

const V = 'v000001';

/** What is wrong with a decode, if anything: it must be a valid value or a reason with a detail. */
function problemsOf(decoded: ResultDecode, current: ContentLayout, history: ContentHistory) {
	const envelope = envelopeProblems(decoded, history);
	if (envelope || !decoded.ok) return envelope ?? [];
	const problems: string[] = [];
	const isPercent = (p: number) => Number.isInteger(p) && p >= 0 && p <= 100;
	const { overallPercent, topics } = decoded.result;
	if (overallPercent !== null && !isPercent(overallPercent))
		problems.push(`overall ${overallPercent}`);
	const expectedIds = current.topics.map((t) => t.id).join();
	if (topics.map((t) => t.topic).join() !== expectedIds)
		problems.push('topics not the current ones');
	for (const { topic, percent, answered, total } of topics) {
		const valid =
			Number.isInteger(answered) &&
			answered >= 0 &&
			answered <= total &&
			(percent === null ? answered === 0 : answered > 0 && isPercent(percent));
		if (!valid) problems.push(`${topic}: ${percent}% ${answered}/${total}`);
	}
	if ((overallPercent === null) !== topics.every((t) => t.answered === 0)) {
		// Only within one version: a dropped topic may carry all the answers.
		if (decoded.unknownTopics.length === 0) problems.push('overall does not match topics');
	}
	return problems;
}

/** 8 topics of 5 statements. */
const eight: ContentLayout = eightTopicsOfFive;
const eightResult: SharedResult = {
	overallPercent: 40,
	topics: eight.topics.map(({ id }, i) => ({
		topic: id,
		percent: i === 3 ? null : 10 * i,
		answered: i === 3 ? 0 : 1 + (i % 5),
		total: 5
	}))
};
const eightCode = encodeResultCode(eightResult, V, eight);
const history: ContentHistory = { [V]: eight };

describe('round trip', () => {
	it('gives back exactly the result, for any layout and any result it allows', () => {
		fc.assert(
			fc.property(
				layoutArb.chain((layout) => fc.tuple(fc.constant(layout), resultArb(layout))),
				([layout, result]) => {
					const code = encodeResultCode(result, V, layout);
					expect(code).toMatch(/^R1v000001[A-Za-z0-9_-]+$/);
					expect(decodeResultCode(code, V, { [V]: layout })).toEqual({
						ok: true,
						result,
						version: V,
						missingTopics: [],
						unknownTopics: []
					});
				}
			),
			{ numRuns: 500 }
		);
	});

	it(`8 topics of 5: ${eightCode} (${eightCode.length} chars)`, () => {
		expect(eightCode).toHaveLength(25);
		expect(decodeResultCode(`  https://example.org/resultat/#${eightCode}\n`, V, history)).toEqual({
			ok: true,
			result: eightResult,
			version: V,
			missingTopics: [],
			unknownTopics: []
		});
	});

	it('decodes a fixed code the same in every build (the format is frozen)', () => {
		const layout: ContentLayout = {
			topics: [
				{ id: 'trafik', statements: ['buss', 'cykel'] },
				{ id: 'vard', statements: ['akut'] }
			]
		};
		const result: SharedResult = {
			overallPercent: 75,
			topics: [
				{ topic: 'trafik', percent: 75, answered: 2, total: 2 },
				{ topic: 'vard', percent: null, answered: 0, total: 1 }
			]
		};
		// overall 1 + 75 = 76; trafik 1 + 101 * 1 + 75 = 177 (radix 203); vard 0 (radix 102):
		// (76 * 203 + 177) * 102 = 1591710 = 6 * 64^3 + 4 * 64^2 + 38 * 64 + 30 -> "GEme"
		const code = encodeResultCode(result, 'k3x9q2a', layout);
		expect(code.slice(0, -2)).toBe('R1k3x9q2aGEme');
		expect(code).toBe('R1k3x9q2aGEme' + checksum12('R1k3x9q2aGEme'));
		expect(code).toBe('R1k3x9q2aGEmeBS');
		expect(decodeResultCode(code, 'k3x9q2a', { k3x9q2a: layout })).toMatchObject({
			ok: true,
			result
		});
	});
});

describe('the encoder refuses a result it cannot carry', () => {
	const one = (topic: Partial<SharedTopic>, overallPercent: number | null = 50): SharedResult => ({
		overallPercent,
		topics: [{ topic: 't', percent: 50, answered: 1, total: 2, ...topic }]
	});
	it.each<[string, SharedResult]>([
		['answered > total', one({ answered: 3 })],
		['negative answered', one({ answered: -1 })],
		['a percent with nothing answered', one({ answered: 0 })],
		['no percent with something answered', one({ percent: null })],
		['a percent over 100', one({ percent: 101 })],
		['a fractional percent', one({ percent: 50.5 })],
		['no overall with answers', one({}, null)],
		['an overall with no answers', one({ answered: 0, percent: null }, 50)],
		['an overall over 100', one({}, 101)]
	])('%s', (_, result) => {
		expect(() => encodeResultCode(result, V)).toThrow(RangeError);
	});

	it('a bad version, or topics other than the layout’s', () => {
		expect(() => encodeResultCode(eightResult, 'V000001')).toThrow(RangeError);
		expect(() => encodeResultCode(eightResult, 'v00001')).toThrow(RangeError);
		const reordered = { ...eightResult, topics: [...eightResult.topics].reverse() };
		expect(() => encodeResultCode(reordered, V, eight)).toThrow(RangeError);
		expect(encodeResultCode(reordered, V)).toMatch(/^R1/); // unchecked without a layout
	});
});

describe('the range of overall percents the topics allow', () => {
	/** Random statements over 1..6 topics, with the program's positions. */
	const quizArb = fc
		.array(fc.tuple(fc.nat(5), fc.constantFrom(-2, -1, 1, 2) as fc.Arbitrary<-2 | -1 | 1 | 2>), {
			minLength: 1,
			maxLength: 40
		})
		.chain((specs) => {
			const statements = specs.map(([topic, position], i) => ({
				id: `s${i}`,
				topic: `t${topic}`,
				position
			}));
			const answerArb = fc.oneof(
				fc.constant(undefined),
				fc.constant({ value: 'skip' as const, important: false as const }),
				fc.record({ value: fc.constantFrom(...answerValues), important: fc.boolean() })
			);
			return fc.tuple(
				fc.constant(statements),
				fc.array(answerArb, { minLength: statements.length, maxLength: statements.length })
			);
		});

	it(
		'holds the overall of every real result (3,000 random quizzes and answers)',
		{ timeout: 30_000 },
		() => {
			fc.assert(
				fc.property(quizArb, ([statements, picks]) => {
					const answers: Answers = {};
					picks.forEach((answer, i) => {
						if (answer) answers[statements[i]!.id] = answer;
					});
					const topics = [...new Set(statements.map((s) => s.topic))];
					const result = score(statements, topics, answers);
					const range = overallPercentRange(result.topics);
					if (result.overallPercent === null) {
						expect(range).toBeNull();
						return;
					}
					expect(range).not.toBeNull();
					expect(result.overallPercent).toBeGreaterThanOrEqual(range![0]);
					expect(result.overallPercent).toBeLessThanOrEqual(range![1]);
				}),
				{ numRuns: 3_000 }
			);
		}
	);

	it('is the weighted extremes: an important answer can pull the overall to either side', () => {
		// 0 % on 1 statement and 100 % on 1: weights 1..2 each, so 33..67 %.
		expect(
			overallPercentRange([
				{ percent: 0, answered: 1 },
				{ percent: 100, answered: 1 }
			])
		).toEqual([33, 67]);
		expect(overallPercentRange([{ percent: null, answered: 0 }])).toBeNull();
	});
});

describe('refusals', () => {
	const reasonOf = (input: string, h: ContentHistory = history, current = V) => {
		const decoded = decodeResultCode(input, current, h);
		return decoded.ok ? 'ok' : decoded.reason;
	};

	it('empty', () => {
		for (const input of ['', ' \n', '#', 'https://example.org/#  '])
			expect(reasonOf(input)).toBe('empty');
	});

	it('format, naming an answer code as such', () => {
		for (const input of [
			'r1v000001',
			'hello',
			'R',
			`${eightCode}!`,
			' '.repeat(maxCodeInput + 1)
		]) {
			expect(reasonOf(input), input).toBe('format');
		}
		const decoded = decodeResultCode(encodeAnswerCode({}, V, eight), V, history);
		expect(decoded).toMatchObject({ ok: false, reason: 'wrong-kind' });
		expect(!decoded.ok && decoded.detail).toMatch(/answer code/);
	});

	it('format-version', () => {
		expect(reasonOf('R2' + eightCode.slice(2))).toBe('format-version');
		expect(reasonOf('R9')).toBe('format-version');
	});

	it('unknown-version', () => {
		const code = encodeResultCode(eightResult, 'zzzzzzz', eight);
		expect(reasonOf(code)).toBe('unknown-version');
	});

	it('damaged: checksum, length, range, and an overall that contradicts the topics', () => {
		expect(reasonOf(eightCode.slice(0, -1))).toBe('damaged');
		expect(reasonOf(eightCode.slice(0, 5) + eightCode.slice(6))).toBe('damaged');
		const seal = (body: string) => body + checksum12(body);
		expect(reasonOf(seal(eightCode.slice(0, -3)))).toBe('damaged'); // one payload char short
		expect(reasonOf(seal(`R1${V}${'_'.repeat(14)}`))).toBe('damaged'); // over the limit
		// a well-formed value whose overall is a percent while no topic is answered
		const tiny: ContentLayout = { topics: [{ id: 't', statements: ['s'] }] };
		// overall digit 51 (50 %), topic digit 0: 51 * 102 = 5202 = 1 * 64^2 + 17 * 64 + 18
		expect(reasonOf(seal(`R1${V}BRS`), { [V]: tiny })).toBe('damaged');
		expect(reasonOf(seal(`R1${V}AAA`), { [V]: tiny })).toBe('ok');
	});

	it('damaged: a forged link whose overall no answers can give (100 % beside 0 % everywhere)', () => {
		// Encoded by hand, past the encoder's own check: the digits of the reliability review's link.
		const forge = (result: SharedResult) => {
			let value = result.overallPercent === null ? 0n : 1n + BigInt(result.overallPercent);
			let limit = 102n;
			for (const { percent, answered, total } of result.topics) {
				const radix = 1n + 101n * BigInt(total);
				value =
					value * radix +
					(percent === null ? 0n : 1n + 101n * BigInt(answered - 1) + BigInt(percent));
				limit *= radix;
			}
			const length = Math.ceil(limit.toString(2).length / 6);
			let payload = '';
			for (let i = 0; i < length; i++) {
				payload = base64urlAlphabet[Number(value % 64n)] + payload;
				value /= 64n;
			}
			const body = `R1${V}${payload}`;
			return body + checksum12(body);
		};
		const allZero = (overallPercent: number): SharedResult => ({
			overallPercent,
			topics: eight.topics.map(({ id }) => ({ topic: id, percent: 0, answered: 5, total: 5 }))
		});
		expect(reasonOf(forge(allZero(100)))).toBe('damaged');
		expect(reasonOf(forge(allZero(1)))).toBe('damaged');
		expect(reasonOf(forge(allZero(0)))).toBe('ok');
		expect(forge(allZero(0))).toBe(encodeResultCode(allZero(0), V, eight));
		// One topic: the overall is that topic's score, so its percent must be the same.
		const one: ContentLayout = { topics: [{ id: 't', statements: ['a', 'b'] }] };
		const single = (overallPercent: number): SharedResult => ({
			overallPercent,
			topics: [{ topic: 't', percent: 75, answered: 2, total: 2 }]
		});
		expect(reasonOf(forge(single(74)), { [V]: one })).toBe('damaged');
		expect(reasonOf(forge(single(75)), { [V]: one })).toBe('ok');
		expect(() => encodeResultCode(allZero(100), V, eight)).toThrow(/contradicts/);
	});

	it('never throws, even on a history that breaks its own type', () => {
		const broken = JSON.parse(`{"${V}":{"topics":[null]}}`);
		expect(reasonOf(eightCode, broken)).toBe('damaged');
		// @ts-expect-error not a string, as from untyped JavaScript
		expect(decodeResultCode(42, V, history)).toMatchObject({ ok: false, reason: 'format' });
	});
});

describe('another content version', () => {
	const A: ContentLayout = {
		topics: [
			{ id: 'skola', statements: ['s1', 's2'] },
			{ id: 'vard', statements: ['v1'] },
			{ id: 'kultur', statements: ['k1', 'k2', 'k3'] }
		]
	};
	// B drops kultur, adds miljo, and puts vard first.
	const B: ContentLayout = {
		topics: [
			{ id: 'vard', statements: ['v1', 'v2'] },
			{ id: 'skola', statements: ['s1', 's2'] },
			{ id: 'miljo', statements: ['m1'] }
		]
	};
	const both: ContentHistory = { aaaaaaa: A, bbbbbbb: B };

	it('maps scores by topic id onto the current topics', () => {
		const result: SharedResult = {
			overallPercent: 70,
			topics: [
				{ topic: 'skola', percent: 88, answered: 2, total: 2 },
				{ topic: 'vard', percent: 25, answered: 1, total: 1 },
				{ topic: 'kultur', percent: 67, answered: 3, total: 3 }
			]
		};
		expect(decodeResultCode(encodeResultCode(result, 'aaaaaaa', A), 'bbbbbbb', both)).toEqual({
			ok: true,
			result: {
				overallPercent: 70,
				topics: [
					{ topic: 'vard', percent: 25, answered: 1, total: 1 },
					{ topic: 'skola', percent: 88, answered: 2, total: 2 },
					{ topic: 'miljo', percent: null, answered: 0, total: 1 }
				]
			},
			version: 'aaaaaaa',
			missingTopics: ['miljo'],
			unknownTopics: ['kultur']
		});
	});

	it('keeps every shared topic, for any two layouts', () => {
		fc.assert(
			fc.property(
				fc
					.tuple(layoutArb, layoutArb)
					.chain(([old, now]) => fc.tuple(fc.constant(old), fc.constant(now), resultArb(old))),
				([old, now, result]) => {
					const oldIds = old.topics.map((t) => t.id);
					const decoded = decodeResultCode(encodeResultCode(result, 'aaaaaaa', old), 'bbbbbbb', {
						aaaaaaa: old,
						bbbbbbb: now
					});
					expect(decoded).toEqual({
						ok: true,
						result: {
							overallPercent: result.overallPercent,
							topics: now.topics.map(
								({ id, statements }) =>
									result.topics.find((t) => t.topic === id) ?? {
										topic: id,
										percent: null,
										answered: 0,
										total: statements.length
									}
							)
						},
						version: 'aaaaaaa',
						missingTopics: now.topics.map((t) => t.id).filter((id) => !oldIds.includes(id)),
						unknownTopics: oldIds.filter((id) => !now.topics.some((t) => t.id === id))
					});
				}
			),
			{ numRuns: 300 }
		);
	});
});

/** The result code as the shared code properties see it. */
const resultCode: CodeUnderTest<SharedResult, ResultDecode> = {
	valueFor: resultArb,
	encode: encodeResultCode,
	decode: decodeResultCode,
	problemsOf
};

// Thousands of runs each: on a busy machine they take longer than the default 5 s.
describe('arbitrary input', { timeout: 30_000 }, () => {
	const h: ContentHistory = { [V]: eight, bbbbbbb: { topics: [{ id: 't', statements: ['x'] }] } };

	it('never throws and always gives a valid value or a reason (10,000 strings)', () => {
		const inputArb = fc.oneof(
			codeInputArb('R1', [V, 'bbbbbbb', 'ccccccc'], [14, 3], 20),
			// the same, below 64^13 < 102 * 506^8, so in range for `eight`: reaches the last checks
			codeChars(13, 13)
				.map((payload) => `R1${V}A${payload}`)
				.map((body) => body + checksum12(body))
		);
		const accepted = decodeAll(resultCode, inputArb, V, h);
		expect(accepted).toBeGreaterThan(100);
	});

	it('refuses a mutated code or reads it as a valid result', () => {
		expectMutatedCodesRefusedOrValid(resultCode, V);
	});

	it('always refuses a code with one character changed', () => {
		expectOneCharChangeRefused(resultCode, V);
	});
});
