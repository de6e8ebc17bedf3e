/**
 * Starts the result island in the browser: reads the page's island data and hydrates the
 * prerendered island in place. Each language's entry (entries/<lang>.ts) calls it with its texts.
 */
import { hydrate } from 'svelte';
import type { Messages } from '../i18n';
import { setIslandRoot } from '../site/island-paths';
import { readResultIslandData, RESULT_ISLAND_DATA_ID, RESULT_ISLAND_ID } from './island-data';
import ResultIsland from './ResultIsland.svelte';

/** Hydrates the island of this page with the language's texts. */
export function startResultIsland(t: Messages): void {
	const data = readResultIslandData(document.getElementById(RESULT_ISLAND_DATA_ID)?.textContent);
	const target = document.getElementById(RESULT_ISLAND_ID);
	if (!data || !target) {
		console.error('This page carries no readable result data; the result cannot be shown.');
		return;
	}
	setIslandRoot(data.root);
	hydrate(ResultIsland, { target, props: { data, t } });
}
