/**
 * The answer code: every answer and importance mark of one person, for a content version.
 * Each statement is one base-12 digit; the digits, first statement most significant, make one
 * integer. Two formats, see docs/CODES.md:
 * - `A2` (written): Crockford base32 in groups of four, case-insensitive, for copying by hand:
 *   `A2` + version fingerprint (2) + payload + check (4), checked over GF(1024).
 * - `A1` (still read): base64url, case-sensitive, `A1` + content version (7) + payload + CRC-12 (2).
 */
import { answerValues, isAnswerValue, type Answer, type Answers } from '../quiz/scoring';
import { base64urlLength, bigintToBase64url, crc12 } from './base64url';
import {
	bigintToSymbols,
	checkWord,
	normalizeCrockford,
	symbolLength,
	symbolsToBigint,
	symbolsToText,
	textToSymbols,
	withCheck
} from './crockford';
import {
	changedStatements,
	codeIn,
	isContentVersion,
	layoutIn,
	maxCodeInput,
	payloadBelow,
	refuse,
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

/** The answers for the statements of `layout` as one integer, first statement most significant. */
function valueOf(answers: Answers, layout: ContentLayout): bigint {
	let value = 0n;
	for (const id of statementIdsOf(layout)) {
		const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
		value = value * STATES + BigInt(stateOf(answer));
	}
	return value;
}

/**
 * Encodes answers in the old `A1` format (base64url). The site writes `A2`; this stays so that
 * tests can make the codes that were shared before, which must keep decoding.
 */
export function encodeAnswerCodeV1(
	answers: Answers,
	version: string,
	layout: ContentLayout
): string {
	const limit = STATES ** BigInt(statementIdsOf(layout).length);
	return sealCode(
		'A',
		version,
		bigintToBase64url(valueOf(answers, layout), base64urlLength(limit))
	);
}

/** The one symbol (10 bits) an `A2` code carries of its content version. */
export function versionFingerprint(version: string): number {
	return crc12(`A2${version}`) & 1023;
}

/** Characters per group in a written `A2` code. */
export const answerCodeGroup = 4;

/** Writes canonical Crockford text in groups of four joined by '-'. */
function grouped(text: string): string {
	return (text.match(/.{1,4}/g) ?? []).join('-');
}

/** The payload width, in 10-bit symbols, of an `A2` code for a layout. */
function payloadSymbols(layout: ContentLayout): number {
	return symbolLength(STATES ** BigInt(statementIdsOf(layout).length));
}

/** How many characters (separators left out) an `A2` code for a layout has. */
export function answerCodeLength(layout: ContentLayout): number {
	return 2 + 2 * (1 + payloadSymbols(layout) + 2);
}

/**
 * Encodes answers for the statements of `layout` as an `A2` code in groups of four, such as
 * `A2K7-M3QD-...`; ids not in the layout are left out.
 */
export function encodeAnswerCode(answers: Answers, version: string, layout: ContentLayout): string {
	if (!isContentVersion(version)) {
		throw new RangeError(`"${version}" is not a content version (7 characters 0-9a-z)`);
	}
	const payload = bigintToSymbols(valueOf(answers, layout), payloadSymbols(layout));
	return grouped('A2' + symbolsToText(withCheck([versionFingerprint(version), ...payload])));
}

/** The canonical written form of a text that normalizes to an `A2` code, or null. */
export function canonicalAnswerCode(text: string): string | null {
	const normal = normalizeCrockford(text);
	return normal !== null && normal.startsWith('A2') ? grouped(normal) : null;
}

/** Reads the answers of `value` (a payload below the limit) by id into the current layout. */
function answersFrom(
	value: bigint,
	version: string,
	layout: ContentLayout,
	currentLayout: ContentLayout
): AnswerDecode {
	const ids = statementIdsOf(layout);
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
	const changed = changedStatements(layout, currentLayout);
	for (const id of changed) byId.delete(id);
	const changedSet = new Set(changed);
	const currentIds = statementIdsOf(currentLayout);
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
		version,
		added: currentIds.filter((id) => !byId.has(id)),
		removed: ids.filter((id) => !currentSet.has(id) || changedSet.has(id)),
		changed
	};
}

