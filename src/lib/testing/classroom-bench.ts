/**
 * The class view's benchmark: how long it takes to find and read `n` answer codes in a pasted
 * chat log, and to sum up the class. The project's bench script calls benchClassroom(); the
 * figures are reported, never asserted in a test (timings vary between machines).
 * Plain TypeScript: no Svelte, no DOM, no Node-only API.
 */
import { encodeAnswerCode } from '../codes/answer-code';
import { layoutOf, type ContentHistory } from '../codes/history';
import type { Position } from '../content/types';
import { answerValues, type Answer, type Answers } from '../quiz/scoring';
import { summarizeClass, type ClassContent, type ClassSummary } from '../classroom/aggregate';
import { extractCodes, type CodeContext, type Extraction } from '../classroom/extract';

/** The content a benchmark runs on: a Pack or a LocalPack fits. */
export interface BenchContent {
	version: string;
	history: ContentHistory;
	topics: { id: string; statements: { id: string; topic: string; position: Position }[] }[];
}

/** The figures of one benchmark, in milliseconds (the median of the timed runs). */
export interface ClassroomBench {
	/** How many codes the chat log holds. */
	codes: number;
	/** How many distinct codes were found (should equal `codes`). */
	found: number;
	/** Finding and decoding every code in the chat log. */
	parseMs: number;
	/** Summing up the class from the decoded answers. */
	aggregateMs: number;
	/** parseMs + aggregateMs. */
	totalMs: number;
}

/** Content shaped like the site's: 9 topics of 4 statements, positions alternating in sign. */
export function syntheticContent(): BenchContent {
	const positions: Position[] = [2, -2, 1, -1];
	const topics = Array.from({ length: 9 }, (_, t) => ({
		id: `topic-${t}`,
		statements: positions.map((position, s) => ({
			id: `topic-${t}-statement-${s}`,
			topic: `topic-${t}`,
			position
		}))
	}));
	const version = 'bench01';
	return { version, history: { [version]: layoutOf({ topics }) }, topics };
}

/** A small deterministic pseudo-random generator (mulberry32), so every run reads the same log. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let x = state;
		x = Math.imul(x ^ (x >>> 15), x | 1);
		x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
		return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
	};
}

/** Answers for `ids` as a student might give them: mostly answered, some skipped or missing. */
export function sampleAnswers(ids: readonly string[], seed: number): Answers {
	const next = random(seed);
	const answers: Answers = {};
	for (const id of ids) {
		const roll = next();
		if (roll < 0.04) continue;
		const answer: Answer =
			roll < 0.1
				? { value: 'skip', important: false }
				: {
						value: answerValues[Math.floor(next() * answerValues.length)] ?? 0,
						important: next() < 0.15
					};
		answers[id] = answer;
	}
	return answers;
}

/** A chat log with one message per code, in the ways students post them (plain, in links). */
export function sampleChatLog(codes: readonly string[]): string {
	return codes
		.map((code, i) => {
			switch (i % 4) {
				case 0:
					return `Elev ${i + 1}  10:${String(i % 60).padStart(2, '0')}\nhär är min kod ${code}`;
				case 1:
					return `Elev ${i + 1}: https://example.org/las-in/#${code}`;
				case 2:
					return `Elev ${i + 1}\n${code}.`;
				default:
					return `(${code}) klar!`;
			}
		})
		.join('\n\n');
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** What one benchmark run reads: a chat log of `n` codes and the content to read it with. */
export interface BenchInput {
	log: string;
	context: CodeContext;
	content: ClassContent;
}

/** The chat log and content for a benchmark of `n` codes (made once, outside the timing). */
export function benchInput(n: number, content: BenchContent = syntheticContent()): BenchInput {
	const layout = content.history[content.version] ?? layoutOf(content);
	const ids = layout.topics.flatMap((topic) => topic.statements);
	const codes = Array.from({ length: n }, (_, i) =>
		encodeAnswerCode(sampleAnswers(ids, i + 1), content.version, layout)
	);
	return {
		log: sampleChatLog(codes),
		context: { version: content.version, history: content.history },
		content: {
			topicIds: content.topics.map((topic) => topic.id),
			statements: content.topics.flatMap((topic) =>
				topic.statements.map(({ id, topic: topicId, position }) => ({
					id,
					topic: topicId,
					position
				}))
			)
		}
	};
}

/** The work the class view does on a paste: find and read the codes, then sum up the class. */
export function readClass(input: BenchInput): { extraction: Extraction; summary: ClassSummary } {
	const extraction = extractCodes(input.log, input.context);
	const summary = summarizeClass(
		input.content,
		extraction.codes.map((code) => code.answers)
	);
	return { extraction, summary };
}

/**
 * Times finding and reading `n` codes in a chat log (parseMs) and summing up the class
 * (aggregateMs): one warm-up run, then the median of `runs` timed runs. Uses the site's content
 * when given (a Pack or LocalPack), else content of the same shape.
 */
export function benchClassroom(
	n = 1000,
	content: BenchContent = syntheticContent(),
	runs = 7
): ClassroomBench {
	const input = benchInput(n, content);
	const parse: number[] = [];
	const aggregate: number[] = [];
	let found = 0;
	for (let run = 0; run <= runs; run++) {
		const t0 = performance.now();
		const extraction = extractCodes(input.log, input.context);
		const t1 = performance.now();
		summarizeClass(
			input.content,
			extraction.codes.map((code) => code.answers)
		);
		const t2 = performance.now();
		found = extraction.codes.length;
		// Run 0 warms up the JIT and is not counted.
		if (run > 0) {
			parse.push(t1 - t0);
			aggregate.push(t2 - t1);
		}
	}
	const parseMs = median(parse);
	const aggregateMs = median(aggregate);
	return { codes: n, found, parseMs, aggregateMs, totalMs: parseMs + aggregateMs };
}
