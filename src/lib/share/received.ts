/**
 * The result code of a shared link this tab has opened, so that after doing the quiz the person
 * can go back and compare. Kept in sessionStorage: it stays in this tab only, is gone when the tab
 * closes, and never touches the answers kept in localStorage.
 */
import { Persisted, type StorageLike } from '../quiz/persisted';

const key = 'valkompass:received-result';

/** This tab's sessionStorage, or null where it is missing or blocked. */
function tabStorage(): StorageLike | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null;
	}
}

/** Remembers the result code of a shared link opened in this tab. */
export function rememberReceived(code: string, storage = tabStorage()): void {
	new Persisted(key, storage).write(code);
}

/** The result code of the shared link opened in this tab, if any. */
export function receivedCode(storage = tabStorage()): string | null {
	const code = new Persisted(key, storage).read();
	// Only the code's own characters: it goes into an address.
	return code && /^[A-Za-z0-9_-]{1,600}$/.test(code) ? code : null;
}
