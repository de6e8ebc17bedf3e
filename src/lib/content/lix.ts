/**
 * LIX, the Swedish readability index (Björnsson 1968):
 * words per sentence + 100 * (words longer than six letters) / words.
 */

/** The words of a text: runs of letters and digits (hyphenated words count as one). */
export function words(text: string): string[] {
	return text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** The number of sentences: runs ending in . ! ? : or the end of the text. */
export function sentenceCount(text: string): number {
	const parts = text
		.split(/[.!?:]+(?:\s|$)/u)
		.map((part) => part.trim())
		.filter((part) => words(part).length > 0);
	return Math.max(1, parts.length);
}

/** A word is long when it has more than six letters (hyphens are not letters). */
export function isLongWord(word: string): boolean {
	return word.replaceAll('-', '').length > 6;
}

/** The LIX of a text, or 0 for a text with no words. */
export function lix(text: string): number {
	const all = words(text);
	if (all.length === 0) return 0;
	const long = all.filter(isLongWord).length;
	return all.length / sentenceCount(text) + (100 * long) / all.length;
}
