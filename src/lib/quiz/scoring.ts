/**
 * The scoring engine, exactly as docs/scoring.md defines it. Plain TypeScript: no Svelte, no DOM.
 *
 * Agreement on a statement is a = 1 - |u - p| / 4 for an answer u and the program's position p.
 * Scores are kept as exact integer sums of quarter points, so that the shown percentage rounds
 * halves up without floating-point surprises.
 */
import type { Position } from '../content/types';

/** An answer on the five-point scale: -2 Helt emot ... +2 Helt för. */
export type AnswerValue = -2 | -1 | 0 | 1 | 2;

/** The five answer values in scale order. */
export const answerValues: readonly AnswerValue[] = [-2, -1, 0, 1, 2];

/** What a person did with one statement: answered it (maybe marked important) or skipped it. */
export type Answer =
	{ value: AnswerValue; important: boolean } | { value: 'skip'; important: false };

/** Answers by statement id. A statement that is absent has not been reached yet. */
export type Answers = Record<string, Answer>;

/** The part of a statement scoring needs. */
export interface ScoredStatement {
	id: string;
	topic: string;
	position: Position;
}

/** Agreement with one statement, in [0, 1]. */
export function agreement(answer: AnswerValue, position: Position | AnswerValue): number {
	return 1 - Math.abs(answer - position) / 4;
}

/** The weight of an answer: 2 when marked important, else 1. */
export function weight(important: boolean): 1 | 2 {
	return important ? 2 : 1;
}

/** A score as exact sums: points in quarters (w * 4a) over total weight. */
export interface Tally {
	/** sum of w * (4 - |u - p|), so that score = quarters / (4 * weight). */
	quarters: number;
	/** sum of w */
	weight: number;
	/** number of answered (not skipped) statements */
	answered: number;
	/** number of statements in scope */
	total: number;
}

/** One topic's score: null when none of its statements is answered. */
export interface TopicScore extends Tally {
	topic: string;
	score: number | null;
	percent: number | null;
}

/** The whole result: overall and per topic, in the order of the topics given. */
export interface Result {
	overall: number | null;
	overallPercent: number | null;
	answered: number;
	total: number;
	topics: TopicScore[];
}

/** Shown as a whole percent: round(100 * score), halves rounded up, computed exactly. */
export function percentOf(tally: Pick<Tally, 'quarters' | 'weight'>): number | null {
	if (tally.weight === 0) return null;
	// 100 * quarters / (4 * weight) = 25 * quarters / weight; floor(x + 1/2) in integers.
	return Math.floor((50 * tally.quarters + tally.weight) / (2 * tally.weight));
}

/** The score in [0, 1] of a tally, or null when nothing is answered. */
export function scoreOf(tally: Pick<Tally, 'quarters' | 'weight'>): number | null {
	return tally.weight === 0 ? null : tally.quarters / (4 * tally.weight);
}

/** The answer to a statement, if it is a real one: an own entry with a valid value or a skip. */
export function answerTo(answers: Answers, id: string): Answer | undefined {
	const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
	if (!answer) return undefined;
	const value: unknown = answer.value;
	// Anything that is not an answer (as from hand-edited data) counts as not reached.
	return value === 'skip' ||
		value === -2 ||
		value === -1 ||
		value === 0 ||
		value === 1 ||
		value === 2
		? answer
		: undefined;
}

/** Statements prepared for tallying many answer sets: each with the index of its topic. */
export interface TallyPlan {
	statements: readonly ScoredStatement[];
	topicIds: readonly string[];
	/** Per statement, the index of its topic in `topicIds`, or -1 for a topic not listed. */
	topicIndex: readonly number[];
}

/** Prepares statements and topic order for `tallyByTopic`. */
export function tallyPlan(
	statements: readonly ScoredStatement[],
	topicIds: readonly string[]
): TallyPlan {
	const indexOf = new Map(topicIds.map((id, i) => [id, i]));
	return { statements, topicIds, topicIndex: statements.map((s) => indexOf.get(s.topic) ?? -1) };
}

const emptyTally = (): Tally => ({ quarters: 0, weight: 0, answered: 0, total: 0 });

function count(tally: Tally, quarters: number, w: number): void {
	tally.quarters += quarters;
	tally.weight += w;
	tally.answered++;
}

/**
 * The tallies of one set of answers, per topic (in plan order) and over all statements, in one
 * pass. `visit`, when given, sees each statement's index and real answer (or undefined) on the
 * way, so the class view can count answers in the same pass.
 */
export function tallyByTopic(
	plan: TallyPlan,
	answers: Answers,
	visit?: (index: number, answer: Answer | undefined) => void
): { topics: Tally[]; all: Tally } {
	const topics = plan.topicIds.map(emptyTally);
	const all = emptyTally();
	const { statements, topicIndex } = plan;
	for (let i = 0; i < statements.length; i++) {
		const statement = statements[i]!;
		const topic = topics[topicIndex[i]!];
		const answer = answerTo(answers, statement.id);
		if (visit) visit(i, answer);
		all.total++;
		if (topic) topic.total++;
		if (!answer || answer.value === 'skip') continue;
		const w = weight(answer.important);
		// w * 4a is a whole number 0..8, so the sums stay exact.
		const quarters = w * (4 - Math.abs(answer.value - statement.position));
		count(all, quarters, w);
		if (topic) count(topic, quarters, w);
	}
	return { topics, all };
}

/** Scores answers against statements, per topic (in `topicIds` order) and overall. */
export function score(statements: ScoredStatement[], topicIds: string[], answers: Answers): Result {
	const { topics, all } = tallyByTopic(tallyPlan(statements, topicIds), answers);
	return {
		overall: scoreOf(all),
		overallPercent: percentOf(all),
		answered: all.answered,
		total: all.total,
		topics: topics.map((t, i) => ({
			topic: topicIds[i] ?? '',
			...t,
			score: scoreOf(t),
			percent: percentOf(t)
		}))
	};
}

/** Whether a value is one of the five answers. */
export function isAnswerValue(value: unknown): value is AnswerValue {
	return typeof value === 'number' && (answerValues as readonly number[]).includes(value);
}
