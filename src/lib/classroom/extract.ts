/**
 * Finds students' answer codes in any pasted text (a chat log, a spreadsheet column, an email)
 * for the class view. Plain TypeScript: no Svelte, no DOM.
 *
 * What counts as a candidate:
 * - A run of code characters that starts with `A` or `R`, a digit and seven characters
 *   `[0-9a-z]` (the kind, the format and the content version of docs/CODES.md), followed by at
 *   least one more code character `[A-Za-z0-9_-]`, as /[AR]\d[0-9a-z]{7}[A-Za-z0-9_-]+/.
 * - It must start the text or follow a character that is not a letter or digit: a space, a line
 *   break, `#` in a link, `:`, `(`, quotes, `_` or `-` (markdown, lists) all work; `%23` (an
 *   encoded `#` in a wrapped link, as mail filters write them) works too. A candidate glued to a
 *   word before it ("kodA1...") is not one: that keeps words such as "DATA1..." out.
 * - It ends at the first character that is not a code character, so trailing punctuation that a
 *   code never contains ('.', ',', ')', '!', '?', '"', '<', '&', whitespace) is never part of it.
 *
 * A candidate that decodes is a code. One refused as damaged is repaired only where the code's
 * own length and checksum can prove the repair, which makes a false repair about as likely as a
 * random code passing the checksum (1 in 4096, times the share of values below the limit):
 * - too long: trailing characters that are code characters too ('-' or '_' closing a markdown
 *   span, a word glued on after it): the prefix of the length its content version needs;
 * - too short: a code broken over lines or by spaces (an email client wrapping a long line):
 *   the following whitespace-separated fragments are joined on until the length is reached.
 * Codes are case-sensitive, so nothing is lower- or upper-cased.
 *
 * The hand-copyable `A2` codes (docs/CODES.md) are found too: `A2` or `a2` and two more letters or
 * digits, at a clean start as above, then groups of letters and digits separated by '-', spaces or
 * a line break, in any case. The groups are joined until they are exactly as long as an `A2` code
 * of a version in the history and decode; the found code is written in its canonical form (capitals,
 * groups of four), so the same code typed two ways counts as a repeat. A candidate that never
 * decodes is listed with the reason and, where the check can tell, the group with the typo.
 *
 * Known limits: a code broken within its first ten characters is not recognised at all (email
 * clients wrap at spaces, so this takes a hand-made break). Identical codes are one code with a
 * count: two students with exactly the same answers have the same code, and the class set lets
 * the teacher count them apart (ClassSet.countRepeats).
 */
import {
	answerCodeLength as v2CodeLength,
	canonicalAnswerCode,
	decodeAnswerCode,
	type AnswerDecode
} from '../codes/answer-code';
import { normalizeCrockford } from '../codes/crockford';
import { base64urlLength } from '../codes/base64url';
import {
	layoutIn,
	maxCodeInput,
	statementIdsOf,
	type CodeErrorReason,
	type ContentHistory
} from '../codes/history';
import type { Answers } from '../quiz/scoring';
import { runAtOnce, runInChunks, type ChunkOptions } from './chunks';

/** Longest text read, in characters (about 25,000 codes with chatter); the rest is left unread. */
export const maxPasteLength = 2_000_000;

/** Why a candidate was not used: the decoder's reason ('wrong-kind' for a result code). */
export type ProblemReason = CodeErrorReason;

/** What the extractor needs to read codes: the current content version and every published one. */
export interface CodeContext {
	version: string;
	history: ContentHistory;
}

/** One student's answer code that decoded, with the answers it carries. */
export interface FoundCode {
	code: string;
	answers: Answers;
	/** The content version the code was made against. */
	version: string;
	/** The line (1-based) of the text where the code was first found. */
	line: number;
	/** How many times it was found: more than once may be one pupil twice, or two pupils alike. */
	count: number;
}

/** A candidate that could not be used, with how often it occurred. */
export interface CodeProblem {
	text: string;
	reason: ProblemReason;
	/** The line (1-based) of its first occurrence. */
	line: number;
	count: number;
	/** For an `A2` code: the group (1-based, in fours) where a typo most likely is. */
	group?: number;
}

/** Everything found in a text. */
export interface Extraction {
	/** Distinct codes that decoded, in the order of their first occurrence. */
	codes: FoundCode[];
	/** How many codes that decoded were found, repeats included. */
	occurrences: number;
	/** Repeats of a code already found (occurrences - codes.length). */
	duplicates: number;
	/** Distinct candidates that could not be used, in order of first occurrence. */
	problems: CodeProblem[];
	/** True when the text was longer than maxPasteLength and only its beginning was read. */
	truncated: boolean;
}

