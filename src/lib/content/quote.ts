/**
 * Verbatim quote checking, exactly as docs/content.md ("Quotes") defines it: line breaks and runs of spaces
 * become one space, and a hyphen that ends a source line may be followed by a space or not.
 * Nothing else may differ.
 */

/** Stands in the normalised source for "a space or nothing" after a line-end hyphen. */
const OPTIONAL_SPACE = '\u0000';

/** A source text prepared for quote look-ups, with each line's start offset kept. */
export interface NormalisedSource {
	/** Normalised text; may contain OPTIONAL_SPACE markers after line-end hyphens. */
	text: string;
	/** Offset in `text` where each source line (1-based index - 1) begins. */
	lineStarts: number[];
}

/** Collapses every run of whitespace (spaces, tabs, line breaks) into one space and trims. */
export function collapseWhitespace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Normalises a source text for verbatim look-ups, remembering where each line starts. */
export function normaliseSource(source: string): NormalisedSource {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	let text = '';
	const lineStarts: number[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = (lines[i] ?? '').replace(/\s+/g, ' ').trim();
		if (line !== '' && text.length > 0 && !text.endsWith(OPTIONAL_SPACE)) text += ' ';
		lineStarts.push(text.length);
		text += line;
		if (line.endsWith('-')) text += OPTIONAL_SPACE;
	}
	return { text, lineStarts };
}

/** Tells whether `quote` matches `text` starting at offset `start`. */
function matchesAt(text: string, quote: string, start: number): boolean {
	let q = 0;
	let s = start;
	while (q < quote.length) {
		if (s >= text.length) return false;
		const c = text[s];
		if (c === OPTIONAL_SPACE) {
			s++;
			if (quote[q] === ' ') q++;
			continue;
		}
		if (c !== quote[q]) return false;
		s++;
		q++;
	}
	return true;
}

/**
 * Finds `quote` in the normalised source between offsets `from` and `to` (the quote must
 * start and end inside that range). Returns the start offset, or -1 when it is not there.
 */
export function findQuote(
	source: NormalisedSource,
	quote: string,
	from = 0,
	to = source.text.length
): number {
	if (quote.length === 0) return -1;
	const first = quote[0];
	for (let i = from; i < to; i++) {
		if (source.text[i] !== first) continue;
		if (!matchesAt(source.text, quote, i)) continue;
		return i;
	}
	return -1;
}

/** The text of the source between two offsets, with markers turned back into nothing. */
export function sourceSlice(source: NormalisedSource, from: number, to: number): string {
	return source.text.slice(from, to).replaceAll(OPTIONAL_SPACE, '');
}
