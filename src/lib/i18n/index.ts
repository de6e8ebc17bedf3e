/**
 * The one i18n layer: typed dictionaries, one per language. A dictionary that lacks a key fails
 * the type check, so a page can never show a raw key.
 */
import type { Lang } from '../content/types';
import { sv, type Messages } from './sv';

export {
	asLang,
	defaultLang,
	isLangSegment,
	langNames,
	langOf,
	langPrefix,
	publishedLangs,
	rememberedLang,
	rememberLang,
	swapLangPrefix
} from './langs';

export type { Messages };

/**
 * Each language's dictionary as its own chunk, so that a page downloads only its language.
 * Swedish, the default, is always there: error pages and fallbacks need it without waiting.
 */
const loaders: Record<Lang, () => Promise<Messages>> = {
	sv: async () => sv,
	lattlast: () => import('./lattlast').then((m) => m.lattlast),
	en: () => import('./en').then((m) => m.en)
};

/** Dictionaries loaded so far. Immutable texts, so sharing them between pages is safe. */
const loaded: Partial<Record<Lang, Messages>> = { sv };

/** Loads a language's dictionary; the layout does this before any page renders. */
export async function loadMessages(lang: Lang): Promise<Messages> {
	return (loaded[lang] ??= await loaders[lang]());
}

/**
 * The dictionary for a language, once loadMessages() has run for it (the page layout does so);
 * Swedish until then, which only an error page outside the layout can see.
 */
export function messagesFor(lang: Lang): Messages {
	return loaded[lang] ?? sv;
}