// A2 first: an old code never starts with it, and an A2 code typed in lower case could otherwise
// be taken for the start of an old one.
const candidatePattern = /[Aa]2[0-9A-Za-z]{2}|[AR][0-9][0-9a-z]{7}[A-Za-z0-9_-]+/g;
const letterOrDigit = /[A-Za-z0-9]/;
/** The most fragments a broken code is joined from (a 35-character code in 5-character bits). */
const maxFragments = 8;

/** The length of an answer code for `version`, or null for a version not in the history. */
function answerCodeLength(version: string, history: ContentHistory): number | null {
	const layout = layoutIn(history, version);
	if (!layout) return null;
	const statements = statementIdsOf(layout).length;
	return 2 + 7 + base64urlLength(12n ** BigInt(statements)) + 2;
}

/** Whether a candidate may start at `index`: at the start, after a non-alphanumeric or '%23'. */
function startsCleanly(text: string, index: number, forced: number): boolean {
	if (index === 0 || index === forced) return true;
	if (text.endsWith('%23', index)) return true;
	return !letterOrDigit.test(text.charAt(index - 1));
}

interface Repair {
	code: string;
	answers: Answers;
	version: string;
	/** Where the repaired code ends in the text. */
	end: number;
}

/** Tries the repairs the module comment describes for a damaged candidate at `start`. */
function repair(text: string, start: number, token: string, context: CodeContext): Repair | null {
	const length = answerCodeLength(token.slice(2, 9), context.history);
	if (length === null || token.length === length) return null;
	// Whitespace and then one fragment of code characters, read from `end` on (sticky).
	const fragmentPattern = /\s+([A-Za-z0-9_-]+)/y;
	let joined = token;
	let end = start + token.length;
	for (let parts = 0; joined.length < length && parts < maxFragments; parts++) {
		fragmentPattern.lastIndex = end;
		const fragment = fragmentPattern.exec(text);
		if (!fragment) break;
		joined += fragment[1];
		end = fragmentPattern.lastIndex;
	}
	if (joined.length < length) return null;
	const code = joined.slice(0, length);
	const decoded = decodeAnswerCode(code, context.version, context.history);
	if (!decoded.ok) return null;
	return {
		code,
		answers: decoded.answers,
		version: decoded.version,
		end: end - (joined.length - length)
	};
}

/** How many candidates are read between two looks at the clock when reading in chunks. */
const candidatesPerStep = 100;

const lengthsByHistory = new WeakMap<ContentHistory, number[]>();

/** The lengths (without separators) of `A2` codes of the versions in a history, shortest first. */
function v2Lengths(history: ContentHistory): number[] {
	let lengths = lengthsByHistory.get(history);
	if (!lengths) {
		const all = Object.keys(history).flatMap((version) => {
			const layout = layoutIn(history, version);
			return layout ? [v2CodeLength(layout)] : [];
		});
		lengths = [...new Set(all)].sort((a, b) => a - b);
		lengthsByHistory.set(history, lengths);
	}
	return lengths;
}

/** What reading an `A2` candidate gave: a code, a problem, or nothing worth listing. */
type V2Reading =
	| { kind: 'code'; code: string; answers: Answers; version: string; end: number }
	| { kind: 'problem'; text: string; reason: CodeErrorReason; group?: number; end: number }
	| { kind: 'none' };

/**
 * Candidates shorter than this (or than the shortest code less two) that never decode are not
 * listed: "A2B4" is a paper size, not a code.
 */
const minV2Problem = 10;

