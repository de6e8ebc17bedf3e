/**
 * A statement whose fingerprint (texts and position) changed between the version a code or a
 * saved set of answers was made against and the current one is treated as removed and added:
 * an answer to the older wording never counts toward the new one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSaved, encodeSaved } from '../quiz/saved';
import { answerValues, type Answer, type Answers } from '../quiz/scoring';
import { decodeAnswerCode, encodeAnswerCode } from './answer-code';
import {
	changedStatements,
	changesSince,
	type ContentHistory,
	type ContentLayout
} from './history';

const ids = ['a', 'b', 'c', 'd', 'e'];
const answerArb: fc.Arbitrary<Answer> = fc.oneof(
	fc.record({ value: fc.constantFrom(...answerValues), important: fc.boolean() }),
	fc.constant({ value: 'skip' as const, important: false as const })
);
const answersArb: fc.Arbitrary<Answers> = fc.dictionary(fc.constantFrom(...ids), answerArb);
/** For each statement, whether its fingerprint changed between the old and the current version. */
const changedArb = fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length });

function layouts(changed: boolean[]): {
	old: ContentLayout;
	now: ContentLayout;
	history: ContentHistory;
} {
	const old: ContentLayout = {
		topics: [{ id: 't', statements: ids }],
		fingerprints: Object.fromEntries(ids.map((id) => [id, 'aaaaaaa']))
	};
	const now: ContentLayout = {
		topics: [{ id: 't', statements: ids }],
		fingerprints: Object.fromEntries(ids.map((id, i) => [id, changed[i] ? 'bbbbbbb' : 'aaaaaaa']))
	};
	return { old, now, history: { '0000old': old, '0000now': now } };
}

describe('statements changed between content versions', () => {
	it('are the ids in both layouts whose fingerprints differ', () => {
		const { old, now } = layouts([true, false, true, false, false]);
		expect(changedStatements(old, now)).toEqual(['a', 'c']);
		expect(changedStatements(now, now)).toEqual([]);
		expect(changedStatements({ topics: old.topics }, now)).toEqual([]);
		expect(changesSince({ '0000old': old, '0000now': now }, '0000now')).toEqual({
			'0000old': ['a', 'c']
		});
	});

	it('drop their answers from an answer code, listed as changed, added and removed', () => {
		fc.assert(
			fc.property(answersArb, changedArb, (answers, changed) => {
				const { old, history } = layouts(changed);
				const code = encodeAnswerCode(answers, '0000old', old);
				const decoded = decodeAnswerCode(code, '0000now', history);
				if (!decoded.ok) throw new Error(decoded.detail);
				const changedIds = ids.filter((_, i) => changed[i]);
				expect(decoded.changed).toEqual(changedIds);
				for (const id of changedIds) {
					expect(decoded.answers).not.toHaveProperty(id);
					expect(decoded.added).toContain(id);
					expect(decoded.removed).toContain(id);
				}
				for (const id of ids.filter((_, i) => !changed[i])) {
					expect(decoded.answers[id]).toEqual(answers[id]);
				}
			})
		);
	});

	it('drop their saved answers, listed as changed, added and removed', () => {
		fc.assert(
			fc.property(answersArb, changedArb, (answers, changed) => {
				const changedIds = ids.filter((_, i) => changed[i]);
				const read = decodeSaved(
					encodeSaved(answers, '0000old'),
					ids,
					'0000now',
					() => ids,
					(v) => (v === '0000old' ? changedIds : undefined)
				);
				expect(read.changed).toEqual(changedIds);
				for (const id of ids) {
					if (changed[i(id)]) {
						expect(read.answers).not.toHaveProperty(id);
						expect(read.added).toContain(id);
						if (answers[id]) expect(read.removed).toContain(id);
					} else {
						expect(read.answers[id]).toEqual(answers[id]);
					}
				}
			})
		);
		function i(id: string) {
			return ids.indexOf(id);
		}
	});

	it('keep saved answers when nothing changed, or when the answers are of the current version', () => {
		const answers: Answers = { a: { value: 2, important: false } };
		expect(
			decodeSaved(
				encodeSaved(answers, '0000now'),
				ids,
				'0000now',
				() => ids,
				() => ['a']
			).answers
		).toEqual(answers);
		expect(
			decodeSaved(
				encodeSaved(answers, '0000old'),
				ids,
				'0000now',
				() => ids,
				() => []
			).answers
		).toEqual(answers);
	});
});
