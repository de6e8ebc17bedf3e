/** English UI text. Plain British/international English; every key of the Swedish reference. */
import type { Decider } from '../content/types';
import { joinAnd } from './join';
import { enQuiz } from './en-quiz';
import type { Messages } from './sv';
export const en: Messages = {
	...enQuiz,
	htmlLang: 'en',
	/** A whole percentage as this language writes it. */
	percent: (n: number) => `${n}%`,
	skipToContent: 'Skip to content',
	needsScript:
		'The quiz needs JavaScript to save your answers and show the result. Turn on JavaScript in your browser and reload the page.',
	meta: {
		locale: 'en_GB',
		title: (title: string) => `Valkompass: how much do you agree with “${title}”?`,
		description: (party: string) =>
			`Take a stand on statements from ${party}’s programme for regional development and see how much you agree, topic by topic. Your answers stay in your browser.`,
		imageAlt: 'Valkompass: how much do you agree with the programme?'
	},
	footer: {
		about: (party: string, title: string) =>
			`The statements are based on ${party}’s programme “${title}”. This is not a comparison between parties.`,
		privacy:
			'Your answers are saved only in your browser. Nothing is sent anywhere unless you share it yourself.',
		source: 'Read the whole programme',
		restore: 'Load answers from an answer code',
		classroom: 'For teachers: class results',
		record: 'The record: every statement'
	},
	result: {
		title: 'Your result',
		overall: (percent: number) => `You agree ${percent}% with the programme`,
		none: 'You have not answered any statements yet, so there is no result to show.',
		startQuiz: 'Start the quiz',
		continueQuiz: 'Continue answering',
		/** Topic names as one phrase: 'a, b and c'. */
		topicList: (names: readonly string[]) => joinAnd(names, 'and'),
		summary: (most: string, least: string) =>
			`You agree most with the programme on ${most} and least on ${least}.`,
		summaryOne: (topic: string) => `You have only answered statements in one topic: ${topic}.`,
		summaryEqual: 'You agree to the same degree in every topic you have answered.',
		chartTitle: 'How much you agree, by topic',
		chartDescription: (parts: string) =>
			`Radar chart with one topic per axis, from 0 to 100%. ${parts}`,
		axisLabel: (name: string, percent: number, answered: number, total: number) =>
			`${name} ${percent}% (${answered} of ${total})`,
		axisNotAnswered: (name: string) => `${name} (not answered)`,
		tableCaption: 'How much you agree, by topic',
		tableTopic: 'Topic',
		tableAgreement: 'Agreement',
		tableAnswered: 'Answered',
		answeredOf: (answered: number, total: number) => `${answered} of ${total}`,
		notAnswered: 'Not answered',
		statementsHeading: 'Statement by statement',
		filterLabel: 'Show topic',
		filterAll: 'All topics',
		sortLabel: 'Order',
		sortQuiz: 'As in the quiz',
		sortDisagreement: 'Biggest disagreement first',
		programPosition: 'The programme',
		importantMark: 'Important to you',
		agreement: (percent: number) => `Agreement ${percent}%`,
		quoteFrom: (section: string) => `From the section “${section}”`,
		change: 'Change answer',
		method: 'How it is calculated',
		startOver: 'Start again',
		done: 'You’re done – well done!',
		overallLead: 'You agree with the programme',
		interpretation: (tenths: number, answered: number, total: number) =>
			`You think like the programme on about ${tenths} in 10 questions, based on ${answered} of ${total} statements.`,
		shareResult: 'Share your result',
		match: (percent: number) =>
			percent >= 100
				? 'Same'
				: percent >= 75
					? 'Close'
					: percent >= 50
						? 'Partly apart'
						: percent >= 25
							? 'Apart'
							: 'Opposite',
		toTop: 'Back to top',
		compareReceived: 'Compare with the result someone shared with you'
	},
	method: {
		title: 'How it is calculated',
		intro:
			'The result is calculated in your browser. Here is the whole method, so that you can check it.',
		scaleHeading: 'Answers become numbers',
		scale:
			'Each answer becomes a number: Strongly disagree is −2, Somewhat disagree −1, Neither 0, Somewhat agree +1 and Strongly agree +2. The programme’s position is also a number between −2 and +2, but never 0. It is based on a quote from the programme.',
		agreementHeading: 'How closely you agree',
		agreement:
			'For each statement, the agreement is calculated as 1 − |your answer − the programme’s position| / 4. The same answer gives 100%. The opposite extreme gives 0%. One step away gives 75%.',
		weightHeading: 'Important to me',
		weight:
			'A statement that you have marked as important counts double. If you mark all statements as important, the result is the same as if you mark none.',
		topicHeading: 'By topic and overall',
		topic:
			'A topic’s result is the average agreement over the statements you have answered in that topic, with important statements counted double. The overall result is calculated in the same way over all answered statements. Results are shown as whole percentages, with exact halves rounded up.',
		skipHeading: 'Skipped statements and topics without answers',
		skip: 'A statement that you skip does not count at all. If you have not answered any statement in a topic, the topic gets no result. It is shown as “not answered” and leaves a gap in the chart. Showing 0% or 50% would be wrong, because we do not know what you think.',
		exampleHeading: 'An example',
		exampleGeneric:
			'The programme says +2, −2 and +1 on three statements. You answer +2 (important) and −1, and skip the third. The agreement is 1 and 0.75. The weights are 2 and 1. The result is (2 × 1 + 1 × 0.75) / (2 + 1) = 0.917, that is 92%.',
		exampleOwnHeading: 'With your own answers',
		exampleOwn: (topic: string) => `This is how your result for ${topic} is calculated:`,
		exampleAnswer: 'Your answer',
		examplePosition: 'The programme',
		exampleAgreement: 'Agreement',
		exampleWeight: 'Weight',
		exampleSum: (numerator: string, denominator: string, percent: number) =>
			`Sum: ${numerator} / ${denominator} = ${percent}%`,
		positionsHeading: 'Where do the programme’s positions come from?',
		positions:
			'Each statement comes with a word-for-word quote from the programme. ±2 means that the programme demands or rejects something outright. ±1 means that the programme only leans one way. When the statement carries the same reservation as the programme, such as “på sikt” (in the long term) or “pröva” (try), it counts as ±2. Between four and six in ten statements are ones the programme is against, so someone who answers “Strongly agree” to everything does not get a high result. Each statement also has a sentence on why its position is what it is.'
	},
	decides: {
		line: (who: readonly Decider[]) =>
			who.length === 1
				? {
						region: 'Decided by the region',
						municipality: 'Decided by the municipality',
						state: 'Decided by parliament and the government',
						eu: 'Decided within the EU'
					}[who[0]!]
				: `Decided by ${joinAnd(
						who.map(
							(d) =>
								({
									region: 'the region',
									municipality: 'the municipalities',
									state: 'the state',
									eu: 'the EU'
								})[d]
						),
						'and'
					)}`
	},
	program: {
		heading: 'About the programme'
	},
	record: {
		title: 'The record: every statement',
		link: 'The record: every statement with its quote and reasons',
		intro: (count: number) =>
			`All ${count} statements of the quiz, each with the quote from the programme it rests on, the programme’s position, who decides the question and why the position is as strong as it is.`,
		quote: 'Quote from the programme',
		section: 'Section',
		position: 'The programme’s position',
		decides: 'Who decides',
		rationale: 'Why this position',
		explanation: 'Explanation'
	},
	share: {
		heading: 'Share your result',
		intro:
			'Nothing is shared until you choose to share it. A link to your result contains only the percentage for each topic, not your answers.',
		linkHint: 'Anyone who opens the link sees your chart and your table, but not your answers.',
		linkLabel: 'Link to the result',
		copyLink: 'Copy the link',
		square: 'Square image (feed)',
		story: 'Portrait image (story)',
		cardOverall: (percent: number | null) =>
			percent === null ? 'Nothing answered' : `Overall ${percent}%`,
		cardDisclaimer: 'Compared with one party’s programme – not a neutral voting advice tool',
		cardNotAnswered: 'not answered',
		codeHeading: 'Save or hand in your answers',
		codeHint:
			'The answer code contains all your answers. With it, you can continue on another device, or give it to your teacher.',
		codeLabel: 'Your answer code',
		copyCode: 'Copy the code',
		codeLink: 'Copy a link to continue on another device',
		copied: 'Copied!',
		copyFailed: 'Copying did not work. Select the text and copy it yourself.',
		downloaded: 'The image has been downloaded and the link has been copied.',
		downloadedOnly: 'The image has been downloaded.',
		shared: 'Shared!',
		shareText: (title: string) => `This is how much I agree with “${title}”.`,
		making: 'Creating the image…',
		formatLabel: 'Image shape',
		downloadPicture: 'Download the image',
		shareNow: 'Share image and link',
		cardLead: (party: string) => `I agree with ${party}’s programme`,
		cardInvite: 'How much do you agree?',
		cardCta: 'Take the quiz at',
		pictureFailed:
			'The image could not be made on this device. You can still copy and share the link.',
		previewAlt: (percent: number | null) =>
			percent === null
				? 'The image to share'
				: `The image to share: I agree ${percent}% with the programme`,
		sendCode: 'Send the code',
		codeShareText: (code: string) => `My answer code from the quiz: ${code}`,
		close: 'Close',
		cardProgram: (title: string) => `“${title}”`
	},
	shared: {
		title: 'Someone shared their result with you',
		notice:
			'This is someone else’s result. It shows the percentage for each topic, not the person’s answers.',
		yourTurn: 'Take the quiz yourself',
		overall: (percent: number) => `This person agrees ${percent}% with the programme`,
		missing: (n: number) =>
			`The link was made for an older version of the quiz. ${n} ${n === 1 ? 'topic did not exist then and is' : 'topics did not exist then and are'} shown as not answered.`,
		unknown: (n: number) =>
			`The link was made for an older version of the quiz. ${n} ${n === 1 ? 'topic no longer exists and is' : 'topics no longer exist and are'} not shown.`,
		chartTitle: 'How much this person agrees, by topic',
		tableCaption: 'How much this person agrees, by topic',
		senderLead: 'The person who shared this agrees with the programme',
		invite: 'How much do you agree?',
		ctaHint: 'It takes about ten minutes. Your answers stay on your device.',
		afterTest: 'Once you have taken the quiz, you can compare your result with this one.',
		compareSummary: 'Compare with my result',
		compareIntro: 'Your result comes from the answers on this device. Nothing is sent anywhere.',
		you: 'You',
		sender: 'The person who shared',
		difference: 'Difference',
		compareChartTitle: 'Your result and the shared one, by topic',
		compareCaption:
			'You and the person who shared, by topic. The difference is in percentage points.'
	},
	restore: {
		title: 'Load answers',
		intro: 'Paste an answer code, or a link with an answer code, to continue with those answers.',
		label: 'Answer code or link',
		read: 'Load',
		found: (answered: number, total: number) =>
			`The code contains answers to ${answered} of ${total} statements.`,
		replaceQuestion: (saved: number) =>
			`You already have ${saved} saved ${saved === 1 ? 'answer' : 'answers'} on this device. Do you want to replace ${saved === 1 ? 'it' : 'them'} with the answers in the code?`,
		replace: 'Replace my answers',
		keep: 'Keep my answers',
		use: 'Use the answers',
		done: 'The answers have been loaded.',
		kept: 'Your saved answers are kept. Nothing has changed.',
		notSaved:
			'The answers could not be saved on this device (storage is full or turned off). They stay only until you close this tab. Keep the answer code below to load the answers again later.',
		keepCode: 'Your answer code',
		toResult: 'See the result',
		toQuiz: 'Continue answering',
		changed: (added: number, removed: number) =>
			`The code was made for an older version of the quiz. ${added > 0 ? `${added} ${added === 1 ? 'statement is new and has' : 'statements are new and have'} no answer. ` : ''}${removed > 0 ? `${removed} ${removed === 1 ? 'statement no longer exists and its answer has' : 'statements no longer exist and their answers have'} been removed.` : ''}`
	},
	codeErrors: {
		empty: 'There is no code to read. Paste a code or a link.',
		format: 'This does not look like a code from the quiz. Check that the whole code was included.',
		'format-version':
			'The code is in a newer format than this page can read. Reload the page and try again.',
		'unknown-version':
			'The code was made for a version of the statements that this page does not know. If the code is new, this page may be old: reload the page and try again.',
		damaged:
			'The code is damaged: a character is missing, wrong or has been added. Copy it again, all of it.',
		'wrong-kind': 'This is a result link, not an answer code.'
	},
	notFound: {
		title: 'Page not found',
		text: 'This address leads nowhere. Go to the home page and start there.',
		home: 'Go to the home page'
	}
};
