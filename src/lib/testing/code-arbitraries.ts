/**
 * Test generators shared by the answer-code and result-code tests: statement ids (with names
 * Object.prototype has), content layouts, base64url strings, and character mutations of a code.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { base64urlAlphabet, checksum12 } from '../codes/base64url';
import type { CodeErrorReason, ContentHistory, ContentLayout } from '../codes/history';

// Ids include names that Object.prototype has, to catch lookups that are not own-property safe.
export const idArb = fc.oneof(
	{ weight: 12, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/) },
	{ weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'åsikt-ö') }
);

/** 1..45 statements over 1..10 topics (a topic may be empty). */
export const layoutArb: fc.Arbitrary<ContentLayout> = fc
	.record({
		statements: fc.uniqueArray(idArb, { minLength: 1, maxLength: 45 }),
		topics: fc.uniqueArray(idArb, { minLength: 1, maxLength: 10 })
	})
	.chain(({ statements, topics }) =>
		fc
			.array(fc.nat(topics.length - 1), {
				minLength: statements.length,
				maxLength: statements.length
			})
			.map((topicOf) => ({
				topics: topics.map((id, t) => ({
					id,
					statements: statements.filter((_, i) => topicOf[i] === t)
				}))
			}))
	);

/** The base64url alphabet, one character per entry. */
export const alphabet = [...base64urlAlphabet];

/** A string of `min`..`max` base64url characters. */
export const codeChars = (min: number, max: number) =>
	fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });

/** One change to a code: a character replaced, inserted, deleted, or two swapped. */
export type Mutation = { kind: 'replace' | 'insert' | 'delete' | 'swap'; at: number; char: string };

/** A mutation at any place, with a base64url character or any other. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
	kind: fc.constantFrom('replace', 'insert', 'delete', 'swap'),
	at: fc.nat(),
	char: fc.oneof(
		fc.constantFrom(...alphabet),
		fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
	)
});

/** A code with one mutation applied (the place wraps around the code's length). */
export function mutate(code: string, { kind, at, char }: Mutation): string {
	const i = at % (code.length + 1);
	if (kind === 'insert') return code.slice(0, i) + char + code.slice(i);
	if (kind === 'delete') return code.slice(0, i) + code.slice(i + 1);
	if (kind === 'replace') return code.slice(0, i) + char + code.slice(i + 1);
	return code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
}

/** A code as its property tests see it: values for a layout, an encoder and a checked decoder. */
export interface CodeUnderTest<V, D extends { ok: boolean }> {
	valueFor: (layout: ContentLayout) => fc.Arbitrary<V>;
	encode: (value: V, version: string, layout: ContentLayout) => string;
	decode: (input: string, version: string, history: ContentHistory) => D;
	/** What is wrong with a decode: it must be a valid value or a reason with a detail. */
	problemsOf: (decoded: D, layout: ContentLayout, history: ContentHistory) => string[];
}

/** A layout, a value of the code made for it, and something more. */
function withValue<V, D extends { ok: boolean }, E>(
	code: CodeUnderTest<V, D>,
	extra: fc.Arbitrary<E>
): fc.Arbitrary<[ContentLayout, V, E]> {
	return layoutArb.chain((layout) => fc.tuple(fc.constant(layout), code.valueFor(layout), extra));
}

/** Decodes `numRuns` inputs and expects no problems; returns how many were accepted. */
export function decodeAll<V, D extends { ok: boolean }>(
	code: CodeUnderTest<V, D>,
	inputArb: fc.Arbitrary<string>,
	version: string,
	history: ContentHistory,
	numRuns = 10_000
): number {
	const layout = history[version]!;
	let accepted = 0;
	fc.assert(
		fc.property(inputArb, (input) => {
			const decoded = code.decode(input, version, history);
			expect(code.problemsOf(decoded, layout, history)).toEqual([]);
			if (decoded.ok) accepted++;
		}),
		{ numRuns }
	);
	return accepted;
}

