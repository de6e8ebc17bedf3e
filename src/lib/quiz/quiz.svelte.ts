/**
 * The quiz state: one person's answers, saved on every change, and the result derived from
 * them. A plain rune class, so it can be built and tested outside any component.
 */
import { createContext } from 'svelte';
import {
	AnswerStore,
	firstOpenIndex,
	resumeNumber,
	withAnswer,
	withImportant,
	withSkip,
	type AnswerContext
} from './answers';
import { changesSince, statementIdsOf } from '../codes/history';
import type { LocalPack } from '../content/localize';
import type { StorageLike } from './persisted';
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
	/** The statement ids of each published content version, to tell what changed since a save. */
	history: Record<string, string[]>;
	/** Per past version, the ids whose wording or position changed since. */
	changed?: Record<string, string[]>;
}

/** What the quiz needs from a (localized) pack. */
export function quizContentOf(pack: LocalPack): QuizContent {
	return {
		packId: pack.id,
		version: pack.version,
		topicIds: pack.topics.map((t) => t.id),
		statements: pack.topics.flatMap((t) =>
			t.statements.map(({ id, topic, position }) => ({ id, topic, position }))
		),
		history: Object.fromEntries(
			Object.entries(pack.history).map(([version, layout]) => [
				version,
				[...statementIdsOf(layout)]
			])
		),
		changed: changesSince(pack.history, pack.version)
	};
}

/** What keeping the answers needs from the quiz content. */
function answerContextOf(content: QuizContent): AnswerContext {
	return {
		packId: content.packId,
		version: content.version,
		ids: content.statements.map((s) => s.id),
		history: content.history,
		changed: content.changed
	};
}

/** One person's quiz: answers, where they are saved, and the scores they give. */
export class Quiz {
	readonly content: QuizContent;
	answers = $state<Answers>({});
	/** False when the last save failed (storage missing, full or blocked). */
	saved = $state(true);
	/** True once saved answers have been read (in the browser). */
	loaded = $state(false);
	/** Set when a stored value was there but could not be read. */
	storageProblem = $state(false);

	// $derived.by: the field initialiser runs before the constructor assigns `content`.
	result = $derived.by(() => score(this.content.statements, this.content.topicIds, this.answers));
	answeredCount = $derived(Object.keys(this.answers).length);

	#store: AnswerStore;

	constructor(content: QuizContent, storage?: StorageLike | null) {
		this.content = content;
		this.#store = new AnswerStore(answerContextOf(content), storage);
	}

	/**
	 * Reads saved answers; call once in the browser. Answers saved against other statements are
	 * matched by id, and stay stored under the old version until the next change, so that the
	 * statement pages can still tell the person what changed.
	 */
	load(): void {
		const read = this.#store.read();
		this.answers = read.answers;
		this.storageProblem = read.problem;
		this.loaded = true;
	}

	/** The answer given to a statement, if any. */
	answerOf(id: string): Answer | undefined {
		return this.answers[id];
	}

	/** Answers a statement, keeping its importance mark. */
	answer(id: string, value: AnswerValue): void {
		this.#set(withAnswer(this.answers, id, value));
	}

	/** Skips a statement; a skipped statement cannot be marked important. */
	skip(id: string): void {
		this.#set(withSkip(this.answers, id));
	}

	/** Marks an answered statement as important to the person, or not. */
	setImportant(id: string, important: boolean): void {
		this.#set(withImportant(this.answers, id, important));
	}

	/** Replaces every answer (e.g. from an answer code). */
	replace(answers: Answers): void {
		this.#set({ ...answers });
	}

	/** Removes every answer, here and in storage. */
	clear(): void {
		this.answers = {};
		this.#store.clear();
		this.saved = true;
	}

	/** Index (0-based) of the first statement not yet answered or skipped; length when all are. */
	firstOpenIndex(): number {
		return firstOpenIndex(this.#store.context.ids, this.answers);
	}

	/** The statement number (1-based) to go on from: the first open one, else the last. */
	resumeNumber(): number {
		return resumeNumber(this.#store.context.ids, this.answers);
	}

	#set(answers: Answers): void {
		if (answers === this.answers) return;
		this.answers = answers;
		this.saved = this.#store.write(answers);
	}
}

/** The quiz of the current page tree, set by the root layout. */
export const [getQuiz, setQuiz] = createContext<Quiz>();
