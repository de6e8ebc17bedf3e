/**
 * Long work in the class view (reading 25,000 codes, summing them up) written once as a
 * generator of steps, then run either at once or in chunks with a pause for the main thread
 * between them, so that the page never freezes. Plain TypeScript: no Svelte, no DOM.
 */

/** Options of a run in chunks. */
export interface ChunkOptions {
	/** Called between chunks with the share of the work done so far (0..1), and 1 at the end. */
	onProgress?: (share: number) => void;
	/** The longest stretch of work, in ms, before the main thread gets a turn. */
	sliceMs?: number;
}

/** Steps of some work: each yields the share done so far (0..1); the return value is the result. */
export type Steps<T> = Generator<number, T>;

/** Runs every step at once and returns the result. */
export function runAtOnce<T>(steps: Steps<T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** Lets the browser handle input and paint before the next chunk (a new task, not a microtask). */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs the steps in chunks of about `sliceMs`, with a new task between chunks; reports progress. */
export async function runInChunks<T>(
	steps: Steps<T>,
	{ onProgress, sliceMs = 30 }: ChunkOptions = {}
): Promise<T> {
	let started = performance.now();
	for (;;) {
		const step = steps.next();
		if (step.done) {
			onProgress?.(1);
			return step.value;
		}
		if (performance.now() - started >= sliceMs) {
			onProgress?.(step.value);
			await nextTask();
			started = performance.now();
		}
	}
}
