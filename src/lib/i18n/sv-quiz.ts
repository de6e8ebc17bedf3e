/**
 * Swedish texts of the quiz island (the first page, the statements and the importance step),
 * kept apart from the rest of the dictionary so that the island's script carries only these.
 */
export const svQuiz = {
	siteName: 'Valkompass',
	language: {
		label: 'Språk'
	},
	update: {
		stale:
			'En ny version av sidan har kommit, och en del av den här sidan gick inte att ladda. Ladda om sidan. Dina svar finns kvar.',
		ready: 'En ny version av sidan finns. Dina svar finns kvar.',
		reload: 'Ladda om',
		offline: 'Du är offline. Testet fungerar ändå, och dina svar sparas på enheten.'
	},
	nav: {
		method: 'Så räknas det',
		result: 'Resultat',
		label: 'Huvudmeny'
	},
	answers: {
		'-2': 'Helt emot',
		'-1': 'Delvis emot',
		'0': 'Varken för eller emot',
		'1': 'Delvis för',
		'2': 'Helt för',
		skip: 'Hoppa över',
		skipped: 'Överhoppad',
		none: 'Inte besvarad'
	},
	home: {
		title: (title: string) => `Hur mycket håller du med om ”${title}”?`,
		lead: (party: string, count: number) =>
			`Ta ställning till ${count} påståenden ur ${party}s program för regional utveckling. Sedan ser du hur mycket du håller med programmet, ämne för ämne.`,
		whatHeading: 'Vad är det här?',
		what: (party: string) =>
			`Det här testet jämför dina åsikter med ett enda partis program: ${party}s. Det är ingen neutral valkompass som jämför partier. Varje påstående bygger på ett citat ur programmet, och du kan se citatet efter att du har svarat.`,
		time: 'Det tar ungefär tio minuter. Du kan hoppa över påståenden och ändra dina svar.',
		privacy:
			'Dina svar sparas bara på din enhet. Ingenting skickas till någon server. Bara om du själv delar ditt resultat lämnar det din enhet.',
		methodLink: 'Så räknas resultatet ut',
		start: 'Starta testet',
		continue: (answered: number, total: number) =>
			`Fortsätt där du slutade (${answered} av ${total})`,
		savedFound: 'Du har sparade svar från förra gången.',
		startOver: 'Börja om från början',
		confirmStartOver: 'Vill du ta bort alla dina svar och börja om?',
		showResult: 'Visa resultatet',
		forget: 'Ta bort mina svar från den här enheten',
		confirmForget: 'Vill du ta bort alla dina svar från den här enheten?',
		forgotten: 'Dina svar är borttagna från den här enheten.',
		expiry:
			'Svaren tas bort av sig själva om de inte har använts på ett dygn. Använder du en dator som andra också använder? Ta bort dina svar när du är klar.',
		expired: 'Det fanns gamla svar på enheten som inte hade använts på ett dygn. De är borttagna.',
		topicsHeading: 'Ämnen i testet',
		statementCount: (n: number) => `${n} påståenden`
	},
	quiz: {
		title: (n: number, total: number) => `Påstående ${n} av ${total}`,
		progress: (n: number, total: number) => `${n} av ${total}`,
		progressLabel: 'Hur långt du har kommit',
		topic: 'Ämne',
		legend: 'Vad tycker du?',
		important: 'Viktigt för mig',
		importantHint: 'Viktiga påståenden räknas dubbelt.',
		importantNeedsAnswer: 'Svara först för att kunna markera som viktigt.',
		explain: 'Vad betyder det?',
		glossary: 'Ord att känna till',
		removeAnswer: 'Ta bort svaret',
		answerRemoved: 'Svaret är borttaget. Påståendet räknas inte.',
		backToResult: 'Till resultatet',
		menu: 'Meny',
		saveCode: 'Spara den här svarskoden, så kan du läsa in dina svar senare:',
		importantStep: {
			title: 'Vad är viktigast för dig?',
			lead: 'Kryssa för de påståenden som är extra viktiga för dig. De räknas dubbelt. Du kan också gå direkt till resultatet.',
			legend: 'Viktigt för mig',
			none: 'Du har inte svarat på något påstående än.',
			done: 'Visa resultatet'
		},
		back: 'Tillbaka',
		next: 'Nästa',
		keys: 'Tangenter när testet har fokus: 1–5 svarar och går vidare, S hoppar över, pilarna vänster och höger byter påstående.',
		storageFailed:
			'Dina svar kunde inte sparas på den här enheten (lagringen är full eller avstängd). Du kan fortsätta, men svaren försvinner om du stänger sidan.',
		storageCorrupt:
			'Sparade svar på den här enheten gick inte att läsa och används inte. De skrivs över när du svarar.',
		/**
		 * After the statements changed since the answers were saved: `added` new and `removed` dropped
		 * ones, `reworded` ones whose wording or position changed (their answers set aside), and
		 * whether this page's statement is one of those.
		 */
		changed: (added: number, removed: number, reworded = 0, thisOne = false) =>
			`Påståendena har uppdaterats sedan du svarade senast. ${added === 1 ? 'Ett nytt påstående väntar på svar. ' : added > 1 ? `${added} nya påståenden väntar på svar. ` : ''}${removed === 1 ? 'Ett påstående finns inte längre och dess svar har tagits bort. ' : removed > 1 ? `${removed} påståenden finns inte längre och deras svar har tagits bort. ` : ''}${reworded === 1 ? 'Ett påstående har ändrats, så ditt svar på det har tagits bort. ' : reworded > 1 ? `${reworded} påståenden har ändrats, så dina svar på dem har tagits bort. ` : ''}${thisOne ? 'Det här påståendet är ändrat: svara gärna igen. ' : ''}Dina andra svar finns kvar.`,
		dismiss: 'Okej'
	}
};

/** The shape every language's quiz texts must have. */
export type QuizMessages = typeof svQuiz;
