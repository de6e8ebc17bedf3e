/**
 * JSON that is safe inside a `<script>` element of a page: every '<' is escaped, so no text in it
 * can close the element, and JSON.parse() reads it back unchanged. The islands' pages carry their
 * data this way. Plain TypeScript: no Svelte, no DOM.
 */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
