/**
 * The result code: per-topic scores to share, not the answers behind them.
 * `R1` + content version (7) + payload + checksum (2); see docs/CODES.md.
 * Topic ids, their order and their statement counts come from the layout of the code's
 * version, so only numbers travel: the overall percent, then per topic one mixed-radix digit
 * for (answered, percent). The digits make one integer, written like the answer code's.
 */
import { base64urlLength, bigintToBase64url } from './base64url';
import {
	payloadBelow,
	neverThrow,
	openCode,
	refuse,
	sealCode,
	type CodeError,
	type ContentHistory,
	type ContentLayout
} from './history';

/** One topic's shared score: percent (null when nothing is answered) and how much it rests on. */
export interface SharedTopic {
	topic: string;
	percent: number | null;
	answered: number;
	total: number;
}

/** A result as shared: the overall percent and per-topic scores, in layout order. */
export interface SharedResult {
	overallPercent: number | null;
	topics: SharedTopic[];
}

/** The result of reading a result code: the result mapped to the current topics, or why not. */
export type ResultDecode =
	| {
			ok: true;
			result: SharedResult;
			/** The content version the code was made against. */
			version: string;
			/** Current topics the code has no score for (shown as not answered). */
			missingTopics: string[];
			/** Topics of the code's version that no longer exist (dropped). */
			unknownTopics: string[];
	  }
	| CodeError;

/** 0 for null, else 1 + percent. */
const OVERALL = 102n;

/** Per topic: 0 when nothing is answered, else 1 + (answered - 1) * 101 + percent. */
function radixOf(total: number): bigint {
	return 1n + 101n * BigInt(total);
}

/** Whether a number is a whole percent 0..100. */
function isPercent(percent: number): boolean {
	return Number.isInteger(percent) && percent >= 0 && percent <= 100;
}

/**
 * The whole percents the overall score can round to, given the topics' percents and how many
 * statements each rests on; null when no topic is answered. SCORING.md makes the overall score
 * the mean of the topic scores weighted by each topic's total weight, which lies between its
 * answered count (nothing marked important) and twice that (all marked). A shown percent p
 * stands for a score in [p - 0.5, p + 0.5) percent. So the overall lies between the lowest and
 * the highest such weighted mean, and any percent outside the range is contradictory. The
 * bounds are computed exactly, in half percents: the extreme weighting gives the double weight
 * to the topics below (for the lowest mean) or above (for the highest) some threshold. The
 * range is never narrower than the truth (so no real result is refused); with one topic it is
 * exactly that topic's percent.
 */
export function overallPercentRange(
	topics: readonly Pick<SharedTopic, 'percent' | 'answered'>[]
): [number, number] | null {
	const answered = topics.filter(
		(t): t is { percent: number; answered: number } => t.answered > 0 && t.percent !== null
	);
	if (answered.length === 0) return null;
	/** The extreme weighted mean of `values` (half percents), as [numerator, denominator]. */
	const extreme = (values: { value: number; answered: number }[], lowest: boolean) => {
		const sorted = [...values].sort((a, b) => (lowest ? a.value - b.value : b.value - a.value));
		let best: [number, number] | null = null;
		for (let heavy = 0; heavy <= sorted.length; heavy++) {
			let numerator = 0;
			let denominator = 0;
			sorted.forEach(({ value, answered: count }, i) => {
				const weight = i < heavy ? 2 * count : count;
				numerator += weight * value;
				denominator += weight;
			});
			const better =
				!best ||
				(lowest
					? numerator * best[1] < best[0] * denominator
					: numerator * best[1] > best[0] * denominator);
			if (better) best = [numerator, denominator];
		}
		return best!;
	};
	const [lowNum, lowDen] = extreme(
		answered.map((t) => ({ value: Math.max(2 * t.percent - 1, 0), answered: t.answered })),
		true
	);
	const [highNum, highDen] = extreme(
		answered.map((t) => ({ value: Math.min(2 * t.percent + 1, 200), answered: t.answered })),
		false
	);
	// In half percents the overall is at least lowNum / lowDen (reached when every topic sits at
	// its lowest) and below 2p + 1, so p > (low - 1) / 2. It is below highNum / highDen, which no
	// score reaches since a percent p < 100 means a score under p + 0.5 (all 100 % reach it),
	// and at least 2p - 1, so p < (high + 1) / 2.
	const low = Math.max(0, Math.floor((lowNum - lowDen) / (2 * lowDen)) + 1);
	const high = answered.every((t) => t.percent === 100)
		? 100
		: Math.min(100, Math.ceil((highNum + highDen) / (2 * highDen)) - 1);
	return [low, high];
}

