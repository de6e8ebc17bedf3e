/**
 * Test generators shared by the answer-code and result-code tests: statement ids (with names
 * Object.prototype has), content layouts, base64url strings, and character mutations of a code.
 */
import fc from 'fast-check';
import { base64urlAlphabet } from '../codes/base64url';
import type { ContentLayout } from '../codes/history';

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
