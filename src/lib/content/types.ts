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

/** Who decides a question: the region, the municipalities, the state (riksdag and government) or the EU. */
export const deciders = ['region', 'municipality', 'state', 'eu'] as const;

/** One level of government that decides a question. */
export type Decider = (typeof deciders)[number];

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
	/** Who decides the question, most important first. */
	decides: Decider[];
	/** One sentence on why the position is ±2 and not ±1 (or the reverse). */
	rationale: Localized;
	/**
	 * Set when the program takes the side that a "more public sector = agree" rule of thumb
	 * gets wrong: an editorial mark checked by the audit (a pack needs a few of them).
	 */
	breaksRuleOfThumb: boolean;
	/** Ids of glossary terms that help explain the statement. */
	terms: string[];
}

/** A topic: one axis of the radar, with its statements in quiz order. */
export interface Topic {
	id: string;
	/** The topic file, as the author sees it (for messages); set by the loader, never shipped. */
	file?: string;
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
	/** What is known about the program's age (it may carry no date), for the first and method pages. */
	age?: Localized;
	/** What the program leaves out, so that a person knows what the quiz cannot say. */
	scope?: Localized;
	/** Changes whenever a statement's id, topic, text, position or order changes. */
	version: string;
	sections: Section[];
	topics: Topic[];
	glossary: GlossaryTerm[];
	/**
	 * Every published content version, the current one included: its statement order, and a
	 * fingerprint of each statement (its texts and position), so that an answer given to an
	 * older wording is never counted toward a new one.
	 */
	history: Record<
		string,
		{ topics: { id: string; statements: string[] }[]; fingerprints?: Record<string, string> }
	>;
}

/** All statements of a pack (in any language) in quiz order, topic by topic. */
export function statementsOf<S = Statement>(pack: {
	topics: readonly { statements: readonly S[] }[];
}): S[] {
	return pack.topics.flatMap((topic) => topic.statements);
}
