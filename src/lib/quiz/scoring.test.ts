import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Position } from '../content/types';
import {
	agreement,
	answerValues,
	percentOf,
	score,
	weight,
	type Answer,
	type Answers,
	type AnswerValue,
	type ScoredStatement
} from './scoring';

const positions: Position[] = [-2, -1, 1, 2];

describe('docs/scoring.md, line by line', () => {
	it('agreement a = 1 - |u - p| / 4', () => {
		expect(agreement(2, 2)).toBe(1);
		expect(agreement(-2, 2)).toBe(0);
		expect(agreement(0, 2)).toBe(0.5);
		expect(agreement(1, -1)).toBe(0.5);
		expect(agreement(-1, -2)).toBe(0.75);
		for (const u of answerValues) {
			for (const p of positions) {
				const a = agreement(u, p);
				expect(a).toBeGreaterThanOrEqual(0);
				expect(a).toBeLessThanOrEqual(1);
			}
		}
	});

	it('weight w = 2 if important, else 1', () => {
		expect(weight(true)).toBe(2);
		expect(weight(false)).toBe(1);
	});

	const statements: ScoredStatement[] = [
		{ id: 'a', topic: 'x', position: 2 },
		{ id: 'b', topic: 'x', position: -2 },
		{ id: 'c', topic: 'y', position: 1 }
	];

	it('the worked example: p = [+2, -2, +1], u = [+2 important, -1, skipped] gives 0.9167, shown as 92 %', () => {
		const answers: Answers = {
			a: { value: 2, important: true },
			b: { value: -1, important: false },
			c: { value: 'skip', important: false }
		};
		const result = score(statements, ['x', 'y'], answers);
		expect(result.overall).toBeCloseTo(0.9167, 4);
		expect(result.overall).toBe((2 * 1 + 1 * 0.75) / (2 + 1));
		expect(result.overallPercent).toBe(92);
		expect(result.answered).toBe(2);
		expect(result.total).toBe(3);
	});

	it('a skipped statement takes no part in numerator or denominator', () => {
		const withSkip = score(statements, ['x', 'y'], {
			a: { value: 1, important: false },
			c: { value: 'skip', important: false }
		});
		const without = score(statements, ['x', 'y'], { a: { value: 1, important: false } });
		expect(withSkip.overall).toBe(without.overall);
		expect(withSkip.overall).toBe(0.75);
	});

	it('topic score = sum(w a) / sum(w) over that topic; answered counts per topic', () => {
		const result = score(statements, ['x', 'y'], {
			a: { value: 0, important: true }, // a = 0.5, w = 2
			b: { value: -2, important: false }, // a = 1, w = 1
			c: { value: -1, important: false } // a = 0.5
		});
		expect(result.topics[0]).toMatchObject({ topic: 'x', answered: 2, total: 2 });
		expect(result.topics[0]!.score).toBe((2 * 0.5 + 1) / 3);
		expect(result.topics[0]!.percent).toBe(67);
		expect(result.topics[1]).toMatchObject({
			topic: 'y',
			score: 0.5,
			percent: 50,
			answered: 1,
			total: 1
		});
	});

	it('a topic with no answered statement has no score (null), never 0 or 50', () => {
		const result = score(statements, ['x', 'y'], {
			a: { value: 2, important: false },
			c: { value: 'skip', important: false }
		});
		expect(result.topics[1]).toMatchObject({
			topic: 'y',
			score: null,
			percent: null,
			answered: 0,
			total: 1
		});
	});

	it('overall = sum(w a) / sum(w) over all answered statements, whatever their topic', () => {
		const result = score(statements, ['x', 'y'], {
			a: { value: 2, important: false }, // 1
			c: { value: -1, important: true } // 0.5, w 2
		});
		expect(result.overall).toBe((1 + 2 * 0.5) / 3);
	});

	it('with no answers at all, there is no score', () => {
		const result = score(statements, ['x', 'y'], {});
		expect(result.overall).toBeNull();
		expect(result.overallPercent).toBeNull();
		expect(result.answered).toBe(0);
	});

	it('shows a whole percent, halves rounded up', () => {
		expect(percentOf({ quarters: 1, weight: 2 })).toBe(13); // 12.5 -> 13
		expect(percentOf({ quarters: 11, weight: 3 })).toBe(92); // 91.67
		expect(percentOf({ quarters: 3, weight: 8 })).toBe(9); // 9.375
		expect(percentOf({ quarters: 7, weight: 2 })).toBe(88); // 87.5 -> 88
		expect(percentOf({ quarters: 0, weight: 5 })).toBe(0);
		expect(percentOf({ quarters: 0, weight: 0 })).toBeNull();
	});
});

