/**
 * The content version: a short fingerprint of everything a saved answer or a code depends on
 * (statement ids, topics, texts, positions and their order). It changes when any of them does.
 */
import type { Statement, Topic } from './types';

/** FNV-1a, 32 bits: small and stable; collisions only matter between versions of one pack. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** Seven base-36 characters computed from the topics' statements in order. */
export function contentVersion(topics: Pick<Topic, 'id' | 'statements'>[]): string {
	const canonical = JSON.stringify(
		topics.map((topic) => [
			topic.id,
			topic.statements.map((s) => [s.id, s.text.sv, s.text.lattlast, s.text.en, s.position])
		])
	);
	return fnv1a(canonical).toString(36).padStart(7, '0');
}

/**
 * A statement's fingerprint: seven base-36 characters from its texts in every language and its
 * position. It changes when the claim a person answered may have changed.
 */
export function statementFingerprint(statement: Pick<Statement, 'text' | 'position'>): string {
	const { sv, lattlast, en } = statement.text;
	return fnv1a(JSON.stringify([sv, lattlast, en, statement.position]))
		.toString(36)
		.padStart(7, '0');
}

/** The fingerprint of every statement of a pack, by statement id. */
export function fingerprintsOf(topics: Pick<Topic, 'statements'>[]): Record<string, string> {
	return Object.fromEntries(
		topics.flatMap((topic) => topic.statements.map((s) => [s.id, statementFingerprint(s)]))
	);
}
