/**
 * One pasted set of answer codes in the class view (the class, or the class after the lesson):
 * the text in the paste box, what was found in it, the summary, and storage that survives a
 * reload. A rune class built outside any component, so that tests can construct it.
 *
 * Only the codes are stored (storedFormOf), never the rest of the pasted text, which may hold
 * students' names. Nothing is sent anywhere.
 */
import type { ContentHistory } from '../codes/history';
import type { LocalPack } from '../content/localize';
import { quizContentOf } from '../quiz/quiz.svelte';
import { Persisted, type StorageLike } from '../quiz/persisted';
import { summarizeClass, type ClassContent, type ClassSummary } from './aggregate';
import {
	extractCodes,
	extractCodesInChunks,
	isStoredForm,
	storedFormOf,
	type Extraction
} from './extract';

/** Which of the two sets: the class (or the class before a lesson), or after it. */
export type SetSlot = 'before' | 'after';

/** The storage key of a set of a pack. */
export const classSetKey = (packId: string, slot: SetSlot) => `valkompass:${packId}:class:${slot}`;

/** What a set needs to know about the content. */
export interface ClassSetContent extends ClassContent {
	packId: string;
	version: string;
	history: ContentHistory;
}

/** What loading the stored set found: nothing, the set, or a value that was partly unreadable. */
export type Restored = 'none' | 'restored' | 'damaged';

/** One pasted set of codes and what they say about the class. */
export class ClassSet {
	readonly content: ClassSetContent;
	readonly slot: SetSlot;
	/** The text in the paste box. */
	text = $state('');
	/** What the set holds: the last reading that found codes; null before anything is read. */
	// Raw: a reading is replaced, never changed in place, and a deep proxy over 25,000 codes
	// made summing up the class take minutes.
	extraction = $state.raw<Extraction | null>(null);
	/**
	 * The last reading when it found no code at all (garbage, or only damaged codes): it is shown,
	 * but it does not replace the set, so a wrong paste loses nothing. Null otherwise.
	 */
	rejected = $state.raw<Extraction | null>(null);
	/** The text as it was last read (or restored); null before. */
	lastRead = $state<string | null>(null);
	/** False when the last save failed (storage missing, full or blocked). */
	saved = $state(true);
	/** What load() found in storage. */
	restored = $state<Restored>('none');

	/** While a text is read in chunks: the share read so far (0..1); null otherwise. */
	progress = $state<number | null>(null);

	/** True when the paste box holds other text than was last read. */
	changed = $derived(this.lastRead !== null && this.text !== this.lastRead);

	summary = $derived.by((): ClassSummary | null => {
		const codes = this.extraction?.codes ?? [];
		if (codes.length === 0) return null;
		return summarizeClass(
			this.content,
			codes.map((found) => found.answers)
		);
	});

	#store: Persisted;

	constructor(content: ClassSetContent, slot: SetSlot, storage?: StorageLike | null) {
		this.content = content;
		this.slot = slot;
		this.#store = new Persisted(classSetKey(content.packId, slot), storage);
	}

	/**
	 * Reads the stored set into the paste box and reads it; call once in the browser. A value that
	 * is not what this class stores is put in the box as it is, so that nothing is lost, and
	 * reported as damaged; it is not overwritten until the teacher reads or clears the box.
	 */
	load(): void {
		const stored = this.#store.read();
		if (stored === null || stored === '') return;
		this.text = stored;
		this.lastRead = stored;
		this.extraction = extractCodes(stored, this.content);
		this.restored = isStoredForm(stored) ? 'restored' : 'damaged';
	}

	/**
	 * Reads the codes in the paste box. When it finds any, they become the set and are stored;
	 * when it finds none, the set stays as it was and the reading is kept in `rejected`.
	 */
	read(): void {
		const extraction = extractCodes(this.text, this.content);
		this.lastRead = this.text;
		if (extraction.codes.length === 0) {
			this.rejected = extraction;
			return;
		}
		this.rejected = null;
		this.extraction = extraction;
		this.restored = 'none';
		this.saved = this.#store.write(storedFormOf(extraction));
	}

	/**
	 * load(), reading the stored set in chunks so that a large class never freezes the page;
	 * `progress` tells how far it has come.
	 */
	async loadInChunks(): Promise<void> {
		const stored = this.#store.read();
		if (stored === null || stored === '') return;
		this.text = stored;
		this.lastRead = stored;
		const extraction = await this.#readInChunks(stored);
		if (extraction === null) return;
		this.extraction = extraction;
		this.restored = isStoredForm(stored) ? 'restored' : 'damaged';
	}

	/** read(), in chunks (see loadInChunks). A newer read or a clear wins over this one. */
	async readInChunks(): Promise<void> {
		const text = this.text;
		const extraction = await this.#readInChunks(text);
		if (extraction === null) return;
		this.lastRead = text;
		if (extraction.codes.length === 0) {
			this.rejected = extraction;
			return;
		}
		this.rejected = null;
		this.extraction = extraction;
		this.restored = 'none';
		this.saved = this.#store.write(storedFormOf(extraction));
	}

	#reading = 0;

	/** Reads a text in chunks; null when a newer reading (or a clear) started meanwhile. */
	async #readInChunks(text: string): Promise<Extraction | null> {
		const reading = ++this.#reading;
		this.progress = 0;
		const extraction = await extractCodesInChunks(text, this.content, {
			onProgress: (share) => {
				if (reading === this.#reading) this.progress = share;
			}
		});
		if (reading !== this.#reading) return null;
		this.progress = null;
		return extraction;
	}

	/** Empties the paste box and forgets the set, here and in storage. */
	clear(): void {
		this.#reading++;
		this.progress = null;
		this.text = '';
		this.extraction = null;
		this.rejected = null;
		this.lastRead = null;
		this.restored = 'none';
		this.#store.clear();
		this.saved = true;
	}
}

/** What the classroom pages need from a (localized) pack to build the class's sets. */
export function classSetContentOf(pack: LocalPack): ClassSetContent {
	return { ...quizContentOf(pack), history: pack.history };
}

/** Both sets of a pack, before and after the lesson, not yet loaded from storage. */
export function classSetsOf(pack: LocalPack, storage?: StorageLike | null) {
	const content = classSetContentOf(pack);
	return {
		before: new ClassSet(content, 'before', storage),
		after: new ClassSet(content, 'after', storage)
	};
}
