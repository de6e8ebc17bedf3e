/**
 * The small look-ups every page that lists statements needs: topic names by id, a statement's
 * place in quiz order, and the words for an answer value or a program position. Plain
 * TypeScript: no Svelte, no DOM.
 */
import type { Messages } from '../i18n';

/** The five answer values as the dictionaries key them. */
export type AnswerKey = '-2' | '-1' | '0' | '1' | '2';

/** Topic names by topic id, from a localized pack (or anything with named topics). */
export function topicNames(pack: {
	topics: readonly { id: string; name: string }[];
}): Record<string, string> {
	return Object.fromEntries(pack.topics.map((topic) => [topic.id, topic.name]));
}

/** The words for an answer value or a program position (-2..+2), e.g. "Helt för". */
export function answerLabel(t: Pick<Messages, 'answers'>, value: number): string {
	return t.answers[String(value) as AnswerKey];
}