const topicIds = ['t1', 't2', 't3'];
const statementsArb = fc
	.array(
		fc.record({
			topic: fc.constantFrom(...topicIds),
			position: fc.constantFrom(...positions)
		}),
		{ minLength: 1, maxLength: 40 }
	)
	.map((list) => list.map((s, i) => ({ ...s, id: `s${i}` }) as ScoredStatement));
const answerArb: fc.Arbitrary<Answer> = fc.oneof(
	fc.record({ value: fc.constantFrom(...answerValues), important: fc.boolean() }),
	fc.constant({ value: 'skip' as const, important: false as const })
);
const caseArb = statementsArb.chain((statements) =>
	fc
		.array(fc.option(answerArb, { nil: undefined }), {
			minLength: statements.length,
			maxLength: statements.length
		})
		.map((list) => {
			const answers: Answers = {};
			list.forEach((answer, i) => {
				if (answer) answers[statements[i]!.id] = answer;
			});
			return { statements, answers };
		})
);

describe('properties', () => {
	it('answering exactly the program positions gives 100 % everywhere', () => {
		fc.assert(
			fc.property(statementsArb, fc.array(fc.boolean(), { maxLength: 40 }), (statements, marks) => {
				const answers: Answers = Object.fromEntries(
					statements.map((s, i) => [s.id, { value: s.position, important: marks[i] ?? false }])
				);
				const result = score(statements, topicIds, answers);
				expect(result.overallPercent).toBe(100);
				for (const topic of result.topics) {
					if (topic.total > 0) expect(topic.percent).toBe(100);
					else expect(topic.percent).toBeNull();
				}
			})
		);
	});

	it('the opposite extreme of a ±2 position gives 0 for that statement', () => {
		fc.assert(
			fc.property(fc.constantFrom<Position>(-2, 2), fc.boolean(), (position, important) => {
				const statements = [{ id: 's', topic: 't1', position }];
				const result = score(statements, topicIds, {
					s: { value: -position as AnswerValue, important }
				});
				expect(result.overall).toBe(0);
				expect(result.topics[0]!.score).toBe(0);
			})
		);
	});

	it('scores stay within [0, 1] and percentages within [0, 100]', () => {
		fc.assert(
			fc.property(caseArb, ({ statements, answers }) => {
				const result = score(statements, topicIds, answers);
				for (const value of [result.overall, ...result.topics.map((t) => t.score)]) {
					if (value === null) continue;
					expect(value).toBeGreaterThanOrEqual(0);
					expect(value).toBeLessThanOrEqual(1);
				}
				for (const value of [result.overallPercent, ...result.topics.map((t) => t.percent)]) {
					if (value === null) continue;
					expect(value).toBeGreaterThanOrEqual(0);
					expect(value).toBeLessThanOrEqual(100);
				}
			})
		);
	});

	it('marking everything important changes nothing', () => {
		fc.assert(
			fc.property(caseArb, ({ statements, answers }) => {
				const allImportant: Answers = Object.fromEntries(
					Object.entries(answers).map(([id, a]) => [
						id,
						a.value === 'skip' ? a : { value: a.value, important: true }
					])
				);
				const noneImportant: Answers = Object.fromEntries(
					Object.entries(answers).map(([id, a]) => [
						id,
						a.value === 'skip' ? a : { value: a.value, important: false }
					])
				);
				const a = score(statements, topicIds, allImportant);
				const b = score(statements, topicIds, noneImportant);
				if (b.overall === null) expect(a.overall).toBeNull();
				else expect(a.overall).toBeCloseTo(b.overall, 12);
				expect(a.overallPercent).toBe(b.overallPercent);
				expect(a.topics.map((t) => t.percent)).toEqual(b.topics.map((t) => t.percent));
			})
		);
	});

	it('skipping a statement never changes the other topics', () => {
		fc.assert(
			fc.property(caseArb, fc.nat(), ({ statements, answers }, pick) => {
				const target = statements[pick % statements.length]!;
				const skipped = {
					...answers,
					[target.id]: { value: 'skip' as const, important: false as const }
				};
				const before = score(statements, topicIds, answers);
				const after = score(statements, topicIds, skipped);
				before.topics.forEach((topic, i) => {
					if (topic.topic === target.topic) return;
					expect(after.topics[i]).toEqual(topic);
				});
			})
		);
	});

	it('the overall score is the weighted mean of the topic scores by their weights', () => {
		fc.assert(
			fc.property(caseArb, ({ statements, answers }) => {
				const result = score(statements, topicIds, answers);
				const quarters = result.topics.reduce((sum, t) => sum + t.quarters, 0);
				const weights = result.topics.reduce((sum, t) => sum + t.weight, 0);
				expect(result.overall).toBe(weights === 0 ? null : quarters / (4 * weights));
			})
		);
	});
	it('importance weight: each score equals sum(w a) / sum(w) by hand, with w = 2 when important', () => {
		fc.assert(
			fc.property(caseArb, ({ statements, answers }) => {
				// Computed here from the formula alone, in floating point, not from the engine's sums.
				const byHand = (scope: ScoredStatement[]) => {
					let top = 0;
					let bottom = 0;
					for (const s of scope) {
						const a = answers[s.id];
						if (!a || a.value === 'skip') continue;
						const w = a.important ? 2 : 1;
						top += w * (1 - Math.abs(a.value - s.position) / 4);
						bottom += w;
					}
					return bottom === 0 ? null : top / bottom;
				};
				const result = score(statements, topicIds, answers);
				const overall = byHand(statements);
				if (overall === null) expect(result.overall).toBeNull();
				else expect(result.overall).toBeCloseTo(overall, 12);
				result.topics.forEach((topic) => {
					const expected = byHand(statements.filter((s) => s.topic === topic.topic));
					if (expected === null) expect(topic.score).toBeNull();
					else expect(topic.score).toBeCloseTo(expected, 12);
				});
			})
		);
	});

	it('marking a statement important counts it exactly twice', () => {
		fc.assert(
			fc.property(caseArb, fc.nat(), ({ statements, answers }, pick) => {
				const target = statements[pick % statements.length]!;
				const answer = answers[target.id];
				fc.pre(answer !== undefined && answer.value !== 'skip');
				const marked = { ...answers, [target.id]: { value: answer.value, important: true } };
				// The same statement once more under another id, both unmarked.
				const twin = { ...target, id: `${target.id}-twin` };
				const twice = {
					...answers,
					[target.id]: { value: answer.value, important: false },
					[twin.id]: { value: answer.value, important: false }
				};
				const a = score(statements, topicIds, marked);
				const b = score([...statements, twin], topicIds, twice);
				expect(a.overallPercent).toBe(b.overallPercent);
				expect(a.overall).toBeCloseTo(b.overall!, 12);
				expect(a.topics.map((t) => t.percent)).toEqual(b.topics.map((t) => t.percent));
				expect(a.topics.map((t) => t.weight)).toEqual(b.topics.map((t) => t.weight));
			})
		);
	});
});
