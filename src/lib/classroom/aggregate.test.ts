import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerValues, score, type Answer, type Answers, type AnswerValue } from '../quiz/scoring';
import {
	medianChange,
	quantile,
	rankDivisive,
	shown,
	spreadOf,
	summarizeClass,
	type ClassContent,
	type StatementDistribution
} from './aggregate';

const answer = (value: AnswerValue, important = false): Answer => ({ value, important });
const skip: Answer = { value: 'skip', important: false };

describe('quantile (type 7, as KVARTIL.INK in a spreadsheet)', () => {
	it('matches hand-computed quartiles', () => {
		// h = (n - 1) p; q = x[floor h] + frac(h) * (x[floor h + 1] - x[floor h]).
		expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 3, 4], p))).toEqual([1.75, 2.5, 3.25]);
		expect([0.25, 0.5, 0.75].map((p) => quantile([10, 20, 30, 40, 50], p))).toEqual([20, 30, 40]);
		expect([0.25, 0.5, 0.75].map((p) => quantile([0, 100], p))).toEqual([25, 50, 75]);
		// n = 6: h = 1.25, 2.5, 3.75.
		expect([0.25, 0.5, 0.75].map((p) => quantile([0, 50, 50, 75, 100, 100], p))).toEqual([
			50, 62.5, 93.75
		]);
		expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantile([42], p))).toEqual([42, 42, 42, 42, 42]);
		expect(quantile([3, 9], 0)).toBe(3);
		expect(quantile([3, 9], 1)).toBe(9);
	});

	it('is null for no values', () => {
		expect(quantile([], 0.5)).toBeNull();
		expect(spreadOf([])).toEqual({ n: 0, min: null, q1: null, median: null, q3: null, max: null });
	});

	it('lies between the neighbouring values and grows with p (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(values, p1, p2) => {
					const sorted = [...values].sort((a, b) => a - b);
					const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
					const a = quantile(sorted, lo)!;
					const b = quantile(sorted, hi)!;
					expect(a).toBeGreaterThanOrEqual(sorted[0]!);
					expect(b).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
					expect(a).toBeLessThanOrEqual(b + 1e-9);
				}
			)
		);
	});

	it('gives the spread of unsorted values', () => {
		expect(spreadOf([50, 100, 0])).toEqual({ n: 3, min: 0, q1: 25, median: 50, q3: 75, max: 100 });
	});
});

describe('summarizeClass', () => {
	// Topic x: a (+2), b (-1); topic y: c (+1).
	const content: ClassContent = {
		topicIds: ['x', 'y'],
		statements: [
			{ id: 'a', topic: 'x', position: 2 },
			{ id: 'b', topic: 'x', position: -1 },
			{ id: 'c', topic: 'y', position: 1 }
		]
	};
	const students: Answers[] = [
		// x: a 4/4, b 4/4 -> 100 %; y: 100 %; overall 100 %.
		{ a: answer(2), b: answer(-1), c: answer(1) },
		// x: a 0/4 -> 0 %; y: not reached; overall 0 %.
		{ a: answer(-2), b: skip },
		// x: a weight 2 * 2/4, b 2/4 -> (4 + 2) / (4 * 3) = 50 %; y: none; overall 50 %.
		{ a: answer(0, true), b: answer(1) },
		// Nothing answered: counts as a student, but in no topic.
		{}
	];
	const summary = summarizeClass(content, students);

	it('counts every student, and for each topic only those who answered in it', () => {
		expect(summary.students).toBe(4);
		expect(summary.topics).toEqual([
			{ topic: 'x', n: 3, min: 0, q1: 25, median: 50, q3: 75, max: 100 },
			{ topic: 'y', n: 1, min: 100, q1: 100, median: 100, q3: 100, max: 100 }
		]);
		expect(summary.overall).toEqual({ n: 3, min: 0, q1: 25, median: 50, q3: 75, max: 100 });
	});

	it('gives each statement its distribution of answers, skips and unreached', () => {
		const [a, b, c] = summary.statements;
		expect(a).toEqual({
			statement: 'a',
			topic: 'x',
			index: 0,
			counts: [1, 0, 1, 0, 1],
			answered: 3,
			important: 1,
			skipped: 0,
			notAnswered: 1,
			mean: 0,
			// (-2)^2 + 0^2 + 2^2 = 8, over 3.
			variance: 8 / 3
		});
		expect(b).toMatchObject({ counts: [0, 1, 0, 1, 0], answered: 2, skipped: 1, notAnswered: 1 });
		expect(b!.variance).toBe(1);
		expect(c).toMatchObject({ counts: [0, 0, 0, 1, 0], answered: 1, notAnswered: 3 });
		expect(c!.variance).toBeNull();
	});

	it('ranks the divisive statements by variance, leaving out those with fewer than two answers', () => {
		expect(summary.divisive.map((s) => s.statement)).toEqual(['a', 'b']);
	});

	it('gives every student exactly the percents score() gives (property)', () => {
		const positions = [2, -2, 1, -1, 2, -1, 1] as const;
		const wide: ClassContent = {
			topicIds: ['t0', 't1', 't2'],
			statements: positions.map((position, i) => ({ id: `s${i}`, topic: `t${i % 3}`, position }))
		};
		const answerArb: fc.Arbitrary<Answer> = fc.oneof(
			fc.constant(skip),
			fc.record({ value: fc.constantFrom(...answerValues), important: fc.boolean() })
		);
		const studentArb = fc.dictionary(
			fc.constantFrom(...positions.map((_, i) => `s${i}`)),
			answerArb
		);
		fc.assert(
			fc.property(fc.array(studentArb, { minLength: 1, maxLength: 8 }), (students) => {
				const results = students.map((a) => score(wide.statements, wide.topicIds, a));
				const summary = summarizeClass(wide, students);
				wide.topicIds.forEach((_, t) => {
					const percents = results.flatMap((r) =>
						r.topics[t]!.percent === null ? [] : [r.topics[t]!.percent!]
					);
					expect(summary.topics[t]).toEqual({ topic: `t${t}`, ...spreadOf(percents) });
				});
				const overall = results.flatMap((r) =>
					r.overallPercent === null ? [] : [r.overallPercent]
				);
				expect(summary.overall).toEqual(spreadOf(overall));
			})
		);
	});

	it('handles an empty class', () => {
		const empty = summarizeClass(content, []);
		expect(empty.students).toBe(0);
		expect(empty.topics.every((t) => t.n === 0 && t.median === null)).toBe(true);
		expect(empty.divisive).toEqual([]);
	});
});

