/**
 * The rules for one person's answers: answering, skipping, marking as important, where to go on
 * from, and where the answers are kept (and for how long). Plain functions and a plain class, no
 * Svelte: the Quiz rune class wraps them for every page.
 */
import { browserStorage, canStore, Persisted, type StorageLike } from './persisted';
import { changeOf, decodeSaved, encodeSaved, type ContentChange } from './saved';
import type { Answers, AnswerValue } from './scoring';

/** What keeping answers needs to know about the content. */
export interface AnswerContext {
	packId: string;
	/** The current content version. */
	version: string;
	/** The current statement ids in quiz order. */
	ids: string[];
	/** The statement ids of each published content version (the current one included). */
	history: Readonly<Record<string, readonly string[]>>;
	/** Per past version, the ids whose wording or position changed since: their answers are set aside. */
	changed?: Readonly<Record<string, readonly string[]>>;
}

/** The storage key for a pack's answers. */
export const storageKey = (packId: string) => `valkompass:${packId}:answers`;

/**
 * Saved answers are removed after this long without use (no answer given or changed), so that on
 * a shared computer the next person does not find them. The pages say "a day".
 */
export const ANSWERS_EXPIRE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Answers a statement, keeping its importance mark. */
export function withAnswer(answers: Answers, id: string, value: AnswerValue): Answers {
	return { ...answers, [id]: { value, important: answers[id]?.important ?? false } };
}

/** Skips a statement; a skipped statement cannot be marked important. */
export function withSkip(answers: Answers, id: string): Answers {
	return { ...answers, [id]: { value: 'skip', important: false } };
}

/** Marks an answered statement as important, or not; unanswered and skipped ones stay as they are. */
export function withImportant(answers: Answers, id: string, important: boolean): Answers {
	const current = answers[id];
	if (!current || current.value === 'skip') return answers;
	return { ...answers, [id]: { value: current.value, important } };
}

/** Whether a statement's importance can be marked: only once it has an answer. */
export function canMarkImportant(answers: Answers, id: string): boolean {
	const current = answers[id];
	return current !== undefined && current.value !== 'skip';
}

/** Index (0-based) of the first statement not yet answered or skipped; ids.length when all are. */
export function firstOpenIndex(ids: readonly string[], answers: Answers): number {
	const index = ids.findIndex((id) => !Object.hasOwn(answers, id));
	return index < 0 ? ids.length : index;
}

/** The statement number (1-based) to go on from: the first open one, else the last. */
export function resumeNumber(ids: readonly string[], answers: Answers): number {
	return Math.min(firstOpenIndex(ids, answers), ids.length - 1) + 1;
}

/** What reading the saved answers found. */
export interface ReadAnswers {
	answers: Answers;
	/** Set when the answers were saved against other statements. */
	change: ContentChange | null;
	/** True when a stored value was there but could not be read. */
	problem: boolean;
	/** True when answers were there but had not been used for too long, and have been removed. */
	expired: boolean;
}

/** What a read-modify-write of the saved answers gave. */
export interface UpdatedAnswers {
	/** The answers after the change: those in storage (other tabs' included) with it applied. */
	answers: Answers;
	/** False when they could not be saved (storage missing, full or blocked). */
	saved: boolean;
}

/** One pack's answers in the browser's storage. Never throws. */
export class AnswerStore {
	readonly context: AnswerContext;
	#store: Persisted;
	#storage: StorageLike | null;

	constructor(context: AnswerContext, storage: StorageLike | null = browserStorage()) {
		this.context = context;
		this.#storage = storage;
		this.#store = new Persisted(storageKey(context.packId), storage);
	}

	/** Whether answers can be saved at all right now (storage present, allowed and not full). */
	writable(): boolean {
		return canStore(this.#storage);
	}

	/**
	 * Reads the saved answers, matched by statement id when saved against another version; an
	 * answer to a statement whose wording or position changed since is set aside.
	 * Answers unused for longer than ANSWERS_EXPIRE_AFTER_MS are removed, not read.
	 */
	read(now: number = Date.now()): ReadAnswers {
		const { ids, version, history, changed = {} } = this.context;
		const idsOf = (v: string) => (Object.hasOwn(history, v) ? history[v] : undefined);
		const changedSince = (v: string) => (Object.hasOwn(changed, v) ? changed[v] : undefined);
		const read = decodeSaved(this.#store.read(), ids, version, idsOf, changedSince);
		if (read.usedAt !== null && now - read.usedAt > ANSWERS_EXPIRE_AFTER_MS) {
			this.#store.clear();
			return { answers: {}, change: null, problem: false, expired: true };
		}
		return {
			answers: read.answers,
			change: changeOf(read, version),
			problem: read.problem !== null,
			expired: false
		};
	}

	/** Saves the answers against the current version; false when storage is missing or full. */
	write(answers: Answers, now: number = Date.now()): boolean {
		return this.#store.write(encodeSaved(answers, this.context.version, now));
	}

	/**
	 * Changes the saved answers: reads storage first, so that answers given meanwhile in another
	 * tab are kept, applies the change and writes the result. `unsaved` holds answers this page
	 * could not save before (storage full or blocked): they are laid over what storage holds.
	 */
	update(
		change: (answers: Answers) => Answers,
		unsaved: Answers = {},
		now: number = Date.now()
	): UpdatedAnswers {
		const answers = change({ ...this.read(now).answers, ...unsaved });
		return { answers, saved: this.write(answers, now) };
	}

	/** Removes the saved answers. */
	clear(): void {
		this.#store.clear();
	}
}
