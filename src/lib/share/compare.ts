/**
 * Comparing one's own result with a shared one, topic by topic, in the browser. No Svelte.
 */

/** A topic's percent in one result (null: not answered). */
export interface TopicPercent {
	topic: string;
	percent: number | null;
}

/** One topic in the comparison; the difference is own minus shared, in percentage points. */
export interface ComparedTopic {
	topic: string;
	mine: number | null;
	theirs: number | null;
	difference: number | null;
}

/**
 * The comparison in the order of the shared result's topics; a topic missing from one side counts
 * as not answered there.
 */
export function compareResults(
	mine: readonly TopicPercent[],
	theirs: readonly TopicPercent[]
): ComparedTopic[] {
	const own = new Map(mine.map((t) => [t.topic, t.percent]));
	return theirs.map(({ topic, percent }) => {
		const m = own.get(topic) ?? null;
		return {
			topic,
			mine: m,
			theirs: percent,
			difference: m === null || percent === null ? null : m - percent
		};
	});
}

/** A difference as a signed number with a true minus sign: "+10", "−5", "±0". */
export function signed(difference: number): string {
	if (difference === 0) return '±0';
	return difference > 0 ? `+${difference}` : `\u2212${Math.abs(difference)}`;
}
