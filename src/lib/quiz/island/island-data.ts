/**
 * What the quiz island needs to run in the browser, written into the prerendered page as JSON and
 * read back before hydration. A matched pair: islandDataJson() and readIslandData(); reading never
 * throws and refuses anything malformed. Plain TypeScript: no Svelte, no DOM.
 */
import { asLang } from '../../i18n/langs';
import type { Lang } from '../../content/types';
import type { QuizContent } from '../quiz-answers.svelte';
import type { View } from './views';
import { isRecord, isString, readScriptJson, scriptJson } from '../../site/script-json';

/** The id of the element the island is prerendered in. */
export const ISLAND_ID = 'quiz-island';
/** The id of the JSON element that carries the island's data. */
export const ISLAND_DATA_ID = 'quiz-island-data';

/** One statement's texts in the page's language, shown by the island without a page load. */
export interface StatementText {
	text: string;
	explanation: string;
	/** Who decides the question, as a short line: 'Beslutas av riksdagen och regeringen'. */
	decidedBy: string;
	/** The glossary terms the statement uses: [term, definition]. */
	terms: [string, string][];
}

/** The addresses the island links to, in the page's language. */
export interface IslandPaths {
	home: string;
	result: string;
	method: string;
	/** The address of statement pages without the number: '/en/fraga/'. */
	statement: string;
	/** The step after the last statement where the person marks what matters most. */
	important: string;
	/** The first page of each language, for the language switch: '/en/'. */
	langHomes: Record<Lang, string>;
	serviceWorker: string;
}

/** Everything the island is hydrated with (besides the dictionary, which its entry imports). */
export interface IslandData {
	lang: Lang;
	/** The program's party and title, as the first page names them. */
	party: string;
	title: string;
	/** What is known about the program's age, and what it leaves out, when the pack says. */
	age?: string;
	scope?: string;
	content: QuizContent;
	/** Topic names, in the order of content.topicIds. */
	topicNames: string[];
	/** Each statement's texts, in quiz order; empty on the first page, which shows none. */
	texts: StatementText[];
	paths: IslandPaths;
	/** The screen the page was prerendered with. */
	view: View;
}

/** The JSON text that carries the island's data, safe inside a <script> element. */
export function islandDataJson(data: IslandData): string {
	return scriptJson(data);
}

const isStringArray = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every(isString);

function isContent(value: unknown): value is QuizContent {
	if (!isRecord(value)) return false;
	const { packId, version, topicIds, statements, history, changed } = value;
	return (
		isString(packId) &&
		isString(version) &&
		isStringArray(topicIds) &&
		Array.isArray(statements) &&
		statements.length > 0 &&
		statements.every(
			(s) =>
				isRecord(s) &&
				isString(s.id) &&
				isString(s.topic) &&
				topicIds.includes(s.topic) &&
				(s.position === -2 || s.position === -1 || s.position === 1 || s.position === 2)
		) &&
		isRecord(history) &&
		Object.values(history).every(isStringArray) &&
		(changed === undefined || (isRecord(changed) && Object.values(changed).every(isStringArray)))
	);
}

function isText(value: unknown): value is StatementText {
	return (
		isRecord(value) &&
		isString(value.text) &&
		isString(value.explanation) &&
		isString(value.decidedBy) &&
		Array.isArray(value.terms) &&
		value.terms.every((pair) => isStringArray(pair) && pair.length === 2)
	);
}

function isPaths(value: unknown): value is IslandPaths {
	if (!isRecord(value)) return false;
	const keys = ['home', 'result', 'method', 'statement', 'important', 'serviceWorker'] as const;
	return (
		keys.every((key) => isString(value[key])) &&
		isRecord(value.langHomes) &&
		Object.entries(value.langHomes).every(([lang, home]) => asLang(lang) && isString(home))
	);
}

function isView(value: unknown): value is View {
	if (!isRecord(value)) return false;
	if (value.kind === 'home' || value.kind === 'important') return true;
	return (
		value.kind === 'statement' && typeof value.index === 'number' && Number.isInteger(value.index)
	);
}

/** Reads the island's data from its JSON text; null when it is missing or malformed. */
export function readIslandData(text: string | null | undefined): IslandData | null {
	const raw = readScriptJson(text);
	if (!raw) return null;
	const lang = asLang(isString(raw.lang) ? raw.lang : null);
	const { party, title, age, scope, content, topicNames, texts, paths, view } = raw;
	if (
		!lang ||
		!isString(party) ||
		!isString(title) ||
		(age !== undefined && !isString(age)) ||
		(scope !== undefined && !isString(scope)) ||
		!isContent(content) ||
		!isStringArray(topicNames) ||
		topicNames.length !== content.topicIds.length ||
		!Array.isArray(texts) ||
		(texts.length !== 0 && texts.length !== content.statements.length) ||
		!texts.every(isText) ||
		!isPaths(paths) ||
		!isView(view) ||
		(view.kind === 'statement' && (view.index < 0 || view.index >= texts.length)) ||
		(view.kind === 'important' && texts.length === 0)
	) {
		return null;
	}
	return {
		lang,
		party,
		title,
		...(isString(age) ? { age } : {}),
		...(isString(scope) ? { scope } : {}),
		content,
		topicNames,
		texts,
		paths,
		view
	};
}
