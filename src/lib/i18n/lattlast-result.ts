/**
 * Easy-to-read Swedish (lättläst) texts of the result islands (the result page and a shared result).
 */
import { joinAnd } from './join';
import { svSteps } from './steps';
import { lattlastQuiz } from './lattlast-quiz';
import type { ResultMessages } from './sv-result';

export const lattlastResult: ResultMessages = {
	...lattlastQuiz,
	/** A whole percentage as this language writes it. */
	percent: (n: number) => `${n} %`,
	result: {
		title: 'Ditt resultat',
		overall: (percent: number) => `Du håller med programmet till ${percent} %`,
		none: 'Du har inte svarat på något påstående än. Därför finns det inget resultat att visa.',
		startQuiz: 'Starta testet',
		continueQuiz: 'Fortsätt svara',
		/** Topic names as one phrase: 'a, b och c'. */
		topicList: (names: readonly string[]) => joinAnd(names, 'och'),
		summary: (most: string, least: string) =>
			`Du håller mest med om ${most}. Du håller minst med om ${least}.`,
		summaryOne: (topic: string) => `Du har bara svarat på påståenden i ett ämne: ${topic}.`,
		summaryEqual: 'Du håller med lika mycket i alla ämnen som du har svarat på.',
		chartTitle: 'Hur mycket du håller med i varje ämne',
		chartDescription: (parts: string) =>
			`Ett runt diagram, som ett nät. Varje ämne har en egen linje. Linjen går från 0 till 100 %. ${parts}`,
		axisLabel: (name: string, percent: number, answered: number, total: number) =>
			`${name} ${percent} % (${answered} av ${total})`,
		axisNotAnswered: (name: string) => `${name} (inget svar)`,
		tableCaption: 'Hur mycket du håller med i varje ämne',
		tableTopic: 'Ämne',
		tableAgreement: 'Håller med',
		tableAnswered: 'Svar',
		answeredOf: (answered: number, total: number) => `${answered} av ${total}`,
		notAnswered: 'Inget svar',
		statementsHeading: 'Ett påstående i taget',
		filterLabel: 'Visa ämne',
		filterAll: 'Alla ämnen',
		sortLabel: 'Ordning',
		sortQuiz: 'Som i testet',
		sortDisagreement: 'Mest olika först',
		programPosition: 'Programmet',
		importantMark: 'Viktigt för dig',
		agreement: (percent: number) => `Du håller med till ${percent} %`,
		quoteFrom: (section: string) => `Från delen ”${section}” i programmet`,
		change: 'Ändra svar',
		method: 'Så räknar vi',
		startOver: 'Börja om',
		done: 'Du är klar. Bra jobbat!',
		overallLead: 'Du håller med programmet till',
		interpretation: (steps: number, answered: number, total: number) =>
			`${steps === 0 ? 'Du svarar som programmet, eller nästan som programmet.' : `Dina svar är i snitt ${svSteps(steps)} från programmets svar.`} Ett steg är till exempel ${lattlastQuiz.answers[1]} i stället för ${lattlastQuiz.answers[2]}. Det bygger på ${answered} av ${total} påståenden.`,
		shareResult: 'Dela resultatet',
		match: (percent: number) =>
			percent >= 100
				? 'Samma'
				: percent >= 75
					? 'Nästan samma'
					: percent >= 50
						? 'Lite olika'
						: percent >= 25
							? 'Olika'
							: 'Helt olika',
		toTop: 'Till toppen',
		compareReceived: 'Jämför med resultatet som någon delade med dig'
	},
	share: {
		heading: 'Dela resultatet',
		intro:
			'Vi delar ingenting om du inte själv vill. Du kan dela en länk till ditt resultat. Länken visar bara procent för varje ämne. Den visar inte dina svar.',
		linkHint: 'Andra som öppnar länken ser ditt diagram och din tabell. De ser inte dina svar.',
		linkLabel: 'Länk till resultatet',
		copyLink: 'Kopiera länken',
		square: 'Fyrkantig bild (för flödet)',
		story: 'Hög bild (för story)',
		cardOverall: (percent: number | null) =>
			percent === null ? 'Inget svar' : `Totalt ${percent} %`,
		cardDisclaimer: 'Jämför med ett partis program – inte med alla partier',
		cardNotAnswered: 'inget svar',
		codeHeading: 'Spara dina svar eller ge dem till läraren',
		codeHint:
			'Svarskoden är en kod med alla dina svar. Med koden kan du fortsätta på en annan dator eller telefon. Du kan också ge koden till din lärare.',
		codeLabel: 'Din svarskod',
		copyCode: 'Kopiera koden',
		codeLink: 'Kopiera en länk med dina svar till en annan dator eller telefon',
		copied: 'Kopierat!',
		copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
		downloaded: 'Du har laddat ner bilden. Länken är också kopierad.',
		downloadedOnly: 'Du har laddat ner bilden.',
		shared: 'Delat!',
		shareText: (title: string) => `Så mycket håller jag med om ”${title}”.`,
		making: 'Vi gör bilden …',
		formatLabel: 'Bildens form',
		downloadPicture: 'Ladda ner bilden',
		shareNow: 'Dela bilden och länken',
		cardLead: (party: string) => `Jag håller med ${party}s program till`,
		cardInvite: 'Hur mycket håller du med?',
		cardCta: 'Gör testet på',
		sheetFailed:
			'Det gick inte att dela just nu. Kolla att du har internet. Stäng och försök igen.',
		pictureFailed: 'Vi kunde inte göra bilden. Du kan dela länken i stället.',
		previewAlt: (percent: number | null) =>
			percent === null
				? 'Bilden som du kan dela'
				: `Bilden som du kan dela: jag håller med programmet till ${percent} %`,
		sendCode: 'Skicka koden',
		codeShareText: (code: string) => `Min svarskod från testet: ${code}`,
		close: 'Stäng',
		cardProgram: (title: string) => `”${title}”`
	},
	shared: {
		title: 'Någon har delat sitt resultat med dig',
		notice:
			'Det här är någon annans resultat. Du ser procent för varje ämne. Du ser inte personens svar.',
		yourTurn: 'Gör testet själv',
		overall: (percent: number) => `Personen håller med programmet till ${percent} %`,
		missing: (n: number) =>
			`Länken är gjord för ett äldre test. ${n === 1 ? 'Ett ämne' : `${n} ämnen`} fanns inte då. Där står det ”inget svar”.`,
		unknown: (n: number) =>
			`Länken är gjord för ett äldre test. ${n === 1 ? 'Ett ämne' : `${n} ämnen`} finns inte längre. Vi visar inte ${n === 1 ? 'det' : 'dem'}.`,
		chartTitle: 'Hur mycket personen håller med i varje ämne',
		tableCaption: 'Hur mycket personen håller med i varje ämne',
		senderLead: 'Personen som delade håller med programmet till',
		invite: 'Hur mycket håller du med?',
		ctaHint: 'Det tar ungefär tio minuter. Dina svar stannar hos dig.',
		afterTest: 'Gör testet. Sedan kan du jämföra ditt resultat med det här.',
		program: (party: string, title: string) =>
			`Programmet heter ”${title}”. ${party} har skrivit det. Det är ett partis program. Det är inte en valkompass för alla partier.`,
		noCode:
			'Länken saknar koden med resultatet. Be personen som delade länken att skicka hela länken igen. Du kan också göra testet själv.',
		compareSummary: 'Jämför med mitt resultat',
		compareIntro:
			'Ditt resultat kommer från dina svar på den här telefonen eller datorn. Vi skickar ingenting.',
		you: 'Du',
		sender: 'Personen som delade',
		difference: 'Skillnad',
		compareChartTitle: 'Ditt resultat och personens resultat i varje ämne',
		compareCaption: 'Du och personen som delade, i varje ämne. Skillnaden är i procentenheter.'
	},
	codeErrors: {
		empty: 'Det finns ingen kod att läsa. Klistra in en kod eller en länk.',
		format: 'Det här ser inte ut som en kod från testet. Se till att du har fått med hela koden.',
		'format-version':
			'Koden är gjord på ett nyare sätt än sidan kan läsa. Ladda om sidan och försök igen.',
		'unknown-version':
			'Koden är gjord för påståenden som sidan inte känner till. Kanske är sidan gammal. Ladda om sidan och försök igen.',
		damaged:
			'Koden är skadad. Ett tecken saknas, är fel eller är för mycket. Kopiera hela koden en gång till.',
		'wrong-kind': 'Det här är en länk till ett resultat. Det är inte en svarskod.'
	}
};
