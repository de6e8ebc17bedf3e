/**
 * Content versions and the envelope both share codes have in common:
 *   kind letter + format digit + content version (7) + payload + checksum (2).
 * See docs/CODES.md. Plain TypeScript: no Svelte, no DOM.
 */
import { base64urlLength, base64urlToBigint, checksum12, isBase64url } from './base64url';

/** The statement order of one content version: topics in order, each with its statement ids in order. */
export interface ContentLayout {
	topics: { id: string; statements: string[] }[];
	/** Each statement's fingerprint (texts and position) in this version, when recorded. */
	fingerprints?: Record<string, string>;
}

/** Every published content version of a pack, by version string (7 chars [0-9a-z]). Includes the current one. */
export type ContentHistory = Record<string, ContentLayout>;

/** The layout of a pack (any language's): its topic ids in order, each with its statement ids in order. */
export function layoutOf(pack: {
	topics: readonly { id: string; statements: readonly { id: string }[] }[];
}): ContentLayout {
	return {
		topics: pack.topics.map((topic) => ({
			id: topic.id,
			statements: topic.statements.map((statement) => statement.id)
		}))
	};
}

const idsByLayout = new WeakMap<ContentLayout, readonly string[]>();

/**
 * The statement order of a layout: topics in order, their statements in order. Remembered per
 * layout object, since a class view reads hundreds of codes against the same few layouts.
 */
export function statementIdsOf(layout: ContentLayout): readonly string[] {
	let ids = idsByLayout.get(layout);
	if (!ids) {
		ids = Object.freeze(layout.topics.flatMap((topic) => topic.statements));
		idsByLayout.set(layout, ids);
	}
	return ids;
}

/**
 * Ids of statements in both layouts whose fingerprint differs: reworded or given another
 * position between them. An answer given to the older wording must not count toward the new
 * one, so these are treated as removed and added. A layout without fingerprints (recorded
 * before they were) counts as unchanged.
 */
export function changedStatements(from: ContentLayout, to: ContentLayout): string[] {
	const before = from.fingerprints;
	const after = to.fingerprints;
	if (!before || !after || from === to) return [];
	return statementIdsOf(to).filter(
		(id) => Object.hasOwn(before, id) && Object.hasOwn(after, id) && before[id] !== after[id]
	);
}

/**
 * For every version of `history`, the ids changed between it and `current` (only versions with
 * any change are listed): what a saved answer or a code from that version must set aside.
 */
export function changesSince(history: ContentHistory, current: string): Record<string, string[]> {
	const now = layoutIn(history, current);
	if (!now) return {};
	const changes: Record<string, string[]> = {};
	for (const [version, layout] of Object.entries(history)) {
		const changed = changedStatements(layout, now);
		if (changed.length > 0) changes[version] = changed;
	}
	return changes;
}

/** Whether `version` is a content version string: exactly 7 characters [0-9a-z]. */
export function isContentVersion(version: string): boolean {
	return /^[0-9a-z]{7}$/.test(version);
}

/** The layout of `version` in `history`, ignoring anything inherited from Object.prototype. */
export function layoutIn(history: ContentHistory, version: string): ContentLayout | undefined {
	return Object.hasOwn(history, version) ? history[version] : undefined;
}

/**
 * Why a code was refused: 'wrong-kind' is the other kind of code (a result code where an answer
 * code was asked for, or the reverse); 'format-version' a newer format this build cannot read.
 */
export type CodeErrorReason =
	'empty' | 'format' | 'wrong-kind' | 'format-version' | 'unknown-version' | 'damaged';

/** A refused code: the reason, and a non-empty English detail for logs (the UI words it from `reason`). */
export interface CodeError {
	ok: false;
	reason: CodeErrorReason;
	detail: string;
	/**
	 * For a damaged hand-copyable code: the group (1-based, as the code is written in groups of
	 * four) where a typo most likely is; absent when the check cannot tell.
	 */
	group?: number;
}

/** The kinds of code: 'A' answer code, 'R' result code. */
export type CodeKind = 'A' | 'R';

/** The one format version this build writes and reads, the digit after the kind letter. */
export const codeFormat = '1';

/** Inputs longer than this are refused before they are looked at (a pasted link is far shorter). */
export const maxCodeInput = 500;

const kindNames: Record<CodeKind, string> = { A: 'answer code', R: 'result code' };
const withArticle: Record<CodeKind, string> = { A: 'an answer code', R: 'a result code' };

/** A refusal with its reason and detail. */
export function refuse(reason: CodeErrorReason, detail: string): CodeError {
	return { ok: false, reason, detail };
}

/** Wraps a payload in the envelope: kind, format digit, content version, payload, checksum. */
export function sealCode(kind: CodeKind, version: string, payload: string): string {
	if (!isContentVersion(version)) {
		throw new RangeError(`"${version}" is not a content version (7 characters 0-9a-z)`);
	}
	if (!isBase64url(payload)) throw new RangeError(`Payload "${payload}" is not base64url`);
	const body = kind + codeFormat + version + payload;
	return body + checksum12(body);
}

