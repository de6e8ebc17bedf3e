/**
 * The screens of the quiz island and their addresses: each statement keeps its own address
 * (/fraga/3/), the step after the last one has its own (/fraga/viktigt/), and the island moves
 * between them with history.pushState. Plain TypeScript: no Svelte, no DOM.
 */
import type { IslandPaths } from './island-data';

/** One screen of the island. */
export type View = { kind: 'home' } | { kind: 'statement'; index: number } | { kind: 'important' };

/** The address of a screen. */
export function hrefOf(
	view: View,
	paths: Pick<IslandPaths, 'home' | 'statement' | 'important'>
): string {
	if (view.kind === 'home') return paths.home;
	if (view.kind === 'important') return paths.important;
	return `${paths.statement}${view.index + 1}/`;
}

/** The screen at an address, or null when it is none of the island's (or out of range). */
export function viewAt(
	pathname: string,
	paths: Pick<IslandPaths, 'home' | 'statement' | 'important'>,
	count: number
): View | null {
	if (pathname === paths.home) return { kind: 'home' };
	if (pathname === paths.important) return { kind: 'important' };
	if (!pathname.startsWith(paths.statement)) return null;
	const match = /^([1-9][0-9]*)\/$/.exec(pathname.slice(paths.statement.length));
	const nr = match ? Number(match[1]) : NaN;
	return nr >= 1 && nr <= count ? { kind: 'statement', index: nr - 1 } : null;
}

/** The island's addresses as paths, resolved against the page's own address (they are relative). */
export function absolutePaths(
	paths: Pick<IslandPaths, 'home' | 'statement' | 'important'>,
	pageUrl: string
): Pick<IslandPaths, 'home' | 'statement' | 'important'> {
	const absolute = (path: string) => new URL(path, pageUrl).pathname;
	return {
		home: absolute(paths.home),
		statement: absolute(paths.statement),
		important: absolute(paths.important)
	};
}

/** The query a statement's address carries when the person came from the result to change it. */
export const FROM_RESULT = 'fran=resultat';

/** Whether an address's query (`location.search`) says the person came from the result. */
export function cameFromResult(search: string): boolean {
	return new URLSearchParams(search).get('fran') === 'resultat';
}

/** Whether two views are the same screen. */
export function sameView(a: View, b: View): boolean {
	return hrefOf(a, placeholder) === hrefOf(b, placeholder);
}

const placeholder = { home: '/', statement: '/s/', important: '/i/' };

/** The same screen in another language: its address under that language's first page. */
export function hrefIn(
	view: View,
	home: string,
	paths: Pick<IslandPaths, 'home' | 'statement' | 'important'>
): string {
	const own = hrefOf(view, paths);
	return home + own.slice(paths.home.length);
}
