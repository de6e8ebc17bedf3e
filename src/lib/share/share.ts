/**
 * Sharing, in plain TypeScript: what a result link carries and the addresses of shared pages.
 * The codes themselves are in src/lib/codes/.
 */
import type { SharedResult } from '../codes/result-code';
import type { Result } from '../quiz/scoring';

/** The part of a result that a result link shares: percentages and counts, never answers. */
export function sharedResultOf(result: Result): SharedResult {
	return {
		overallPercent: result.overallPercent,
		topics: result.topics.map(({ topic, percent, answered, total }) => ({
			topic,
			percent,
			answered,
			total
		}))
	};
}

/**
 * An absolute link to a page with a code in its fragment (never in the path or query). The page's
 * path may be relative to the page the link is made on (`here`, its full address), as links are
 * written in prerendered pages ('../delat/'); without `here` (before the page is known) the path
 * is kept as it is.
 */
export function codeLink(here: string, pagePath: string, code: string): string {
	const page = here === '' ? pagePath : new URL(pagePath, here).href;
	return `${page}#${code}`;
}
