import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSaved, encodeSaved } from './saved';
import { answerValues, type Answer, type Answers } from './scoring';

const ids = ['a', 'b', 'c', 'd'];
const answerArb: fc.Arbitrary<Answer> = fc.oneof(
	fc.record({ value: fc.constantFrom(...answerValues), important: fc.boolean() }),
	fc.constant({ value: 'skip' as const, important: false as const })
);
const answersArb: fc.Arbitrary<Answers> = fc.dictionary(fc.constantFrom(...ids), answerArb);

describe('saved answers', () => {
	it('round-trips any answers', () => {
		fc.assert(
			fc.property(answersArb, (answers) => {
				const read = decodeSaved(encodeSaved(answers, 'v1'), ids, 'v1');
				expect(read.answers).toEqual(answers);
				expect(read).toMatchObject({ version: 'v1', added: [], removed: [], problem: null });
			})
		);
	});

	it('matches answers by id across content versions and says what changed', () => {
		const saved = encodeSaved(
			{ a: { value: 2, important: true }, gone: { value: -1, important: false } },
			'old'
		);
		const read = decodeSaved(saved, ['a', 'new'], 'cur');
		expect(read.answers).toEqual({ a: { value: 2, important: true } });
		expect(read.removed).toEqual(['gone']);
		expect(read.added).toEqual(['new']);
	});

	it('reads nothing, without throwing, from broken values', () => {
		expect(decodeSaved(null, ids, 'v').problem).toBeNull();
		expect(decodeSaved('{', ids, 'v').problem).toBe('corrupt');
		expect(decodeSaved('null', ids, 'v').problem).toBe('corrupt');
		expect(decodeSaved('{"f":99,"v":"x","a":{}}', ids, 'v').problem).toBe('format');
		const odd = decodeSaved('{"f":1,"v":"v","a":{"a":[7,0],"b":["s",1],"c":[1,1]}}', ids, 'v');
		expect(odd.answers).toEqual({
			b: { value: 'skip', important: false },
			c: { value: 1, important: true }
		});
	});

	it('never throws on arbitrary text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => {
				const read = decodeSaved(text, ids, 'v');
				for (const [id, answer] of Object.entries(read.answers)) {
					expect(ids).toContain(id);
					expect(answer.value === 'skip' || answerValues.includes(answer.value)).toBe(true);
				}
			}),
			{ numRuns: 2000 }
		);
	});
});
