/**
 * Summing up a class of 25,000 answer codes (issue 16): at once, and in chunks as the class view
 * does it, where the longest stretch without a pause for the main thread must stay below the
 * long-task target (200 ms at 1x CPU; a busy machine reports more). Called once from
 * scripts/bench.ts.
 */
import { summarizeClass, summarizeClassInChunks } from '../../src/lib/classroom/aggregate';
import { extractCodes } from '../../src/lib/classroom/extract';
import { benchInput } from '../../src/lib/testing/classroom-bench';
import { median, pack } from './context';
import { pasteTaskTargetMs } from './hosting';
import type { Report } from './report';

/** The figures of this module, in milliseconds. */
export interface ClassSummaryFigures {
	students: number;
	/** Summing up at once: the median of 5 runs after a warm-up. */
	atOnceMs: number;
	/** In chunks: the longest time between two pauses, over 5 runs after a warm-up. */
	longestStretchMs: number;
	/** In chunks: from start to summary, the median of the runs. */
	chunkedMs: number;
}

/** Times summing up `codes` students of the site's content, at once and in chunks. */
export async function timeClassSummary(codes = 25_000): Promise<ClassSummaryFigures> {
	const input = benchInput(codes, pack);
	const students = extractCodes(input.log, input.context).codes.map((found) => found.answers);
	const atOnce: number[] = [];
	const chunked: number[] = [];
	let longestStretchMs = 0;
	for (let run = 0; run <= 5; run++) {
		const t0 = performance.now();
		summarizeClass(input.content, students);
		const t1 = performance.now();
		let last = performance.now();
		let longest = 0;
		await summarizeClassInChunks(input.content, students, {
			onProgress: () => {
				const now = performance.now();
				longest = Math.max(longest, now - last);
				last = now;
			}
		});
		const t2 = performance.now();
		// Run 0 warms up the JIT and is not counted.
		if (run > 0) {
			atOnce.push(t1 - t0);
			chunked.push(t2 - t1);
			longestStretchMs = Math.max(longestStretchMs, longest);
		}
	}
	return {
		students: students.length,
		atOnceMs: median(atOnce),
		longestStretchMs,
		chunkedMs: median(chunked)
	};
}

/** Times summing up 25,000 codes and adds the figures to the report. */
export async function benchClassSummary(report: Report) {
	const figures = await timeClassSummary();
	report.set('classSummary', figures);
	report.add({
		figure: `class view: sum up ${figures.students.toLocaleString('en')} codes in chunks, longest stretch`,
		value: `${figures.longestStretchMs.toFixed(1)} ms (all ${figures.chunkedMs.toFixed(0)} ms; at once ${figures.atOnceMs.toFixed(0)} ms)`,
		budget: `target <= ${pasteTaskTargetMs} ms`,
		status: figures.longestStretchMs <= pasteTaskTargetMs ? 'ok' : 'report'
	});
}
