/** Joins names as a list in a language's words: 'a, b och c', 'a, b and c'. */
export const joinAnd = (names: readonly string[], and: string) =>
	names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