/** Reads the `A2` candidate at `start`: see the module comment. */
// eslint-disable-next-line max-lines-per-function -- the candidate's cases in reading order: groups, length, checksum, payload
function readV2(text: string, start: number, context: CodeContext): V2Reading {
	const lengths = v2Lengths(context.history);
	const longest = lengths[lengths.length - 1] ?? 0;
	const first = /[0-9A-Za-z]+/y;
	const next =
		/(?:[ \t\u00a0]*-[ \t\u00a0]*|[ \t\u00a0]*\r?\n[ \t\u00a0]*|[ \t\u00a0]{1,3})([0-9A-Za-z]+)/y;
	first.lastIndex = start;
	let match = first.exec(text);
	let tokenStart = start;
	let joined = '';
	// The candidate as far as it goes on its own line (without a later code), for a problem.
	let sameLine = '';
	let sameLineEnd = start;
	let onFirstLine = true;
	let previous = '';
	while (match) {
		const token = match[match.length - 1] ?? '';
		const normal = normalizeCrockford(token);
		if (normal === null) break;
		const separator = match[0].slice(0, match[0].length - token.length);
		// A group after a space that starts with A2 may be the next code: a problem stops there.
		// A problem stops at a line break, and at a space unless it separates groups of four
		// (words after a cut code are not part of it; a group starting with A2 may be the next code).
		if (
			separator.includes('\n') ||
			(joined !== '' &&
				separator.trim() === '' &&
				(/^[Aa]2/.test(token) || previous.length !== 4 || token.length > 4))
		) {
			onFirstLine = false;
		}
		previous = token;
		for (const length of lengths) {
			if (length <= joined.length || length > joined.length + normal.length) continue;
			const candidate = (joined + normal).slice(0, length);
			const decoded = decodeAnswerCode(candidate, context.version, context.history);
			if (decoded.ok) {
				return {
					kind: 'code',
					code: canonicalAnswerCode(candidate) ?? candidate,
					answers: decoded.answers,
					version: decoded.version,
					end: tokenStart + (length - joined.length)
				};
			}
		}
		joined += normal;
		if (onFirstLine) {
			sameLine = joined;
			sameLineEnd = tokenStart + token.length;
		}
		if (joined.length >= longest) break;
		next.lastIndex = tokenStart + token.length;
		match = next.exec(text);
		if (match) tokenStart = match.index + match[0].length - (match[1] ?? '').length;
	}
	if (sameLine.length < Math.min(minV2Problem, (lengths[0] ?? 0) - 2)) {
		return { kind: 'none' };
	}
	const problem = sameLine.slice(0, longest);
	const decoded = decodeAnswerCode(problem, context.version, context.history);
	// A candidate that still decodes here is a code with text glued on; it was found above.
	const reason: CodeErrorReason = decoded.ok ? 'damaged' : decoded.reason;
	const group = decoded.ok ? undefined : decoded.group;
	return {
		kind: 'problem',
		text: canonicalAnswerCode(problem) ?? problem,
		reason,
		...(group ? { group } : {}),
		end: sameLineEnd
	};
}

/** Finds every answer code and answer link in `input`; see the module comment. Never throws. */
export function extractCodes(input: string, context: CodeContext): Extraction {
	return runAtOnce(extractionSteps(input, context));
}

/**
 * One person's code inside a longer text ("Min kod: A2…." from a chat or a mail), for the page
 * that restores answers: the decoded code when the text holds exactly one, or the reason its one
 * candidate was refused. Null when the text holds no candidate, or several different ones.
 */
export function theOneCodeIn(input: string, context: CodeContext): AnswerDecode | null {
	if (input.length > maxCodeInput) return null;
	const { codes, problems } = extractCodes(input, context);
	if (codes.length === 1 && problems.length === 0)
		return decodeAnswerCode(codes[0]!.code, context.version, context.history);
	if (codes.length === 0 && problems.length === 1) {
		const decoded = decodeAnswerCode(problems[0]!.text, context.version, context.history);
		return decoded.ok ? null : decoded;
	}
	return null;
}

/** Options of extractCodesInChunks: `onProgress` gets the share of the text read. */
export type { ChunkOptions } from './chunks';

/**
 * The same as extractCodes, read in chunks of about `sliceMs` with a pause for the main thread
 * between them, so that a paste of 25,000 codes never freezes the page; reports progress.
 */
export function extractCodesInChunks(
	input: string,
	context: CodeContext,
	options: ChunkOptions = {}
): Promise<Extraction> {
	return runInChunks(extractionSteps(input, context), options);
}

/**
 * The reading itself, as steps: yields the share of the text read (0..1) every few candidates,
 * and returns what it found.
 */
