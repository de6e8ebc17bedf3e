/**
 * A class's answers, summed up anonymously for the class view: per topic the spread of the
 * students' percents, per statement the distribution of answers, and the statements that divide
 * the class most. Plain TypeScript: no Svelte, no DOM.
 */
import { runAtOnce, runInChunks, type ChunkOptions, type Steps } from './chunks';
import {
	answerValues,
	percentOf,
	tallyByTopic,
	tallyPlan,
	type Answer,
	type Answers,
	type ScoredStatement
} from '../quiz/scoring';

/** What the aggregation needs to know about the content (a QuizContent fits). */
export interface ClassContent {
	topicIds: string[];
	statements: ScoredStatement[];
}

/**
 * The quantile `p` (0..1) of values sorted ascending, by linear interpolation between the two
 * nearest ranks: with n values x[0..n-1], h = (n - 1) * p and
 * q = x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)]).
 * This is Hyndman and Fan's type 7, the default of R and NumPy and what Excel's KVARTIL.INK
 * (QUARTILE.INC) and Google Sheets' QUARTILE compute, so a teacher can check it in a spreadsheet.
 * p = 0.5 is the ordinary median. Null for no values.
 */
export function quantile(sorted: readonly number[], p: number): number | null {
	if (sorted.length === 0) return null;
	const h = (sorted.length - 1) * Math.min(1, Math.max(0, p));
	const below = Math.floor(h);
	const low = sorted[below] ?? 0;
	const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
	return low + (h - below) * (high - low);
}

/** How a set of percents is spread: how many, the extremes, the quartiles and the median. */
export interface Spread {
	/** How many values the figures rest on; all figures are null when it is 0. */
	n: number;
	min: number | null;
	q1: number | null;
	median: number | null;
	q3: number | null;
	max: number | null;
}

/** The spread of some values (in any order); quartiles and median as `quantile` computes them. */
export function spreadOf(values: readonly number[]): Spread {
	const sorted = [...values].sort((a, b) => a - b);
	return {
		n: sorted.length,
		min: sorted[0] ?? null,
		q1: quantile(sorted, 0.25),
		median: quantile(sorted, 0.5),
		q3: quantile(sorted, 0.75),
		max: sorted[sorted.length - 1] ?? null
	};
}

/** The spread of one topic's percents over the students who answered in it. */
export interface TopicSpread extends Spread {
	topic: string;
}

/** How the class answered one statement. */
export interface StatementDistribution {
	statement: string;
	topic: string;
	/** Its place in the quiz (0-based). */
	index: number;
	/** How many students gave each answer, by value + 2: [-2, -1, 0, +1, +2]. */
	counts: [number, number, number, number, number];
	/** How many answered (any of the five values). */
	answered: number;
	/** How many of those marked it as important. */
	important: number;
	skipped: number;
	/** How many never reached it (no entry in their answers). */
	notAnswered: number;
	/** The mean answer value of those who answered; null when nobody did. */
	mean: number | null;
	/**
	 * The population variance of the answer values of those who answered,
	 * sum((x - mean)^2) / n, between 0 (all the same) and 4 (half -2, half +2); null when fewer
	 * than two students answered.
	 */
	variance: number | null;
}

/** Everything the class view shows about one set of answers. */
export interface ClassSummary {
	students: number;
	/** The spread of the students' overall percents. */
	overall: Spread;
	/** One per topic, in the order of the content's topics. */
	topics: TopicSpread[];
	/** One per statement, in quiz order. */
	statements: StatementDistribution[];
	/** The statements that divide the class, most divisive first; see rankDivisive. */
	divisive: StatementDistribution[];
}

/**
 * The statements that divide the class, ranked: highest variance first; on equal variance the one
 * more students answered first (it rests on more answers); then quiz order. Statements with a
 * variance of 0 (everyone who answered agrees) or none (fewer than two answers) are left out.
 */
export function rankDivisive(
	statements: readonly StatementDistribution[]
): StatementDistribution[] {
	return statements
		.filter((s): s is StatementDistribution & { variance: number } => (s.variance ?? 0) > 0)
		.sort((a, b) => b.variance - a.variance || b.answered - a.answered || a.index - b.index);
}

