/**
 * What the script of a page without SvelteKit in the browser needs to know, written into the
 * page at build time as one JSON attribute and read back in the browser. A matched pair:
 * pageDataAttribute() and readPageData(); reading never throws and refuses anything malformed.
 */
import type { AnswerContext } from '../quiz/answers';
import { asLang } from '../i18n/langs';
import type { Lang } from '../content/types';

/** The page's language and addresses, and what keeping answers needs (it is an AnswerContext). */
export interface PageData extends AnswerContext {
	lang: Lang;
	ids: string[];
	/** The statement ids of each content version, the current one included. */
	history: Record<string, string[]>;
	/** The address of statement pages in this language, without the number: '/en/fraga/'. */
	statementBase: string;
	/** The service worker's address. */
	serviceWorker: string;
}

/** The attribute value that carries the page data. */
export function pageDataAttribute(data: PageData): string {
	const history = Object.fromEntries(
		Object.entries(data.history).filter(([version]) => version !== data.version)
	);
	return JSON.stringify({ ...data, history });
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringArray = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every(isString);

/** Reads the page data from its attribute; null when it is missing or malformed. */
export function readPageData(text: string | null | undefined): PageData | null {
	if (!text) return null;
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof raw !== 'object' || raw === null) return null;
	const { lang, packId, version, ids, history, changed, statementBase, serviceWorker } =
		raw as Record<string, unknown>;
	const language = asLang(isString(lang) ? lang : null);
	if (
		!language ||
		!isString(packId) ||
		!isString(version) ||
		!isStringArray(ids) ||
		ids.length === 0 ||
		!isString(statementBase) ||
		!isString(serviceWorker) ||
		typeof history !== 'object' ||
		history === null ||
		!Object.values(history).every(isStringArray) ||
		(changed !== undefined &&
			(typeof changed !== 'object' ||
				changed === null ||
				!Object.values(changed).every(isStringArray)))
	) {
		return null;
	}
	const past = new Map(Object.entries(history as Record<string, string[]>));
	past.set(version, ids);
	return {
		lang: language,
		packId,
		version,
		ids,
		history: Object.fromEntries(past),
		...(changed ? { changed: changed as Record<string, string[]> } : {}),
		statementBase,
		serviceWorker
	};
}
