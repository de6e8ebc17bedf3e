/** English UI text for the classroom pages (class view, projector, worksheet, teacher's guide). */
import type { classroomSv } from './sv-classroom';

/** "1 student", "2 students". */
const students = (n: number) => (n === 1 ? '1 student' : `${n} students`);
/** "1 code", "2 codes". */
const codes = (n: number) => (n === 1 ? '1 code' : `${n} codes`);
/** "1, 2 and 3": numbers joined for a sentence. */
const joinList = (items: number[], and: string) =>
	items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/** English UI text for the classroom pages; every key of the Swedish reference. */
/** Names the second paper sheet, so that no two fields on the class view share a name. */
const afterLesson = (after: boolean) => (after ? ' after the lesson' : '');

export const classroomEn: typeof classroomSv = {
	title: 'Class results',
	students,
	percent: (value: number) => `${value}%`,
	range: (low: number, high: number) => `${low}–${high}`,
	nav: {
		label: 'Teacher pages',
		hub: 'Class results',
		projector: 'Projector mode',
		worksheet: 'Worksheet',
		guide: 'Teacher’s guide'
	},
	qr: {
		alt: (address: string) => `QR code for the quiz: ${address}`,
		loading: 'Creating the QR code…',
		failed: 'The QR code could not be created. Write the address on the board instead.'
	},
	hub: {
		intro:
			'Here you can see what the class thinks, without names. The students take the quiz on their own phones or computers and send you their answer code. You paste the codes here.',
		privacy:
			'Nothing is sent anywhere: the codes are read and counted in this browser. An answer code contains answers but no names. Only the codes are saved in the browser, not names or any other text you paste. They are removed when nobody has used them for a day, or when you clear the box.',
		startHeading: '1. Let the students take the quiz',
		startSteps: [
			'The students scan the QR code or type in the address.',
			'They respond to the statements. It takes about ten minutes.',
			'On the result page, they copy their answer code and send it to you, for example in the class chat. Do not ask for names: the code is enough.'
		],
		bigQr: 'Show the QR code large in projector mode',
		pasteHeading: '2. Paste the answer codes',
		afterHeading: '3. After the lesson (optional)',
		afterIntro:
			'Let the students answer again after the discussion and paste the new codes here. Then you can see before and after in the same chart.',
		resultsHeading: 'How the class answered',
		showLabel: 'Show the results for',
		moreHeading: 'More for the lesson'
	},
	paste: {
		labelBefore: 'Answer codes from the class',
		labelAfter: 'Answer codes after the lesson',
		hint: 'Paste anything: a chat, a column from a spreadsheet or an email. Answer codes and links with answer codes are found. The rest of the text is ignored.',
		read: 'Read the codes',
		reading: 'Reading the codes …',
		clear: 'Clear',
		confirmClear:
			'Do you want to remove the codes in the box? They will also be removed from the browser.',
		empty: 'The box is empty. Paste text with answer codes first.',
		none: 'No answer code was found in the text. An answer code starts with A2 and looks like A2RN-01HH-… (about 40 characters in groups of four).',
		found: (found: number, studentCount: number) =>
			`Found ${codes(found)} in the text, from ${students(studentCount)}.`,
		duplicates: (n: number) =>
			`${n === 1 ? '1 code appeared twice' : `${n} codes appeared more than once`} and ${n === 1 ? 'is' : 'are'} counted only once. It may be one student who sent a code twice, or two students who answered exactly alike.`,
		duplicatesCounted: (n: number) =>
			`${n === 1 ? '1 code appeared twice' : `${n} codes appeared more than once`} and ${n === 1 ? 'is' : 'are'} counted as one student each time.`,
		countRepeats:
			'Count each code as many times as it appears (two students with exactly the same answers)',
		problemGroup: (group: number) =>
			`The mistake is probably in group ${group} (counting from the left).`,
		expired: 'The codes from last time have been removed, as nobody had used them for a day.',
		older: (n: number) =>
			`${codes(n)} ${n === 1 ? 'was' : 'were'} made for an older version of the quiz. The answers to the statements that still exist are counted.`,
		problemsHeading: (n: number) =>
			n === 1 ? '1 code could not be read' : `${n} codes could not be read`,
		problemWhere: (line: number, count: number) =>
			count > 1 ? `line ${line}, ${count} times` : `line ${line}`,
		reasons: {
			damaged:
				'Damaged: a character is missing, wrong or has been added. Ask the student to copy the code again, all of it.',
			'unknown-version':
				'Made for a version of the quiz that this page does not know. Ask the student to take the quiz here.',
			'format-version': 'Made in a newer format than this page can read. Reload the page.',
			format: 'Does not look like an answer code.',
			empty: 'Empty.',
			'wrong-kind':
				'A result link, not an answer code. It has only percentages, no answers. Ask the student to send the answer code instead.'
		},
		truncated: (max: number) =>
			`The text was too long. Only the first ${max.toLocaleString('en')} characters were read. Paste the rest in batches.`,
		saveFailed:
			'The codes could not be saved in the browser (storage is full or turned off). They will stay until you close the page.',
		restored: 'The codes from last time have been loaded.',
		damagedStorage:
			'Part of what was saved could not be read. The text is still in the box. What could be read is shown. Press Read the codes to save again.',
		changed: 'The text in the box has changed since it was read. Press Read the codes again.'
	},
	paper: {
		heading: (after = false) => `Answers on paper${afterLesson(after)}`,
		intro:
			'Did a student answer on the worksheet? Type the answers in here. They count like an answer code.',
		keysIntro: 'Type the number printed by the box the student ticked:',
		keysRest:
			'Leave it empty if the student skipped the statement. Enter or the down arrow goes to the next row, the up arrow back.',
		caption: (after = false) => `The student’s answers${afterLesson(after)}, one statement per row`,
		number: 'No.',
		statement: 'Statement',
		answer: 'Answer 1–5',
		important: 'Important',
		answerLabel: (n: number, after = false) => `Answer to statement ${n}${afterLesson(after)}`,
		importantLabel: (n: number, after = false) =>
			`Statement ${n} is important${afterLesson(after)}`,
		add: 'Add',
		clearSheet: 'Clear the sheet',
		added: 'Added. The student’s answer code:',
		keepCode:
			'The code is also in the box of answer codes. Keep it if you want to be able to add the student again.',
		badRows: (rows: number[]) =>
			`${rows.length === 1 ? 'Row' : 'Rows'} ${joinList(rows, 'and')} cannot be read. Type a number 1–5, or leave it empty.`,
		blank: 'The sheet is empty. Type at least one answer.',
		notAdded: 'The answers could not be added. Reload the page and try again.'
	},
	results: {
		chartTitle: 'How much the class agrees with the program, by topic',
		chartDescription: (parts: string) =>
			`Radar chart with one topic per axis, from 0 to 100%. The line is the class median. The shaded band is the middle half of the students, from the lower to the upper quartile. ${parts}`,
		describeTopic: (name: string, median: number, q1: number, q3: number) =>
			`${name}: median ${median}%, middle half ${q1}–${q3}%.`,
		describeNone: (name: string) => `${name}: no answers.`,
		axisLabel: (name: string, n: number) => `${name} (${students(n)})`,
		axisNone: (name: string) => `${name} (no answers)`,
		median: 'Middle of the class (median)',
		lowerQuartile: 'Half of the class is here (lower quartile',
		upperQuartile: 'upper quartile)',
		explain:
			'The line is the middle of the class: half of the students agree with the program more, half less (the median). Half of the class is inside the shaded area (between the lower and the upper quartile). A wide area means the class is divided. A student who has not answered any statement in a topic is not counted in that topic.',
		tableCaption: 'How much the class agrees with the program, by topic, in per cent',
		tableTopic: 'Topic',
		tableMedian: 'Middle',
		tableQuartiles: 'Half of the class',
		tableRange: 'Lowest–highest',
		tableStudents: 'Students',
		overall: 'Overall',
		none: 'No answers'
	},
	divisive: {
		heading: 'What divides the class most',
		intro:
			'The statements where the class is most divided, as a starting point for discussion. 100 % divided means half the class answered Strongly agree and half Strongly disagree. 0 % means everyone answered the same.',
		none: 'The class answered too similarly for any statement to stand out.',
		variance: (value: number) =>
			`The class is ${Math.round(25 * value)} % divided (for those who want to know: the variance is ${value.toLocaleString('en', { maximumFractionDigits: 2 })} of 4)`,
		program: 'The program',
		showAll: (n: number) => `Show all ${n} statements that divide the class`,
		showFewer: 'Show only the first five'
	},
	distribution: {
		heading: 'All statements',
		intro:
			'How the class answered each statement. The bar goes from Strongly disagree on the left to Strongly agree on the right.',
		legend: 'Colours in the bars',
		skipped: 'Skipped',
		notAnswered: 'Not answered',
		important: (n: number) => `${students(n)} marked it as important.`,
		answered: (n: number, total: number) => `${n} of ${total} answered.`,
		countsLabel: 'Number of students per answer',
		open: (n: number) => `Show all ${n} statements`
	},
	compare: {
		heading: 'Before and after',
		intro:
			'The class median per topic, before and after. The dashed line is before, the solid line after.',
		before: 'Before',
		after: 'After',
		chartTitle: 'The class median per topic, before and after',
		chartDescription: (parts: string) =>
			`Radar chart with one topic per axis, from 0 to 100%. The dashed line is the median before, the solid line after. ${parts}`,
		describeTopic: (name: string, before: string, after: string) =>
			`${name}: before ${before}, after ${after}.`,
		tableCaption:
			'The class median per topic in per cent, before and after. The change is in percentage points.',
		change: 'Change',
		changeValue: (points: number) =>
			points === 0 ? '±0' : `${points > 0 ? '+' : '−'}${Math.abs(points)}`,
		missing: 'Paste codes in both boxes to compare.'
	},
	projector: {
		title: 'Projector mode',
		intro:
			'One statement at a time in large type. First show how the class answered, then what the program says.',
		keys: 'Click the slideshow first; then the keys control it. The right and left arrows change slide. Space, Enter or P shows the next step: first how the class answered, then the program’s position. Page Down and Page Up (what a presentation remote sends) go step by step. Home goes to the start and End to the last slide. ? shows this help.',
		startHeading: 'Take the quiz',
		startText: 'Scan the QR code or type in the address.',
		startHint: 'Press the right arrow for the next slide.',
		counter: (n: number, total: number) => `Statement ${n} of ${total}`,
		announce: (n: number, total: number, topic: string, text: string) =>
			`Statement ${n} of ${total}, ${topic}: ${text}`,
		announceStart: 'Start page with the QR code',
		announceClass: 'The class’s results by topic',
		announceCompare: 'The class before and after',
		previous: 'Previous',
		next: 'Next',
		revealAnswers: 'Show how the class answered',
		reveal: 'Show the program’s position',
		hide: 'Hide again',
		fullscreen: 'Full screen',
		exitFullscreen: 'Exit full screen',
		help: 'Help',
		closeHelp: 'Close help',
		back: 'Back to the class page',
		stage: 'Slideshow',
		toStart: 'To the start',
		program: 'The program',
		classHeading: 'How the class answered',
		programHeading: 'The program says',
		noAnswer: 'No answer',
		noCodes:
			'No answer codes are loaded. Paste them on the class page and the slideshow also shows how the class answered.',
		classSlideHeading: (n: number) => `What the class thinks: ${students(n)}`,
		radarLabel: 'The class’s results by topic',
		topicMiddle: (median: number) => `${median} %`,
		topicHalf: (low: number, high: number) => `${low}–${high} %`,
		topicColumn: 'Topic',
		middleColumn: 'Middle (the line)',
		halfColumn: 'Half of the class (shaded)',
		beforeColumn: 'Before (dashed)',
		afterColumn: 'After (solid)',
		topicNone: 'no answers',
		compareHeading: 'Before and after the discussion',
		compareLabel: 'The middle of the class by topic, before and after',
		orderLabel: 'Order',
		orderQuiz: 'As in the quiz',
		orderDivisive: 'Most divisive first',
		controls: 'Slideshow controls'
	},
	worksheet: {
		title: 'Worksheet',
		intro:
			'All the statements on paper, for students without their own device or for group work. The answer key with the program’s positions is printed on its own, for you only.',
		printSheet: 'Print the students’ sheet',
		printKey: 'Print the answer key (teacher only)',
		keyTeacherOnly:
			'For the teacher only. Do not hand out the key until the class has discussed the statements.',
		sheetHeading: (title: string) => `What do you think? Statements from “${title}”`,
		instructions:
			'Put a cross by the answer that best matches what you think. You may skip a statement.',
		about: (party: string) =>
			`The statements are based on ${party}’s regional program. This is not a neutral voting advice tool: you are comparing your views with the program of a single party.`,
		statementLabel: (n: number) => `Statement ${n}`,
		keyHeading: 'Answer key: the program’s positions',
		keyIntro:
			'This is where the program stands on each issue, with the quote that the position is based on. A quote says what the program wants, not what is right.',
		keyPosition: 'The program',
		quoteFrom: (section: string) => `From the section “${section}”`
	},
	guide: {
		title: 'Teacher’s guide',
		lead: 'A 45–60 minute lesson in which the class takes a stand on statements from a party program, sees what divides the class and discusses how to read a program. All you need is the students’ phones or computers and a projector. Nobody needs to log in.',
		contentsLabel: 'Contents',
		beforeHeading: 'Before the lesson',
		before: [
			'Take the quiz yourself, so that you know what it looks like and how long it takes.',
			'Read the statements on the worksheet and pick three or four that you think will spark discussion.',
			'Decide how the students will hand in their answer code: in the class chat, in a shared document or on a slip of paper. Do not ask for names.',
			'Print the worksheet for students who do not have their own device. Do not hand out the answer key in advance. Type their answers in under “Answers on paper” on the Class results page, and they are counted too.',
			'Open the class results and projector mode on the computer connected to the projector.'
		],
		duringHeading: 'During the lesson',
		duringIntro: 'A suggested plan. The times are approximate.',
		during: [
			{
				time: '0–5 min',
				title: 'Introduction',
				text: 'Explain what the quiz is: it compares the students’ views with the regional program of a single party. It is not a neutral voting advice tool. Say briefly what the region (Region Västernorrland, the county’s regional council) does: healthcare, public transport, culture and developing the county.'
			},
			{
				time: '5–20 min',
				title: 'The students take the quiz',
				text: 'Show the QR code in projector mode. The students answer on their own. Those who finish early can read the explanations and quotes on the result page. Everyone sends you their answer code.'
			},
			{
				time: '20–25 min',
				title: 'Class results',
				text: 'Paste the codes and show the chart. Talk about where the class agrees with the program most and least, and about how large the spread is.'
			},
			{
				time: '25–40 min',
				title: 'What divides the class',
				text: 'Take the statements that divide the class most, one at a time in projector mode. Let the students give reasons for both sides before you show the program’s position and quote. Good questions: Who wins and who loses from the proposal? What does it cost? Which words in the quote show how certain the party is?'
			},
			{
				time: '40–50 min',
				title: 'Compare with other parties',
				text: 'Let each group take one statement and find out what other parties in the region say on the same issue. See the section on other parties below.'
			},
			{
				time: '50–60 min',
				title: 'After the discussion (if there is time)',
				text: 'Let the students answer again and paste the new codes into the box for after the lesson. Has the class changed its mind? Why, or why not?'
			}
		],
		afterHeading: 'After the lesson',
		after: [
			'Let the students choose a statement and write briefly: what they think, why, and what the program says.',
			'Follow up with other parties’ programs on the same issues, so that the students see several alternatives.',
			'Clear the boxes in the class results when you are done, especially on a computer that others also use.',
			'On computers that several students share: ask each student to press “Remove my answers from this device” (on the result page and the first page) once they have sent their code. Answers not used for a day are removed automatically.'
		],
		partyHeading: 'One party’s program, not a comparison between parties',
		party: [
			'The quiz measures how much the students agree with a single program. It says nothing about which party is closest to a student, since no other parties are included.',
			'Say this clearly at the start and again when you look at the results. A high result means “I agree with this program on these issues”, not “I should vote for this party”.',
			'Each statement is based on a word-for-word quote from the program. About half are things the program is against, so someone who answers Strongly agree to everything does not get a high result.',
			'Teaching in Swedish schools must be objective and balanced (saklig och allsidig, as the curriculum requires). Working with one party’s program is fine when the students see that it is one of several and get to compare.'
		],
		otherPartiesHeading: 'How to put the program next to other parties’ programs',
		otherParties: [
			'Choose two or three statements that divided the class.',
			'Let groups find out what other parties in the region write about the same issue, in their regional programs or on their websites.',
			'Compare: Do the parties want the same thing? How concrete are the promises? What words do they use? Parties can agree on the goal but disagree on how to get there.',
			'Present the findings in a table on the board: the statement, the parties and what they say, with quotes.'
		],
		scoreHeading: 'How the result is calculated',
		score: [
			'Each answer becomes a number from −2 (Strongly disagree) to +2 (Strongly agree). The program’s position is also a number, but never 0. The same answer as the program gives 100%, one step away 75% and the opposite extreme 0%. Statements that the student has marked as important count double. Skipped statements do not count at all.',
			'In the class results, each student gets a percentage per topic, exactly the one the student sees. The class median is the middle of those percentages. The middle half of the students lies between the lower and the upper quartile, calculated as with QUARTILE.INC in a spreadsheet (KVARTIL.INK in Swedish Excel). The statements that divide the class most are those where the answers have the largest variance.'
		],
		scoreLinkBefore: 'The whole method, with a worked example, is on the page ',
		scoreLink: 'How it is calculated',
		scoreLinkAfter: '.',
		privacyHeading: 'What the class results collect and what they do not',
		privacy: [
			'Nothing leaves your browser. The site has no server that receives anything. The codes are read and counted on your computer.',
			'An answer code contains the student’s answers and which statements the student has marked as important. It contains no name, no time and nothing about the student’s device.',
			'Do not ask the students for names. The codes are enough for the class results, and the page never shows who answered what.',
			'If you paste a chat with names, only the codes are used. Only the codes are saved in the browser, so that they are still there if you reload the page. Names and other text are not saved.',
			'If the codes are sent in a chat with names, you yourself can see who sent which code. If you want to be fully anonymous, the students can hand in the code on a slip of paper or in a form without names.',
			'In a small group, a student may feel singled out even without names. Do not show individual answers, and do not make anyone say what they answered.'
		],
		sharedHeading: 'Shared computers',
		shared:
			'On a computer that several people use: answers and pasted codes are removed when nobody has used them for a day. The button “Remove my answers from this device” removes a student’s answers at once, and Clear removes the class’s codes at once.',
		toolsHeading: 'The pages for the lesson'
	}
};
