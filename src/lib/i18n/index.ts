/**
 * The one i18n layer: typed dictionaries, one per language. A dictionary that lacks a key fails
 * the type check, so a page can never show a raw key.
 */
import type { Lang } from '../content/types';
import { sv, type Messages } from './sv';

export type { Messages };

/** The dictionaries of the languages the site is published in so far. */
const dictionaries: Partial<Record<Lang, Messages>> = { sv };

/** The languages with a full dictionary, default first. */
export const publishedLangs = Object.keys(dictionaries) as Lang[];

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

/** The dictionary for a language (the default language's while one is unpublished). */
export function messagesFor(lang: Lang): Messages {
	return dictionaries[lang] ?? sv;
}
