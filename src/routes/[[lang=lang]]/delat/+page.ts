import type { PageLoad } from './$types';

// The page a shared link opens needs no client router: the result island (src/lib/result)
// hydrates it on its own, so the friend who opens the link sees the result sooner.
export const csr = false;

/** The layout leaves the header and main to the island. */
export const load: PageLoad = () => ({ chrome: 'island' as const });
