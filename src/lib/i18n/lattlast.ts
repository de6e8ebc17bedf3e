/**
 * Easy-to-read Swedish (lättläst) UI text: short sentences, everyday words, active voice.
 * Same facts as the Swedish reference, and the same answer labels, since the scale is the same.
 */
import type { Decider } from '../content/types';
import { joinAnd } from './join';
import { lattlastResult } from './lattlast-result';
import type { Messages } from './sv';
export const lattlast: Messages = {
	...lattlastResult,
	htmlLang: 'sv',
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
	notFound: {
		title: 'Sidan finns inte',
		text: 'Det finns ingen sida på den här adressen. Gå till startsidan och börja där.',
		home: 'Till startsidan'
	}
};
