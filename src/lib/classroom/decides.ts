/**
 * Who decides the question a statement is about (the municipality, the region, the state or the
 * EU), for the projector's slide. Statements carry it once the content has a `decides` field;
 * until then, and for any value that is not one of these, there is nothing to show.
 * Plain TypeScript: no Svelte, no DOM.
 */

/** The levels that can decide a question, from the nearest to the farthest. */
export const decisionLevels = ['municipality', 'region', 'state', 'eu'] as const;

/** One level that decides a question. */
export type DecisionLevel = (typeof decisionLevels)[number];

/** The level a statement names in its `decides` field, or null when it names none we know. */
export function decidesOf(statement: object): DecisionLevel | null {
	if (!('decides' in statement)) return null;
	const value = statement.decides;
	return decisionLevels.find((level) => level === value) ?? null;
}
