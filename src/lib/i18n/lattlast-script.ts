/** Easy-to-read Swedish (lättläst) texts with numbers counted in the browser, for the page script; see sv-script.ts. */
import type { ScriptMessages } from './sv-script';

export const lattlastScript: ScriptMessages = {
	resume: (answered: number, total: number) => `Fortsätt där du slutade (${answered} av ${total})`,
	changed: (added: number, removed: number, reworded = 0, thisOne = false) =>
		`Vi har ändrat påståendena sedan du svarade sist. ${added > 0 ? `${added === 1 ? 'Ett nytt påstående' : `${added} nya påståenden`} väntar på ditt svar. ` : ''}${removed > 0 ? `${removed === 1 ? 'Ett påstående' : `${removed} påståenden`} finns inte längre. Vi har tagit bort dina svar på ${removed === 1 ? 'det' : 'dem'}. ` : ''}${reworded > 0 ? `${reworded === 1 ? 'Ett påstående' : `${reworded} påståenden`} har fått en ny text. Vi har tagit bort dina gamla svar på ${reworded === 1 ? 'det' : 'dem'}. ` : ''}${thisOne ? 'Det här påståendet är nytt skrivet. Svara gärna igen. ' : ''}Dina andra svar finns kvar.`
};
