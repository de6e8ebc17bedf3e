/**
 * The quiz state: one person's answers, saved on every change, and the result derived from
 * them. A plain rune class, so it can be built and tested outside any component.
 */
import { createContext } from 'svelte';
import type { LocalPack } from './content/localize';
import { Persisted, type StorageLike } from './persisted';
import { decodeSaved, encodeSaved } from './saved';
import {
	score,
	type Answer,
	type Answers,
	type AnswerValue,
	type ScoredStatement
} from './scoring';

/** What the quiz needs to know about the content. */
export interface QuizContent {
	packId: string;
	version: string;
	topicIds: string[];
	statements: ScoredStatement[];
}

/** What changed in the statements since the answers were saved. */
export interface ContentChange {
	added: string[];
	removed: string[];
}

/** What the quiz needs from a (localized) pack. */
export function quizContentOf(pack: LocalPack): QuizContent {
	return {
		packId: pack.id,
		version: pack.version,
		topicIds: pack.topics.map((t) => t.id),
		statements: pack.topics.flatMap((t) =>
			t.statements.map(({ id, topic, position }) => ({ id, topic, position }))
		)
	};
}

/** The storage key for a pack's answers. */
export const storageKey = (packId: string) => `valkompass:${packId}:answers`;

/** One person's quiz: answers, where they are saved, and the scores they give. */
export class Quiz {
	readonly content: QuizContent;
	answers = $state<Answers>({});
	/** Set when saved answers were made against other statements, until dismissed. */
	change = $state<ContentChange | null>(null);
	/** False when the last save failed (storage missing, full or blocked). */
	saved = $state(true);
	/** True once saved answers have been read (in the browser). */
	loaded = $state(false);
	/** Set when a stored value was there but could not be read. */
	storageProblem = $state(false);

	// $derived.by: the field initialiser runs before the constructor assigns `content`.
	result = $derived.by(() => score(this.content.statements, this.content.topicIds, this.answers));
	answeredCount = $derived(Object.keys(this.answers).length);

	#store: Persisted;

	constructor(content: QuizContent, storage?: StorageLike | null) {
		this.content = content;
		this.#store = new Persisted(storageKey(content.packId), storage);
	}

	/** Reads saved answers; call once in the browser. */
	load(): void {
		const ids = this.content.statements.map((s) => s.id);
		const read = decodeSaved(this.#store.read(), ids, this.content.version);
		this.answers = read.answers;
		this.storageProblem = read.problem !== null;
		if (read.version !== null && read.version !== this.content.version) {
			if (read.added.length > 0 || read.removed.length > 0) {
				this.change = { added: read.added, removed: read.removed };
			}
			this.#save();
		}
		this.loaded = true;
	}

	/** The answer given to a statement, if any. */
	answerOf(id: string): Answer | undefined {
		return this.answers[id];
	}

	/** Answers a statement, keeping its importance mark. */
	answer(id: string, value: AnswerValue): void {
		const important = this.answers[id]?.important ?? false;
		this.#set(id, { value, important });
	}

	/** Skips a statement; a skipped statement cannot be marked important. */
	skip(id: string): void {
		this.#set(id, { value: 'skip', important: false });
	}

	/** Marks an answered statement as important to the person, or not. */
	setImportant(id: string, important: boolean): void {
		const current = this.answers[id];
		if (!current || current.value === 'skip') return;
		this.#set(id, { value: current.value, important });
	}

	/** Replaces every answer (e.g. from an answer code). */
	replace(answers: Answers): void {
		this.answers = { ...answers };
		this.change = null;
		this.#save();
	}

	/** Removes every answer, here and in storage. */
	clear(): void {
		this.answers = {};
		this.change = null;
		this.#store.clear();
		this.saved = true;
	}

	/** Index (0-based) of the first statement not yet answered or skipped; length when all are. */
	firstOpenIndex(): number {
		const index = this.content.statements.findIndex((s) => !(s.id in this.answers));
		return index < 0 ? this.content.statements.length : index;
	}

	/** The statement number (1-based) to go on from: the first open one, else the last. */
	resumeNumber(): number {
		return Math.min(this.firstOpenIndex(), this.content.statements.length - 1) + 1;
	}

	#set(id: string, answer: Answer): void {
		this.answers = { ...this.answers, [id]: answer };
		this.#save();
	}

	#save(): void {
		this.saved = this.#store.write(encodeSaved(this.answers, this.content.version));
	}
}

/** The quiz of the current page tree, set by the root layout. */
export const [getQuiz, setQuiz] = createContext<Quiz>();
