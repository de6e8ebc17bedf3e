/** Easy-to-read Swedish (lättläst) UI text for the classroom pages (class view, projector, worksheet, teacher's guide). */
import type { classroomSv } from './sv-classroom';

/** "1 elev", "2 elever". */
const students = (n: number) => (n === 1 ? '1 elev' : `${n} elever`);
/** "1 kod", "2 koder". */
const codes = (n: number) => (n === 1 ? '1 kod' : `${n} koder`);
/** "1, 2 och 3": numbers joined for a sentence. */
const joinList = (items: number[], and: string) =>
	items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/** Easy-to-read Swedish: short sentences, everyday words, the same facts as the Swedish reference. */
/** Names the second paper sheet, so that no two fields on the class view share a name. */
const afterLesson = (after: boolean) => (after ? ' efter lektionen' : '');

export const classroomLattlast: typeof classroomSv = {
	title: 'Klassens resultat',
	students,
	percent: (value: number) => `${value} %`,
	range: (low: number, high: number) => `${low}–${high}`,
	nav: {
		label: 'Sidor för läraren',
		hub: 'Klassens resultat',
		projector: 'Visa på projektor',
		worksheet: 'Arbetsblad',
		guide: 'Hjälp till läraren'
	},
	qr: {
		alt: (address: string) => `QR-kod till testet: ${address}`,
		loading: 'Vi gör QR-koden …',
		failed: 'Det gick inte att göra QR-koden. Skriv adressen på tavlan i stället.'
	},
	hub: {
		intro:
			'Här ser du vad klassen tycker. Du ser inga namn. Eleverna gör testet i sina egna telefoner eller datorer. Sedan skickar de sin svarskod till dig. Du klistrar in koderna här.',
		privacy:
			'Sidan skickar ingenting någonstans. Koderna läses och räknas här i din webbläsare. En svarskod har svar, men inga namn. Webbläsaren sparar bara koderna. Den sparar inte namn eller annan text som du klistrar in. Koderna tas bort om ingen har använt dem på ett dygn. De tas också bort när du tömmer rutan.',
		startHeading: '1. Låt eleverna göra testet',
		startSteps: [
			'Eleverna skannar QR-koden. Eller så skriver de in adressen.',
			'De svarar på påståendena. Det tar ungefär tio minuter.',
			'Sist kommer en sida med resultatet. Där kopierar eleverna sin svarskod. De skickar koden till dig, till exempel i klassens chatt. Be inte om namn. Koden räcker.'
		],
		bigQr: 'Visa en stor QR-kod på projektorn',
		pasteHeading: '2. Klistra in svarskoderna',
		afterHeading: '3. Efter lektionen (om du vill)',
		afterIntro:
			'Eleverna kan svara en gång till efter samtalet. Klistra in de nya koderna här. Då ser du före och efter i samma diagram.',
		resultsHeading: 'Så svarade klassen',
		showLabel: 'Visa resultatet för',
		moreHeading: 'Mer för lektionen'
	},
	paste: {
		labelBefore: 'Svarskoder från klassen',
		labelAfter: 'Svarskoder efter lektionen',
		hint: 'Du kan klistra in vad som helst. Till exempel en chatt, en kolumn ur ett kalkylark eller ett mejl. Sidan hittar svarskoder och länkar med svarskoder. Sidan hoppar över resten av texten.',
		read: 'Läs in koderna',
		reading: 'Sidan läser koderna …',
		clear: 'Töm',
		confirmClear: 'Vill du ta bort koderna i rutan? Då försvinner de också från webbläsaren.',
		empty: 'Rutan är tom. Klistra först in text med svarskoder.',
		none: 'Sidan hittade ingen svarskod i texten. En svarskod börjar med A2. Den ser ut så här: A2RN-01HH-… och har grupper om fyra tecken.',
		found: (found: number, studentCount: number) =>
			`Sidan hittade ${codes(found)} i texten. ${found === 1 ? 'Koden' : 'Koderna'} kommer från ${students(studentCount)}.`,
		duplicates: (n: number) =>
			`${n === 1 ? '1 kod fanns två gånger. Den räknas' : `${n} koder fanns flera gånger. De räknas`} bara en gång. Det kan vara en elev som skickade två gånger. Det kan också vara två elever som svarade exakt lika.`,
		duplicatesCounted: (n: number) =>
			`${n === 1 ? '1 kod fanns två gånger' : `${n} koder fanns flera gånger`}. Varje gång räknas som en elev.`,
		countRepeats:
			'Räkna varje kod lika många gånger som den finns (två elever kan ha svarat exakt lika)',
		problemGroup: (group: number) => `Felet finns nog i grupp ${group}. Räkna från vänster.`,
		expired: 'Koderna från förra gången är borta. Ingen hade använt dem på ett dygn.',
		older: (n: number) =>
			`${codes(n)} är ${n === 1 ? 'gjord' : 'gjorda'} för ett äldre test. Vi räknar svaren på de påståenden som finns kvar.`,
		problemsHeading: (n: number) =>
			n === 1 ? '1 kod gick inte att läsa' : `${n} koder gick inte att läsa`,
		problemWhere: (line: number, count: number) =>
			count > 1 ? `rad ${line}, ${count} gånger` : `rad ${line}`,
		reasons: {
			damaged:
				'Koden är skadad. Ett tecken saknas, är fel eller är för mycket. Be eleven kopiera hela koden en gång till.',
			'unknown-version':
				'Koden är gjord för ett test som sidan inte känner till. Be eleven göra testet här.',
			'format-version': 'Koden är gjord på ett nyare sätt än sidan kan läsa. Ladda om sidan.',
			format: 'Det här ser inte ut som en svarskod.',
			empty: 'Tom.',
			'wrong-kind':
				'Det här är en länk till ett resultat. Det är inte en svarskod. Länken har bara procent, inga svar. Be eleven skicka svarskoden i stället.'
		},
		truncated: (max: number) =>
			`Texten var för lång. Sidan läste bara de första ${max.toLocaleString('sv')} tecknen. Klistra in resten lite i taget.`,
		saveFailed:
			'Det gick inte att spara koderna i webbläsaren. Kanske är minnet fullt. Eller så går det inte att spara där. Koderna finns kvar tills du stänger sidan.',
		restored: 'Koderna från förra gången är inlästa.',
		damagedStorage:
			'Sidan kunde inte läsa allt som var sparat. Texten finns kvar i rutan. Du ser det som sidan kunde läsa. Tryck på Läs in koderna för att spara igen.',
		changed: 'Du har ändrat texten i rutan efter att den lästes in. Tryck på Läs in koderna igen.'
	},
	paper: {
		heading: (after = false) => `Svar på papper${afterLesson(after)}`,
		intro: 'Har en elev svarat på papper? Skriv in svaren här. Då räknas de som en svarskod.',
		keysIntro: 'Skriv siffran som står vid rutan som eleven kryssade:',
		keysRest:
			'Lämna tomt om eleven inte svarade. Tryck på Enter eller pil ner för att gå till nästa rad. Pil upp går tillbaka.',
		caption: (after = false) => `Elevens svar${afterLesson(after)}, ett påstående på varje rad`,
		number: 'Nr',
		statement: 'Påstående',
		answer: 'Svar 1–5',
		important: 'Viktigt',
		answerLabel: (n: number, after = false) => `Svar på påstående ${n}${afterLesson(after)}`,
		importantLabel: (n: number, after = false) => `Påstående ${n} är viktigt${afterLesson(after)}`,
		add: 'Lägg till',
		clearSheet: 'Töm bladet',
		added: 'Klart. Elevens svarskod:',
		keepCode:
			'Koden står också i rutan med svarskoder. Spara koden om du vill lägga till eleven igen senare.',
		badRows: (rows: number[]) =>
			`${rows.length === 1 ? 'Rad' : 'Raderna'} ${joinList(rows, 'och')} går inte att läsa. Skriv en siffra från 1 till 5. Eller lämna tomt.`,
		blank: 'Bladet är tomt. Skriv in minst ett svar.',
		notAdded: 'Det gick inte att lägga till svaren. Ladda om sidan och försök igen.'
	},
	results: {
		chartTitle: 'Hur mycket klassen håller med programmet i varje ämne',
		chartDescription: (parts: string) =>
			`Ett runt diagram, som ett nät. Varje ämne har en egen linje. Linjen går från 0 till 100 %. En annan linje går runt i nätet. Den visar klassens median. Det skuggade fältet är den mittersta hälften av eleverna. Det går från nedre till övre kvartilen. ${parts}`,
		describeTopic: (name: string, median: number, q1: number, q3: number) =>
			`${name}: median ${median} %, mittersta hälften ${q1}–${q3} %.`,
		describeNone: (name: string) => `${name}: inga svar.`,
		axisLabel: (name: string, n: number) => `${name} (${students(n)})`,
		axisNone: (name: string) => `${name} (inga svar)`,
		median: 'Mitten av klassen',
		lowerQuartile: 'Här finns hälften av klassen (nedre kvartil',
		upperQuartile: 'övre kvartil)',
		explain:
			'Linjen är mitten av klassen. Hälften av eleverna håller med programmet mer. Hälften håller med mindre. I det grå fältet finns hälften av klassen. Ett brett fält betyder att klassen tycker olika. Har en elev inte svarat på något påstående i ett ämne? Då räknas eleven inte i det ämnet.',
		tableCaption: 'Hur mycket klassen håller med programmet i varje ämne, i procent',
		tableTopic: 'Ämne',
		tableMedian: 'Mitten',
		tableQuartiles: 'Hälften av klassen',
		tableRange: 'Lägst–högst',
		tableStudents: 'Elever',
		overall: 'Totalt',
		none: 'Inga svar'
	},
	divisive: {
		heading: 'Det här tycker klassen mest olika om',
		intro:
			'Här är påståendena där klassen tycker mest olika. De passar bra att börja ett samtal med. 100 % delad betyder att halva klassen svarade Helt för och halva Helt emot. 0 % betyder att alla svarade lika.',
		none: 'Klassen svarade nästan lika på allt. Inget påstående sticker ut.',
		variance: (value: number) =>
			`Klassen är ${Math.round(25 * value)} % delad (variansen är ${value.toLocaleString('sv', { maximumFractionDigits: 2 })} av 4)`,
		program: 'Programmet',
		showAll: (n: number) => `Visa alla ${n} påståenden som klassen tycker olika om`,
		showFewer: 'Visa bara de fem första'
	},
	distribution: {
		heading: 'Alla påståenden',
		intro:
			'Så här svarade klassen på varje påstående. Stapeln börjar med Helt emot till vänster. Den slutar med Helt för till höger.',
		legend: 'Färger i staplarna',
		skipped: 'Hoppade över',
		notAnswered: 'Inget svar',
		important: (n: number) => `${students(n)} sa att det är viktigt.`,
		answered: (n: number, total: number) => `${n} av ${total} svarade.`,
		countsLabel: 'Hur många elever som gav varje svar',
		open: (n: number) => `Visa alla ${n} påståenden`
	},
	compare: {
		heading: 'Före och efter',
		intro:
			'Klassens median i varje ämne, före och efter. Den streckade linjen är före. Den hela linjen är efter.',
		before: 'Före',
		after: 'Efter',
		chartTitle: 'Klassens median i varje ämne, före och efter',
		chartDescription: (parts: string) =>
			`Ett runt diagram, som ett nät. Varje ämne har en egen linje. Linjen går från 0 till 100 %. Den streckade linjen är medianen före. Den hela linjen är medianen efter. ${parts}`,
		describeTopic: (name: string, before: string, after: string) =>
			`${name}: före ${before}, efter ${after}.`,
		tableCaption:
			'Klassens median i varje ämne i procent, före och efter. Ändringen är i procentenheter.',
		change: 'Ändring',
		changeValue: (points: number) =>
			points === 0 ? '±0' : `${points > 0 ? '+' : '−'}${Math.abs(points)}`,
		missing: 'Klistra in koder i båda rutorna. Då kan du jämföra.'
	},
	projector: {
		title: 'Visa på projektor',
		intro:
			'Ett påstående i taget, med stor text. Visa först hur klassen svarade. Låt klassen prata. Visa sedan vad programmet tycker.',
		keys: 'Klicka på bilden först. Sedan kan du använda tangenterna. Pil höger och pil vänster byter bild. Mellanslag, Enter eller P visar nästa steg: först hur klassen svarade, sedan vad programmet tycker. Page Down och Page Up går ett steg i taget. Home går till början. End går till sista bilden. ? visar den här hjälpen.',
		startHeading: 'Gör testet',
		startText: 'Skanna QR-koden. Eller skriv in adressen.',
		startHint: 'Tryck på pil höger för att se nästa bild.',
		counter: (n: number, total: number) => `Påstående ${n} av ${total}`,
		announce: (n: number, total: number, topic: string, text: string) =>
			`Påstående ${n} av ${total}, ${topic}: ${text}`,
		announceStart: 'Första sidan med QR-koden',
		announceClass: 'Vad klassen tycker i varje ämne',
		announceCompare: 'Klassen före och efter',
		previous: 'Tillbaka',
		next: 'Nästa',
		revealAnswers: 'Visa hur klassen svarade',
		reveal: 'Visa vad programmet tycker',
		hide: 'Dölj igen',
		fullscreen: 'Hela skärmen',
		exitFullscreen: 'Sluta visa på hela skärmen',
		help: 'Hjälp',
		closeHelp: 'Stäng hjälpen',
		back: 'Till klassens sida',
		stage: 'Bilder',
		toStart: 'Till början',
		program: 'Programmet',
		classHeading: 'Så svarade klassen',
		programHeading: 'Det här tycker programmet',
		noAnswer: 'Inget svar',
		noCodes:
			'Du har inte klistrat in några svarskoder. Gör det på klassens sida. Då visar bilderna också hur klassen svarade.',
		classSlideHeading: (n: number) => `Det här tycker klassen: ${students(n)}`,
		radarLabel: 'Vad klassen tycker i varje ämne',
		topicMiddle: (median: number) => `${median} %`,
		topicHalf: (low: number, high: number) => `${low}–${high} %`,
		topicColumn: 'Ämne',
		middleColumn: 'Mitten (linjen)',
		halfColumn: 'Hälften av klassen (grått)',
		beforeColumn: 'Före (streckad)',
		afterColumn: 'Efter (hel linje)',
		topicNone: 'inga svar',
		compareHeading: 'Före och efter samtalet',
		compareLabel: 'Mitten av klassen i varje ämne, före och efter',
		orderLabel: 'Ordning',
		orderQuiz: 'Som i testet',
		orderDivisive: 'Det som klassen tycker mest olika om först',
		controls: 'Knappar för att byta bild'
	},
	worksheet: {
		title: 'Arbetsblad',
		intro:
			'Alla påståenden på papper. För elever som inte har en egen telefon eller dator, eller för arbete i grupp. Facit skriver du ut för sig. Det är bara för dig.',
		printSheet: 'Skriv ut elevernas papper',
		printKey: 'Skriv ut facit (bara för läraren)',
		keyTeacherOnly: 'Bara för läraren. Ge inte eleverna facit förrän ni har pratat om påståendena.',
		sheetHeading: (title: string) => `Vad tycker du? Påståenden från ”${title}”`,
		instructions:
			'Sätt ett kryss vid det svar som passar bäst med vad du tycker. Du får hoppa över ett påstående.',
		about: (party: string) =>
			`Påståendena kommer från ${party}s program för regionen. Testet jämför inte olika partier. Du jämför vad du tycker med vad ett enda parti tycker.`,
		statementLabel: (n: number) => `Påstående ${n}`,
		keyHeading: 'Facit: vad programmet tycker',
		keyIntro:
			'Här ser du vad programmet tycker i varje fråga. Du ser också en bit text ur programmet. Texten visar vad programmet vill. Den visar inte vad som är rätt.',
		keyPosition: 'Programmet',
		quoteFrom: (section: string) => `Från delen ”${section}” i programmet`
	},
	guide: {
		title: 'Hjälp till läraren',
		lead: 'En lektion på 45–60 minuter. Klassen säger vad de tycker om påståenden ur ett partis program. Ni ser vad klassen tycker olika om. Ni pratar om hur man läser ett program. Du behöver bara elevernas telefoner eller datorer och en projektor. Ingen behöver logga in.',
		contentsLabel: 'Innehåll',
		beforeHeading: 'Före lektionen',
		before: [
			'Gör testet själv. Då vet du hur det ser ut och hur lång tid det tar.',
			'Läs påståendena på arbetsbladet. Välj tre eller fyra som du tror att eleverna vill prata om.',
			'Bestäm hur eleverna ska lämna sin svarskod. Det kan vara i klassens chatt, i ett delat dokument eller på en lapp. Be inte om namn.',
			'Skriv ut arbetsbladet till elever som inte har en egen dator eller telefon. Dela inte ut facit innan lektionen. Du kan skriva in deras svar under ”Svar på papper” på sidan Klassens resultat. Då räknas de med.',
			'Öppna klassens resultat och projektorläget på datorn som är kopplad till projektorn.'
		],
		duringHeading: 'Under lektionen',
		duringIntro: 'Här är ett förslag på hur lektionen kan gå till. Tiderna är ungefärliga.',
		during: [
			{
				time: '0–5 min',
				title: 'Början',
				text: 'Berätta vad testet är. Det jämför vad eleverna tycker med ett enda partis program för regionen. Testet jämför inte olika partier. Berätta kort vad regionen gör. Regionen har hand om vård, bussar och tåg, kultur och utveckling av länet.'
			},
			{
				time: '5–20 min',
				title: 'Eleverna gör testet',
				text: 'Visa QR-koden i projektorläget. Eleverna svarar själva. Den som blir klar tidigt kan läsa förklaringarna och texterna ur programmet på sidan med resultatet. Alla skickar sin svarskod till dig.'
			},
			{
				time: '20–25 min',
				title: 'Klassens resultat',
				text: 'Klistra in koderna och visa diagrammet. Prata om var klassen håller med programmet mest och minst. Prata också om hur olika eleverna svarade.'
			},
			{
				time: '25–40 min',
				title: 'Det som klassen tycker olika om',
				text: 'Ta de påståenden som klassen tycker mest olika om. Visa ett i taget i projektorläget. Låt eleverna ge skäl för båda sidor. Visa sedan vad programmet tycker och texten ur programmet. Bra frågor: Vem vinner och vem förlorar på förslaget? Vad kostar det? Vilka ord i texten visar hur säkert partiet är?'
			},
			{
				time: '40–50 min',
				title: 'Jämför med andra partier',
				text: 'Dela klassen i grupper. Varje grupp tar ett påstående. Gruppen letar upp vad andra partier i regionen säger i samma fråga. Läs mer i delen om andra partier längre ner.'
			},
			{
				time: '50–60 min',
				title: 'Efter samtalet (om ni hinner)',
				text: 'Låt eleverna svara en gång till. Klistra in de nya koderna i rutan för efter lektionen. Tycker klassen annorlunda nu? Varför, eller varför inte?'
			}
		],
		afterHeading: 'Efter lektionen',
		after: [
			'Låt eleverna välja ett påstående och skriva en kort text. De skriver vad de tycker och varför. De skriver också vad programmet säger.',
			'Titta sedan på andra partiers program i samma frågor. Då ser eleverna att det finns flera olika förslag.',
			'Töm rutorna i klassens resultat när du är klar. Det är extra viktigt på en dator som andra också använder.',
			'Delar eleverna datorer? Be varje elev trycka på ”Ta bort mina svar från den här enheten” när de har skickat sin kod. Knappen finns på resultatsidan och första sidan. Svar som inte används på ett dygn tas bort av sig själva.'
		],
		partyHeading: 'Ett partis program, inte en jämförelse mellan partier',
		party: [
			'Testet visar hur mycket eleverna håller med ett enda program. Det visar inte vilket parti som passar en elev bäst. Inga andra partier är med i testet.',
			'Säg det tydligt i början. Säg det igen när ni tittar på resultatet. Ett högt resultat betyder ”jag håller med det här programmet i de här frågorna”. Det betyder inte ”jag borde rösta på det här partiet”.',
			'Varje påstående bygger på en bit text ur programmet. Texten står precis som i programmet. Ungefär hälften av påståendena är sådant som programmet är emot. Den som svarar Helt för på allt får alltså inte ett högt resultat.',
			'Undervisningen ska vara saklig och allsidig. Det går bra att arbeta med ett partis program. Men eleverna ska få se att det är ett av flera program. De ska också få jämföra.'
		],
		otherPartiesHeading: 'Så jämför ni programmet med andra partiers program',
		otherParties: [
			'Välj två eller tre påståenden som klassen tyckte olika om.',
			'Låt grupper leta upp vad andra partier i regionen skriver om samma fråga. De kan leta i partiernas program för regionen eller på partiernas webbplatser.',
			'Jämför. Vill partierna samma sak? Hur tydliga är löftena? Vilka ord använder partierna? Partier kan vilja nå samma mål. Men de kan vilja nå dit på olika sätt.',
			'Gör en tabell på tavlan. Skriv påståendet, partierna och vad de säger. Ta med bitar av text ur programmen.'
		],
		scoreHeading: 'Så räknas resultatet',
		score: [
			'Varje svar blir en siffra från −2 (Helt emot) till +2 (Helt för). Vad programmet tycker blir också en siffra, men aldrig 0. Samma svar som programmet ger 100 %. Ett steg ifrån ger 75 %. Helt motsatt svar ger 0 %. Påståenden som eleven sa är viktiga räknas dubbelt. Påståenden som eleven hoppade över räknas inte alls.',
			'I klassens resultat får varje elev en procent för varje ämne. Det är samma procent som eleven själv ser. Klassens median är mitten av alla elevers procent. Den mittersta hälften av eleverna finns mellan nedre och övre kvartilen. Kvartilerna räknas som med KVARTIL.INK i ett kalkylark. Påståendena som klassen tycker mest olika om är de där svaren har störst varians.'
		],
		scoreLinkBefore: 'Du kan läsa hela sättet att räkna, med ett exempel, på sidan ',
		scoreLink: 'Så räknar vi',
		scoreLinkAfter: '.',
		privacyHeading: 'Vad klassens resultat sparar och inte sparar',
		privacy: [
			'Ingenting lämnar din webbläsare. Sidan har ingen server som tar emot något. Koderna läses och räknas i din dator.',
			'En svarskod har elevens svar. Den visar också vilka påståenden eleven sa är viktiga. Den har inget namn och ingen tid. Den säger inget om elevens dator eller telefon.',
			'Be inte eleverna om namn. Koderna räcker för klassens resultat. Sidan visar aldrig vem som svarade vad.',
			'Du kan klistra in en chatt med namn. Då använder sidan bara koderna. Webbläsaren sparar bara koderna. Då finns de kvar om du laddar om sidan. Namn och annan text sparas inte.',
			'Skickar eleverna koderna i en chatt med namn? Då kan du själv se vem som skickade vilken kod. Vill ni vara helt anonyma? Då kan eleverna lämna koden på en lapp. Eller i ett formulär utan namn.',
			'I en liten grupp kan en elev känna sig utpekad, fast inga namn syns. Visa inte en enskild elevs svar. Ingen ska behöva berätta vad hen svarade.'
		],
		sharedHeading: 'Datorer som flera använder',
		shared:
			'Använder flera personer samma dator? Då tas svar och inklistrade koder bort om ingen har använt dem på ett dygn. Knappen ”Ta bort mina svar från den här enheten” tar bort elevens svar direkt. Knappen Töm tar bort klassens koder direkt.',
		toolsHeading: 'Sidorna för lektionen'
	}
};
