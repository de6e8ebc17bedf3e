/**
 * A small wrapper around localStorage that survives missing, full, blocked or corrupt storage:
 * reads return null and writes report failure instead of throwing.
 */

/** The part of the Web Storage API that this module uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or null where it is missing or blocked. */
export function browserStorage(): StorageLike | null {
	try {
		if (typeof localStorage === 'undefined') return null;
		return localStorage;
	} catch {
		// Some browsers throw on the mere access when storage is disabled.
		return null;
	}
}

/** One stored text value under a fixed key. */
export class Persisted {
	#key: string;
	#storage: StorageLike | null;

	constructor(key: string, storage: StorageLike | null = browserStorage()) {
		this.#key = key;
		this.#storage = storage;
	}

	/** The stored text, or null when there is none or storage cannot be read. */
	read(): string | null {
		try {
			return this.#storage?.getItem(this.#key) ?? null;
		} catch {
			return null;
		}
	}

	/** Stores a text; returns false when storage is missing, full or blocked. */
	write(value: string): boolean {
		try {
			if (!this.#storage) return false;
			this.#storage.setItem(this.#key, value);
			return true;
		} catch {
			return false;
		}
	}

	/** Removes the stored value; never throws. */
	clear(): void {
		try {
			this.#storage?.removeItem(this.#key);
		} catch {
			// Nothing to do: a value that cannot be removed cannot be read back either.
		}
	}
}

/** Whether a value can be stored at all right now (storage present, allowed and not full). */
export function canStore(storage: StorageLike | null = browserStorage()): boolean {
	const probe = new Persisted('valkompass:probe', storage);
	const ok = probe.write('1');
	probe.clear();
	return ok;
}
