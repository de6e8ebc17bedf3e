/** Language-aware links. */
import { resolve } from '$app/paths';
import type { Lang } from '../content/types';
import { langPrefix } from './langs';

/** The href of a site path (starting and ending with '/') in the given language. */
export function localeHref(lang: Lang, path: string): string {
	// resolve() adds the site's base path; the cast is needed because the path is built at run time.
	return resolve(`${langPrefix[lang]}${path}` as '/');
}
