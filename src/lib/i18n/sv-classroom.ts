/** Swedish UI text for the classroom pages (class view, projector, worksheet, teacher's guide). */

/** "1 elev", "2 elever". */
const students = (n: number) => (n === 1 ? '1 elev' : `${n} elever`);
/** "1 kod", "2 koder". */
const codes = (n: number) => (n === 1 ? '1 kod' : `${n} koder`);
/** "1, 2 och 3": numbers joined for a sentence. */
const joinList = (items: number[], and: string) =>
	items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/** Names the second paper sheet, so that no two fields on the class view share a name. */
const afterLesson = (after: boolean) => (after ? ' efter lektionen' : '');

export const classroomSv = {
	title: 'Klassens resultat',
	students,
	percent: (value: number) => `${value} %`,
	range: (low: number, high: number) => `${low}–${high}`,
	nav: {
		label: 'Lärarens sidor',
		hub: 'Klassens resultat',
		projector: 'Projektorläge',
		worksheet: 'Arbetsblad',
		guide: 'Lärarhandledning'
	},
	qr: {
		alt: (address: string) => `QR-kod till testet: ${address}`,
		loading: 'QR-koden skapas …',
		failed: 'QR-koden kunde inte skapas. Skriv adressen på tavlan i stället.'
	},
	hub: {
		intro:
			'Här ser du hur klassen tycker, utan namn. Eleverna gör testet på sina egna mobiler eller datorer och skickar sin svarskod till dig. Du klistrar in koderna här.',
		privacy:
			'Ingenting skickas någonstans: koderna läses och räknas i den här webbläsaren. En svarskod innehåller svar men inga namn. Bara koderna sparas i webbläsaren, inte namn eller annan text som du klistrar in. De tas bort när ingen har använt dem på ett dygn, eller när du tömmer rutan.',
		startHeading: '1. Låt eleverna göra testet',
		startSteps: [
			'Eleverna skannar QR-koden eller skriver in adressen.',
			'De svarar på påståendena. Det tar ungefär tio minuter.',
			'På resultatsidan kopierar de sin svarskod och skickar den till dig, till exempel i klassens chatt. Be inte om namn: koden räcker.'
		],
		bigQr: 'Visa QR-koden stort i projektorläget',
		pasteHeading: '2. Klistra in svarskoderna',
		afterHeading: '3. Efter lektionen (om du vill)',
		afterIntro:
			'Låt eleverna svara igen efter samtalet och klistra in de nya koderna här. Då ser du före och efter i samma diagram.',
		resultsHeading: 'Så svarade klassen',
		showLabel: 'Visa resultatet för',
		moreHeading: 'Mer för lektionen'
	},
	paste: {
		labelBefore: 'Svarskoder från klassen',
		labelAfter: 'Svarskoder efter lektionen',
		hint: 'Klistra in vad som helst: en chatt, en kolumn ur ett kalkylark eller ett mejl. Svarskoder och länkar med svarskoder hittas. Resten av texten hoppas över.',
		read: 'Läs in koderna',
		reading: 'Läser koderna …',
		clear: 'Töm',
		confirmClear: 'Vill du ta bort koderna i rutan? De försvinner också från webbläsaren.',
		empty: 'Rutan är tom. Klistra in text med svarskoder först.',
		none: 'Ingen svarskod hittades i texten. En svarskod börjar med A2 och ser ut ungefär så här: A2RN-01HH-… (grupper om fyra tecken).',
		found: (found: number, studentCount: number) =>
			`Hittade ${codes(found)} i texten, från ${students(studentCount)}.`,
		duplicates: (n: number) =>
			`${n === 1 ? '1 kod fanns två gånger' : `${n} koder fanns flera gånger`} och räknas bara en gång. Det kan vara en elev som skickade koden två gånger, eller två elever som svarade exakt lika.`,
		duplicatesCounted: (n: number) =>
			`${n === 1 ? '1 kod fanns två gånger' : `${n} koder fanns flera gånger`} och räknas som en elev för varje gång.`,
		countRepeats: 'Räkna varje kod så många gånger som den finns (två elever med exakt samma svar)',
		problemGroup: (group: number) => `Felet finns troligen i grupp ${group} (räknat från vänster).`,
		expired: 'Koderna från förra gången är borttagna, eftersom ingen hade använt dem på ett dygn.',
		older: (n: number) =>
			`${codes(n)} gjordes för en äldre version av testet. Svaren på de påståenden som finns kvar räknas.`,
		problemsHeading: (n: number) =>
			n === 1 ? '1 kod kunde inte läsas' : `${n} koder kunde inte läsas`,
		problemWhere: (line: number, count: number) =>
			count > 1 ? `rad ${line}, ${count} gånger` : `rad ${line}`,
		reasons: {
			damaged:
				'Skadad: ett tecken saknas, är fel eller har kommit till. Be eleven kopiera koden igen, hela.',
			'unknown-version':
				'Gjord för en version av testet som den här sidan inte känner till. Be eleven göra testet här.',
			'format-version': 'Gjord i ett nyare format än sidan kan läsa. Ladda om sidan.',
			format: 'Ser inte ut som en svarskod.',
			empty: 'Tom.',
			'wrong-kind':
				'En resultatlänk, inte en svarskod. Den har bara procent, inga svar. Be eleven skicka svarskoden i stället.'
		},
		truncated: (max: number) =>
			`Texten var för lång. Bara de första ${max.toLocaleString('sv')} tecknen lästes. Klistra in resten i omgångar.`,
		saveFailed:
			'Koderna kunde inte sparas i webbläsaren (lagringen är full eller avstängd). De finns kvar tills du stänger sidan.',
		restored: 'Koderna från förra gången är inlästa.',
		damagedStorage:
			'Det som var sparat gick delvis inte att läsa. Texten står kvar i rutan. Det som gick att läsa visas. Tryck på Läs in koderna för att spara om.',
		changed: 'Texten i rutan har ändrats sedan den lästes in. Tryck på Läs in koderna igen.'
	},
	paper: {
		heading: (after = false) => `Svar på papper${afterLesson(after)}`,
		intro: 'Har en elev svarat på arbetsbladet? Skriv in svaren här. De räknas som en svarskod.',
		keysIntro: 'Skriv siffran som står vid rutan som eleven kryssade:',
		keysRest:
			'Lämna tomt om eleven hoppade över påståendet. Enter eller pil ner går till nästa rad, pil upp tillbaka.',
		caption: (after = false) => `Elevens svar${afterLesson(after)}, ett påstående per rad`,
		number: 'Nr',
		statement: 'Påstående',
		answer: 'Svar 1–5',
		important: 'Viktigt',
		answerLabel: (n: number, after = false) => `Svar på påstående ${n}${afterLesson(after)}`,
		importantLabel: (n: number, after = false) => `Påstående ${n} är viktigt${afterLesson(after)}`,
		add: 'Lägg till',
		clearSheet: 'Töm bladet',
		added: 'Tillagt. Elevens svarskod:',
		keepCode:
			'Koden står också i rutan med svarskoder. Spara den om du vill kunna lägga till eleven igen.',
		badRows: (rows: number[]) =>
			`${rows.length === 1 ? 'Rad' : 'Raderna'} ${joinList(rows, 'och')} går inte att läsa. Skriv en siffra 1–5, eller lämna tomt.`,
		blank: 'Bladet är tomt. Skriv in minst ett svar.',
		notAdded: 'Svaren kunde inte läggas till. Ladda om sidan och försök igen.'
	},
	results: {
		chartTitle: 'Hur mycket klassen håller med programmet, per ämne',
		chartDescription: (parts: string) =>
			`Radardiagram med ett ämne per axel, 0 till 100 %. Linjen är klassens median. Det skuggade bandet är den mittersta hälften av eleverna, från nedre till övre kvartilen. ${parts}`,
		describeTopic: (name: string, median: number, q1: number, q3: number) =>
			`${name}: median ${median} %, mittersta hälften ${q1}–${q3} %.`,
		describeNone: (name: string) => `${name}: inga svar.`,
		axisLabel: (name: string, n: number) => `${name} (${students(n)})`,
		axisNone: (name: string) => `${name} (inga svar)`,
		median: 'Mitten av klassen (median)',
		lowerQuartile: 'Hälften av klassen ligger här (nedre kvartil',
		upperQuartile: 'övre kvartil)',
		explain:
			'Linjen är mitten av klassen: hälften av eleverna håller med programmet mer, hälften mindre (medianen). I det skuggade fältet ligger hälften av klassen (mellan nedre och övre kvartilen). Ett brett fält betyder att klassen tycker olika. En elev som inte har svarat på något påstående i ett ämne räknas inte i det ämnet.',
		tableCaption: 'Hur mycket klassen håller med programmet, per ämne, i procent',
		tableTopic: 'Ämne',
		tableMedian: 'Mitten',
		tableQuartiles: 'Hälften av klassen',
		tableRange: 'Lägst–högst',
		tableStudents: 'Elever',
		overall: 'Totalt',
		none: 'Inga svar'
	},
	divisive: {
		heading: 'Det här delar klassen mest',
		intro:
			'Påståendena där klassen är mest delad, som start för ett samtal. 100 % delad betyder att halva klassen svarade Helt för och halva Helt emot. 0 % betyder att alla svarade lika.',
		none: 'Klassen svarade för lika för att något påstående ska sticka ut.',
		variance: (value: number) =>
			`Klassen är ${Math.round(25 * value)} % delad (för den som vill veta: variansen är ${value.toLocaleString('sv', { maximumFractionDigits: 2 })} av 4)`,
		program: 'Programmet',
		showAll: (n: number) => `Visa alla ${n} påståenden som delar klassen`,
		showFewer: 'Visa bara de fem första'
	},
	distribution: {
		heading: 'Alla påståenden',
		intro:
			'Hur klassen svarade på varje påstående. Stapeln går från Helt emot till vänster till Helt för till höger.',
		legend: 'Färger i staplarna',
		skipped: 'Hoppade över',
		notAnswered: 'Inte besvarat',
		important: (n: number) => `${students(n)} markerade det som viktigt.`,
		answered: (n: number, total: number) => `${n} av ${total} svarade.`,
		countsLabel: 'Antal elever per svar',
		open: (n: number) => `Visa alla ${n} påståenden`
	},
	compare: {
		heading: 'Före och efter',
		intro:
			'Klassens median per ämne före och efter. Den streckade linjen är före, den heldragna efter.',
		before: 'Före',
		after: 'Efter',
		chartTitle: 'Klassens median per ämne, före och efter',
		chartDescription: (parts: string) =>
			`Radardiagram med ett ämne per axel, 0 till 100 %. Den streckade linjen är medianen före, den heldragna efter. ${parts}`,
		describeTopic: (name: string, before: string, after: string) =>
			`${name}: före ${before}, efter ${after}.`,
		tableCaption:
			'Klassens median per ämne i procent, före och efter. Ändringen är i procentenheter.',
		change: 'Ändring',
		changeValue: (points: number) =>
			points === 0 ? '±0' : `${points > 0 ? '+' : '−'}${Math.abs(points)}`,
		missing: 'Klistra in koder i båda rutorna för att jämföra.'
	},
	projector: {
		title: 'Projektorläge',
		intro:
			'Ett påstående i taget i stor stil. Först visar du hur klassen svarade, sedan vad programmet säger.',
		keys: 'Klicka på bildspelet först, så styr tangenterna det. Pil höger och vänster byter bild. Mellanslag, Enter eller P visar nästa steg: först hur klassen svarade, sedan programmets ståndpunkt. Page Down och Page Up (som en presentatör skickar) går steg för steg. Home går till start och End till sista bilden. ? visar den här hjälpen.',
		startHeading: 'Gör testet',
		startText: 'Skanna QR-koden eller skriv in adressen.',
		startHint: 'Tryck på pil höger för nästa bild.',
		counter: (n: number, total: number) => `Påstående ${n} av ${total}`,
		announce: (n: number, total: number, topic: string, text: string) =>
			`Påstående ${n} av ${total}, ${topic}: ${text}`,
		announceStart: 'Startsidan med QR-koden',
		announceClass: 'Klassens resultat per ämne',
		announceCompare: 'Klassen före och efter',
		previous: 'Föregående',
		next: 'Nästa',
		revealAnswers: 'Visa hur klassen svarade',
		reveal: 'Visa programmets ståndpunkt',
		hide: 'Dölj igen',
		fullscreen: 'Helskärm',
		exitFullscreen: 'Avsluta helskärm',
		help: 'Hjälp',
		closeHelp: 'Stäng hjälpen',
		back: 'Till klassens sida',
		stage: 'Bildspel',
		toStart: 'Till start',
		program: 'Programmet',
		classHeading: 'Så svarade klassen',
		programHeading: 'Programmet säger',
		noAnswer: 'Inget svar',
		noCodes:
			'Inga svarskoder är inlästa. Klistra in dem på klassens sida, så visar bildspelet också hur klassen svarade.',
		classSlideHeading: (n: number) => `Så tycker klassen: ${students(n)}`,
		radarLabel: 'Klassens resultat per ämne',
		topicMiddle: (median: number) => `${median} %`,
		topicHalf: (low: number, high: number) => `${low}–${high} %`,
		topicColumn: 'Ämne',
		middleColumn: 'Mitten (linjen)',
		halfColumn: 'Hälften av klassen (skuggat)',
		beforeColumn: 'Före (streckad)',
		afterColumn: 'Efter (heldragen)',
		topicNone: 'inga svar',
		compareHeading: 'Före och efter samtalet',
		compareLabel: 'Mitten av klassen per ämne, före och efter',
		orderLabel: 'Ordning',
		orderQuiz: 'Som i testet',
		orderDivisive: 'Det som delar klassen mest först',
		controls: 'Styr bildspelet'
	},
	worksheet: {
		title: 'Arbetsblad',
		intro:
			'Alla påståenden på papper, för elever utan egen enhet eller för arbete i grupp. Facit med programmets ståndpunkter skrivs ut för sig, bara för dig.',
		printSheet: 'Skriv ut elevernas blad',
		printKey: 'Skriv ut facit (bara för läraren)',
		keyTeacherOnly:
			'Bara för läraren. Dela inte ut facit förrän klassen har pratat om påståendena.',
		sheetHeading: (title: string) => `Vad tycker du? Påståenden ur ”${title}”`,
		instructions:
			'Sätt ett kryss för det svar som stämmer bäst med vad du tycker. Du får hoppa över ett påstående.',
		about: (party: string) =>
			`Påståendena bygger på ${party}s regionala program. Det här är ingen neutral valkompass: du jämför dina åsikter med ett enda partis program.`,
		statementLabel: (n: number) => `Påstående ${n}`,
		keyHeading: 'Facit: programmets ståndpunkter',
		keyIntro:
			'Så här står programmet i varje fråga, med citatet som ståndpunkten bygger på. Ett citat säger vad programmet vill, inte vad som är rätt.',
		keyPosition: 'Programmet',
		quoteFrom: (section: string) => `Ur avsnittet ”${section}”`
	},
	guide: {
		title: 'Lärarhandledning',
		lead: 'En lektion på 45–60 minuter där klassen tar ställning till påståenden ur ett partiprogram, ser vad som delar klassen och diskuterar hur man läser ett program. Det enda som behövs är elevernas mobiler eller datorer och en projektor. Ingen behöver logga in.',
		contentsLabel: 'Innehåll',
		beforeHeading: 'Före lektionen',
		before: [
			'Gör testet själv, så att du vet hur det ser ut och hur lång tid det tar.',
			'Läs påståendena på arbetsbladet och välj ut tre eller fyra som du tror väcker diskussion.',
			'Bestäm hur eleverna ska lämna sin svarskod: i klassens chatt, i ett delat dokument eller på en lapp. Be inte om namn.',
			'Skriv ut arbetsbladet till elever som inte har en egen enhet. Dela inte ut facit i förväg. Deras svar skriver du in under ”Svar på papper” på sidan Klassens resultat, så räknas de med.',
			'Öppna klassens resultat och projektorläget på datorn som är kopplad till projektorn.'
		],
		duringHeading: 'Under lektionen',
		duringIntro: 'Ett förslag på upplägg. Tiderna är ungefärliga.',
		during: [
			{
				time: '0–5 min',
				title: 'Inledning',
				text: 'Berätta vad testet är: det jämför elevernas åsikter med ett enda partis regionala program. Det är ingen neutral valkompass. Säg kort vad regionen gör: vård, kollektivtrafik, kultur och utveckling av länet.'
			},
			{
				time: '5–20 min',
				title: 'Eleverna gör testet',
				text: 'Visa QR-koden i projektorläget. Eleverna svarar på egen hand. Den som blir klar tidigt kan läsa förklaringarna och citaten på resultatsidan. Alla skickar sin svarskod till dig.'
			},
			{
				time: '20–25 min',
				title: 'Klassens resultat',
				text: 'Klistra in koderna och visa diagrammet. Prata om var klassen håller med programmet mest och minst, och om hur stor spridningen är.'
			},
			{
				time: '25–40 min',
				title: 'Det som delar klassen',
				text: 'Ta de påståenden som delar klassen mest, ett i taget i projektorläget. Låt eleverna ge skäl för båda sidor innan du visar programmets ståndpunkt och citat. Bra frågor: Vem vinner och vem förlorar på förslaget? Vad kostar det? Vilka ord i citatet visar hur säkert partiet är?'
			},
			{
				time: '40–50 min',
				title: 'Jämför med andra partier',
				text: 'Låt grupper ta varsitt påstående och leta upp vad andra partier i regionen säger i samma fråga. Se avsnittet om andra partier nedan.'
			},
			{
				time: '50–60 min',
				title: 'Efter samtalet (om ni hinner)',
				text: 'Låt eleverna svara igen och klistra in de nya koderna i rutan för efter lektionen. Har klassen ändrat sig? Varför, eller varför inte?'
			}
		],
		afterHeading: 'Efter lektionen',
		after: [
			'Låt eleverna välja ett påstående och skriva kort: vad de tycker, varför, och vad programmet säger.',
			'Följ upp med andra partiers program i samma frågor, så att eleverna ser flera alternativ.',
			'Töm rutorna i klassens resultat när du är klar, särskilt på en dator som andra också använder.',
			'På datorer som flera elever delar: be varje elev trycka på ”Ta bort mina svar från den här enheten” (på resultatsidan och första sidan) när de har skickat sin kod. Svar som inte används på ett dygn tas bort av sig själva.'
		],
		partyHeading: 'Ett partis program, inte en jämförelse mellan partier',
		party: [
			'Testet mäter hur mycket eleverna håller med ett enda program. Det säger ingenting om vilket parti som ligger en elev närmast, eftersom inga andra partier är med.',
			'Säg det tydligt i början och igen när ni tittar på resultatet. Ett högt resultat betyder ”jag håller med det här programmet i de här frågorna”, inte ”jag borde rösta på det här partiet”.',
			'Varje påstående bygger på ett ordagrant citat ur programmet. Ungefär hälften är sådant som programmet är emot, så den som svarar Helt för på allt får inget högt resultat.',
			'Undervisningen ska vara saklig och allsidig. Att arbeta med ett partis program går bra när eleverna får se att det är ett av flera och får jämföra.'
		],
		otherPartiesHeading: 'Så lägger ni programmet bredvid andra partiers',
		otherParties: [
			'Välj två eller tre påståenden som delade klassen.',
			'Låt grupper leta upp vad andra partier i regionen skriver om samma fråga, i sina regionala program eller på sina webbplatser.',
			'Jämför: Vill partierna samma sak? Hur konkreta är löftena? Vilka ord använder de? Partier kan vara överens om målet men oense om vägen dit.',
			'Redovisa i en tabell på tavlan: påståendet, partierna och vad de säger, med citat.'
		],
		scoreHeading: 'Så räknas resultatet',
		score: [
			'Varje svar blir en siffra från −2 (Helt emot) till +2 (Helt för). Programmets ståndpunkt är också en siffra, men aldrig 0. Samma svar som programmet ger 100 %, ett steg ifrån 75 % och motsatt ytterlighet 0 %. Påståenden som eleven har markerat som viktiga räknas dubbelt. Överhoppade påståenden räknas inte alls.',
			'I klassens resultat får varje elev en procent per ämne, precis den som eleven själv ser. Klassens median är mitten av de procenten. Den mittersta hälften av eleverna ligger mellan nedre och övre kvartilen, räknade som med KVARTIL.INK i ett kalkylark. Påståendena som delar klassen mest är de där svaren har störst varians.'
		],
		scoreLinkBefore: 'Hela metoden, med ett räkneexempel, finns på sidan ',
		scoreLink: 'Så räknas det',
		scoreLinkAfter: '.',
		privacyHeading: 'Vad klassens resultat samlar in och inte',
		privacy: [
			'Ingenting lämnar din webbläsare. Sidan har ingen server som tar emot något. Koderna läses och räknas på din dator.',
			'En svarskod innehåller elevens svar och vilka påståenden eleven har markerat som viktiga. Den innehåller inget namn, ingen tid och inget om elevens enhet.',
			'Be inte eleverna om namn. Koderna räcker för klassens resultat, och sidan visar aldrig vem som svarade vad.',
			'Om du klistrar in en chatt med namn används bara koderna. Bara koderna sparas i webbläsaren, så att de finns kvar om du laddar om sidan. Namn och annan text sparas inte.',
			'Om koderna skickas i en chatt med namn kan du själv se vem som skickade vilken kod. Vill ni vara helt anonyma kan eleverna lämna koden på en lapp eller i ett formulär utan namn.',
			'I en liten grupp kan en elev känna sig utpekad även utan namn. Visa inte enskilda svar, och låt ingen behöva berätta vad den svarade.'
		],
		sharedHeading: 'Delade datorer',
		shared:
			'På en dator som flera använder: svar och inklistrade koder tas bort när ingen har använt dem på ett dygn. Knappen ”Ta bort mina svar från den här enheten” tar bort elevens svar direkt, och Töm tar bort klassens koder direkt.',
		toolsHeading: 'Sidorna för lektionen'
	}
};
