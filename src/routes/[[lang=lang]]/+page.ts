import type { PageLoad } from './$types';

// The first page needs no client router: the quiz island (src/lib/quiz/island) hydrates it on
// its own, so the quiz starts after a few kilobytes.
export const csr = false;

/** The layout leaves the header and main to the island. */
export const load: PageLoad = () => ({ chrome: 'island' as const });