/** The answer distribution of one statement from its counts. */
function distributionOf(
	statement: ScoredStatement,
	index: number,
	tally: Omit<
		StatementDistribution,
		'statement' | 'topic' | 'index' | 'answered' | 'mean' | 'variance'
	>
): StatementDistribution {
	// Sums are integers, so the variance n*S2 - S1^2 over n^2 is one exact division: equal
	// variances compare equal, and the ranking's tie-break applies.
	let n = 0;
	let sum = 0;
	let squares = 0;
	answerValues.forEach((value, i) => {
		const count = tally.counts[i] ?? 0;
		n += count;
		sum += count * value;
		squares += count * value * value;
	});
	return {
		statement: statement.id,
		topic: statement.topic,
		index,
		...tally,
		answered: n,
		mean: n === 0 ? null : sum / n,
		variance: n < 2 ? null : (n * squares - sum * sum) / (n * n)
	};
}

/**
 * Sums up a class. Each student's percents are those score() gives (whole percents, as each
 * student sees them on the result page): the same tally (scoring.ts's tallyByTopic), which also
 * counts the answers per statement in the same pass. A student with no answered statement in a
 * topic does not count for that topic (nor, with none at all, for the overall spread).
 */
export function summarizeClass(content: ClassContent, students: readonly Answers[]): ClassSummary {
	return runAtOnce(summarySteps(content, students));
}

/**
 * The same as summarizeClass, in chunks of about `sliceMs` with a pause for the main thread
 * between them, so that summing up 25,000 students never freezes the page; reports progress.
 */
export function summarizeClassInChunks(
	content: ClassContent,
	students: readonly Answers[],
	options: ChunkOptions = {}
): Promise<ClassSummary> {
	return runInChunks(summarySteps(content, students), options);
}

/** Students tallied between two looks at the clock when summing up in chunks. */
const studentsPerStep = 250;

/** Summing up, as steps: yields the share of the work done (0..1), returns the summary. */
function* summarySteps(content: ClassContent, students: readonly Answers[]): Steps<ClassSummary> {
	const plan = tallyPlan(content.statements, content.topicIds);
	const statements = content.statements.map((statement) => ({
		statement,
		tally: {
			counts: [0, 0, 0, 0, 0] as StatementDistribution['counts'],
			important: 0,
			skipped: 0,
			notAnswered: 0
		}
	}));
	const countAnswer = (index: number, answer: Answer | undefined) => {
		const tally = statements[index]!.tally;
		if (!answer) tally.notAnswered++;
		else if (answer.value === 'skip') tally.skipped++;
		else {
			tally.counts[answer.value + 2] = (tally.counts[answer.value + 2] ?? 0) + 1;
			if (answer.important) tally.important++;
		}
	};
	const topicPercents = content.topicIds.map((): number[] => []);
	const overallPercents: number[] = [];

	// Tallying is most of the work; the sorts for the spreads are the rest, one step per topic.
	const steps = students.length + (content.topicIds.length + 1) * studentsPerStep;
	let done = 0;
	for (const answers of students) {
		const { topics, all } = tallyByTopic(plan, answers, countAnswer);
		const overall = percentOf(all);
		if (overall !== null) overallPercents.push(overall);
		topics.forEach((topic, t) => {
			const percent = percentOf(topic);
			if (percent !== null) topicPercents[t]?.push(percent);
		});
		if (++done % studentsPerStep === 0) yield done / steps;
	}

	const topics: TopicSpread[] = [];
	for (const [i, topic] of content.topicIds.entries()) {
		topics.push({ topic, ...spreadOf(topicPercents[i] ?? []) });
		done += studentsPerStep;
		yield done / steps;
	}
	const distributions = statements.map(({ statement, tally }, index) =>
		distributionOf(statement, index, tally)
	);
	return {
		students: students.length,
		overall: spreadOf(overallPercents),
		topics,
		statements: distributions,
		divisive: rankDivisive(distributions)
	};
}

/** A figure shown as a whole number: halves rounded up, as docs/scoring.md shows percents. */
export function shown(value: number): number;
export function shown(value: number | null): number | null;
export function shown(value: number | null): number | null {
	// The quartiles of whole percents are multiples of 0.25, so this is exact.
	return value === null ? null : Math.floor(value + 0.5);
}

/** The change of a topic's median from one set to another, in shown percent points. */
export function medianChange(before: Spread, after: Spread): number | null {
	const from = shown(before.median);
	const to = shown(after.median);
	return from === null || to === null ? null : to - from;
}
