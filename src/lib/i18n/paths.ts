/** Language-aware links. */
import { resolve } from '$app/paths';
import type { Lang } from '../content/types';
import { langPrefix, swapLangPrefix } from './langs';

/** The href of a site path (starting and ending with '/') in the given language. */
export function localeHref(lang: Lang, path: string): string {
	// resolve() adds the site's base path; the cast is needed because the path is built at run time.
	return resolve(`${langPrefix[lang]}${path}` as '/');
}

/**
 * The same page in another language: its path under that language's prefix, with the page's
 * fragment (a shared result's code goes along) unless it is longer than `maxFragment` (copying a
 * megabyte into every link froze the page).
 */
export function samePageIn(to: Lang, pathname: string, hash: string, maxFragment: number): string {
	return swapLangPrefix(pathname, to) + (hash.length <= maxFragment ? hash : '');
}
