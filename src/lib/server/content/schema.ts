/**
 * The zod schema of a content pack's files. Used at build time only (zod is never shipped to
 * the browser). A mistake in a file is reported with the file, the statement id and the field.
 */
import { z } from 'zod';
import { deciders } from '../../content/types';

const slug = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug: lower-case a-z, 0-9 and single hyphens');

const text = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.refine((value) => !/\s{2,}|\n/.test(value), 'must be one line with single spaces');

/** A text in Swedish, easy-to-read Swedish and English. */
export const localizedSchema = z.strictObject({ sv: text, lattlast: text, en: text });

/** One statement in a topic file. */
export const statementSchema = z.strictObject({
	id: slug,
	text: localizedSchema,
	position: z.union([z.literal(-2), z.literal(-1), z.literal(1), z.literal(2)], {
		error: 'must be -2, -1, 1 or 2 (the program always takes a side; 0 is not allowed)'
	}),
	section: text,
	quote: text,
	explanation: localizedSchema,
	decides: z
		.union([z.enum(deciders), z.array(z.enum(deciders)).min(1)], {
			error: `must be one of ${deciders.join(', ')}, or a list of them`
		})
		.transform((value) => (Array.isArray(value) ? [...new Set(value)] : [value])),
	rationale: localizedSchema,
	breaksRuleOfThumb: z.boolean().default(false),
	terms: z.array(slug).default([])
});

/** A topic file: one topic and its statements in quiz order. */
export const topicFileSchema = z.strictObject({
	id: slug,
	name: localizedSchema,
	statements: z.array(z.unknown()).min(1, 'a topic needs at least one statement')
});

/** The glossary file. */
export const glossaryFileSchema = z.strictObject({
	terms: z.array(
		z.strictObject({
			id: slug,
			term: localizedSchema,
			definition: localizedSchema
		})
	)
});

/** The program file: who wrote the program, where its text is, and its sections. */
export const programFileSchema = z.strictObject({
	id: slug,
	party: text,
	title: text,
	subtitle: text.optional(),
	source: z.strictObject({
		file: text,
		// Shown as a link on every page: https only, so that following it cannot be tampered with.
		url: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).optional()
	}),
	date: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
	age: localizedSchema.optional(),
	scope: localizedSchema.optional(),
	sections: z
		.array(
			z.strictObject({
				heading: text,
				line: z.int().positive()
			})
		)
		.min(1)
});

/** history.json: the statement order of every published content version (written by a script). */
export const historyFileSchema = z.record(
	z.string().regex(/^[0-9a-z]{7}$/, 'must be a content version: 7 characters 0-9, a-z'),
	z.strictObject({
		topics: z.array(z.strictObject({ id: slug, statements: z.array(slug) })),
		fingerprints: z
			.record(slug, z.string().regex(/^[0-9a-z]{7}$/, 'must be a statement fingerprint'))
			.optional()
	})
);