/** The group (1-based, in fours) of the first written group that is not four characters long. */
function oddGroup(text: string): number | undefined {
	const groups = text.split(/[\s-]+/).filter((group) => group !== '');
	if (groups.length < 2) return undefined;
	const at = groups.findIndex((group, i) => group.length !== 4 && i < groups.length - 1);
	return at < 0 ? undefined : at + 1;
}

/** Decodes an `A2` code (already known to start so); see docs/CODES.md. */
function decodeV2(text: string, current: string, history: ContentHistory): AnswerDecode {
	const normal = normalizeCrockford(text);
	if (normal === null) {
		return refuse(
			'format',
			'Has characters no answer code has (only 0-9 and A-Z without U, in groups).'
		);
	}
	const symbols = textToSymbols(normal.slice(2));
	if (symbols === null || symbols.length < 3) {
		const group = oddGroup(text);
		return {
			...refuse('damaged', 'A character is missing or extra.'),
			...(group ? { group } : {})
		};
	}
	const verdict = checkWord(symbols);
	if (!verdict.ok) {
		const error = refuse('damaged', 'The check does not match: a character is wrong.');
		const group =
			verdict.symbol === null
				? oddGroup(text)
				: Math.floor((2 + 2 * verdict.symbol) / answerCodeGroup) + 1;
		return group ? { ...error, group } : error;
	}
	const fingerprint = symbols[0];
	const payload = symbols.slice(1, -2);
	const known = Object.keys(history).filter(
		(version) => isContentVersion(version) && versionFingerprint(version) === fingerprint
	);
	if (known.length === 0) {
		return refuse('unknown-version', 'Made for a content version this site does not have.');
	}
	// Two versions may share a fingerprint (1 in 1024); the payload width tells most apart.
	const fitting = known.filter((version) => {
		const layout = layoutIn(history, version);
		return layout !== undefined && payloadSymbols(layout) === payload.length;
	});
	if (fitting.length === 0) {
		return refuse('damaged', 'The code is not as long as an answer code of its version.');
	}
	const version = fitting.includes(current) ? current : fitting[0];
	if (version === undefined || (fitting.length > 1 && version !== current)) {
		return refuse('unknown-version', 'Its content version cannot be told apart from another.');
	}
	const layout = layoutIn(history, version);
	const currentLayout = layoutIn(history, current);
	if (!layout || !currentLayout) {
		return refuse(
			'unknown-version',
			`The current content version ${current} is not in the history.`
		);
	}
	const value = symbolsToBigint(payload);
	if (value >= STATES ** BigInt(statementIdsOf(layout).length)) {
		return refuse('damaged', `The answers are out of range for content version ${version}.`);
	}
	return answersFrom(value, version, layout, currentLayout);
}

/**
 * Decodes an answer code (or a link ending in one) into answers for the current version; never
 * throws. Reads `A2` in any case, with or without its groups, and the older `A1`.
 */
export function decodeAnswerCode(
	input: string,
	current: string,
	history: ContentHistory
): AnswerDecode {
	return neverThrow(() => {
		if (typeof input === 'string' && input.length <= maxCodeInput) {
			const text = codeIn(input);
			if (/^a2/i.test(text)) return decodeV2(text, current, history);
		}
		const code = openCode(input, 'A', current, history);
		if (!code.ok) return code;
		const ids = statementIdsOf(code.layout);
		const limit = STATES ** BigInt(ids.length);
		const payload = payloadBelow(code, limit, `${ids.length} statements`, 'answers');
		if (typeof payload !== 'bigint') return payload;
		return answersFrom(payload, code.version, code.layout, code.currentLayout);
	});
}
