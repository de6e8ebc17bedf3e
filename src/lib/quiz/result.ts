/**
 * What the result page shows, computed from a result and the answers: the topics a person
 * agrees with most and least, and each statement's comparison. No Svelte, no DOM.
 */
import { agreement, percentOf, type Answer, type Answers, type TopicScore } from './scoring';

/** The one-sentence summary's content. */
export type Summary =
	| { kind: 'none' }
	| { kind: 'one'; topic: string }
	| { kind: 'equal' }
	| { kind: 'spread'; most: string[]; least: string[] };

/**
 * The topics with the highest and lowest percent among answered topics (ties listed together,
 * in topic order).
 */
export function summarize(topics: Pick<TopicScore, 'topic' | 'percent'>[]): Summary {
	const scored = topics.filter((t): t is typeof t & { percent: number } => t.percent !== null);
	if (scored.length === 0) return { kind: 'none' };
	if (scored.length === 1) return { kind: 'one', topic: scored[0]!.topic };
	const max = Math.max(...scored.map((t) => t.percent));
	const min = Math.min(...scored.map((t) => t.percent));
	if (max === min) return { kind: 'equal' };
	return {
		kind: 'spread',
		most: scored.filter((t) => t.percent === max).map((t) => t.topic),
		least: scored.filter((t) => t.percent === min).map((t) => t.topic)
	};
}

/**
 * What an overall percent means in the answers' own terms: how far the person's answers are from
 * the program's on average, in steps of the five-point scale (Helt för to Delvis för is one step),
 * rounded to half a step. It follows from the score (SCORING.md: a = 1 - |u - p| / 4, so the
 * weighted mean distance is 4 × (1 - score)): 100 % is 0 steps, 75 % one, 50 % two, 0 % four.
 */
export function averageSteps(percent: number): number {
	const steps = (4 * (100 - Math.min(100, Math.max(0, percent)))) / 100;
	return Math.round(steps * 2) / 2;
}

/** One statement as the result page compares it. */
export interface StatementComparison<S> {
	statement: S;
	index: number;
	answer: Answer | undefined;
	/** Agreement in whole percent, or null when not answered or skipped. */
	percent: number | null;
}

/** Compares every statement with the answer given to it, in quiz order. */
export function compareStatements<S extends { id: string; position: number }>(
	statements: S[],
	answers: Answers
): StatementComparison<S>[] {
	return statements.map((statement, index) => {
		const answer = answers[statement.id];
		const percent =
			answer && answer.value !== 'skip'
				? percentOf({
						quarters: 4 * agreement(answer.value, statement.position as -2 | -1 | 1 | 2),
						weight: 1
					})
				: null;
		return { statement, index, answer, percent };
	});
}

/** Largest disagreement first; unanswered statements last; ties keep quiz order. */
export function byDisagreement<S>(a: StatementComparison<S>, b: StatementComparison<S>): number {
	const pa = a.percent ?? Infinity;
	const pb = b.percent ?? Infinity;
	return pa === pb ? a.index - b.index : pa - pb;
}
