/** English texts with numbers counted in the browser, for the page script; see sv-script.ts. */
import type { ScriptMessages } from './sv-script';

export const enScript: ScriptMessages = {
	resume: (answered: number, total: number) =>
		`Continue where you left off (${answered} of ${total})`,
	changed: (added: number, removed: number) =>
		`The statements have been updated since you last answered. ${added > 0 ? `${added} new ${added === 1 ? 'statement is' : 'statements are'} waiting for an answer. ` : ''}${removed > 0 ? `${removed} ${removed === 1 ? 'statement no longer exists and its answer has' : 'statements no longer exist and their answers have'} been removed. ` : ''}Your other answers are kept.`
};
