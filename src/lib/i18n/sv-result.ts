/**
 * Swedish texts of the result islands (the result page and a shared result): the quiz island's
 * texts and the result's own, kept apart from the rest of the dictionary so that the islands'
 * scripts carry only these.
 */
import { joinAnd } from './join';
import { svSteps } from './steps';
import { svQuiz } from './sv-quiz';

export const svResult = {
	...svQuiz,
	/** A whole percentage as this language writes it. */
	percent: (n: number) => `${n} %`,
	result: {
		title: 'Ditt resultat',
		overall: (percent: number) => `Du håller med programmet till ${percent} %`,
		none: 'Du har inte svarat på något påstående än, så det finns inget resultat att visa.',
		startQuiz: 'Starta testet',
		continueQuiz: 'Fortsätt svara',
		/** Topic names as one phrase: 'a, b och c'. */
		topicList: (names: readonly string[]) => joinAnd(names, 'och'),
		summary: (most: string, least: string) =>
			`Du håller mest med om ${most} och minst om ${least}.`,
		summaryOne: (topic: string) => `Du har bara svarat inom ett ämne: ${topic}.`,
		summaryEqual: 'Du håller med lika mycket i alla ämnen du har svarat på.',
		chartTitle: 'Hur mycket du håller med, per ämne',
		chartDescription: (parts: string) =>
			`Radardiagram med ett ämne per axel, 0 till 100 %. ${parts}`,
		axisLabel: (name: string, percent: number, answered: number, total: number) =>
			`${name} ${percent} % (${answered} av ${total})`,
		axisNotAnswered: (name: string) => `${name} (ej besvarat)`,
		tableCaption: 'Hur mycket du håller med, per ämne',
		tableTopic: 'Ämne',
		tableAgreement: 'Håller med',
		tableAnswered: 'Besvarade',
		answeredOf: (answered: number, total: number) => `${answered} av ${total}`,
		notAnswered: 'Ej besvarat',
		statementsHeading: 'Påstående för påstående',
		filterLabel: 'Visa ämne',
		filterAll: 'Alla ämnen',
		sortLabel: 'Ordning',
		sortQuiz: 'Som i testet',
		sortDisagreement: 'Mest oense först',
		programPosition: 'Programmet',
		importantMark: 'Viktigt för dig',
		agreement: (percent: number) => `Överensstämmelse ${percent} %`,
		quoteFrom: (section: string) => `Ur avsnittet ”${section}”`,
		change: 'Ändra svar',
		method: 'Så räknas det',
		startOver: 'Börja om',
		done: 'Du är klar – bra jobbat!',
		overallLead: 'Du håller med programmet till',
		/** What the percent means: `steps` is averageSteps() of it (0, 0.5, 1 … 4). */
		interpretation: (steps: number, answered: number, total: number) =>
			`${steps === 0 ? 'Dina svar är i snitt desamma som programmets, eller nästan' : `Dina svar ligger i snitt ${svSteps(steps)} från programmets`} (ett steg är till exempel ${svQuiz.answers[1]} i stället för ${svQuiz.answers[2]}), räknat på ${answered} av ${total} påståenden.`,
		shareResult: 'Dela resultatet',
		match: (percent: number): string =>
			percent >= 100
				? 'Samma'
				: percent >= 75
					? 'Nära'
					: percent >= 50
						? 'Delvis olika'
						: percent >= 25
							? 'Olika'
							: 'Helt olika',
		toTop: 'Till toppen',
		compareReceived: 'Jämför med resultatet som någon delade med dig'
	},
	share: {
		heading: 'Dela resultatet',
		intro:
			'Ingenting delas förrän du själv väljer det. En länk till resultatet innehåller bara procenten per ämne, inte dina svar.',
		linkHint: 'Den som öppnar länken ser ditt diagram och din tabell, men inte dina svar.',
		linkLabel: 'Länk till resultatet',
		copyLink: 'Kopiera länken',
		square: 'Kvadratisk bild (flöde)',
		story: 'Stående bild (story)',
		cardOverall: (percent: number | null) =>
			percent === null ? 'Inget besvarat' : `Totalt ${percent} %`,
		cardDisclaimer: 'Jämför med ett partis program – inte en neutral valkompass',
		cardNotAnswered: 'ej besvarat',
		codeHeading: 'Spara eller lämna in dina svar',
		codeHint:
			'Svarskoden innehåller alla dina svar. Med den kan du fortsätta på en annan enhet, eller lämna den till din lärare.',
		codeLabel: 'Din svarskod',
		copyCode: 'Kopiera koden',
		codeLink: 'Kopiera länk för att fortsätta på en annan enhet',
		copied: 'Kopierat!',
		copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
		downloaded: 'Bilden har laddats ner och länken har kopierats.',
		downloadedOnly: 'Bilden har laddats ner.',
		shared: 'Delat!',
		shareText: (title: string) => `Så mycket håller jag med om ”${title}”.`,
		making: 'Bilden skapas …',
		formatLabel: 'Bildens form',
		downloadPicture: 'Ladda ner bilden',
		shareNow: 'Dela bild och länk',
		cardLead: (party: string) => `Jag håller med ${party}s program till`,
		cardInvite: 'Hur mycket håller du med?',
		cardCta: 'Gör testet på',
		sheetFailed: 'Delningen gick inte att öppna. Kontrollera anslutningen, stäng och försök igen.',
		pictureFailed:
			'Bilden gick inte att göra på den här enheten. Du kan ändå kopiera och dela länken.',
		previewAlt: (percent: number | null) =>
			percent === null
				? 'Bilden som delas'
				: `Bilden som delas: jag håller med programmet till ${percent} %`,
		sendCode: 'Skicka koden',
		codeShareText: (code: string) => `Min svarskod från testet: ${code}`,
		close: 'Stäng',
		cardProgram: (title: string) => `”${title}”`
	},
	shared: {
		title: 'Någon har delat sitt resultat med dig',
		notice: 'Det här är någon annans resultat. Det visar procent per ämne, inte personens svar.',
		yourTurn: 'Gör testet själv',
		overall: (percent: number) => `Personen håller med programmet till ${percent} %`,
		missing: (n: number) =>
			`Länken gjordes för en äldre version av testet. ${n} ämnen fanns inte då och visas som ej besvarade.`,
		unknown: (n: number) =>
			`Länken gjordes för en äldre version av testet. ${n} ämnen finns inte längre och visas inte.`,
		chartTitle: 'Hur mycket personen håller med, per ämne',
		tableCaption: 'Hur mycket personen håller med, per ämne',
		senderLead: 'Den som delade länken håller med programmet till',
		/** Which program the number is about, under it: a friend may not know the site. */
		program: (party: string, title: string) =>
			`Programmet är ”${title}” av ${party}. Det är ett partis program, inte en neutral valkompass.`,
		/** A link without a code (the part after #): nothing to paste on this page. */
		noCode:
			'Länken saknar koden med resultatet. Be den som delade den att skicka hela länken igen, eller gör testet själv.',
		invite: 'Hur mycket håller du med?',
		ctaHint: 'Det tar ungefär tio minuter. Dina svar stannar i din telefon eller dator.',
		afterTest: 'När du har gjort testet kan du jämföra ditt resultat med det här.',
		compareSummary: 'Jämför med mitt resultat',
		compareIntro:
			'Ditt resultat räknas fram av svaren på den här enheten. Inget skickas någonstans.',
		you: 'Du',
		sender: 'Den som delade',
		difference: 'Skillnad',
		compareChartTitle: 'Ditt resultat och den som delade, per ämne',
		compareCaption: 'Du och den som delade, per ämne. Skillnaden är i procentenheter.'
	},
	codeErrors: {
		empty: 'Det finns ingen kod att läsa. Klistra in en kod eller en länk.',
		format: 'Det här ser inte ut som en kod från testet. Kontrollera att hela koden kom med.',
		'format-version':
			'Koden är gjord i ett nyare format än den här sidan kan läsa. Ladda om sidan och försök igen.',
		'unknown-version':
			'Koden är gjord för en version av påståendena som den här sidan inte känner till. Om koden är ny kan sidan vara gammal: ladda om sidan och försök igen.',
		damaged:
			'Koden är skadad: ett tecken saknas, är fel eller har kommit till. Kopiera den igen, hela.',
		'wrong-kind': 'Det här är en resultatlänk, inte en svarskod.'
	}
};

/** The shape of every language's result texts. */
export type ResultMessages = typeof svResult;
