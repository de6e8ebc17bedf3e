/** Swedish UI text: the reference dictionary. The other languages must have every key. */
export const sv = {
	htmlLang: 'sv',
	languageName: 'Svenska',
	siteName: 'Valkompass',
	skipToContent: 'Hoppa till innehållet',
	nav: {
		home: 'Start',
		method: 'Så räknas det',
		label: 'Huvudmeny'
	},
	footer: {
		about: (party: string, title: string) =>
			`Frågorna bygger på ${party}s regionprogram ”${title}”. Det här är inte en jämförelse mellan partier.`,
		privacy: 'Dina svar stannar i din webbläsare. Ingenting skickas någonstans om du inte själv delar.',
		source: 'Programmet i sin helhet'
	},
	home: {
		title: (title: string) => `Hur mycket håller du med om ”${title}”?`,
		lead: (party: string) =>
			`Svara på påståenden från ${party}s program för regional utveckling. Du får se hur mycket du håller med, ämne för ämne.`,
		topicsHeading: 'Ämnen',
		statementCount: (n: number) => `${n} påståenden`
	}
};

/** The shape every language's dictionary must have. */
export type Messages = typeof sv;
