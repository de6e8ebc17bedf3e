import { describe, expect, it } from 'vitest';
import { extractCodes } from '../classroom/extract';
import { benchClassroom, sampleAnswers, sampleChatLog, syntheticContent } from './classroom-bench';
import { encodeAnswerCode } from '../codes/answer-code';

// The timing itself is reported by `npx vitest bench src/lib/classroom` and the project's bench
// script, never asserted here: only that the benchmark reads what it should.
describe('benchClassroom', () => {
	it('finds every code of its chat log and reports figures', () => {
		const result = benchClassroom(40, syntheticContent(), 1);
		expect(result.codes).toBe(40);
		expect(result.found).toBe(40);
		expect(result.totalMs).toBeCloseTo(result.parseMs + result.aggregateMs, 9);
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
