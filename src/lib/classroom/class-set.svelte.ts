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
import type { Answers } from '../quiz/scoring';
import { nextTask } from './chunks';
import {
	summarizeClass,
	summarizeClassInChunks,
	type ClassContent,
	type ClassSummary
} from './aggregate';
import {
	extractCodes,
	extractCodesInChunks,
	isStoredForm,
	storedFormOf,
	withCode,
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

/** What loading the stored set found: nothing, the set, a partly unreadable value, or a set left unused too long. */
export type Restored = 'none' | 'restored' | 'damaged' | 'expired';

/** How long a stored set is kept without use: on a shared school computer, a day. */
export const classSetLifetimeMs = 24 * 60 * 60 * 1000;

/** The storage key of when a set was last used. */
const usedKey = (packId: string, slot: SetSlot) => `${classSetKey(packId, slot)}:used`;

/** The storage key of the teacher's choice to count repeated codes once per time ('1' or absent). */
export const repeatsKey = (packId: string, slot: SetSlot) => `${classSetKey(packId, slot)}:repeats`;

/**
 * Up to this many students a set is summed up at once when the teacher changes it by hand (a
 * few ms); more are summed up in chunks so that the page stays responsive.
 */
export const summarizeAtOnce = 2000;

/** The share of the progress bar for reading the text; summing up the class fills the rest. */
const readShare = 0.8;

/** One pasted set of codes and what they say about the class. */
export class ClassSet {
	readonly content: ClassSetContent;
	readonly slot: SetSlot;
	/** The text in the paste box. */
	text = $state('');
	// Raw: a reading is replaced, never changed in place, and a deep proxy over 25,000 codes
	// made summing up the class take minutes.
	#extraction = $state.raw<Extraction | null>(null);
	#rejected = $state.raw<Extraction | null>(null);
	#lastRead = $state<string | null>(null);
	#saved = $state(true);
	#restored = $state<Restored>('none');
	#countRepeats = $state(false);
	#progress = $state<number | null>(null);
	#summary = $state.raw<ClassSummary | null>(null);

	/** What the set holds: the last reading that found codes; null before anything is read. */
	get extraction(): Extraction | null {
		return this.#extraction;
	}
	/**
	 * The last reading when it found no code at all (garbage, or only damaged codes): it is shown,
	 * but it does not replace the set, so a wrong paste loses nothing. Null otherwise.
	 */
	get rejected(): Extraction | null {
		return this.#rejected;
	}
	/** The text as it was last read (or restored); null before. */
	get lastRead(): string | null {
		return this.#lastRead;
	}
	/** False when the last save failed (storage missing, full or blocked). */
	get saved(): boolean {
		return this.#saved;
	}
	/** What load() found in storage. */
	get restored(): Restored {
		return this.#restored;
	}
	/**
	 * Whether a code found more than once counts once per time it was found: two pupils with
	 * exactly the same answers have the same code. Off by default (a pupil who sent twice). Stored
	 * with the set, so every page that shows the class (the projector too) counts the same.
	 */
	get countRepeats(): boolean {
		return this.#countRepeats;
	}
	set countRepeats(value: boolean) {
		this.#countRepeats = value;
		if (value) this.#repeats.write('1');
		else this.#repeats.clear();
		void this.#summarizeAgain();
	}
	/** While a text is read and summed up in chunks: the share done so far (0..1); null otherwise. */
	get progress(): number | null {
		return this.#progress;
	}

	/** True when the paste box holds other text than was last read. */
	changed = $derived(this.#lastRead !== null && this.text !== this.#lastRead);

	/**
	 * What the set says about the class; null while it holds no code. Kept in step with the set
	 * and the choice to count repeats (a large class is summed up in chunks, see summarizeAtOnce).
	 */
	get summary(): ClassSummary | null {
		return this.#summary;
	}

	#store: Persisted;
	#used: Persisted;
	#repeats: Persisted;
	#now: () => number;

	constructor(
		content: ClassSetContent,
		slot: SetSlot,
		storage?: StorageLike | null,
		now: () => number = Date.now
	) {
		this.content = content;
		this.slot = slot;
		this.#store = new Persisted(classSetKey(content.packId, slot), storage);
		this.#used = new Persisted(usedKey(content.packId, slot), storage);
		this.#repeats = new Persisted(repeatsKey(content.packId, slot), storage);
		this.#now = now;
	}

	/** Notes that the set was used now; its day of life starts again. */
	#touch(): void {
		this.#used.write(String(this.#now()));
	}

	/**
	 * The stored set, or null when there is none; a set not used for a day (classSetLifetimeMs)
	 * is removed instead, as on a shared computer, and reported as expired.
	 */
	#storedText(): string | null {
		const stored = this.#store.read();
		if (stored === null || stored === '') return null;
		const used = Number(this.#used.read());
		// A missing or unreadable time counts as now: the set is kept and its day starts.
		if (Number.isFinite(used) && used > 0 && this.#now() - used > classSetLifetimeMs) {
			this.#store.clear();
			this.#used.clear();
			this.#repeats.clear();
			this.#restored = 'expired';
			return null;
		}
		return stored;
	}

	/** The answers the summary counts: each code once, or once per time it was found. */
	#studentsOf(extraction: Extraction | null, countRepeats: boolean): Answers[] {
		return (extraction?.codes ?? []).flatMap((found) =>
			Array.from({ length: countRepeats ? found.count : 1 }, () => found.answers)
		);
	}

	/** The summary of some answers, at once; null for none. */
	#summaryOf(students: readonly Answers[]): ClassSummary | null {
		return students.length === 0 ? null : summarizeClass(this.content, students);
	}

	/** The summary of some answers, in chunks with progress; null for none, or when outrun. */
	async #summaryInChunks(
		students: readonly Answers[],
		reading: number
	): Promise<ClassSummary | null> {
		if (students.length === 0) return null;
		return summarizeClassInChunks(this.content, students, {
			onProgress: (share) => {
				if (reading === this.#reading) this.#progress = readShare + (1 - readShare) * share;
			}
		});
	}

	/** Makes a set and its summary current, outrunning any summing up still under way. */
	#setExtraction(extraction: Extraction, summary: ClassSummary | null): void {
		this.#summaries++;
		this.#extraction = extraction;
		this.#summary = summary;
	}

	#summaries = 0;

	/** Sums up the set again (after the choice to count repeats changed, or a code was added). */
	async #summarizeAgain(): Promise<void> {
		const extraction = this.#extraction;
		const students = this.#studentsOf(extraction, this.#countRepeats);
		const summarizing = ++this.#summaries;
		if (students.length <= summarizeAtOnce) {
			this.#summary = this.#summaryOf(students);
			return;
		}
		const summary = await summarizeClassInChunks(this.content, students);
		if (summarizing === this.#summaries) this.#summary = summary;
	}

	/** Makes a reading of the stored text the set. */
	#restore(stored: string, extraction: Extraction, summary: ClassSummary | null): void {
		this.#setExtraction(extraction, summary);
		this.#restored = isStoredForm(stored) ? 'restored' : 'damaged';
		this.#touch();
	}

	/**
	 * Makes a reading of the paste box the set, or keeps it aside when it found no code; true when
	 * it became the set (the caller then stores it).
	 */
	#accept(text: string, extraction: Extraction, summary: ClassSummary | null): boolean {
		this.#lastRead = text;
		if (extraction.codes.length === 0) {
			this.#rejected = extraction;
			return false;
		}
		this.#rejected = null;
		this.#setExtraction(extraction, summary);
		this.#restored = 'none';
		return true;
	}

	/** Stores the set and notes when it was last used. */
	#keep(extraction: Extraction): void {
		this.#saved = this.#store.write(storedFormOf(extraction));
		this.#touch();
	}

	/**
	 * Reads the stored set into the paste box and reads it; call once in the browser. A set not
	 * used for a day (classSetLifetimeMs) is removed instead, as on a shared computer. A value that
	 * is not what this class stores is put in the box as it is, so that nothing is lost, and
	 * reported as damaged; it is not overwritten until the teacher reads or clears the box.
	 */
	load(): void {
		const stored = this.#storedText();
		if (stored === null) return;
		this.text = stored;
		this.#lastRead = stored;
		this.#countRepeats = this.#repeats.read() === '1';
		const extraction = extractCodes(stored, this.content);
		this.#restore(
			stored,
			extraction,
			this.#summaryOf(this.#studentsOf(extraction, this.#countRepeats))
		);
	}

	/**
	 * Reads the codes in the paste box. When it finds any, they become the set and are stored;
	 * when it finds none, the set stays as it was and the reading is kept in `rejected`.
	 */
	read(): void {
		const extraction = extractCodes(this.text, this.content);
		const summary = this.#summaryOf(this.#studentsOf(extraction, this.#countRepeats));
		if (this.#accept(this.text, extraction, summary)) this.#keep(extraction);
	}

	/**
	 * load(), reading the stored set in chunks so that a large class never freezes the page;
	 * `progress` tells how far it has come.
	 */
	async loadInChunks(): Promise<void> {
		const stored = this.#storedText();
		if (stored === null) return;
		this.text = stored;
		this.#lastRead = stored;
		this.#countRepeats = this.#repeats.read() === '1';
		const read = await this.#readInChunks(stored);
		if (read === null) return;
		this.#restore(stored, read.extraction, read.summary);
	}

	/** read(), in chunks (see loadInChunks). A newer read or a clear wins over this one. */
	async readInChunks(): Promise<void> {
		const text = this.text;
		const read = await this.#readInChunks(text);
		if (read === null) return;
		if (!this.#accept(text, read.extraction, read.summary)) return;
		// Writing a large set takes a while: in a task of its own, after the page has drawn it.
		await nextTask();
		if (this.#extraction === read.extraction) this.#keep(read.extraction);
	}

	/**
	 * Adds one answer code to the set (a pupil's paper sheet typed in) and stores the set; false
	 * when the code does not decode. The paste box shows the set with the new code; text in the box
	 * that was not read, or read without finding a code, stays there with the code after it, so
	 * that nothing typed or pasted is lost and reading the box again keeps the code.
	 */
	addCode(code: string): boolean {
		const next = withCode(this.#extraction, code, this.content);
		if (!next) return false;
		const stored = storedFormOf(next);
		this.text =
			this.changed || this.#rejected !== null
				? `${this.text.replace(/\s+$/, '')}\n${code.trim()}`
				: stored;
		this.#lastRead = stored;
		this.#rejected = null;
		this.#extraction = next;
		void this.#summarizeAgain();
		this.#restored = 'none';
		this.#saved = this.#store.write(stored);
		this.#touch();
		return true;
	}

	#reading = 0;

	/**
	 * Reads a text and sums up what it found, both in chunks; null when a newer reading (or a
	 * clear) started meanwhile. The summary is made before the set changes, so the page never
	 * shows a new set with an old summary.
	 */
	async #readInChunks(
		text: string
	): Promise<{ extraction: Extraction; summary: ClassSummary | null } | null> {
		const reading = ++this.#reading;
		this.#progress = 0;
		const extraction = await extractCodesInChunks(text, this.content, {
			onProgress: (share) => {
				if (reading === this.#reading) this.#progress = readShare * share;
			}
		});
		if (reading !== this.#reading) return null;
		const countRepeats = this.#countRepeats;
		let summary = await this.#summaryInChunks(this.#studentsOf(extraction, countRepeats), reading);
		if (reading !== this.#reading) return null;
		// The teacher may have changed the choice meanwhile.
		if (countRepeats !== this.#countRepeats) {
			summary = this.#summaryOf(this.#studentsOf(extraction, this.#countRepeats));
		}
		this.#progress = null;
		return { extraction, summary };
	}

	/** Empties the paste box and forgets the set, here and in storage. */
	clear(): void {
		this.#reading++;
		this.#summaries++;
		this.#progress = null;
		this.text = '';
		this.#extraction = null;
		this.#summary = null;
		this.#rejected = null;
		this.#lastRead = null;
		this.#restored = 'none';
		this.#countRepeats = false;
		this.#store.clear();
		this.#used.clear();
		this.#repeats.clear();
		this.#saved = true;
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
