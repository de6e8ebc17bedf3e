import { describe, expect, it, vi } from 'vitest';
import { benchInput } from '../testing/classroom-bench';
import { MemoryStorage } from '../testing/memory-storage';
import { summarizeClass, summarizeClassInChunks } from './aggregate';
import { ClassSet, classSetKey, summarizeAtOnce, type ClassSetContent } from './class-set.svelte';
import { extractCodes, extractCodesInChunks } from './extract';

const input = benchInput(2000);

describe('reading a paste in chunks', () => {
	it('finds exactly what reading it at once finds, and reports growing progress up to 1', async () => {
		const shares: number[] = [];
		const chunked = await extractCodesInChunks(input.log, input.context, {
			sliceMs: 0,
			onProgress: (share) => shares.push(share)
		});
		expect(chunked).toEqual(extractCodes(input.log, input.context));
		expect(chunked.codes).toHaveLength(2000);
		// With no time allowed per chunk, it pauses after every step of candidates.
		expect(shares.length).toBeGreaterThan(10);
		expect(shares.at(-1)).toBe(1);
		expect(shares.every((share, i) => share >= (shares[i - 1] ?? 0) && share <= 1)).toBe(true);
	});

	it('gives the main thread a turn between chunks', async () => {
		let turns = 0;
		const timer = setInterval(() => turns++, 0);
		await extractCodesInChunks(input.log, input.context, { sliceMs: 1 });
		clearInterval(timer);
		expect(turns).toBeGreaterThan(0);
	});
});

describe('summing up a class in chunks', () => {
	const students = extractCodes(input.log, input.context).codes.map((found) => found.answers);

	it('gives exactly what summing up at once gives, and reports growing progress up to 1', async () => {
		const shares: number[] = [];
		const chunked = await summarizeClassInChunks(input.content, students, {
			sliceMs: 0,
			onProgress: (share) => shares.push(share)
		});
		expect(chunked).toEqual(summarizeClass(input.content, students));
		expect(shares.length).toBeGreaterThan(5);
		expect(shares.at(-1)).toBe(1);
		expect(shares.every((share, i) => share >= (shares[i - 1] ?? 0) && share <= 1)).toBe(true);
	});

	it('gives the main thread a turn between chunks', async () => {
		let turns = 0;
		const timer = setInterval(() => turns++, 0);
		await summarizeClassInChunks(input.content, [...students, ...students], { sliceMs: 1 });
		clearInterval(timer);
		expect(turns).toBeGreaterThan(0);
	});
});

describe('ClassSet in chunks', () => {
	const content: ClassSetContent = {
		packId: 'p',
		...input.context,
		...input.content
	};

	it('reads, stores and restores a large class, showing progress meanwhile', async () => {
		const storage = new MemoryStorage();
		const set = new ClassSet(content, 'before', storage);
		set.text = input.log;
		const reading = set.readInChunks();
		expect(set.progress).not.toBeNull();
		await reading;
		expect(set.progress).toBeNull();
		expect(set.extraction?.codes).toHaveLength(2000);
		expect(storage.getItem(classSetKey('p', 'before'))?.split('\n')).toHaveLength(2000);

		const again = new ClassSet(content, 'before', storage);
		await again.loadInChunks();
		expect(again.restored).toBe('restored');
		expect(again.extraction?.codes.map((c) => c.code)).toEqual(
			set.extraction?.codes.map((c) => c.code)
		);
	});

	it('sums up a large class again in chunks when the teacher counts repeats', async () => {
		const set = new ClassSet(content, 'before', new MemoryStorage());
		// Every code twice: counted twice, the class is larger than is summed up at once.
		set.text = `${input.log}\n${input.log}`;
		await set.readInChunks();
		expect(set.summary?.students).toBe(2000);
		expect(2 * 2000).toBeGreaterThan(summarizeAtOnce);
		set.countRepeats = true;
		// Until the chunks are done the old summary stays; then the new one replaces it.
		expect(set.summary?.students).toBe(2000);
		await vi.waitFor(() => expect(set.summary?.students).toBe(4000));
		set.countRepeats = false;
		await vi.waitFor(() => expect(set.summary?.students).toBe(2000));
	});

	it('lets a newer reading or a clear win over one still running', async () => {
		const set = new ClassSet(content, 'before', new MemoryStorage());
		set.text = input.log;
		const first = set.readInChunks();
		set.clear();
		await first;
		expect(set.extraction).toBeNull();
		expect(set.text).toBe('');
		expect(set.progress).toBeNull();
	});
});
