import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResults, signed } from './compare';

describe('compareResults', () => {
	it('pairs topics by id in the shared order, with own minus shared', () => {
		expect(
			compareResults(
				[
					{ topic: 'b', percent: 40 },
					{ topic: 'a', percent: 90 }
				],
				[
					{ topic: 'a', percent: 60 },
					{ topic: 'b', percent: null },
					{ topic: 'c', percent: 10 }
				]
			)
		).toEqual([
			{ topic: 'a', mine: 90, theirs: 60, difference: 30 },
			{ topic: 'b', mine: 40, theirs: null, difference: null },
			{ topic: 'c', mine: null, theirs: 10, difference: null }
		]);
	});

	it('gives a difference exactly when both sides have a value, and it is their gap', () => {
		const percent = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
		fc.assert(
			fc.property(fc.array(fc.tuple(percent, percent), { maxLength: 12 }), (pairs) => {
				const mine = pairs.map(([m], i) => ({ topic: `t${i}`, percent: m }));
				const theirs = pairs.map(([, s], i) => ({ topic: `t${i}`, percent: s }));
				compareResults(mine, theirs).forEach((row, i) => {
					const [m, s] = pairs[i]!;
					expect(row.difference).toBe(m === null || s === null ? null : m - s);
				});
			})
		);
	});
});

describe('signed', () => {
	it('writes the sign out', () => {
		expect(signed(10)).toBe('+10');
		expect(signed(-5)).toBe('\u22125');
		expect(signed(0)).toBe('±0');
	});
});
