/**
 * The one i18n layer: typed dictionaries, one per language. A dictionary that lacks a key fails
 * the type check, so a page can never show a raw key.
 */
import { Persisted } from '../persisted';
import { langs, type Lang } from '../content/types';
import { sv, type Messages } from './sv';

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

/** Each language's name in itself and its HTML language code, for the language switch. */
export const langNames: Record<Lang, { name: string; htmlLang: string }> = {
	sv: { name: 'Svenska', htmlLang: 'sv' },
	lattlast: { name: 'Lättläst svenska', htmlLang: 'sv' },
	en: { name: 'English', htmlLang: 'en' }
};

/** The languages the site is published in, default first. */
export const publishedLangs: Lang[] = [...langs];

/** Loads a language's dictionary; the layout does this before any page renders. */
export async function loadMessages(lang: Lang): Promise<Messages> {
	return (loaded[lang] ??= await loaders[lang]());
}

/** The language of pages without a prefix. */
export const defaultLang: Lang = 'sv';

/** The URL prefix of each language; the default language has none. */
export const langPrefix: Record<Lang, string> = { sv: '', lattlast: '/lattlast', en: '/en' };

/** Tells whether a path segment names a published, non-default language. */
export function isLangSegment(segment: string): boolean {
	return publishedLangs.some((lang) => lang !== defaultLang && langPrefix[lang] === `/${segment}`);
}

/** The language a path segment names; the default for none. */
export function langOf(segment: string | undefined): Lang {
	return publishedLangs.find((lang) => langPrefix[lang] === `/${segment}`) ?? defaultLang;
}

/**
 * The dictionary for a language, once loadMessages() has run for it (the page layout does so);
 * Swedish until then, which only an error page outside the layout can see.
 */
export function messagesFor(lang: Lang): Messages {
	return loaded[lang] ?? sv;
}

/** The same site path in another language: '/en/fraga/3/' -> '/lattlast/fraga/3/'. */
export function swapLangPrefix(pathname: string, to: Lang): string {
	const [, first = ''] = pathname.split('/');
	const rest = isLangSegment(first) ? pathname.slice(first.length + 1) : pathname;
	return `${langPrefix[to]}${rest || '/'}`;
}

const langStore = () => new Persisted('valkompass:lang');

/** Remembers the language a person chose, on this device only. */
export function rememberLang(lang: Lang): void {
	langStore().write(lang);
}

/** The language chosen earlier on this device, if any. */
export function rememberedLang(): Lang | null {
	const stored = langStore().read();
	return publishedLangs.find((lang) => lang === stored) ?? null;
}
