import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageSteps, byDisagreement, compareStatements, summarize } from './result';
import { score, type AnswerValue } from './scoring';

describe('summary sentence', () => {
	it('names the most and least agreed topics', () => {
		expect(
			summarize([
				{ topic: 'a', percent: 40 },
				{ topic: 'b', percent: null },
				{ topic: 'c', percent: 90 },
				{ topic: 'd', percent: 40 }
			])
		).toEqual({ kind: 'spread', most: ['c'], least: ['a', 'd'] });
	});

	it('handles none, one and all-equal', () => {
		expect(summarize([{ topic: 'a', percent: null }])).toEqual({ kind: 'none' });
		expect(
			summarize([
				{ topic: 'a', percent: 10 },
				{ topic: 'b', percent: null }
			])
		).toEqual({
			kind: 'one',
			topic: 'a'
		});
		expect(
			summarize([
				{ topic: 'a', percent: 50 },
				{ topic: 'b', percent: 50 }
			])
		).toEqual({
			kind: 'equal'
		});
	});
});

describe('statement comparison', () => {
	const statements = [
		{ id: 'a', position: 2 },
		{ id: 'b', position: -2 },
		{ id: 'c', position: 1 },
		{ id: 'd', position: -1 }
	];
	const rows = compareStatements(statements, {
		a: { value: 2, important: true },
		b: { value: 2, important: false },
		c: { value: 'skip', important: false },
		d: { value: 0, important: false }
	});

	it('gives each answered statement its agreement in percent', () => {
		expect(rows.map((r) => r.percent)).toEqual([100, 0, null, 75]);
	});

	it('sorts by largest disagreement first, unanswered last', () => {
		expect([...rows].sort(byDisagreement).map((r) => r.statement.id)).toEqual(['b', 'd', 'a', 'c']);
	});
});

describe('the percent in steps of the scale', () => {
	it('reads 100 % as no step, 75 % as one, 50 % as two and 0 % as four', () => {
		expect([100, 75, 50, 25, 0].map(averageSteps)).toEqual([0, 1, 2, 3, 4]);
		// All "Varken för eller emot" against a program that says ±2 and ±1 in equal parts.
		expect(averageSteps(63)).toBe(1.5);
		expect(averageSteps(88)).toBe(0.5);
	});

	it('is the mean distance of the answers from the program, to the half step', () => {
		const value = fc.constantFrom<AnswerValue>(-2, -1, 0, 1, 2);
		const pair = fc.record({ answer: value, position: fc.constantFrom(-2, -1, 1, 2) });
		fc.assert(
			fc.property(fc.array(pair, { minLength: 1, maxLength: 40 }), (pairs) => {
				const statements = pairs.map(({ position }, i) => ({ id: `s${i}`, topic: 't', position }));
				const answers = Object.fromEntries(
					pairs.map(({ answer }, i) => [`s${i}`, { value: answer, important: false }])
				);
				const percent = score(statements, ['t'], answers).overallPercent!;
				const mean =
					pairs.reduce((sum, p) => sum + Math.abs(p.answer - p.position), 0) / pairs.length;
				// Half a step's rounding, and the percent's own rounding to a whole (0.02 steps).
				expect(Math.abs(averageSteps(percent) - mean)).toBeLessThanOrEqual(0.25 + 0.02);
			})
		);
	});
});
