/**
 * The content model as the app sees it: a program, its topics and statements.
 * These types hold no validation; src/lib/server/content validates files into them at build.
 */

/** The languages every text is written in: Swedish, easy-to-read Swedish and English. */
export const langs = ['sv', 'lattlast', 'en'] as const;

/** One of the site's languages. */
export type Lang = (typeof langs)[number];

/** A text in all three languages. */
export type Localized = Record<Lang, string>;

/** The program's position on a statement, on the answer scale but never 0. */
export type Position = -2 | -1 | 1 | 2;

/** One statement a person answers, as written in a topic file. */
export interface Statement {
	id: string;
	topic: string;
	text: Localized;
	position: Position;
	/** The heading of the program section the quote is from. */
	section: string;
	/** Verbatim words from the program that support the position. */
	quote: string;
	explanation: Localized;
	/** Ids of glossary terms that help explain the statement. */
	terms: string[];
}

/** A topic: one axis of the radar, with its statements in quiz order. */
export interface Topic {
	id: string;
	name: Localized;
	statements: Statement[];
}

/** A word a 16-year-old may not know, with a plain definition. */
export interface GlossaryTerm {
	id: string;
	term: Localized;
	definition: Localized;
}

/** A section of the program's text, with the line its heading starts on. */
export interface Section {
	heading: string;
	line: number;
}

/** A whole content pack: one program, everything the quiz needs to show and score it. */
export interface Pack {
	id: string;
	party: string;
	title: string;
	subtitle?: string;
	source: { file: string; url?: string };
	date: string;
	/** Changes whenever a statement's id, topic, text, position or order changes. */
	version: string;
	sections: Section[];
	topics: Topic[];
	glossary: GlossaryTerm[];
	/** The statement order of every published content version, the current one included. */
	history: Record<string, { topics: { id: string; statements: string[] }[] }>;
}

/** All statements of a pack (in any language) in quiz order, topic by topic. */
export function statementsOf<S = Statement>(pack: {
	topics: readonly { statements: readonly S[] }[];
}): S[] {
	return pack.topics.flatMap((topic) => topic.statements);
}
