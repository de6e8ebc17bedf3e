/**
 * What the result island needs in the browser, written into the prerendered page as JSON and read
 * back before hydration. A matched pair: resultIslandJson() and readResultIslandData(); reading
 * never throws and refuses anything malformed. Plain TypeScript: no Svelte, no DOM.
 */
import type { LocalNextSteps } from '../content/next-steps';
import type { ResultPack, SharedPack } from '../content/localize';
import type { Lang } from '../content/types';
import { asLang } from '../i18n/langs';
import { isRecord, isString, readScriptJson, scriptJson } from '../site/script-json';

/** The id of the element the island is prerendered in. */
export const RESULT_ISLAND_ID = 'result-island';
/** The id of the JSON element that carries the island's data. */
export const RESULT_ISLAND_DATA_ID = 'result-island-data';

/** Which page the island is: the person's own result, or a result someone shared. */
export type ResultPage = 'result' | 'shared';

/** What the island is hydrated with on either page (besides the dictionary, which its entry imports). */
interface IslandBase {
	lang: Lang;
	/** The page's own path as built ('/en/resultat/'), for the language links. */
	path: string;
	/** The way from the page to the site's root, as SvelteKit wrote links at build: '..'. */
	root: string;
	serviceWorker: string;
}

/** Everything the island is hydrated with: the page, and the content it shows. */
export type ResultIslandData = IslandBase &
	(
		| {
				page: 'result';
				pack: ResultPack;
				/** The closing "what next" texts, when the content has them. */
				nextSteps: LocalNextSteps | null;
		  }
		| { page: 'shared'; pack: SharedPack; nextSteps: null }
	);

/** The JSON text that carries the island's data, safe inside a <script> element. */
export function resultIslandJson(data: ResultIslandData): string {
	return scriptJson(data);
}

/** The parts of a pack the result pages read, checked for their shape (the build validated the rest). */
function isPack(value: unknown): value is SharedPack {
	return (
		isRecord(value) &&
		isString(value.id) &&
		isString(value.party) &&
		isString(value.title) &&
		isString(value.version) &&
		isRecord(value.history) &&
		Array.isArray(value.topics) &&
		value.topics.every(
			(topic) => isRecord(topic) && isString(topic.id) && Array.isArray(topic.statements)
		)
	);
}

/** Whether every statement of a checked pack carries the texts the result page shows. */
function hasTexts(pack: SharedPack): pack is ResultPack {
	return pack.topics.every((topic) =>
		topic.statements.every(
			(statement: unknown) =>
				isRecord(statement) &&
				['text', 'section', 'quote', 'explanation'].every((key) => isString(statement[key]))
		)
	);
}

/** Reads the island's data from its JSON text; null when it is missing or malformed. */
export function readResultIslandData(text: string | null | undefined): ResultIslandData | null {
	const raw = readScriptJson(text);
	if (!raw) return null;
	const lang = asLang(isString(raw.lang) ? raw.lang : null);
	const { page, pack, nextSteps, path, root, serviceWorker } = raw;
	if (
		!lang ||
		(page !== 'result' && page !== 'shared') ||
		!isPack(pack) ||
		(nextSteps !== null && (page === 'shared' || !isRecord(nextSteps))) ||
		(page === 'result' && !hasTexts(pack)) ||
		!isString(path) ||
		!isString(root) ||
		!isString(serviceWorker)
	) {
		return null;
	}
	const base = { lang, path, root, serviceWorker };
	return page === 'shared'
		? { ...base, page, pack, nextSteps: null }
		: { ...base, page, pack: pack as ResultPack, nextSteps: nextSteps as LocalNextSteps | null };
}
