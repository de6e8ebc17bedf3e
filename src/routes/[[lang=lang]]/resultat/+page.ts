import type { PageLoad } from './$types';
import { lazyParts } from '$lib/result/lazy-parts';

// The result needs no client router: the result island (src/lib/result) hydrates the page on
// its own, so a slow phone shows the score after a few kilobytes rather than SvelteKit's runtime.
export const csr = false;

/** The layout leaves the header and main to the island. */
export const load: PageLoad = ({ data }) => ({ ...data, chrome: 'island' as const });

/** The island's parts loaded later: listed here so that their styles are in the page. */
export const _lazyParts = lazyParts;
