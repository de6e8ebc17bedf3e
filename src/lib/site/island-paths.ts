/**
 * `$app/paths` for the islands, which run without SvelteKit in the browser: src/build/island-plugin.ts
 * points the import there. resolve() gives what SvelteKit's resolve() wrote when the page was
 * prerendered (a path relative to the page, '../fraga/1/'), from the root the page carries, so
 * that hydration finds the same links. Plain TypeScript: no Svelte, no DOM.
 */

let root = '';

/** Sets the page's way to the site's root, as the page was built with ('..', '.', '../..'). */
export function setIslandRoot(value: string): void {
	root = value;
}

/** A site path ('/resultat/') as a link from this page. */
export function resolve(path: string): string {
	return `${root}${path}`;
}