// eslint-disable-next-line max-lines-per-function -- one pass over the text; its steps share the counts they yield
function* extractionSteps(input: string, context: CodeContext): Generator<number, Extraction> {
	const truncated = input.length > maxPasteLength;
	const text = truncated ? input.slice(0, maxPasteLength) : input;
	const codes = new Map<string, FoundCode>();
	const problems = new Map<string, CodeProblem>();
	let occurrences = 0;

	// Line numbers are counted as the scan moves forward, so the whole scan stays linear.
	let line = 1;
	let counted = 0;
	const lineAt = (index: number) => {
		for (
			let i = text.indexOf('\n', counted);
			i !== -1 && i < index;
			i = text.indexOf('\n', i + 1)
		) {
			line++;
		}
		counted = Math.max(counted, index);
		return line;
	};
	const addProblem = (token: string, reason: ProblemReason, at: number, group?: number) => {
		const key = `${reason}\n${token}`;
		const known = problems.get(key);
		if (known) known.count++;
		else
			problems.set(key, { text: token, reason, line: at, count: 1, ...(group ? { group } : {}) });
	};
	const addCode = (found: Omit<FoundCode, 'line' | 'count'>, at: number) => {
		occurrences++;
		const known = codes.get(found.code);
		if (known) known.count++;
		else codes.set(found.code, { ...found, line: at, count: 1 });
	};

	// After a code repaired from a longer run, the next code may follow with no separator.
	let forced = -1;
	const pattern = new RegExp(candidatePattern);
	let read = 0;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const start = match.index;
		if (++read % candidatesPerStep === 0) yield start / text.length;
		// lastIndex is already past the whole run, so a glued-on run is skipped in one step.
		if (!startsCleanly(text, start, forced)) continue;
		const token = match[0];
		const at = lineAt(start);
		if (token.length === 4) {
			const reading = readV2(text, start, context);
			if (reading.kind === 'code') {
				addCode(reading, at);
				pattern.lastIndex = reading.end;
				forced = reading.end;
			} else if (reading.kind === 'problem') {
				addProblem(reading.text, reading.reason, at, reading.group);
				pattern.lastIndex = reading.end;
			}
			continue;
		}
		// A repeat of a code already read needs no second decoding.
		const known = codes.get(token);
		if (known) {
			occurrences++;
			known.count++;
			continue;
		}
		const decoded = decodeAnswerCode(token, context.version, context.history);
		let found: Omit<FoundCode, 'line' | 'count'> | null = decoded.ok
			? { code: token, answers: decoded.answers, version: decoded.version }
			: null;
		if (!decoded.ok && decoded.reason === 'damaged') {
			const repaired = repair(text, start, token, context);
			if (repaired) {
				found = repaired;
				pattern.lastIndex = repaired.end;
				forced = repaired.end;
			}
		}
		if (found) {
			addCode(found, at);
		} else if (!decoded.ok) {
			addProblem(token, decoded.reason, at);
		}
	}

	return {
		codes: [...codes.values()],
		occurrences,
		duplicates: occurrences - codes.size,
		problems: [...problems.values()],
		truncated
	};
}

/**
 * The set `extraction` (null for none yet) with one more answer code, as if it had been found
 * once more at the end of the text: a repeat counts as one, a new code comes last. Null, and the
 * set unchanged, when `code` does not decode. For codes typed in from paper worksheets.
 */
export function withCode(
	extraction: Extraction | null,
	code: string,
	context: CodeContext
): Extraction | null {
	const decoded = decodeAnswerCode(code, context.version, context.history);
	if (!decoded.ok) return null;
	const written = canonicalAnswerCode(code) ?? code.trim();
	const base: Extraction = extraction ?? {
		codes: [],
		occurrences: 0,
		duplicates: 0,
		problems: [],
		truncated: false
	};
	const known = base.codes.some((found) => found.code === written);
	const codes = known
		? base.codes.map((found) =>
				found.code === written ? { ...found, count: found.count + 1 } : found
			)
		: [
				...base.codes,
				{
					code: written,
					answers: decoded.answers,
					version: decoded.version,
					line: base.occurrences + 1,
					count: 1
				}
			];
	const occurrences = base.occurrences + 1;
	return { ...base, codes, occurrences, duplicates: occurrences - codes.length };
}

/** A pattern for one line of the stored form: exactly one candidate and nothing else. */
const storedLinePattern = /^(?:[AR][0-9][0-9a-z]{7}[A-Za-z0-9_-]+|A2[0-9A-Z]{2}[0-9A-Z-]*)$/;

/**
 * The form a class's codes are stored in: the codes (each as many times as it was found), then
 * the problem candidates, one per line. It holds no names and no other text from the paste, and it
 * is itself a text that extractCodes reads back to the same codes, counts and problems (without
 * the problems' repeat counts).
 * Problem candidates longer than a code can be are left out: they are not codes.
 */
export function storedFormOf(extraction: Extraction): string {
	return [
		...extraction.codes.flatMap((found) => Array.from({ length: found.count }, () => found.code)),
		...extraction.problems.filter((p) => p.text.length <= maxCodeInput).map((p) => p.text)
	].join('\n');
}

/** Whether a stored value is exactly what storedFormOf writes (else it is damaged or foreign). */
export function isStoredForm(value: string): boolean {
	return value.split('\n').every((line) => storedLinePattern.test(line));
}
