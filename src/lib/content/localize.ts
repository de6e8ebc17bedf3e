/**
 * The pack as one language sees it: every text picked out for that language. This is what
 * pages receive, so a page carries one language's texts, not all three.
 */
import type { Decider, Lang, Pack, Position } from './types';

/** A statement with its texts in one language (the quote stays in the program's Swedish). */
export interface LocalStatement {
	id: string;
	topic: string;
	text: string;
	position: Position;
	section: string;
	quote: string;
	explanation: string;
	/** Who decides the question, most important first. */
	decides: Decider[];
	/** Why the position is as strong as it is. */
	rationale: string;
	terms: string[];
}

/** A topic with its name and statements in one language. */
export interface LocalTopic {
	id: string;
	name: string;
	statements: LocalStatement[];
}

/** A glossary term in one language. */
export interface LocalTerm {
	id: string;
	term: string;
	definition: string;
}

/** The whole pack in one language. */
export interface LocalPack {
	lang: Lang;
	id: string;
	party: string;
	title: string;
	subtitle?: string;
	sourceUrl?: string;
	date: string;
	/** What is known about the program's age, when the pack says. */
	age?: string;
	/** What the program leaves out, when the pack says. */
	scope?: string;
	version: string;
	topics: LocalTopic[];
	glossary: LocalTerm[];
	/** Statement order of every published content version, for reading older codes. */
	history: Pack['history'];
}

/** A language's pack with fewer texts per statement, for a page that shows fewer. */
export type TrimmedPack<S> = Omit<LocalPack, 'glossary' | 'topics'> & {
	topics: { id: string; name: string; statements: S[] }[];
};

/** A statement as the result page shows it: without who decides, why, or its glossary terms. */
export type ResultStatement = Omit<LocalStatement, 'decides' | 'rationale' | 'terms'>;

/** The pack as the result page needs it, so that the page that carries it is smaller. */
export type ResultPack = TrimmedPack<ResultStatement>;

/** A statement as the shared-result page needs it: its topic and the program's position. */
export type StatementPlace = Pick<LocalStatement, 'id' | 'topic' | 'position'>;

/** The pack as the shared-result page needs it: names, versions, and no statement texts. */
export type SharedPack = TrimmedPack<StatementPlace>;

/** A language's pack without the glossary, each statement reduced by `pick`. */
function trimmed<S>(pack: LocalPack, pick: (statement: LocalStatement) => S): TrimmedPack<S> {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out on purpose
	const { glossary, topics, ...rest } = pack;
	return {
		...rest,
		topics: topics.map(({ id, name, statements }) => ({
			id,
			name,
			statements: statements.map(pick)
		}))
	};
}

/** Leaves out of a language's pack what the result page does not show. */
export function resultPackOf(pack: LocalPack): ResultPack {
	return trimmed(pack, ({ id, topic, text, position, section, quote, explanation }) => ({
		id,
		topic,
		text,
		position,
		section,
		quote,
		explanation
	}));
}

/** Leaves out of a language's pack what the shared-result page does not show. */
export function sharedPackOf(pack: LocalPack): SharedPack {
	return trimmed(pack, ({ id, topic, position }) => ({ id, topic, position }));
}

/** Picks out one language's texts from a pack. */
export function localize(pack: Pack, lang: Lang): LocalPack {
	return {
		lang,
		id: pack.id,
		party: pack.party,
		title: pack.title,
		subtitle: pack.subtitle,
		sourceUrl: pack.source.url,
		date: pack.date,
		...(pack.age ? { age: pack.age[lang] } : {}),
		...(pack.scope ? { scope: pack.scope[lang] } : {}),
		version: pack.version,
		topics: pack.topics.map((topic) => ({
			id: topic.id,
			name: topic.name[lang],
			statements: topic.statements.map((s) => ({
				id: s.id,
				topic: s.topic,
				text: s.text[lang],
				position: s.position,
				section: s.section,
				quote: s.quote,
				explanation: s.explanation[lang],
				decides: s.decides,
				rationale: s.rationale[lang],
				terms: s.terms
			}))
		})),
		glossary: pack.glossary.map((g) => ({
			id: g.id,
			term: g.term[lang],
			definition: g.definition[lang]
		})),
		history: pack.history
	};
}
