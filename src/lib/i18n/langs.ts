/**
 * Which languages the site has, where each lives and which one a person chose. No dictionaries
 * here, so the small script of the first page and the statements can use it too.
 */
import { Persisted } from '../quiz/persisted';
import { langs, type Lang } from '../content/types';

/** Each language's name in itself and its HTML language code, for the language switch. */
export const langNames: Record<Lang, { name: string; htmlLang: string }> = {
	sv: { name: 'Svenska', htmlLang: 'sv' },
	lattlast: { name: 'Lättläst svenska', htmlLang: 'sv' },
	en: { name: 'English', htmlLang: 'en' }
};

/** The languages the site is published in, default first. */
export const publishedLangs: Lang[] = [...langs];

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

/** The same site path in another language: '/en/fraga/3/' -> '/lattlast/fraga/3/'. */
export function swapLangPrefix(pathname: string, to: Lang): string {
	const [, first = ''] = pathname.split('/');
	const rest = isLangSegment(first) ? pathname.slice(first.length + 1) : pathname;
	return `${langPrefix[to]}${rest || '/'}`;
}

const langStore = () => new Persisted('valkompass:lang');

/** The published language with this name, if any (for values read from the page or storage). */
export function asLang(value: string | null | undefined): Lang | null {
	return publishedLangs.find((lang) => lang === value) ?? null;
}

/** Remembers the language a person chose, on this device only. */
export function rememberLang(lang: Lang): void {
	langStore().write(lang);
}

/** The language chosen earlier on this device, if any. */
export function rememberedLang(): Lang | null {
	return asLang(langStore().read());
}
