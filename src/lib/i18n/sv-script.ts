/**
 * Swedish texts with numbers that are counted in the browser, which the small script of the first
 * page and the statements writes (src/lib/enhance). Kept apart from sv.ts, which uses them too, so
 * that the script need not carry the whole dictionary.
 */
export const svScript = {
	/** The first page's offer to go on with saved answers. */
	resume: (answered: number, total: number) => `Fortsätt där du slutade (${answered} av ${total})`,
	/**
	 * On a statement page, after the statements changed since the answers were saved: `added` new
	 * and `removed` dropped ones, `reworded` ones whose wording or position changed (their answers
	 * set aside), and whether this page's statement is one of those.
	 */
	changed: (added: number, removed: number, reworded = 0, thisOne = false) =>
		`Påståendena har uppdaterats sedan du svarade senast. ${added === 1 ? 'Ett nytt påstående väntar på svar. ' : added > 1 ? `${added} nya påståenden väntar på svar. ` : ''}${removed === 1 ? 'Ett påstående finns inte längre och dess svar har tagits bort. ' : removed > 1 ? `${removed} påståenden finns inte längre och deras svar har tagits bort. ` : ''}${reworded === 1 ? 'Ett påstående har ändrats, så ditt svar på det har tagits bort. ' : reworded > 1 ? `${reworded} påståenden har ändrats, så dina svar på dem har tagits bort. ` : ''}${thisOne ? 'Det här påståendet är ändrat: svara gärna igen. ' : ''}Dina andra svar finns kvar.`
};

/** The shape every language's script texts must have. */
export type ScriptMessages = typeof svScript;