describe('rankDivisive', () => {
	/** A distribution from counts [-2..2]; variance as summarizeClass computes it. */
	function dist(statement: string, index: number, counts: StatementDistribution['counts']) {
		const students: Answers[] = [];
		counts.forEach((count, i) => {
			for (let k = 0; k < count; k++)
				students.push({ [statement]: answer((i - 2) as AnswerValue) });
		});
		const content: ClassContent = {
			topicIds: ['t'],
			statements: [{ id: statement, topic: 't', position: 1 }]
		};
		return { ...summarizeClass(content, students).statements[0]!, index };
	}

	it('puts the highest variance first (an even split between the extremes is 4)', () => {
		const split = dist('split', 0, [5, 0, 0, 0, 5]);
		const lean = dist('lean', 1, [1, 0, 0, 0, 9]);
		const middle = dist('middle', 2, [0, 3, 4, 3, 0]);
		expect(split.variance).toBe(4);
		// mean 1.6; (4 * 1 * ... ) : (10 * 40 - 16^2) / 100 = 1.44
		expect(lean.variance).toBeCloseTo(1.44, 12);
		// (10 * 6 - 0) / 100 = 0.6
		expect(middle.variance).toBeCloseTo(0.6, 12);
		expect(rankDivisive([middle, lean, split]).map((s) => s.statement)).toEqual([
			'split',
			'lean',
			'middle'
		]);
	});

	it('breaks ties by more answers, then by quiz order; equal variances compare exactly', () => {
		const few = dist('few', 0, [1, 0, 0, 0, 1]);
		const many = dist('many', 1, [3, 0, 0, 0, 3]);
		// [-2, -1] and [+1, +2] both have variance 0.25; 0.1 + 0.2-style rounding must not split them.
		const low = dist('low', 2, [1, 1, 0, 0, 0]);
		const high = dist('high', 3, [0, 0, 0, 1, 1]);
		expect(low.variance).toBe(high.variance);
		expect(rankDivisive([high, low, few, many]).map((s) => s.statement)).toEqual([
			'many',
			'few',
			'low',
			'high'
		]);
	});

	it('leaves out statements everyone agrees on', () => {
		expect(rankDivisive([dist('same', 0, [0, 0, 0, 0, 7])])).toEqual([]);
	});
});

describe('shown and medianChange', () => {
	it('rounds halves up, as percents are shown', () => {
		expect([62.5, 62.25, 62.75, 0, 100].map((v) => shown(v))).toEqual([63, 62, 63, 0, 100]);
		expect(shown(null)).toBeNull();
	});

	it('gives the change of the shown medians, or null when a set has no value', () => {
		const spread = (median: number | null) => ({
			n: median === null ? 0 : 1,
			min: median,
			q1: median,
			median,
			q3: median,
			max: median
		});
		expect(medianChange(spread(40), spread(62.5))).toBe(23);
		expect(medianChange(spread(null), spread(50))).toBeNull();
	});
});
