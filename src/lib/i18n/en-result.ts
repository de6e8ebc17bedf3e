/**
 * English texts of the result islands (the result page and a shared result).
 */
import { joinAnd } from './join';
import { enSteps } from './steps';
import { enQuiz } from './en-quiz';
import type { ResultMessages } from './sv-result';

export const enResult: ResultMessages = {
	...enQuiz,
	/** A whole percentage as this language writes it. */
	percent: (n: number) => `${n}%`,
	result: {
		title: 'Your result',
		overall: (percent: number) => `You agree ${percent}% with the program`,
		none: 'You have not answered any statements yet, so there is no result to show.',
		startQuiz: 'Start the quiz',
		continueQuiz: 'Continue answering',
		/** Topic names as one phrase: 'a, b and c'. */
		topicList: (names: readonly string[]) => joinAnd(names, 'and'),
		summary: (most: string, least: string) =>
			`You agree most with the program on ${most} and least on ${least}.`,
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
		sortDisagreement: 'Biggest gap first',
		programPosition: 'The program',
		importantMark: 'Important to you',
		agreement: (percent: number) => `Agreement ${percent}%`,
		quoteFrom: (section: string) => `From the section “${section}”`,
		change: 'Change answer',
		method: 'How it is calculated',
		startOver: 'Start again',
		done: 'You’re done – well done!',
		overallLead: 'You agree with the program',
		interpretation: (steps: number, answered: number, total: number) =>
			`${steps === 0 ? 'On average your answers are the same as the program’s, or nearly' : `On average your answers are ${enSteps(steps)} from the program’s`} (one step is, for example, ${enQuiz.answers[1]} instead of ${enQuiz.answers[2]}), based on ${answered} of ${total} statements.`,
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
		cardDisclaimer: 'Compared with one party’s program – not a neutral voting advice tool',
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
		cardLead: (party: string) => `I agree with ${party}’s program`,
		cardInvite: 'How much do you agree?',
		cardCta: 'Take the quiz at',
		sheetFailed: 'Sharing could not be opened. Check your connection, close and try again.',
		pictureFailed:
			'The image could not be made on this device. You can still copy and share the link.',
		previewAlt: (percent: number | null) =>
			percent === null
				? 'The image to share'
				: `The image to share: I agree ${percent}% with the program`,
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
		overall: (percent: number) => `This person agrees ${percent}% with the program`,
		missing: (n: number) =>
			`The link was made for an older version of the quiz. ${n} ${n === 1 ? 'topic did not exist then and is' : 'topics did not exist then and are'} shown as not answered.`,
		unknown: (n: number) =>
			`The link was made for an older version of the quiz. ${n} ${n === 1 ? 'topic no longer exists and is' : 'topics no longer exist and are'} not shown.`,
		chartTitle: 'How much this person agrees, by topic',
		tableCaption: 'How much this person agrees, by topic',
		senderLead: 'The person who shared this agrees with the program',
		invite: 'How much do you agree?',
		ctaHint: 'It takes about ten minutes. Your answers stay on your device.',
		afterTest: 'Once you have taken the quiz, you can compare your result with this one.',
		program: (party: string, title: string) =>
			`The program is “${title}” by ${party}: one party’s program, not a neutral voting guide.`,
		noCode:
			'The link has lost the code with the result. Ask the person who shared it to send the whole link again, or take the quiz yourself.',
		compareSummary: 'Compare with my result',
		compareIntro: 'Your result comes from the answers on this device. Nothing is sent anywhere.',
		you: 'You',
		sender: 'Sender',
		difference: 'Gap',
		compareChartTitle: 'Your result and the shared one, by topic',
		compareCaption:
			'You and the person who shared, by topic. The difference is in percentage points.'
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
	}
};
