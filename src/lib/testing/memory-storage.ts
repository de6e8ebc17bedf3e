/** An in-memory Storage for tests, which can be made to act full. */
import type { StorageLike } from '../quiz/persisted';

/** Keeps items in a Map; with `full` set, every write throws as a full localStorage does. */
export class MemoryStorage implements StorageLike {
	items = new Map<string, string>();
	full = false;

	getItem(key: string) {
		return this.items.get(key) ?? null;
	}

	setItem(key: string, value: string) {
		if (this.full) throw new DOMException('full', 'QuotaExceededError');
		this.items.set(key, value);
	}

	removeItem(key: string) {
		this.items.delete(key);
	}
}
