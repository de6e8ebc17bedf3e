/**
 * Starts the quiz island in the browser: reads the page's island data, opens the first page in
 * the language chosen earlier on this device, registers the service worker, and hydrates the
 * prerendered island in place. Each language's entry (entries/<lang>.ts) calls it with its texts.
 */
import { hydrate } from 'svelte';
import { registerServiceWorker } from '../../site/updates';
import { defaultLang, langPrefix, rememberedLang } from '../../i18n/langs';
import type { QuizMessages } from '../../i18n/sv-quiz';
import Island from './Island.svelte';
import { ISLAND_DATA_ID, ISLAND_ID, readIslandData, type IslandData } from './island-data';

/** Whether the page was opened from another page of this site. */
function cameFromSite(): boolean {
	try {
		return document.referrer !== '' && new URL(document.referrer).origin === location.origin;
	} catch {
		return false;
	}
}

/** Someone arriving from elsewhere at the default-language first page gets the language they chose before. */
function otherLanguageHome(data: IslandData): string | null {
	const remembered = rememberedLang();
	if (data.lang !== defaultLang || data.view.kind !== 'home' || location.pathname !== '/')
		return null;
	if (cameFromSite() || !remembered || remembered === data.lang) return null;
	return `${langPrefix[remembered]}/`;
}

/** Hydrates the island of this page with the language's texts. */
export function startIsland(t: QuizMessages): void {
	const data = readIslandData(document.getElementById(ISLAND_DATA_ID)?.textContent);
	const target = document.getElementById(ISLAND_ID);
	if (!data || !target) {
		console.error('This page carries no readable quiz data; answers cannot be saved.');
		return;
	}
	const elsewhere = otherLanguageHome(data);
	if (elsewhere) {
		location.replace(elsewhere);
		return;
	}
	registerServiceWorker(data.paths.serviceWorker);
	hydrate(Island, { target, props: { data, t, view: data.view } });
}
