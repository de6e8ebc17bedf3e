import type { PageLoad } from './$types';

// Like the statements: the quiz island, without the client router.
export const csr = false;

/** The layout leaves the header and main to the island. */
export const load: PageLoad = () => ({ chrome: 'island' as const });
