/**
 * The editorial rules of docs/content.md that a valid pack must also meet: coverage, balance,
 * wording and readability. Each rule yields findings; the content tests require none.
 */
import { lix } from './lix';
import {
	leaveOneOut,
	logisticRegression,
	naiveBayes,
	phraseSplits,
	predictabilityLimits
} from './predictability';
import { langs, statementsOf, type Lang, type Pack, type Statement } from './types';
import { fingerprintsOf } from './version';

/** One broken rule, naming the statement or topic it is about. */
export interface Finding {
	rule: string;
	where: string;
	message: string;
}

/** Words that make a statement a negation, per language (whole words, any case). */
export const negationWords: Record<'sv' | 'en', string[]> = {
	sv: ['inte', 'ej', 'aldrig', 'ingen', 'inget', 'inga', 'icke'],
	en: ['not', 'never', 'no', 'none', 'nothing', 'nobody', 'neither', 'nor']
};

/** The negation words found in a text ("n't" counts in English). */
export function negationsIn(text: string, lang: 'sv' | 'en'): string[] {
	const found = text
		.toLowerCase()
		.split(/[^\p{L}']+/u)
		.filter((word) => negationWords[lang].includes(word));
	if (lang === 'en' && /n't\b/i.test(text)) found.push("n't");
	return found;
}

/** Limits from docs/content.md. */
export const limits = {
	statements: { min: 30, max: 40 },
	topics: { min: 8, max: 10 },
	perTopic: 3,
	opposedShare: { min: 0.4, max: 0.6 },
	/** Average LIX of the Swedish statements. */
	lixAverage: 40,
	/** LIX of each lättläst statement. */
	lixEasy: 30,
	/** LIX of explanations: each, and on average, per language. */
	explanationLix: {
		sv: { each: 45, average: 40 },
		lattlast: { each: 35, average: 30 }
	},
	/** Statements where the program takes the side a "more public sector = agree" rule gets wrong. */
	ruleOfThumbBreakers: 4
};

/**
 * The one modal construction each language uses in every statement, and the ones it must not
 * use: "ska" for one side and "bör" for the other would give the program's side away.
 */
export const modal: Record<Lang, { required: string; banned: string[] }> = {
	sv: { required: 'ska', banned: ['bör', 'borde', 'måste', 'skall'] },
	lattlast: { required: 'ska', banned: ['bör', 'borde', 'måste', 'skall'] },
	en: { required: 'should', banned: ['must', 'shall', 'ought', 'will'] }
};

/** The whole words of a text, lower-case. */
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}']+/u);

/** Where a statement is, for messages: its topic file and id. */
export function whereIs(pack: Pick<Pack, 'topics'>, statement: Statement): string {
	const file = pack.topics.find((topic) => topic.id === statement.topic)?.file;
	return `${file ? `${file}: ` : ''}statement "${statement.id}"`;
}

/** The average of some numbers (0 for none). */
const average = (values: number[]) =>
	values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;

/** Figures for one topic (or the whole pack), as the content report prints them. */
export interface TopicFigures {
	topic: string;
	statements: number;
	opposed: number;
	opposedShare: number;
	lixAverage: number;
	lixEasyMax: number;
}

/** Statement count, opposed share and readability for a set of statements. */
export function figures(
	topic: string,
	statements: Pack['topics'][number]['statements']
): TopicFigures {
	const opposed = statements.filter((s) => s.position < 0).length;
	return {
		topic,
		statements: statements.length,
		opposed,
		opposedShare: statements.length === 0 ? 0 : opposed / statements.length,
		lixAverage: average(statements.map((s) => lix(s.text.sv))),
		lixEasyMax: Math.max(0, ...statements.map((s) => lix(s.text.lattlast)))
	};
}

/**
 * Checks a loaded pack against the editorial rules; an empty list means it passes. Longer than
 * most functions on purpose: it is the list of rules, one short block each, read top to bottom.
 */
// eslint-disable-next-line max-lines-per-function -- the list of editorial rules, one short block each
export function auditPack(pack: Pack): Finding[] {
	const findings: Finding[] = [];
	const add = (rule: string, where: string, message: string) =>
		findings.push({ rule, where, message });
	const statements = statementsOf(pack);

	const { statements: count, topics, perTopic, opposedShare } = limits;
	if (statements.length < count.min || statements.length > count.max) {
		add('count', 'pack', `${statements.length} statements; ${count.min}-${count.max} wanted`);
	}
	if (pack.topics.length < topics.min || pack.topics.length > topics.max) {
		add('count', 'pack', `${pack.topics.length} topics; ${topics.min}-${topics.max} wanted`);
	}
	for (const topic of pack.topics) {
		if (topic.statements.length < perTopic) {
			add(
				'count',
				`topic "${topic.id}"`,
				`${topic.statements.length} statements; at least ${perTopic} wanted`
			);
		}
	}

	const total = figures('all', statements);
	if (total.opposedShare < opposedShare.min || total.opposedShare > opposedShare.max) {
		add(
			'balance',
			'pack',
			`${total.opposed} of ${total.statements} statements are opposed by the program (${Math.round(100 * total.opposedShare)} %); 40-60 % wanted`
		);
	}

	const cited = new Set(statements.map((s) => s.section));
	for (const section of pack.sections) {
		if (!cited.has(section.heading)) {
			add('coverage', `section "${section.heading}"`, 'no statement quotes this section');
		}
	}

	if (total.lixAverage > limits.lixAverage) {
		add(
			'readability',
			'pack',
			`average LIX of the Swedish texts is ${total.lixAverage.toFixed(1)}; at most ${limits.lixAverage}`
		);
	}

	const usedTerms = new Set(statements.flatMap((s) => s.terms));
	for (const term of pack.glossary) {
		if (!usedTerms.has(term.id)) add('glossary', `term "${term.id}"`, 'no statement refers to it');
	}

	const shares = new Set(
		pack.topics.map((topic) => figures(topic.id, topic.statements).opposedShare)
	);
	if (pack.topics.length > 1 && shares.size === 1) {
		add(
			'balance',
			'pack',
			'every topic has the same share of opposed statements: that is a quota, and it lets a person deduce the last statement of a topic'
		);
	}

	const breakers = statements.filter((s) => s.breaksRuleOfThumb);
	if (breakers.length < limits.ruleOfThumbBreakers) {
		add(
			'predictability',
			'pack',
			`${breakers.length} statements are marked breaksRuleOfThumb; at least ${limits.ruleOfThumbBreakers} wanted, where the program takes the side a "more public sector = agree" rule gets wrong`
		);
	}

	for (const lang of ['sv', 'lattlast'] as const) {
		const { each, average: mean } = limits.explanationLix[lang];
		const values = statements.map((s) => lix(s.explanation[lang]));
		statements.forEach((s, i) => {
			if (values[i]! > each) {
				add(
					'readability',
					whereIs(pack, s),
					`explanation.${lang} has LIX ${values[i]!.toFixed(1)}; at most ${each}`
				);
			}
		});
		if (average(values) > mean) {
			add(
				'readability',
				'pack',
				`average LIX of explanation.${lang} is ${average(values).toFixed(1)}; at most ${mean}`
			);
		}
	}

	findings.push(...predictabilityFindings(pack));

	for (const s of statements) {
		const where = whereIs(pack, s);
		for (const lang of langs) {
			const words = wordsOf(s.text[lang]);
			if (!words.includes(modal[lang].required)) {
				add(
					'modal',
					where,
					`text.${lang} does not use "${modal[lang].required}", the one modal verb of every ${lang} statement`
				);
			}
			const banned = modal[lang].banned.filter((word) => words.includes(word));
			if (banned.length > 0) {
				add(
					'modal',
					where,
					`text.${lang} uses ${banned.map((w) => `"${w}"`).join(', ')}; every ${lang} statement uses "${modal[lang].required}"`
				);
			}
		}
		for (const lang of langs) {
			const negations = negationsIn(s.text[lang], lang === 'en' ? 'en' : 'sv');
			if (negations.length > 0) {
				add(
					'negation',
					where,
					`text.${lang} contains ${negations.map((w) => `"${w}"`).join(', ')}`
				);
			}
		}
		const easy = lix(s.text.lattlast);
		if (easy > limits.lixEasy) {
			add(
				'readability',
				where,
				`text.lattlast has LIX ${easy.toFixed(1)}; at most ${limits.lixEasy}`
			);
		}
		if ((s.position as number) === 0) add('position', where, 'position is 0');
		for (const lang of langs) {
			if (s.rationale[lang].trim() === '') add('rationale', where, `rationale.${lang} is empty`);
		}
		if (s.decides.length === 0) add('decides', where, 'says nobody decides the question');
	}
	return findings;
}

/** The predictability figures of one language: the classifier and the most one-sided phrases. */
export function predictabilityOf(pack: Pick<Pack, 'topics'>, lang: Lang) {
	const items = statementsOf(pack).map((s) => ({
		id: s.id,
		text: s.text[lang],
		agrees: s.position > 0
	}));
	return {
		classifiers: {
			'naive Bayes': leaveOneOut(items, naiveBayes),
			'logistic regression': leaveOneOut(items, logisticRegression)
		},
		phrases: phraseSplits(items)
	};
}

/**
 * Whether the wording gives the program's side away, per language: neither leave-one-out
 * classifier (naive Bayes, logistic regression) may beat always guessing the larger side significantly (one-sided binomial test, alpha
 * 0.05), and no word or phrase in four or more statements may be 85 % or more on one side.
 */
export function predictabilityFindings(pack: Pick<Pack, 'topics'>): Finding[] {
	const findings: Finding[] = [];
	const { alpha, phraseMaxShare } = predictabilityLimits;
	for (const lang of langs) {
		const { classifiers, phrases } = predictabilityOf(pack, lang);
		for (const [name, classifier] of Object.entries(classifiers)) {
			if (classifier.pValue < alpha) {
				findings.push({
					rule: 'predictability',
					where: 'pack',
					message: `text.${lang}: ${name} trained on the other statements guesses the program's side of ${classifier.correct} of ${classifier.statements} (${Math.round(100 * classifier.accuracy)} %), significantly better than always guessing the larger side (${Math.round(100 * classifier.majorityRate)} %, p = ${classifier.pValue.toFixed(3)} < ${alpha})`
				});
			}
		}
		for (const phrase of phrases.filter((p) => p.share >= phraseMaxShare)) {
			const side = phrase.agreeing * 2 >= phrase.statements ? 'supports' : 'opposes';
			findings.push({
				rule: 'predictability',
				where: `text.${lang} "${phrase.phrase}"`,
				message: `is in ${phrase.statements} statements, and the program ${side} ${Math.round(100 * phrase.share)} % of them (at most ${Math.round(100 * phraseMaxShare) - 1} % allowed): ${phrase.ids.join(', ')}`
			});
		}
	}
	return findings;
}

/**
 * Checks the pack against the recorded history (history.json as written, without the current
 * version the loader adds): a published statement whose texts or position changed needs a new
 * history entry, and an id that was dropped is never used again.
 */
export function historyFindings(
	pack: Pick<Pack, 'topics' | 'version'>,
	recorded: Pack['history']
): Finding[] {
	const findings: Finding[] = [];
	const versions = Object.keys(recorded);
	const current = fingerprintsOf(pack.topics);
	for (const s of statementsOf(pack)) {
		const where = whereIs(pack, s);
		const present = versions.map((v) =>
			recorded[v]!.topics.some((t) => t.statements.includes(s.id))
		);
		const first = present.indexOf(true);
		if (first >= 0 && present.slice(first).includes(false)) {
			const gone = versions[first + present.slice(first).indexOf(false)];
			findings.push({
				rule: 'history',
				where,
				message: `the id was dropped in content version ${gone} and is used again; a dropped id is never reused: give the statement a new id`
			});
		}
		if (Object.hasOwn(recorded, pack.version)) continue;
		const last = versions.findLast((v) => recorded[v]!.fingerprints?.[s.id] !== undefined);
		const before = last ? recorded[last]!.fingerprints![s.id] : undefined;
		if (before !== undefined && before !== current[s.id]) {
			findings.push({
				rule: 'history',
				where,
				message: `its texts or position changed since content version ${last}, and history.json has no entry for the current version ${pack.version}: run npm run content:history (and give the statement a new id if its meaning or direction changed)`
			});
		}
	}
	return findings;
}
