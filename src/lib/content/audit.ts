/**
 * The editorial rules of docs/content.md that a valid pack must also meet: coverage, balance,
 * wording and readability. Each rule yields findings; the content tests require none.
 */
import { lix } from './lix';
import { langs, statementsOf, type Pack } from './types';

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
	lixAverage: 40,
	lixEasy: 30
};

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
	const average = (values: number[]) =>
		values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
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

	for (const s of statements) {
		const where = `statement "${s.id}"`;
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
	}
	return findings;
}
