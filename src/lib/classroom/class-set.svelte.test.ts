import { describe, expect, it } from 'vitest';
import { encodeAnswerCode } from '../codes/answer-code';
import type { ContentLayout } from '../codes/history';
import { MemoryStorage } from '../testing/memory-storage';
import {
	ClassSet,
	classSetKey,
	classSetLifetimeMs,
	repeatsKey,
	type ClassSetContent
} from './class-set.svelte';

const layout: ContentLayout = {
	topics: [
		{ id: 'x', statements: ['a', 'b'] },
		{ id: 'y', statements: ['c'] }
	]
};
const content: ClassSetContent = {
	packId: 'p',
	version: 'v000001',
	history: { v000001: layout },
	topicIds: ['x', 'y'],
	statements: [
		{ id: 'a', topic: 'x', position: 2 },
		{ id: 'b', topic: 'x', position: -1 },
		{ id: 'c', topic: 'y', position: 1 }
	]
};
const anna = encodeAnswerCode({ a: { value: 2, important: false } }, content.version, layout);
const bo = encodeAnswerCode({ a: { value: -2, important: false } }, content.version, layout);

describe('ClassSet', () => {
	it('counts a repeated code once, or once per time when the teacher says they are two pupils', () => {
		const set = new ClassSet(content, 'before', new MemoryStorage());
		set.text = `${anna}\n${anna}\n${bo}`;
		set.read();
		expect(set.extraction?.codes.map((c) => c.count)).toEqual([2, 1]);
		expect(set.summary?.students).toBe(2);
		set.countRepeats = true;
		expect(set.summary?.students).toBe(3);
		expect(set.summary?.topics[0]).toMatchObject({ n: 3, median: 100 });
	});

	it('keeps the choice to count repeats with the stored set, for every page that loads it', async () => {
		const storage = new MemoryStorage();
		const set = new ClassSet(content, 'before', storage);
		set.text = `${anna}\n${anna}\n${bo}`;
		set.read();
		set.countRepeats = true;
		expect(storage.getItem(repeatsKey('p', 'before'))).toBe('1');
		// Another page (the projector) loads the set and counts the same, at once or in chunks.
		const projector = new ClassSet(content, 'before', storage);
		projector.load();
		expect(projector.countRepeats).toBe(true);
		expect(projector.summary?.students).toBe(3);
		const chunked = new ClassSet(content, 'before', storage);
		await chunked.loadInChunks();
		expect(chunked.summary?.students).toBe(3);
		// The other set has a choice of its own.
		const other = new ClassSet(content, 'after', storage);
		other.text = `${anna}\n${anna}`;
		other.read();
		expect(new ClassSet(content, 'after', storage).countRepeats).toBe(false);
		// Turned off, it is off everywhere; clearing the set forgets it too.
		set.countRepeats = false;
		const again = new ClassSet(content, 'before', storage);
		again.load();
		expect(again.summary?.students).toBe(2);
		set.countRepeats = true;
		set.clear();
		expect(storage.getItem(repeatsKey('p', 'before'))).toBeNull();
		expect(set.countRepeats).toBe(false);
	});

	it('adds a typed-in code to the set like a pasted one, and keeps unread text in the box', () => {
		const storage = new MemoryStorage();
		const set = new ClassSet(content, 'before', storage);
		expect(set.addCode(anna)).toBe(true);
		expect(set.summary?.students).toBe(1);
		expect(set.text).toBe(anna);
		expect(set.changed).toBe(false);
		// A repeat: may be two pupils, counted as the teacher chose.
		expect(set.addCode(anna.toLowerCase())).toBe(true);
		expect(set.extraction?.codes.map((c) => c.count)).toEqual([2]);
		expect(set.summary?.students).toBe(1);
		// Stored: another page reads the same set.
		const again = new ClassSet(content, 'before', storage);
		again.load();
		expect(again.extraction?.occurrences).toBe(2);
		// Text pasted but not yet read stays in the box, with the code after it.
		set.text = `Bo: ${bo}`;
		expect(set.addCode(bo)).toBe(true);
		expect(set.text).toBe(`Bo: ${bo}\n${bo}`);
		expect(set.summary?.students).toBe(2);
		// A code that does not decode changes nothing.
		expect(set.addCode('A2XX-XXXX')).toBe(false);
		expect(set.summary?.students).toBe(2);
	});

	it('forgets a set not used for a day, and keeps one that was', () => {
		const storage = new MemoryStorage();
		let now = 1_000_000;
		const clock = () => now;
		const set = new ClassSet(content, 'before', storage, clock);
		set.text = anna;
		set.read();
		// Loading is use: the day starts again.
		now += classSetLifetimeMs - 1;
		const next = new ClassSet(content, 'before', storage, clock);
		next.load();
		expect(next.restored).toBe('restored');
		now += classSetLifetimeMs - 1;
		const still = new ClassSet(content, 'before', storage, clock);
		still.load();
		expect(still.summary?.students).toBe(1);
		now += classSetLifetimeMs + 1;
		const late = new ClassSet(content, 'before', storage, clock);
		late.load();
		expect(late.restored).toBe('expired');
		expect(late.summary).toBeNull();
		expect(late.text).toBe('');
		expect(storage.getItem(classSetKey('p', 'before'))).toBeNull();
		// A set stored without a time (by an older build) is kept, and its day starts now.
		storage.setItem(classSetKey('p', 'after'), anna);
		const old = new ClassSet(content, 'after', storage, clock);
		old.load();
		expect(old.restored).toBe('restored');
	});

	it('reads the pasted text, sums up the class and stores only the codes', () => {
		const storage = new MemoryStorage();
		const set = new ClassSet(content, 'before', storage);
		set.load();
		set.text = `Anna Andersson: ${anna}\nBo Berg: ${bo}\nAnna Andersson: ${anna}`;
		set.read();
		expect(set.extraction?.codes).toHaveLength(2);
		expect(set.extraction?.duplicates).toBe(1);
		expect(set.summary?.students).toBe(2);
		expect(set.summary?.topics[0]).toMatchObject({ n: 2, min: 0, median: 50, max: 100 });
		const stored = storage.getItem(classSetKey('p', 'before'));
		expect(stored).toBe(`${anna}\n${anna}\n${bo}`);
		expect(classSetKey('p', 'before')).toMatch(/^valkompass:/);
	});

	it('comes back after a reload, with the codes in the paste box', () => {
		const storage = new MemoryStorage();
		const set = new ClassSet(content, 'after', storage);
		set.text = `hej ${anna} ${bo}`;
		set.read();
		const again = new ClassSet(content, 'after', storage);
		again.load();
		expect(again.restored).toBe('restored');
		expect(again.text).toBe(`${anna}\n${bo}`);
		expect(again.summary?.students).toBe(2);
		// The other set is stored apart.
		const other = new ClassSet(content, 'before', storage);
		other.load();
		expect(other.summary).toBeNull();
		expect(other.restored).toBe('none');
	});

	it('keeps a damaged stored value in the paste box, reads what it can and says so', () => {
		const storage = new MemoryStorage();
		storage.setItem(classSetKey('p', 'before'), `{"broken": "${anna}`);
		const set = new ClassSet(content, 'before', storage);
		set.load();
		expect(set.restored).toBe('damaged');
		expect(set.text).toBe(`{"broken": "${anna}`);
		expect(set.summary?.students).toBe(1);
		// Not overwritten until the teacher reads or clears.
		expect(storage.getItem(classSetKey('p', 'before'))).toBe(`{"broken": "${anna}`);
	});

	it('reports a failed save and keeps the codes on the page', () => {
		const storage = new MemoryStorage();
		storage.full = true;
		const set = new ClassSet(content, 'before', storage);
		set.text = anna;
		set.read();
		expect(set.saved).toBe(false);
		expect(set.summary?.students).toBe(1);
		const blocked = new ClassSet(content, 'before', null);
		blocked.text = anna;
		blocked.read();
		expect(blocked.saved).toBe(false);
	});

	it('keeps the set when a paste has no code at all, and shows that reading', () => {
		const storage = new MemoryStorage();
		const set = new ClassSet(content, 'before', storage);
		set.text = `${anna} ${bo}`;
		set.read();
		set.text = `bara prat, och en trasig kod ${anna.slice(0, -1)}`;
		expect(set.changed).toBe(true);
		set.read();
		expect(set.changed).toBe(false);
		expect(set.rejected?.codes).toEqual([]);
		expect(set.rejected?.problems).toHaveLength(1);
		expect(set.summary?.students).toBe(2);
		expect(storage.getItem(classSetKey('p', 'before'))).toBe(`${anna}\n${bo}`);
		// The next reading with codes replaces the set and clears the notice.
		set.text = bo;
		set.read();
		expect(set.rejected).toBeNull();
		expect(set.summary?.students).toBe(1);
	});

	it('forgets everything on clear', () => {
		const storage = new MemoryStorage();
		const set = new ClassSet(content, 'before', storage);
		set.text = anna;
		set.read();
		set.clear();
		expect(set.text).toBe('');
		expect(set.summary).toBeNull();
		expect(set.changed).toBe(false);
		expect(storage.items.size).toBe(0);
	});
});
