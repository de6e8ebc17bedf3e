/**
 * Starts a result island in the browser: reads the page's island data and hydrates the
 * prerendered island in place. Each entry (entries/<page>-<lang>.ts) calls it with its language's
 * texts and its island: ResultIsland for the result page, SharedIsland for a shared result.
 */
import { hydrate, type Component } from 'svelte';
import type { ResultMessages } from '../i18n/sv-result';
import { setIslandRoot } from '../site/island-paths';
import {
	readResultIslandData,
	RESULT_ISLAND_DATA_ID,
	RESULT_ISLAND_ID,
	type ResultIslandData,
	type ResultPage
} from './island-data';

/** Hydrates this page's island, if the page carries data for it, with the language's texts. */
export function startResultIsland(
	t: ResultMessages,
	page: ResultPage,
	island: Component<{ data: ResultIslandData; t: ResultMessages }>
): void {
	const data = readResultIslandData(document.getElementById(RESULT_ISLAND_DATA_ID)?.textContent);
	const target = document.getElementById(RESULT_ISLAND_ID);
	if (!data || !target || data.page !== page) {
		console.error('This page carries no readable result data; the result cannot be shown.');
		return;
	}
	setIslandRoot(data.root);
	hydrate(island, { target, props: { data, t } });
}
