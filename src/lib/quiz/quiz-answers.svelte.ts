/**
 * One person's answers, saved on every change: a plain rune class, so it can be built and tested
 * outside any component. It carries no scoring, so that the quiz island's script stays small;
 * `Quiz` in quiz.svelte.ts adds the result.
 */
import {
	AnswerStore,
	firstOpenIndex,
	storageKey,
	resumeNumber,
	withAnswer,
	withImportant,
	withSkip,
	type AnswerContext
} from './answers';
import type { StorageLike } from './persisted';
import type { ContentChange } from './saved';
import type { Answer, Answers, AnswerValue, ScoredStatement } from './scoring';

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

/**
 * One person's answers and where they are saved, without the scores: what the quiz island needs.
 * `Quiz` (quiz.svelte.ts) adds the scores for the pages that show them.
 */
export class QuizAnswers {
	readonly content: QuizContent;
	#answers = $state.raw<Answers>({});
	#saved = $state(true);
	#loaded = $state(false);
	#storageProblem = $state(false);
	#change = $state.raw<ContentChange | null>(null);
	#expired = $state(false);
	/** Answers this page could not save (storage full or blocked): kept here, laid over storage. */
	#unsaved: Answers = {};

	#answeredCount = $derived(Object.keys(this.#answers).length);

	#store: AnswerStore;

	constructor(content: QuizContent, storage?: StorageLike | null) {
		this.content = content;
		this.#store = new AnswerStore(answerContextOf(content), storage);
	}

	/** The answers by statement id. */
	get answers(): Answers {
		return this.#answers;
	}

	/** False when the last save failed (storage missing, full or blocked). */
	get saved(): boolean {
		return this.#saved;
	}

	/** True once saved answers have been read (in the browser). */
	get loaded(): boolean {
		return this.#loaded;
	}

	/** True when a stored value was there but could not be read. */
	get storageProblem(): boolean {
		return this.#storageProblem;
	}

	/** What changed in the statements since the answers were saved; null when nothing did. */
	get change(): ContentChange | null {
		return this.#change;
	}

	/** True when saved answers had not been used for a day and were removed on reading. */
	get expired(): boolean {
		return this.#expired;
	}

	/** How many statements are answered or skipped. */
	get answeredCount(): number {
		return this.#answeredCount;
	}

	/**
	 * Reads saved answers; call in the browser, and again whenever storage may have changed.
	 * Answers saved against other statements are matched by id, and stay stored under the old
	 * version until the next change, so that the person can be told what changed.
	 */
	load(): void {
		const read = this.#store.read();
		this.#answers = { ...read.answers, ...this.#unsaved };
		this.#storageProblem = read.problem;
		this.#change = read.change;
		this.#expired ||= read.expired;
		// Storage that cannot be written is said at once, before the first answer is lost.
		this.#saved = Object.keys(this.#unsaved).length === 0 && this.#store.writable();
		this.#loaded = true;
	}

	/**
	 * Follows changes made in other tabs (the `storage` event) and reads again when the page is
	 * shown again (back-forward cache, a tab brought back). Returns the function that stops.
	 */
	follow(key: string = storageKey(this.content.packId)): () => void {
		const onStorage = (event: StorageEvent) => {
			if (event.key === null || event.key === key) this.load();
		};
		const onShow = (event: PageTransitionEvent) => {
			if (event.persisted) this.load();
		};
		const onVisible = () => {
			if (document.visibilityState === 'visible') this.load();
		};
		window.addEventListener('storage', onStorage);
		window.addEventListener('pageshow', onShow);
		document.addEventListener('visibilitychange', onVisible);
		return () => {
			window.removeEventListener('storage', onStorage);
			window.removeEventListener('pageshow', onShow);
			document.removeEventListener('visibilitychange', onVisible);
		};
	}

	/** The answer given to a statement, if any. */
	answerOf(id: string): Answer | undefined {
		return this.#answers[id];
	}

	/** Answers a statement, keeping its importance mark. */
	answer(id: string, value: AnswerValue): void {
		this.#update((answers) => withAnswer(answers, id, value));
	}

	/** Skips a statement (or takes back its answer); a skipped statement cannot be important. */
	skip(id: string): void {
		this.#update((answers) => withSkip(answers, id));
	}

	/** Marks an answered statement as important to the person, or not. */
	setImportant(id: string, important: boolean): void {
		this.#update((answers) => withImportant(answers, id, important));
	}

	/** Replaces every answer (e.g. from an answer code). */
	replace(answers: Answers): void {
		this.#unsaved = {};
		this.#update(() => ({ ...answers }));
	}

	/** Saves the answers as they are against the current statements: the change is then told. */
	acknowledgeChange(): void {
		this.#update((answers) => answers);
		if (this.#saved) this.#change = null;
	}

	/** Removes every answer, here and in storage. */
	clear(): void {
		this.#answers = {};
		this.#unsaved = {};
		this.#store.clear();
		this.#saved = true;
		this.#change = null;
	}

	/** Index (0-based) of the first statement not yet answered or skipped; length when all are. */
	firstOpenIndex(): number {
		return firstOpenIndex(this.#store.context.ids, this.#answers);
	}

	/** The statement number (1-based) to go on from: the first open one, else the last. */
	resumeNumber(): number {
		return resumeNumber(this.#store.context.ids, this.#answers);
	}

	/** Read-modify-write: answers given in another tab meanwhile are kept. */
	#update(change: (answers: Answers) => Answers): void {
		const { answers, saved } = this.#store.update(change, this.#unsaved);
		this.#answers = answers;
		this.#saved = saved;
		this.#unsaved = saved ? {} : answers;
		if (saved) this.#change = null;
	}
}