/** A code with 1-4 mutations is refused with a reason, or read as a valid value (property). */
export function expectMutatedCodesRefusedOrValid<V, D extends { ok: boolean }>(
	code: CodeUnderTest<V, D>,
	version: string,
	numRuns = 3000
) {
	fc.assert(
		fc.property(
			withValue(code, fc.array(mutationArb, { minLength: 1, maxLength: 4 })),
			([layout, value, mutations]) => {
				const mutated = mutations.reduce(mutate, code.encode(value, version, layout));
				const history = { [version]: layout };
				const decoded = code.decode(mutated, version, history);
				expect(code.problemsOf(decoded, layout, history)).toEqual([]);
			}
		),
		{ numRuns }
	);
}

/** A code with any one character changed is always refused (the checksum's promise). */
export function expectOneCharChangeRefused<V, D extends { ok: boolean }>(
	code: CodeUnderTest<V, D>,
	version: string,
	numRuns = 2000
) {
	fc.assert(
		fc.property(
			layoutArb.chain((layout) =>
				fc.tuple(fc.constant(layout), code.valueFor(layout), fc.nat(), fc.constantFrom(...alphabet))
			),
			([layout, value, at, char]) => {
				const encoded = code.encode(value, version, layout);
				const i = at % encoded.length;
				fc.pre(encoded[i] !== char);
				const changed = encoded.slice(0, i) + char + encoded.slice(i + 1);
				expect(code.decode(changed, version, { [version]: layout }).ok).toBe(false);
			}
		),
		{ numRuns }
	);
}

/**
 * Any text, and texts ever closer to a code: code characters only; the right prefix and a
 * version from `versions`; a correct checksum over a payload of any of `widths` or any length up
 * to `longest` (so that only the payload's width and range checks stand guard).
 */
export function codeInputArb(
	prefix: string,
	versions: string[],
	widths: number[],
	longest: number
): fc.Arbitrary<string> {
	const versionArb = fc.constantFrom(...versions);
	return fc.oneof(
		fc.string(),
		fc.string({ unit: 'grapheme', maxLength: 80 }),
		fc.string({ unit: 'binary', maxLength: 600 }),
		codeChars(0, 2 * longest),
		fc.tuple(versionArb, codeChars(0, longest)).map(([v, rest]) => `${prefix}${v}${rest}`),
		fc
			.tuple(versionArb, fc.oneof(...widths.map((w) => codeChars(w, w)), codeChars(0, longest)))
			.map(([v, payload]) => `${prefix}${v}${payload}`)
			.map((body) => body + checksum12(body))
	);
}

/** Every reason a decoder may give for refusing a code. */
const refusalReasons: readonly CodeErrorReason[] = [
	'empty',
	'format',
	'wrong-kind',
	'format-version',
	'unknown-version',
	'damaged'
];

/**
 * What is wrong with a decode before its value is looked at: a refusal needs a known reason and
 * a detail; an accepted code, a version that is in the history. Null when the value is next.
 */
export function envelopeProblems(
	decoded: { ok: true; version: string } | { ok: false; reason: string; detail: string },
	history: ContentHistory
): string[] | null {
	const problems: string[] = [];
	if (!decoded.ok) {
		if (!(refusalReasons as readonly string[]).includes(decoded.reason)) {
			problems.push(`reason ${decoded.reason}`);
		}
		if (typeof decoded.detail !== 'string' || decoded.detail === '') problems.push('no detail');
		return problems;
	}
	if (!Object.hasOwn(history, decoded.version)) problems.push(`version ${decoded.version}`);
	return problems.length > 0 ? problems : null;
}

/** 8 topics of 5 statements: `topic-0` .. `topic-7`, `statement-0-0` .. `statement-7-4`. */
export const eightTopicsOfFive: ContentLayout = {
	topics: Array.from({ length: 8 }, (_, t) => ({
		id: `topic-${t}`,
		statements: Array.from({ length: 5 }, (_, s) => `statement-${t}-${s}`)
	}))
};
