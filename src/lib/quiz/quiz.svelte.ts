/**
 * The quiz state of the SvelteKit pages: one person's answers, saved on every change
 * (`QuizAnswers`, quiz-answers.svelte.ts), and the result derived from them. A plain rune class,
 * so it can be built and tested outside any component.
 */
import { createContext } from 'svelte';
import { changesSince, statementIdsOf } from '../codes/history';
import type { SharedPack } from '../content/localize';
import { QuizAnswers, type QuizContent } from './quiz-answers.svelte';
import { score, type Result } from './scoring';

export { QuizAnswers, type QuizContent };

/** What the quiz needs from a (localized) pack. */
export function quizContentOf(pack: SharedPack): QuizContent {
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

/** One person's quiz: answers, where they are saved, and the scores they give. */
export class Quiz extends QuizAnswers {
	// $derived.by: the field initialiser runs after the base class has set `content`.
	#result = $derived.by(() => score(this.content.statements, this.content.topicIds, this.answers));

	/** The scores the answers give. */
	get result(): Result {
		return this.#result;
	}
}

/** The quiz of the current page tree, set by the root layout. */
export const [getQuiz, setQuiz] = createContext<Quiz>();
