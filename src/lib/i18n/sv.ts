/** Swedish UI text: the reference dictionary. The other languages must have every key. */
import type { Decider } from '../content/types';
import { joinAnd } from './join';
import { svResult } from './sv-result';

export const sv = {
	...svResult,
	htmlLang: 'sv',
	skipToContent: 'Hoppa till innehållet',
	needsScript:
		'Testet behöver JavaScript för att spara dina svar och visa resultatet. Slå på JavaScript i webbläsaren och ladda om sidan.',
	meta: {
		locale: 'sv_SE',
		title: (title: string) => `Valkompass: hur mycket håller du med om ”${title}”?`,
		description: (party: string) =>
			`Ta ställning till påståenden ur ${party}s program för regional utveckling och se hur mycket du håller med, ämne för ämne. Svaren stannar i din webbläsare.`,
		imageAlt: 'Valkompass: hur mycket håller du med programmet?'
	},
	footer: {
		about: (party: string, title: string) =>
			`Påståendena bygger på ${party}s program ”${title}”. Det här är ingen jämförelse mellan partier.`,
		privacy:
			'Dina svar sparas bara i din webbläsare. Ingenting skickas någonstans om du inte själv delar det.',
		source: 'Läs hela programmet',
		restore: 'Läs in svar från en svarskod',
		classroom: 'För lärare: klassens resultat',
		record: 'Underlag: alla påståenden'
	},
	method: {
		title: 'Så räknas det',
		intro:
			'Resultatet räknas ut i din webbläsare. Här är hela metoden, så att du kan kontrollera den.',
		scaleHeading: 'Svaren blir siffror',
		scale:
			'Varje svar blir en siffra: Helt emot är −2, Delvis emot −1, Varken för eller emot 0, Delvis för +1 och Helt för +2. Programmets ståndpunkt är också en siffra mellan −2 och +2, men aldrig 0. Den bygger på ett citat ur programmet.',
		agreementHeading: 'Hur lika ni tycker',
		agreement:
			'För varje påstående räknas överensstämmelsen ut: 1 − |ditt svar − programmets ståndpunkt| / 4. Samma svar ger 100 %. Motsatt ytterlighet ger 0 %. Ett steg ifrån ger 75 %.',
		weightHeading: 'Viktigt för mig',
		weight:
			'Ett påstående som du har markerat som viktigt räknas dubbelt. Om du markerar alla som viktiga blir resultatet detsamma som om du inte markerar något.',
		topicHeading: 'Per ämne och totalt',
		topic:
			'Ett ämnes resultat är medelvärdet av överensstämmelsen för de påståenden du har svarat på i ämnet, med viktiga påståenden räknade dubbelt. Totalen räknas på samma sätt över alla besvarade påståenden. Resultatet visas i hela procent, avrundat uppåt vid jämna halvor.',
		skipHeading: 'Överhoppade påståenden och ämnen utan svar',
		skip: 'Ett påstående som du hoppar över räknas inte alls. Om du inte har svarat på något påstående i ett ämne får ämnet inget resultat. Det visas som ”ej besvarat” och lämnar en lucka i diagrammet. Att visa 0 % eller 50 % vore fel, eftersom vi inte vet vad du tycker.',
		exampleHeading: 'Ett exempel',
		exampleGeneric:
			'Programmet säger +2, −2 och +1 om tre påståenden. Du svarar +2 (viktigt), −1 och hoppar över det tredje. Överensstämmelsen blir 1 och 0,75. Vikterna blir 2 och 1. Resultatet blir (2 × 1 + 1 × 0,75) / (2 + 1) = 0,917, alltså 92 %.',
		exampleOwnHeading: 'Med dina egna svar',
		exampleOwn: (topic: string) => `Så här räknas ditt resultat för ${topic} ut:`,
		exampleAnswer: 'Ditt svar',
		examplePosition: 'Programmet',
		exampleAgreement: 'Överensstämmelse',
		exampleWeight: 'Vikt',
		exampleSum: (numerator: string, denominator: string, percent: number) =>
			`Summa: ${numerator} / ${denominator} = ${percent} %`,
		positionsHeading: 'Varifrån kommer programmets ståndpunkter?',
		positions:
			'Varje påstående har ett ordagrant citat ur programmet. ±2 betyder att programmet kräver eller avvisar något rakt ut. ±1 betyder att programmet bara lutar åt ett håll. Om påståendet har samma förbehåll som programmet, till exempel ”på sikt” eller ”pröva”, räknas det som ±2. Mellan fyra och sex av tio påståenden är sådana som programmet är emot. Därför får den som svarar ”Helt för” på allt inget högt resultat. Varje påstående har också en mening om varför ståndpunkten är just den.'
	},
	decides: {
		/** A short line under a statement: who decides the question. */
		line: (who: readonly Decider[]) =>
			who.length === 1
				? {
						region: 'Beslutas av regionen',
						municipality: 'Beslutas av kommunen',
						state: 'Beslutas av riksdagen och regeringen',
						eu: 'Beslutas inom EU'
					}[who[0]!]
				: `Beslutas av ${joinAnd(
						who.map(
							(d) =>
								({ region: 'regionen', municipality: 'kommunerna', state: 'staten', eu: 'EU' })[d]
						),
						'och'
					)}`
	},
	program: {
		heading: 'Om programmet'
	},
	record: {
		title: 'Underlag: alla påståenden',
		link: 'Underlag: alla påståenden med citat och motivering',
		intro: (count: number) =>
			`Här finns alla ${count} påståenden i testet, med citatet ur programmet som de bygger på, programmets ståndpunkt, vem som beslutar och varför ståndpunkten är så stark som den är.`,
		quote: 'Citat ur programmet',
		section: 'Avsnitt',
		position: 'Programmets ståndpunkt',
		decides: 'Vem beslutar',
		rationale: 'Varför just den ståndpunkten',
		explanation: 'Förklaring'
	},
	restore: {
		title: 'Läs in svar',
		intro: 'Klistra in en svarskod eller en länk med svarskod för att fortsätta med de svaren.',
		label: 'Svarskod eller länk',
		read: 'Läs in',
		found: (answered: number, total: number) =>
			`Koden innehåller svar på ${answered} av ${total} påståenden.`,
		replaceQuestion: (saved: number) =>
			`Du har redan ${saved} sparade svar på den här enheten. Vill du ersätta dem med svaren i koden?`,
		replace: 'Ersätt mina svar',
		keep: 'Behåll mina svar',
		use: 'Använd svaren',
		done: 'Svaren är inlästa.',
		kept: 'Dina sparade svar är kvar. Inget har ändrats.',
		notSaved:
			'Svaren kunde inte sparas på den här enheten (lagringen är full eller avstängd). De finns bara kvar tills du stänger fliken. Spara svarskoden här under, så kan du läsa in svaren igen senare.',
		keepCode: 'Din svarskod',
		toResult: 'Se resultatet',
		toQuiz: 'Fortsätt svara',
		changed: (added: number, removed: number) =>
			`Koden gjordes för en äldre version av testet. ${added === 1 ? 'Ett påstående är nytt och saknar svar. ' : added > 1 ? `${added} påståenden är nya och saknar svar. ` : ''}${removed === 1 ? 'Ett påstående finns inte längre och dess svar har tagits bort.' : removed > 1 ? `${removed} påståenden finns inte längre och deras svar har tagits bort.` : ''}`
	},
	notFound: {
		title: 'Sidan finns inte',
		text: 'Adressen leder ingenstans. Gå till startsidan och börja där.',
		home: 'Till startsidan'
	}
};

/** The shape every language's dictionary must have. */
export type Messages = typeof sv;
