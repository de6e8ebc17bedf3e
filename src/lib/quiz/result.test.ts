import { describe, expect, it } from 'vitest';
import { byDisagreement, compareStatements, summarize } from './result';

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
