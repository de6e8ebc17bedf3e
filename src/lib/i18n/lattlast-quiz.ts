/**
 * Easy-to-read Swedish (lättläst) texts of the quiz island (the first page, the statements and the importance step),
 * kept apart from the rest of the dictionary so that the island's script carries only these.
 */
import type { QuizMessages } from './sv-quiz';

export const lattlastQuiz: QuizMessages = {
	siteName: 'Valkompass',
	language: {
		label: 'Språk'
	},
	update: {
		stale:
			'Det finns en ny version av sidan. En del av sidan kunde inte laddas. Ladda om sidan. Dina svar finns kvar.',
		ready: 'Det finns en ny version av sidan. Dina svar finns kvar.',
		reload: 'Ladda om sidan',
		offline:
			'Du har inte internet just nu. Testet fungerar ändå. Dina svar sparas i din dator eller telefon.'
	},
	nav: {
		method: 'Så räknar vi',
		result: 'Resultat',
		label: 'Meny'
	},
	answers: {
		'-2': 'Helt emot',
		'-1': 'Delvis emot',
		'0': 'Varken för eller emot',
		'1': 'Delvis för',
		'2': 'Helt för',
		skip: 'Hoppa över',
		skipped: 'Du hoppade över',
		none: 'Inget svar'
	},
	home: {
		title: (title: string) => `Hur mycket håller du med om ”${title}”?`,
		lead: (party: string, count: number) =>
			`Här finns ${count} påståenden från ${party}. De kommer från partiets program för länets framtid. Säg vad du tycker om varje påstående. Sedan ser du hur mycket du håller med. Du ser det för varje ämne.`,
		whatHeading: 'Vad är det här?',
		what: (party: string) =>
			`Ett påstående är en mening som du kan hålla med om eller inte. Testet jämför vad du tycker med vad ett enda parti tycker. Partiet är ${party}. Testet jämför alltså inte olika partier. Varje påstående bygger på en bit text ur partiets program. Du kan läsa texten när du har svarat.`,
		time: 'Det tar ungefär tio minuter. Du kan hoppa över påståenden. Du kan också ändra dina svar.',
		privacy:
			'Dina svar sparas bara i din dator eller telefon. Sidan skickar inte svaren över internet. Bara om du själv delar ditt resultat kan andra se det.',
		methodLink: 'Så räknar vi ut ditt resultat',
		start: 'Starta testet',
		continue: (answered: number, total: number) =>
			`Fortsätt där du slutade (${answered} av ${total})`,
		savedFound: 'Du har svarat förut. Dina svar finns kvar.',
		startOver: 'Börja om från början',
		confirmStartOver: 'Vill du ta bort alla dina svar och börja om?',
		showResult: 'Visa resultatet',
		forget: 'Ta bort mina svar från den här enheten',
		confirmForget: 'Vill du ta bort alla dina svar från den här enheten?',
		forgotten: 'Dina svar är borttagna.',
		expiry:
			'Om du inte svarar på ett dygn tas dina svar bort. Delar du dator med andra? Ta bort dina svar när du är klar.',
		expired:
			'Det fanns gamla svar här. Ingen hade svarat på ett dygn. Därför har vi tagit bort dem.',
		topicsHeading: 'Ämnen i testet',
		statementCount: (n: number) => `${n} ${n === 1 ? 'påstående' : 'påståenden'}`
	},
	quiz: {
		title: (n: number, total: number) => `Påstående ${n} av ${total}`,
		progress: (n: number, total: number) => `${n} av ${total}`,
		progressLabel: 'Hur långt du har kommit',
		topic: 'Ämne',
		legend: 'Vad tycker du?',
		important: 'Viktigt för mig',
		importantHint: 'Ett viktigt påstående räknas dubbelt.',
		importantNeedsAnswer: 'Svara först. Sedan kan du säga att det är viktigt.',
		explain: 'Vad betyder det?',
		glossary: 'Svåra ord',
		removeAnswer: 'Ta bort svaret',
		answerRemoved: 'Svaret är borttaget.',
		backToResult: 'Till resultatet',
		menu: 'Meny',
		saveCode: 'Spara den här koden. Med koden kan du få tillbaka dina svar senare:',
		importantStep: {
			title: 'Vad är viktigast för dig?',
			lead: 'Kryssa för det som är extra viktigt för dig. Det räknas dubbelt. Du kan också gå direkt till resultatet.',
			legend: 'Viktigt för mig',
			none: 'Du har inte svarat på något än.',
			done: 'Visa resultatet'
		},
		back: 'Tillbaka',
		next: 'Nästa',
		keys: 'Har du tangentbord? Tryck 1 till 5 för att svara. Tryck S för att hoppa över. Tryck pil vänster eller pil höger för att byta påstående.',
		storageFailed:
			'Sidan kunde inte spara dina svar i din dator eller telefon. Kanske är minnet fullt. Eller så går det inte att spara där. Du kan svara ändå. Men dina svar försvinner när du stänger sidan.',
		storageCorrupt:
			'Sidan hittade gamla svar i din dator eller telefon. Men sidan kunde inte läsa dem. Därför använder sidan inte de svaren. När du svarar tas de gamla svaren bort.',
		/**
		 * After the statements changed since the answers were saved: `added` new and `removed` dropped
		 * ones, `reworded` ones whose wording or position changed (their answers set aside), and
		 * whether this page's statement is one of those.
		 */
		changed: (added: number, removed: number, reworded = 0, thisOne = false) =>
			`Vi har ändrat påståendena sedan du svarade sist. ${added > 0 ? `${added === 1 ? 'Ett nytt påstående' : `${added} nya påståenden`} väntar på ditt svar. ` : ''}${removed > 0 ? `${removed === 1 ? 'Ett påstående' : `${removed} påståenden`} finns inte längre. Vi har tagit bort dina svar på ${removed === 1 ? 'det' : 'dem'}. ` : ''}${reworded > 0 ? `${reworded === 1 ? 'Ett påstående' : `${reworded} påståenden`} har fått en ny text. Vi har tagit bort dina gamla svar på ${reworded === 1 ? 'det' : 'dem'}. ` : ''}${thisOne ? 'Det här påståendet är nytt skrivet. Svara gärna igen. ' : ''}Dina andra svar finns kvar.`,
		dismiss: 'Okej'
	}
};
