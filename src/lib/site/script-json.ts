/**
 * JSON inside a `<script>` element of a page, written and read back: the islands' pages carry
 * their data this way. A matched pair: scriptJson() and readScriptJson(). Plain TypeScript: no
 * Svelte, no DOM.
 */

/**
 * JSON that is safe inside a `<script>` element: every '<' is escaped, so no text in it can
 * close the element, and JSON.parse() reads it back unchanged.
 */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Whether a value read from JSON is an object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a value read from JSON is a string. */
export const isString = (value: unknown): value is string => typeof value === 'string';

/** The object a page's JSON text holds; null when the text is missing, not JSON or no object. Never throws. */
export function readScriptJson(text: string | null | undefined): Record<string, unknown> | null {
	if (!text) return null;
	try {
		const raw: unknown = JSON.parse(text);
		return isRecord(raw) ? raw : null;
	} catch {
		return null;
	}
}
