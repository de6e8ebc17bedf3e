/**
 * Easy-to-read Swedish (lättläst) UI text: short sentences, everyday words, active voice.
 * Same facts as the Swedish reference, and the same answer labels, since the scale is the same.
 */
import type { Decider } from '../content/types';
import { joinAnd } from './join';
import { lattlastQuiz } from './lattlast-quiz';
import type { Messages } from './sv';
export const lattlast: Messages = {
	...lattlastQuiz,
	htmlLang: 'sv',
	/** A whole percentage as this language writes it. */
	percent: (n: number) => `${n} %`,
	skipToContent: 'Hoppa till texten',
	needsScript:
		'Testet behöver JavaScript. Annars sparas inte dina svar. Slå på JavaScript och ladda om sidan.',
	meta: {
		locale: 'sv_SE',
		title: (title: string) => `Valkompass: hur mycket håller du med om ”${title}”?`,
		description: (party: string) =>
			`Läs påståenden från ${party}. De kommer från partiets program för länets framtid. Säg vad du tycker. Sedan ser du hur mycket du håller med. Dina svar stannar hos dig.`,
		imageAlt: 'Valkompass: hur mycket håller du med programmet?'
	},
	footer: {
		about: (party: string, title: string) =>
			`Påståendena kommer från ett program av ${party}. Programmet heter ”${title}”. Sidan jämför inte olika partier.`,
		privacy:
			'Dina svar sparas bara i din dator eller telefon. Sidan skickar inte svaren någon annanstans. Bara du själv kan dela dem.',
		source: 'Läs hela programmet',
		restore: 'Läs in dina svar med en kod',
		classroom: 'För lärare: klassens resultat',
		record: 'Alla påståenden och varför'
	},
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
		sortDisagreement: 'Det du håller minst med om först',
		programPosition: 'Programmet',
		importantMark: 'Viktigt för dig',
		agreement: (percent: number) => `Du håller med till ${percent} %`,
		quoteFrom: (section: string) => `Från delen ”${section}” i programmet`,
		change: 'Ändra svar',
		method: 'Så räknar vi',
		startOver: 'Börja om',
		done: 'Du är klar. Bra jobbat!',
		overallLead: 'Du håller med programmet till',
		interpretation: (tenths: number, answered: number, total: number) =>
			`Du tycker som programmet i ungefär ${tenths} av 10 frågor. Det bygger på ${answered} av ${total} påståenden.`,
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
	method: {
		title: 'Så räknar vi',
		intro:
			'Sidan räknar ut resultatet i din dator eller telefon. Här kan du läsa hur vi räknar. Då kan du själv se att det stämmer.',
		scaleHeading: 'Svaren blir siffror',
		scale:
			'Varje svar blir en siffra. Helt emot är −2. Delvis emot är −1. Varken för eller emot är 0. Delvis för är +1. Helt för är +2. Vad programmet tycker blir också en siffra. Den är mellan −2 och +2, men aldrig 0. Siffran bygger på en bit text ur programmet.',
		agreementHeading: 'Hur lika ni tycker',
		agreement:
			'För varje påstående räknar vi ut hur lika du och programmet tycker. Vi räknar så här: 1 − |ditt svar − programmets siffra| / 4. Strecken | betyder att vi tar bort ett minus. Samma svar som programmet ger 100 %. Helt motsatt svar ger 0 %. Ett steg ifrån ger 75 %.',
		weightHeading: 'Viktigt för mig',
		weight:
			'Du kan säga att ett påstående är viktigt för dig. Då räknas det dubbelt. Säger du att alla är viktiga? Då blir resultatet samma som om inget är viktigt.',
		topicHeading: 'För varje ämne och för allt',
		topic:
			'Vi räknar ut ett resultat för varje ämne. Vi tar de påståenden i ämnet som du har svarat på. Sedan räknar vi ut medelvärdet av hur lika ni tycker. Viktiga påståenden räknas dubbelt. Resultatet för allt räknar vi på samma sätt. Då tar vi med alla dina svar. Resultatet visas i hela procent. Blir det en halv, till exempel 91,5, så avrundar vi uppåt till 92.',
		skipHeading: 'Påståenden du hoppar över och ämnen utan svar',
		skip: 'Hoppar du över ett påstående? Då räknas det inte alls. Har du inte svarat på något påstående i ett ämne? Då får ämnet inget resultat. Det står ”inget svar”, och det blir ett hål i diagrammet. Det vore fel att visa 0 % eller 50 %. Vi vet ju inte vad du tycker.',
		exampleHeading: 'Ett exempel',
		exampleGeneric:
			'Programmet säger +2, −2 och +1 om tre påståenden. Du svarar +2 på det första, och du säger att det är viktigt. Du svarar −1 på det andra. Det tredje hoppar du över. Hur lika ni tycker blir 1 och 0,75. Vikten blir 2 för det viktiga och 1 för det andra. Resultatet blir (2 × 1 + 1 × 0,75) / (2 + 1) = 0,917. Det är 92 %.',
		exampleOwnHeading: 'Med dina egna svar',
		exampleOwn: (topic: string) => `Så här räknar vi ut ditt resultat för ${topic}:`,
		exampleAnswer: 'Ditt svar',
		examplePosition: 'Programmet',
		exampleAgreement: 'Hur lika',
		exampleWeight: 'Vikt',
		exampleSum: (numerator: string, denominator: string, percent: number) =>
			`Summa: ${numerator} / ${denominator} = ${percent} %`,
		positionsHeading: 'Hur vet vi vad programmet tycker?',
		positions:
			'Varje påstående har en bit text ur programmet. Texten står precis som i programmet. +2 eller −2 betyder att programmet säger tydligt ja eller nej. +1 eller −1 betyder att programmet bara lutar åt ett håll. Står det ”på sikt” eller ”pröva” både i påståendet och i programmet? Då blir det +2 eller −2. Ungefär hälften av påståendena är sådant som programmet är emot. Svarar du ”Helt för” på allt? Då får du inte ett högt resultat.'
	},
	decides: {
		line: (who: readonly Decider[]) =>
			who.length === 1
				? {
						region: 'Regionen bestämmer',
						municipality: 'Kommunen bestämmer',
						state: 'Riksdagen och regeringen bestämmer',
						eu: 'EU bestämmer'
					}[who[0]!]
				: `Det bestäms av ${joinAnd(
						who.map(
							(d) =>
								({ region: 'regionen', municipality: 'kommunen', state: 'staten', eu: 'EU' })[d]
						),
						'och'
					)}`
	},
	program: {
		heading: 'Om programmet'
	},
	record: {
		title: 'Alla påståenden och varför',
		link: 'Alla påståenden med citat och förklaring',
		intro: (count: number) =>
			`Här finns alla ${count} påståenden. Du ser texten ur programmet, vad programmet tycker, vem som bestämmer och varför.`,
		quote: 'Text ur programmet',
		section: 'Del av programmet',
		position: 'Vad programmet tycker',
		decides: 'Vem bestämmer',
		rationale: 'Varför',
		explanation: 'Förklaring'
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
		compareSummary: 'Jämför med mitt resultat',
		compareIntro:
			'Ditt resultat kommer från dina svar på den här telefonen eller datorn. Vi skickar ingenting.',
		you: 'Du',
		sender: 'Personen som delade',
		difference: 'Skillnad',
		compareChartTitle: 'Ditt resultat och personens resultat i varje ämne',
		compareCaption: 'Du och personen som delade, i varje ämne. Skillnaden är i procentenheter.'
	},
	restore: {
		title: 'Läs in svar',
		intro:
			'Har du en svarskod? Eller en länk med en svarskod? Klistra in den här. Då kan du fortsätta med de svaren.',
		label: 'Svarskod eller länk',
		read: 'Läs in',
		found: (answered: number, total: number) =>
			`Koden har svar på ${answered} av ${total} påståenden.`,
		replaceQuestion: (saved: number) =>
			`Du har redan ${saved} svar sparade i den här datorn eller telefonen. Vill du byta ut ${saved === 1 ? 'det' : 'dem'} mot svaren i koden?`,
		replace: 'Byt ut mina svar',
		keep: 'Behåll mina svar',
		use: 'Använd svaren',
		done: 'Klart! Nu är svaren inlästa.',
		kept: 'Dina sparade svar finns kvar. Inget har ändrats.',
		notSaved:
			'Svaren kunde inte sparas. De finns bara kvar tills du stänger sidan. Spara koden här under. Då kan du läsa in svaren igen en annan gång.',
		keepCode: 'Din svarskod',
		toResult: 'Se resultatet',
		toQuiz: 'Fortsätt svara',
		changed: (added: number, removed: number) =>
			`Koden är gjord för ett äldre test. ${added > 0 ? `${added === 1 ? 'Ett påstående är nytt' : `${added} påståenden är nya`}. Du har inte svarat på ${added === 1 ? 'det' : 'dem'}. ` : ''}${removed > 0 ? `${removed === 1 ? 'Ett påstående' : `${removed} påståenden`} finns inte längre. Vi har tagit bort dina svar på ${removed === 1 ? 'det' : 'dem'}.` : ''}`
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
	},
	notFound: {
		title: 'Sidan finns inte',
		text: 'Det finns ingen sida på den här adressen. Gå till startsidan och börja där.',
		home: 'Till startsidan'
	}
};
