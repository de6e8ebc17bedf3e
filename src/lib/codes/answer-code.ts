/**
 * The answer code: every answer and importance mark of one person, for a content version.
 * `A1` + content version (7) + payload + checksum (2); see docs/CODES.md.
 * Each statement is one base-12 digit; the digits, first statement most significant, make one
 * integer written in exactly as many base64url characters as 12^n needs.
 */
import { answerValues, isAnswerValue, type Answer, type Answers } from '../quiz/scoring';
import { base64urlLength, bigintToBase64url } from './base64url';
import {
	changedStatements,
	payloadBelow,
	neverThrow,
	openCode,
	sealCode,
	statementIdsOf,
	type CodeError,
	type ContentHistory,
	type ContentLayout
} from './history';

/** The result of reading an answer code: answers by current statement id, or why not. */
export type AnswerDecode =
	| {
			ok: true;
			answers: Answers;
			/** The content version the code was made against. */
			version: string;
			/** Current statement ids the code has no entry for: they are newer than its version. */
			added: string[];
			/**
			 * Statement ids of the code's version that no longer exist, or whose wording or position
			 * changed since (those are in `changed` too): their answers are dropped.
			 */
			removed: string[];
			/** Ids whose wording or position changed since the code's version: in `added` and `removed`. */
			changed: string[];
	  }
	| CodeError;

const NOT_REACHED = 0;
const SKIPPED = 1;
const STATES = 12n;
/** Digits read per BigInt division when decoding. */
const CHUNK = 14;
const CHUNK_BASE = STATES ** BigInt(CHUNK);

/** The digit of one answer: 0 not reached, 1 skipped, 2-6 value -2..2, 7-11 the same, important. */
function stateOf(answer: Answer | undefined): number {
	if (!answer) return NOT_REACHED;
	if (answer.value === 'skip') return SKIPPED;
	// Answers may come from storage; anything that is not a real answer counts as not reached.
	if (!isAnswerValue(answer.value)) return NOT_REACHED;
	return answer.value + (answer.important === true ? 9 : 4);
}

/** The answer a digit stands for; undefined for 'not reached'. */
function answerOf(state: number): Answer | undefined {
	if (state === SKIPPED) return { value: 'skip', important: false };
	const value = answerValues[(state - 2) % 5];
	return state > SKIPPED && value !== undefined ? { value, important: state >= 7 } : undefined;
}

/** Encodes answers for the statements of `layout`; ids not in the layout are left out. */
export function encodeAnswerCode(answers: Answers, version: string, layout: ContentLayout): string {
	const ids = statementIdsOf(layout);
	let value = 0n;
	for (const id of ids) {
		const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
		value = value * STATES + BigInt(stateOf(answer));
	}
	return sealCode(
		'A',
		version,
		bigintToBase64url(value, base64urlLength(STATES ** BigInt(ids.length)))
	);
}

/** Decodes an answer code (or a link ending in one) into answers for the current version; never throws. */
export function decodeAnswerCode(
	input: string,
	current: string,
	history: ContentHistory
): AnswerDecode {
	return neverThrow(() => {
		const code = openCode(input, 'A', current, history);
		if (!code.ok) return code;
		const ids = statementIdsOf(code.layout);
		const limit = STATES ** BigInt(ids.length);
		const payload = payloadBelow(code, limit, `${ids.length} statements`, 'answers');
		if (typeof payload !== 'bigint') return payload;
		let value = payload;

		// Base-12 digits, last statement first, taken CHUNK digits at a time so that most of the
		// arithmetic is on plain numbers (12^14 < 2^53) rather than BigInt.
		const byId = new Map<string, Answer | undefined>();
		for (let end = ids.length; end > 0; end -= CHUNK) {
			let chunk = Number(value % CHUNK_BASE);
			value /= CHUNK_BASE;
			for (let i = end - 1; i >= Math.max(0, end - CHUNK); i--) {
				byId.set(ids[i] ?? '', answerOf(chunk % 12));
				chunk = Math.floor(chunk / 12);
			}
		}
		// An answer to an older wording of a statement never counts toward the new one.
		const changed = changedStatements(code.layout, code.currentLayout);
		for (const id of changed) byId.delete(id);
		const changedSet = new Set(changed);
		const currentIds = statementIdsOf(code.currentLayout);
		const currentSet = new Set(currentIds);
		const answers: Answers = Object.fromEntries(
			currentIds.flatMap((id): [string, Answer][] => {
				const answer = byId.get(id);
				return answer ? [[id, answer]] : [];
			})
		);
		return {
			ok: true,
			answers,
			version: code.version,
			added: currentIds.filter((id) => !byId.has(id)),
			removed: ids.filter((id) => !currentSet.has(id) || changedSet.has(id)),
			changed
		};
	});
}
