import { describe, expect, it } from 'vitest';
import { extractCodes } from '../classroom/extract';
import {
	benchClassroom,
	benchInput,
	readClass,
	sampleAnswers,
	sampleChatLog,
	syntheticContent
} from './classroom-bench';
import { encodeAnswerCode } from '../codes/answer-code';

// The timing itself is reported by `npx vitest bench src/lib/classroom` and the project's bench
// script, never asserted here: only that the benchmark reads what it should.
describe('benchClassroom', () => {
	it('finds every code of its chat log and reports a time for each step', () => {
		const result = benchClassroom(40, syntheticContent(), 1);
		expect(result.codes).toBe(40);
		expect(result.found).toBe(40);
		// Each step did measurable work: a time that is a finite, positive number of milliseconds.
		for (const ms of [result.parseMs, result.aggregateMs]) {
			expect(Number.isFinite(ms)).toBe(true);
			expect(ms).toBeGreaterThan(0);
		}
	});

	it('times the same work the class view does: every student of the log is summed up', () => {
		const content = syntheticContent();
		const { extraction, summary } = readClass(benchInput(25, content));
		expect(extraction.codes).toHaveLength(25);
		expect(summary.students).toBe(25);
		expect(summary.statements).toHaveLength(36);
		// Each student counts once for each statement: answered, skipped or not reached.
		const reached = summary.statements.map((s) => s.answered + s.skipped + s.notAnswered);
		expect(new Set(reached)).toEqual(new Set([25]));
	});

	it('makes the same chat log on every run', () => {
		const content = syntheticContent();
		const layout = content.history[content.version]!;
		const ids = layout.topics.flatMap((topic) => topic.statements);
		const log = () =>
			sampleChatLog(
				[1, 2, 3, 4].map((seed) =>
					encodeAnswerCode(sampleAnswers(ids, seed), content.version, layout)
				)
			);
		expect(log()).toBe(log());
		expect(extractCodes(log(), content).codes).toHaveLength(4);
	});
});