/** Whether an overall percent is one the topic scores allow (see overallPercentRange). */
export function overallAgrees(
	overallPercent: number | null,
	topics: readonly Pick<SharedTopic, 'percent' | 'answered'>[]
): boolean {
	const range = overallPercentRange(topics);
	if (range === null || overallPercent === null) return range === null && overallPercent === null;
	return overallPercent >= range[0] && overallPercent <= range[1];
}

/** Throws unless a shared result is one the code can carry (and matches `layout` if given). */
function check(result: SharedResult, layout?: ContentLayout): void {
	const { overallPercent, topics } = result;
	for (const { topic, percent, answered, total } of topics) {
		if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`${topic}: bad total`);
		if (!Number.isInteger(answered) || answered < 0 || answered > total) {
			throw new RangeError(`${topic}: answered must be 0..${total}`);
		}
		if (percent === null ? answered !== 0 : answered === 0 || !isPercent(percent)) {
			throw new RangeError(`${topic}: percent must be null iff nothing is answered, else 0..100`);
		}
	}
	const answered = topics.some((topic) => topic.answered > 0);
	if (overallPercent === null ? answered : !answered || !isPercent(overallPercent)) {
		throw new RangeError('overallPercent must be null iff nothing is answered, else 0..100');
	}
	if (!overallAgrees(overallPercent, topics)) {
		throw new RangeError(`overallPercent ${overallPercent} contradicts the topic scores`);
	}
	if (layout) {
		const expected = layout.topics.map((t) => `${t.id}:${t.statements.length}`).join();
		const actual = topics.map((t) => `${t.topic}:${t.total}`).join();
		if (expected !== actual)
			throw new RangeError(`Topics ${actual} do not match layout ${expected}`);
	}
}

/**
 * Encodes a result made against content version `version`. Its topics must be that version's,
 * in layout order, with `total` its statement count; pass the layout to have that checked.
 */
export function encodeResultCode(
	result: SharedResult,
	version: string,
	layout?: ContentLayout
): string {
	check(result, layout);
	let value = result.overallPercent === null ? 0n : 1n + BigInt(result.overallPercent);
	let limit = OVERALL;
	for (const { percent, answered, total } of result.topics) {
		const radix = radixOf(total);
		const digit = percent === null ? 0n : 1n + 101n * BigInt(answered - 1) + BigInt(percent);
		value = value * radix + digit;
		limit *= radix;
	}
	return sealCode('R', version, bigintToBase64url(value, base64urlLength(limit)));
}

/**
 * Decodes a result code (or a link ending in one) onto the current topics; never throws. A
 * linear sequence of guards, each refusing with its own reason, so it reads best in one piece.
 */
export function decodeResultCode(
	input: string,
	current: string,
	history: ContentHistory
): ResultDecode {
	return neverThrow(() => {
		const code = openCode(input, 'R', current, history);
		if (!code.ok) return code;
		const { topics } = code.layout;
		const limit = topics.reduce((product, t) => product * radixOf(t.statements.length), OVERALL);
		const payload = payloadBelow(code, limit, `${topics.length} topics`, 'scores');
		if (typeof payload !== 'bigint') return payload;
		let value = payload;

		// Read the digits from the last; the mixed radix makes answered <= total and
		// "percent null iff answered 0" hold for every value below the limit.
		const byId = new Map<string, SharedTopic>();
		for (let i = topics.length - 1; i >= 0; i--) {
			const { id = '', statements = [] } = topics[i] ?? {};
			const radix = radixOf(statements.length);
			const digit = Number(value % radix);
			value /= radix;
			const answered = digit === 0 ? 0 : Math.floor((digit - 1) / 101) + 1;
			const percent = digit === 0 ? null : (digit - 1) % 101;
			byId.set(id, { topic: id, percent, answered, total: statements.length });
		}
		const overallPercent = value === 0n ? null : Number(value) - 1;
		// A forged link could pair 100 % overall with 0 % in every topic: no answers give that.
		if (!overallAgrees(overallPercent, [...byId.values()])) {
			return refuse('damaged', 'The overall percent does not agree with the topic scores.');
		}

		const currentIds = new Set(code.currentLayout.topics.map((topic) => topic.id));
		return {
			ok: true,
			result: {
				overallPercent,
				topics: code.currentLayout.topics.map(
					(topic) =>
						byId.get(topic.id) ?? {
							topic: topic.id,
							percent: null,
							answered: 0,
							total: topic.statements.length
						}
				)
			},
			version: code.version,
			missingTopics: code.currentLayout.topics.map((t) => t.id).filter((id) => !byId.has(id)),
			unknownTopics: topics.map((t) => t.id).filter((id) => !currentIds.has(id))
		};
	});
}
