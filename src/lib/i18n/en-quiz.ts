/**
 * English texts of the quiz island (the first page, the statements and the importance step),
 * kept apart from the rest of the dictionary so that the island's script carries only these.
 */
import type { QuizMessages } from './sv-quiz';

export const enQuiz: QuizMessages = {
	siteName: 'Valkompass',
	language: {
		label: 'Language'
	},
	update: {
		stale:
			'A new version of the site has been published, and part of this page could not be loaded. Reload the page. Your answers are kept.',
		ready: 'A new version of this page is available. Your answers are kept.',
		reload: 'Reload',
		offline: 'You are offline. The quiz still works, and your answers are saved on your device.'
	},
	nav: {
		method: 'How it is calculated',
		result: 'Result',
		label: 'Main menu'
	},
	answers: {
		'-2': 'Strongly disagree',
		'-1': 'Somewhat disagree',
		'0': 'Neither',
		'1': 'Somewhat agree',
		'2': 'Strongly agree',
		skip: 'Skip',
		skipped: 'Skipped',
		none: 'Not answered'
	},
	home: {
		title: (title: string) => `How much do you agree with “${title}”?`,
		lead: (party: string, count: number) =>
			`Take a stand on ${count} statements from ${party}’s program for regional development. Then see how much you agree with the program, topic by topic.`,
		whatHeading: 'What is this?',
		what: (party: string) =>
			`This quiz compares your views with the program of a single party: ${party}. It is not a neutral voting advice tool that compares parties. Each statement is based on a quote from the program, and you can see the quote after you have answered.`,
		time: 'It takes about ten minutes. You can skip statements and change your answers.',
		privacy:
			'Your answers are saved only on your device. Nothing is sent to any server. Your result leaves your device only if you share it yourself.',
		methodLink: 'How the result is calculated',
		start: 'Start the quiz',
		continue: (answered: number, total: number) =>
			`Continue where you left off (${answered} of ${total})`,
		savedFound: 'You have saved answers from last time.',
		startOver: 'Start again from the beginning',
		confirmStartOver: 'Do you want to delete all your answers and start again?',
		showResult: 'Show the result',
		forget: 'Remove my answers from this device',
		confirmForget: 'Do you want to remove all your answers from this device?',
		forgotten: 'Your answers have been removed from this device.',
		expiry:
			'Answers are removed automatically when they have not been used for a day. Using a computer that others use too? Remove your answers when you are done.',
		expired:
			'There were old answers on this device that had not been used for a day. They have been removed.',
		topicsHeading: 'Topics in the quiz',
		statementCount: (n: number) => `${n} ${n === 1 ? 'statement' : 'statements'}`
	},
	quiz: {
		title: (n: number, total: number) => `Statement ${n} of ${total}`,
		progress: (n: number, total: number) => `${n} of ${total}`,
		progressLabel: 'How far you have got',
		topic: 'Topic',
		legend: 'What do you think?',
		important: 'Important to me',
		importantHint: 'Important statements count double.',
		importantNeedsAnswer: 'Answer first to be able to mark it as important.',
		explain: 'What does it mean?',
		glossary: 'Words to know',
		removeAnswer: 'Remove answer',
		answerRemoved: 'The answer has been removed. The statement does not count.',
		backToResult: 'To the result',
		menu: 'Menu',
		saveCode: 'Keep this answer code, so that you can load your answers later:',
		importantStep: {
			title: 'What matters most to you?',
			lead: 'Tick the statements that are especially important to you. They count double. You can also go straight to the result.',
			legend: 'Important to me',
			none: 'You have not answered any statement yet.',
			done: 'Show the result'
		},
		back: 'Back',
		next: 'Next',
		keys: 'Keys while the quiz has focus: 1–5 answer and move on, S skips, the left and right arrows move between statements.',
		storageFailed:
			'Your answers could not be saved on this device (storage is full or turned off). You can continue, but your answers will be lost if you close the page.',
		storageCorrupt:
			'Saved answers on this device could not be read and are not used. They are replaced when you answer.',
		/**
		 * After the statements changed since the answers were saved: `added` new and `removed` dropped
		 * ones, `reworded` ones whose wording or position changed (their answers set aside), and
		 * whether this page's statement is one of those.
		 */
		changed: (added: number, removed: number, reworded = 0, thisOne = false) =>
			`The statements have been updated since you last answered. ${added > 0 ? `${added} new ${added === 1 ? 'statement is' : 'statements are'} waiting for an answer. ` : ''}${removed > 0 ? `${removed} ${removed === 1 ? 'statement no longer exists and its answer has' : 'statements no longer exist and their answers have'} been removed. ` : ''}${reworded > 0 ? `${reworded} ${reworded === 1 ? 'statement has been changed, so your answer to it has' : 'statements have been changed, so your answers to them have'} been removed. ` : ''}${thisOne ? 'This statement is one of them: please answer it again. ' : ''}Your other answers are kept.`,
		dismiss: 'OK'
	}
};
