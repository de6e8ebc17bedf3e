/**
 * The parts of the result island that are loaded only when needed, by import(). A page that runs
 * without SvelteKit's client carries only the styles of what it imports statically, so the
 * result route exports this list too (`_lazyParts` in its +page.ts): SvelteKit then puts these
 * parts' styles into the page, and they are styled when they appear.
 */
export const lazyParts = {
	/** The share sheet's contents: the picture preview, the link and the share buttons. */
	shareSheet: () => import('./ShareSheet.svelte')
};
