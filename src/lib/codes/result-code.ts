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
		const answered = [...byId.values()].some((topic) => topic.answered > 0);
		if ((overallPercent === null) === answered) {
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
