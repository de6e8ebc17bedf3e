/**
 * The "what next" file of a content pack (next-steps.yaml): the closing section of the result
 * page. Its own small zod schema, validated at build; links must be https addresses.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import type { Lang } from '../../content/types';
import type { LocalNextSteps } from '../../content/next-steps';
import { ContentError } from './load';

const line = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.refine((value) => !/\s{2,}|\n/.test(value), 'must be one line with single spaces');

const localized = z.strictObject({ sv: line, lattlast: line, en: line });

const link = z.strictObject({
	label: localized,
	url: z.string().refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
		message: 'must be a full https:// address'
	})
});

/** The schema of next-steps.yaml. */
export const nextStepsSchema = z.strictObject({
	heading: localized,
	intro: localized,
	steps: z
		.array(
			z.strictObject({
				id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug'),
				title: localized,
				text: localized,
				links: z.array(link).default([])
			})
		)
		.min(1, 'needs at least one step')
});

/** The validated file, in all languages. */
export type NextSteps = z.infer<typeof nextStepsSchema>;

/** Parses and validates next-steps.yaml; the error names the file and the field. */
export function loadNextSteps(text: string, file: string): NextSteps {
	let raw: unknown;
	try {
		raw = parse(text);
	} catch (error) {
		throw new ContentError(file, `is not valid YAML: ${(error as Error).message}`);
	}
	const result = nextStepsSchema.safeParse(raw);
	if (!result.success) {
		const issues = result.error.issues
			.map((issue) => `field ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
			.join('; ');
		throw new ContentError(file, issues);
	}
	const ids = result.data.steps.map((step) => step.id);
	const twice = ids.find((id, i) => ids.indexOf(id) !== i);
	if (twice) throw new ContentError(file, `step "${twice}": id is used twice`);
	return result.data;
}

/** One language's texts of the file. */
export function localizeNextSteps(steps: NextSteps, lang: Lang): LocalNextSteps {
	return {
		heading: steps.heading[lang],
		intro: steps.intro[lang],
		steps: steps.steps.map((step) => ({
			id: step.id,
			title: step.title[lang],
			text: step.text[lang],
			links: step.links.map((l) => ({ label: l.label[lang], url: l.url }))
		}))
	};
}

const files = import.meta.glob('/questions/*/next-steps.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The site's next steps, or null when the pack has no next-steps.yaml. */
export function siteNextSteps(): NextSteps | null {
	const entries = Object.entries(files);
	if (entries.length > 1) {
		throw new Error(`questions/ holds ${entries.length} next-steps.yaml files; expected one`);
	}
	const [entry] = entries;
	return entry ? loadNextSteps(entry[1], entry[0].replace(/^\//, '')) : null;
}
