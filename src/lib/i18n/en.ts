/** English UI text. Plain British/international English; every key of the Swedish reference. */
import type { Decider } from '../content/types';
import { joinAnd } from './join';
import { enResult } from './en-result';
import type { Messages } from './sv';
export const en: Messages = {
	...enResult,
	htmlLang: 'en',
	skipToContent: 'Skip to content',
	needsScript:
		'The quiz needs JavaScript to save your answers and show the result. Turn on JavaScript in your browser and reload the page.',
	meta: {
		locale: 'en_GB',
		title: (title: string) => `Valkompass: how much do you agree with “${title}”?`,
		description: (party: string) =>
			`Take a stand on statements from ${party}’s program for regional development and see how much you agree, topic by topic. Your answers stay in your browser.`,
		imageAlt: 'Valkompass: how much do you agree with the program?'
	},
	footer: {
		about: (party: string, title: string) =>
			`The statements are based on ${party}’s program “${title}”. This is not a comparison between parties.`,
		privacy:
			'Your answers are saved only in your browser. Nothing is sent anywhere unless you share it yourself.',
		source: 'Read the whole program',
		restore: 'Load answers from an answer code',
		classroom: 'For teachers: class results',
		record: 'The record: every statement'
	},
	method: {
		title: 'How it is calculated',
		intro:
			'The result is calculated in your browser. Here is the whole method, so that you can check it.',
		scaleHeading: 'Answers become numbers',
		scale:
			'Each answer becomes a number: Strongly disagree is −2, Somewhat disagree −1, Neither 0, Somewhat agree +1 and Strongly agree +2. The program’s position is also a number between −2 and +2, but never 0. It is based on a quote from the program.',
		agreementHeading: 'How closely you agree',
		agreement:
			'For each statement, the agreement is calculated as 1 − |your answer − the program’s position| / 4. The same answer gives 100%. The opposite extreme gives 0%. One step away gives 75%.',
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
			'The program says +2, −2 and +1 on three statements. You answer +2 (important) and −1, and skip the third. The agreement is 1 and 0.75. The weights are 2 and 1. The result is (2 × 1 + 1 × 0.75) / (2 + 1) = 0.917, that is 92%.',
		exampleOwnHeading: 'With your own answers',
		exampleOwn: (topic: string) => `This is how your result for ${topic} is calculated:`,
		exampleAnswer: 'Your answer',
		examplePosition: 'The program',
		exampleAgreement: 'Agreement',
		exampleWeight: 'Weight',
		exampleSum: (numerator: string, denominator: string, percent: number) =>
			`Sum: ${numerator} / ${denominator} = ${percent}%`,
		positionsHeading: 'Where do the program’s positions come from?',
		positions:
			'Each statement comes with a word-for-word quote from the program. ±2 means that the program demands or rejects something outright. ±1 means that the program only leans one way. When the statement carries the same reservation as the program, such as “på sikt” (in the long term) or “pröva” (try), it counts as ±2. Between four and six in ten statements are ones the program is against, so someone who answers “Strongly agree” to everything does not get a high result. Each statement also has a sentence on why its position is what it is.'
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
		heading: 'About the program'
	},
	record: {
		title: 'The record: every statement',
		link: 'The record: every statement with its quote and reasons',
		intro: (count: number) =>
			`All ${count} statements of the quiz, each with the quote from the program it rests on, the program’s position, who decides the question and why the position is as strong as it is.`,
		quote: 'Quote from the program',
		section: 'Section',
		position: 'The program’s position',
		decides: 'Who decides',
		rationale: 'Why this position',
		explanation: 'Explanation'
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
	notFound: {
		title: 'Page not found',
		text: 'This address leads nowhere. Go to the home page and start there.',
		home: 'Go to the home page'
	}
};
