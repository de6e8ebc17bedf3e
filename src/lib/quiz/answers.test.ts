import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	AnswerStore,
	canMarkImportant,
	firstOpenIndex,
	resumeNumber,
	storageKey,
	withAnswer,
	withImportant,
	withSkip,
	type AnswerContext
} from './answers';
import { MemoryStorage } from '../testing/memory-storage';
import { canStore } from './persisted';
import { encodeSaved } from './saved';
import { answerValues, type Answers } from './scoring';

const context: AnswerContext = {
	packId: 'p',
	version: 'v3',
	ids: ['a', 'b', 'c', 'd'],
	history: { v1: ['a', 'gone', 'b'], v2: ['a', 'b', 'c', 'd'], v3: ['a', 'b', 'c', 'd'] }
};

describe('answer rules', () => {
	it('keeps the importance mark when an answer changes, and drops it on skip', () => {
		let answers: Answers = withAnswer({}, 'a', 1);
		expect(canMarkImportant(answers, 'a')).toBe(true);
		answers = withImportant(answers, 'a', true);
		answers = withAnswer(answers, 'a', -2);
		expect(answers.a).toEqual({ value: -2, important: true });
		answers = withSkip(answers, 'a');
		expect(answers.a).toEqual({ value: 'skip', important: false });
		expect(canMarkImportant(answers, 'a')).toBe(false);
	});

	it('leaves unanswered and skipped statements unmarked, returning the same answers', () => {
		const skipped = withSkip({}, 'a');
		expect(withImportant(skipped, 'a', true)).toBe(skipped);
		expect(withImportant(skipped, 'b', true)).toBe(skipped);
		expect(canMarkImportant(skipped, 'b')).toBe(false);
	});

	it('goes on from the first open statement, or the last when all are done', () => {
		const ids = context.ids;
		expect(firstOpenIndex(ids, {})).toBe(0);
		expect(resumeNumber(ids, {})).toBe(1);
		const some = withSkip(withAnswer({}, 'a', 0), 'b');
		expect(firstOpenIndex(ids, some)).toBe(2);
		expect(resumeNumber(ids, some)).toBe(3);
		const all = ids.reduce((acc, id) => withAnswer(acc, id, 1), {} as Answers);
		expect(firstOpenIndex(ids, all)).toBe(4);
		expect(resumeNumber(ids, all)).toBe(4);
	});

	it('never goes on from outside the quiz, whatever was answered', () => {
		fc.assert(
			fc.property(
				fc.subarray(context.ids),
				fc.constantFrom(...answerValues),
				(answeredIds, value) => {
					const answers = answeredIds.reduce(
						(acc, id) => withAnswer(acc, id, value),
						{} as Answers
					);
					const n = resumeNumber(context.ids, answers);
					expect(n).toBeGreaterThanOrEqual(1);
					expect(n).toBeLessThanOrEqual(context.ids.length);
					if (n - 1 < firstOpenIndex(context.ids, answers)) {
						expect(answeredIds.length).toBe(context.ids.length);
					} else {
						expect(answeredIds).not.toContain(context.ids[n - 1]);
					}
				}
			)
		);
	});
});

describe('AnswerStore', () => {
	it('writes answers against the current version and reads them back', () => {
		const storage = new MemoryStorage();
		const store = new AnswerStore(context, storage);
		expect(store.write({ a: { value: 2, important: true } })).toBe(true);
		expect(new AnswerStore(context, storage).read()).toEqual({
			answers: { a: { value: 2, important: true } },
			change: null,
			problem: false,
			expired: false
		});
		store.clear();
		expect(storage.items.size).toBe(0);
	});

	it('tells what changed since an older version, without counting unreached statements as new', () => {
		const storage = new MemoryStorage();
		// Saved against v1 after answering two of its three statements.
		storage.items.set(
			storageKey('p'),
			encodeSaved({ a: { value: 1, important: false }, gone: { value: 2, important: false } }, 'v1')
		);
		const read = new AnswerStore(context, storage).read();
		expect(read.answers).toEqual({ a: { value: 1, important: false } });
		// 'b' was in v1 but not answered yet: it is not new. 'c' and 'd' are.
		expect(read.change).toEqual({ added: ['c', 'd'], removed: ['gone'], changed: [] });
	});

	it('sets aside the answer to a statement whose wording changed, and names it', () => {
		const storage = new MemoryStorage();
		storage.items.set(
			storageKey('p'),
			encodeSaved({ a: { value: 1, important: false }, b: { value: 2, important: true } }, 'v2')
		);
		const read = new AnswerStore({ ...context, changed: { v2: ['b'] } }, storage).read();
		expect(read.answers).toEqual({ a: { value: 1, important: false } });
		expect(read.change).toEqual({ added: ['b'], removed: ['b'], changed: ['b'] });
	});

	it('reports nothing when only the texts changed', () => {
		const storage = new MemoryStorage();
		storage.items.set(storageKey('p'), encodeSaved({ b: { value: 0, important: false } }, 'v2'));
		expect(new AnswerStore(context, storage).read().change).toBeNull();
	});

	it('counts statements without an answer as new when the saved version is unknown', () => {
		for (const version of ['zzzzzzz', '__proto__', 'constructor']) {
			const storage = new MemoryStorage();
			storage.items.set(
				storageKey('p'),
				encodeSaved({ a: { value: 1, important: false } }, version)
			);
			expect(new AnswerStore(context, storage).read().change).toEqual({
				added: ['b', 'c', 'd'],
				removed: [],
				changed: []
			});
		}
	});

	it('reads broken values as no answers and says so, and survives full or missing storage', () => {
		const storage = new MemoryStorage();
		storage.items.set(storageKey('p'), 'not json');
		expect(new AnswerStore(context, storage).read()).toEqual({
			answers: {},
			change: null,
			problem: true,
			expired: false
		});
		storage.full = true;
		expect(new AnswerStore(context, storage).write({})).toBe(false);
		expect(new AnswerStore(context, null).write({})).toBe(false);
		expect(new AnswerStore(context, null).read().answers).toEqual({});
	});
});

describe('canStore', () => {
	it('tells whether anything can be stored, and leaves nothing behind', () => {
		const storage = new MemoryStorage();
		expect(canStore(storage)).toBe(true);
		expect(storage.items.size).toBe(0);
		storage.full = true;
		expect(canStore(storage)).toBe(false);
		expect(canStore(null)).toBe(false);
	});
});
