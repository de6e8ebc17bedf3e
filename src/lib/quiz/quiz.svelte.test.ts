import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../testing/memory-storage';
import { encodeSaved } from './saved';
import { storageKey } from './answers';
import { Quiz, type QuizContent } from './quiz.svelte';

const content: QuizContent = {
	packId: 'p',
	version: 'v2',
	topicIds: ['x', 'y'],
	statements: [
		{ id: 'a', topic: 'x', position: 2 },
		{ id: 'b', topic: 'x', position: -1 },
		{ id: 'c', topic: 'y', position: 1 }
	],
	history: { v1: ['a', 'old'], v2: ['a', 'b', 'c'] }
};

describe('Quiz', () => {
	it('saves every answer and reads it back in a new quiz', () => {
		const storage = new MemoryStorage();
		const quiz = new Quiz(content, storage);
		quiz.load();
		quiz.answer('a', 2);
		quiz.setImportant('a', true);
		quiz.skip('b');
		const again = new Quiz(content, storage);
		again.load();
		expect(again.answers).toEqual({
			a: { value: 2, important: true },
			b: { value: 'skip', important: false }
		});
		expect(again.firstOpenIndex()).toBe(2);
		expect(again.resumeNumber()).toBe(3);
		again.answer('c', 1);
		expect(again.firstOpenIndex()).toBe(3);
		expect(again.resumeNumber()).toBe(3);
	});

	it('derives the result from the answers', () => {
		const quiz = new Quiz(content, new MemoryStorage());
		quiz.answer('a', 2);
		quiz.answer('c', -1);
		expect(quiz.result.topics[0]!.percent).toBe(100);
		expect(quiz.result.topics[1]!.percent).toBe(50);
		expect(quiz.answeredCount).toBe(2);
	});

	it('keeps importance when an answer changes, and drops it on skip', () => {
		const quiz = new Quiz(content, new MemoryStorage());
		quiz.answer('a', 1);
		quiz.setImportant('a', true);
		quiz.answer('a', -2);
		expect(quiz.answerOf('a')).toEqual({ value: -2, important: true });
		quiz.skip('a');
		quiz.setImportant('a', true);
		expect(quiz.answerOf('a')).toEqual({ value: 'skip', important: false });
	});

	it('keeps going when storage is full or missing, and says so', () => {
		const storage = new MemoryStorage();
		storage.full = true;
		const quiz = new Quiz(content, storage);
		quiz.load();
		quiz.answer('a', 1);
		expect(quiz.answerOf('a')?.value).toBe(1);
		expect(quiz.saved).toBe(false);
		const none = new Quiz(content, null);
		none.load();
		none.answer('b', 0);
		expect(none.answerOf('b')?.value).toBe(0);
		expect(none.saved).toBe(false);
	});

	it('reports a corrupt stored value and starts empty', () => {
		const storage = new MemoryStorage();
		storage.items.set(storageKey('p'), '{"broken');
		const quiz = new Quiz(content, storage);
		quiz.load();
		expect(quiz.answers).toEqual({});
		expect(quiz.storageProblem).toBe(true);
	});

	it('matches answers saved against another content version by id, and keeps them stored as they were until the next change', () => {
		const storage = new MemoryStorage();
		const before = encodeSaved(
			{ a: { value: 1, important: false }, old: { value: 2, important: false } },
			'v1'
		);
		storage.items.set(storageKey('p'), before);
		const quiz = new Quiz(content, storage);
		quiz.load();
		expect(quiz.answers).toEqual({ a: { value: 1, important: false } });
		// Reading alone writes nothing: a statement page can still tell what changed.
		expect(storage.items.get(storageKey('p'))).toBe(before);
		quiz.answer('b', 0);
		const after = JSON.parse(storage.items.get(storageKey('p'))!);
		expect(after).toMatchObject({
			v: 'v2',
			a: { a: [1, 0], b: [0, 0] }
		});
		expect(typeof after.t).toBe('number');
	});

	it('never erases answers another tab gave meanwhile: every write reads storage first', () => {
		const storage = new MemoryStorage();
		const tabA = new Quiz(content, storage);
		const tabB = new Quiz(content, storage);
		tabA.load();
		tabB.load();
		tabB.answer('b', -2);
		tabB.answer('c', 1);
		// Tab A has not read again, and answers a statement of its own.
		tabA.answer('a', 2);
		expect(tabA.answers).toEqual({
			a: { value: 2, important: false },
			b: { value: -2, important: false },
			c: { value: 1, important: false }
		});
		const again = new Quiz(content, storage);
		again.load();
		expect(again.answers).toEqual(tabA.answers);
	});

	it('keeps answers it could not save, and saves them with the next answer once storage works', () => {
		const storage = new MemoryStorage();
		const quiz = new Quiz(content, storage);
		quiz.load();
		storage.full = true;
		quiz.answer('a', 1);
		expect(quiz.saved).toBe(false);
		storage.full = false;
		quiz.answer('b', 2);
		expect(quiz.saved).toBe(true);
		const again = new Quiz(content, storage);
		again.load();
		expect(Object.keys(again.answers).sort()).toEqual(['a', 'b']);
	});

	it('removes answers unused for more than a day when reading them, and says so', () => {
		const storage = new MemoryStorage();
		const day = 24 * 60 * 60 * 1000;
		storage.items.set(
			storageKey('p'),
			encodeSaved({ a: { value: 1, important: false } }, 'v2', Date.now() - day - 60_000)
		);
		const quiz = new Quiz(content, storage);
		quiz.load();
		expect(quiz.answers).toEqual({});
		expect(quiz.expired).toBe(true);
		expect(storage.items.size).toBe(0);
		// Used within the day, they stay.
		storage.items.set(
			storageKey('p'),
			encodeSaved({ a: { value: 1, important: false } }, 'v2', Date.now() - day + 60_000)
		);
		const recent = new Quiz(content, storage);
		recent.load();
		expect(recent.answers).toEqual({ a: { value: 1, important: false } });
		expect(recent.expired).toBe(false);
	});

	it('tells what changed in the statements until the answers are saved again', () => {
		const storage = new MemoryStorage();
		storage.items.set(storageKey('p'), encodeSaved({ old: { value: 2, important: false } }, 'v1'));
		const quiz = new Quiz(content, storage);
		quiz.load();
		expect(quiz.change).toEqual({ added: ['b', 'c'], removed: ['old'], changed: [] });
		quiz.acknowledgeChange();
		expect(quiz.change).toBeNull();
		const again = new Quiz(content, storage);
		again.load();
		expect(again.change).toBeNull();
	});

	it('clears everything', () => {
		const storage = new MemoryStorage();
		const quiz = new Quiz(content, storage);
		quiz.answer('a', 1);
		quiz.clear();
		expect(quiz.answers).toEqual({});
		expect(storage.items.size).toBe(0);
	});
});
