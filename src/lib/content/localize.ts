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