/** A code whose envelope checks out: its content version, both layouts and the raw payload. */
export interface OpenedCode {
	ok: true;
	version: string;
	layout: ContentLayout;
	currentLayout: ContentLayout;
	payload: string;
}

/**
 * The code in a pasted text or a fragment: percent-escapes decoded (some mail programs write a
 * link's fragment as `%52%31…`, and `%20` after it), trimmed, and without anything up to and
 * including a '#'. A code has no '%' of its own, so decoding never changes a plain code.
 */
export function codeIn(input: string): string {
	let text = input.trim();
	if (text.includes('%')) {
		try {
			text = decodeURIComponent(text).trim();
		} catch {
			// A stray '%' that starts no escape: read the text as it is.
		}
	}
	return text.slice(text.lastIndexOf('#') + 1).trim();
}

/**
 * Checks everything but the payload: prefix, characters, checksum, content version. The order
 * of checks decides the reason: a newer format wins over bad characters (a later format may
 * use others), and the checksum is checked before the version is looked up, so a mistyped
 * version reads as 'damaged', not 'unknown-version'. Kept in one function for that reason: the
 * order of the guards is the rule.
 */
// eslint-disable-next-line max-lines-per-function -- the order of the guards is the rule (see above)
export function openCode(
	input: string,
	kind: CodeKind,
	current: string,
	history: ContentHistory
): OpenedCode | CodeError {
	const name = kindNames[kind];
	if (typeof input !== 'string') return refuse('format', `Not a string but ${typeof input}.`);
	if (input.length > maxCodeInput) {
		return refuse('format', `Longer than ${maxCodeInput} characters; no ${name} is that long.`);
	}
	const text = codeIn(input);
	if (text === '') return refuse('empty', `There is no ${name} to read: the text is empty.`);

	const [letter = '', digit = ''] = text;
	if (letter !== kind || !/^[1-9]$/.test(digit)) {
		const other = kind === 'A' ? 'R' : 'A';
		if (letter === other && /^[1-9]$/.test(digit)) {
			return refuse('wrong-kind', `This is ${withArticle[other]}, not ${withArticle[kind]}.`);
		}
		return refuse(
			'format',
			`Not ${withArticle[kind]}: it should start with "${kind}${codeFormat}".`
		);
	}
	if (digit !== codeFormat) {
		return refuse(
			'format-version',
			`Written in format ${kind}${digit}; this version of the site reads only ${kind}${codeFormat}.`
		);
	}
	if (!isBase64url(text)) {
		return refuse('format', `Has characters no ${name} has (only A-Z, a-z, 0-9, - and _).`);
	}
	if (text.length < 2 + 7 + 2) return refuse('damaged', `Too short to be ${withArticle[kind]}.`);

	const body = text.slice(0, -2);
	if (checksum12(body) !== text.slice(-2)) {
		return refuse(
			'damaged',
			'The checksum does not match: a character is missing, extra or wrong.'
		);
	}
	const version = body.slice(2, 9);
	if (!isContentVersion(version)) {
		return refuse('damaged', `"${version}" is not a content version.`);
	}
	const layout = layoutIn(history, version);
	if (!layout) {
		return refuse(
			'unknown-version',
			`Made for content version ${version}, which this site does not have.`
		);
	}
	const currentLayout = layoutIn(history, current);
	if (!currentLayout) {
		return refuse(
			'unknown-version',
			`The current content version ${current} is not in the history.`
		);
	}
	return { ok: true, version, layout, currentLayout, payload: body.slice(9) };
}

/**
 * The payload of an opened code as an integer below `limit`: refused as 'damaged' when it is not
 * exactly as wide as `limit` needs, or reads as `limit` or more. `size` says what the layout has
 * ("36 statements") and `values` what the payload holds ("answers"), for the detail.
 */
export function payloadBelow(
	code: OpenedCode,
	limit: bigint,
	size: string,
	values: string
): bigint | CodeError {
	const length = base64urlLength(limit);
	if (code.payload.length !== length) {
		return refuse(
			'damaged',
			`Content version ${code.version} has ${size}, written in ${length} characters, not ${code.payload.length}.`
		);
	}
	const value = base64urlToBigint(code.payload);
	if (value === null || value >= limit) {
		return refuse('damaged', `The ${values} are out of range for content version ${code.version}.`);
	}
	return value;
}

/** Runs a decoder so that it never throws: an unexpected error becomes a 'damaged' refusal. */
export function neverThrow<T>(decode: () => T | CodeError): T | CodeError {
	try {
		return decode();
	} catch (error) {
		const message = error instanceof Error ? error.message : 'unknown error';
		return refuse('damaged', `Could not read the code: ${message}`);
	}
}
