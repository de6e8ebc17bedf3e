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

	it('never throws, and keeps only valid answers to current statements, whatever is stored', () => {
		// Most random strings fail at JSON.parse; these reach the later checks too: any JSON,
		// objects shaped like the stored form with wrong parts, and valid values with damage.
		const rawAnswerArb = fc.oneof(
			fc.tuple(
				fc.constantFrom<unknown>(...answerValues, 's', 3, -3, 0.5, '2', null),
				fc.constantFrom<unknown>(0, 1, 2, true, 's')
			),
			fc.jsonValue()
		);
		const storedArb = fc.record(
			{
				f: fc.oneof(fc.constant<unknown>(1), fc.jsonValue()),
				v: fc.oneof(fc.constantFrom<unknown>('v', 'old'), fc.jsonValue()),
				a: fc.oneof(
					fc.dictionary(fc.constantFrom(...ids, 'gone', '__proto__', 'constructor'), rawAnswerArb),
					fc.jsonValue()
				)
			},
			{ requiredKeys: [] }
		);
		const textArb = fc.oneof(
			fc.string({ unit: 'binary' }),
			fc.json(),
			storedArb.map((value) => JSON.stringify(value)),
			fc.tuple(answersArb, fc.nat(), fc.string({ maxLength: 3 })).map(([answers, at, junk]) => {
				const text = encodeSaved(answers, 'v');
				const i = at % (text.length + 1);
				return text.slice(0, i) + junk + text.slice(i + junk.length);
			})
		);
		let read = 0;
		fc.assert(
			fc.property(textArb, (text) => {
				const result = decodeSaved(text, ids, 'v');
				for (const [id, answer] of Object.entries(result.answers)) {
					expect(ids).toContain(id);
					expect(Object.hasOwn(result.answers, id)).toBe(true);
					expect(answer.value === 'skip' || answerValues.includes(answer.value)).toBe(true);
					expect(typeof answer.important).toBe('boolean');
					if (answer.value === 'skip') expect(answer.important).toBe(false);
				}
				if (result.problem !== null) expect(result.answers).toEqual({});
				if (Object.keys(result.answers).length > 0) read++;
			}),
			{ numRuns: 3000 }
		);
		// The structured inputs must have got past the format checks, not only into the catch.
		expect(read).toBeGreaterThan(100);
	});

	it('keeps every answer across any two content versions, and says exactly what changed', () => {
		// A pool of ids; each version's statements are some of them, in some order.
		const pool = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
		const versionIdsArb = fc.shuffledSubarray(pool);
		fc.assert(
			fc.property(
				versionIdsArb,
				versionIdsArb,
				fc.dictionary(fc.constantFrom(...pool), answerArb),
				fc.boolean(),
				(oldIds, currentIds, all, historyKnown) => {
					// Answers are saved only for statements the old version had.
					const saved = Object.fromEntries(
						Object.entries(all).filter(([id]) => oldIds.includes(id))
					);
					const history: Record<string, string[]> = { old: oldIds, cur: currentIds };
					const idsOf = (version: string) => (historyKnown ? history[version] : undefined);
					const read = decodeSaved(encodeSaved(saved, 'old'), currentIds, 'cur', idsOf);

					expect(read.problem).toBeNull();
					expect(read.version).toBe('old');
					// Every saved answer to a statement that still exists is kept, unchanged.
					expect(read.answers).toEqual(
						Object.fromEntries(Object.entries(saved).filter(([id]) => currentIds.includes(id)))
					);
					// The others are reported as removed, and nothing else is.
					expect([...read.removed].sort()).toEqual(
						Object.keys(saved)
							.filter((id) => !currentIds.includes(id))
							.sort()
					);
					// New: statements the old version lacked (or, with no history, had no answer).
					const before = historyKnown ? oldIds : Object.keys(saved);
					expect(read.added).toEqual(currentIds.filter((id) => !before.includes(id)));
					// The same version reports no change at all.
					const same = decodeSaved(encodeSaved(saved, 'cur'), currentIds, 'cur', idsOf);
					expect(same.added).toEqual([]);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
