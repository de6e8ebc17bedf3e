/** English texts with numbers counted in the browser, for the page script; see sv-script.ts. */
import type { ScriptMessages } from './sv-script';

export const enScript: ScriptMessages = {
	resume: (answered: number, total: number) =>
		`Continue where you left off (${answered} of ${total})`,
	changed: (added: number, removed: number, reworded = 0, thisOne = false) =>
		`The statements have been updated since you last answered. ${added > 0 ? `${added} new ${added === 1 ? 'statement is' : 'statements are'} waiting for an answer. ` : ''}${removed > 0 ? `${removed} ${removed === 1 ? 'statement no longer exists and its answer has' : 'statements no longer exist and their answers have'} been removed. ` : ''}${reworded > 0 ? `${reworded} ${reworded === 1 ? 'statement has been changed, so your answer to it has' : 'statements have been changed, so your answers to them have'} been removed. ` : ''}${thisOne ? 'This statement is one of them: please answer it again. ' : ''}Your other answers are kept.`
};
