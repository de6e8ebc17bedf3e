/**
 * Starts the quiz island in the browser: reads the page's island data, opens the first page in
 * the language chosen earlier on this device, registers the service worker, and hydrates the
 * prerendered island in place. Each language's entry (entries/<lang>.ts) calls it with its texts.
 */
import { hydrate, mount } from 'svelte';
import { registerServiceWorker } from '../../site/updates';
import { defaultLang, langPrefix, rememberedLang } from '../../i18n/langs';
import type { QuizMessages } from '../../i18n/sv-quiz';
import Island from './Island.svelte';
import { ISLAND_DATA_ID, ISLAND_ID, readIslandData, type IslandData } from './island-data';
import { absolutePaths, sameView, viewAt, type View } from './views';

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

/**
 * The screen the address names. It is the page's own, except offline, where the service worker
 * answers any statement's address (and the importance step's) with the first statement's page.
 */
function screenOfAddress(data: IslandData): View {
	if (data.texts.length === 0) return data.view;
	const own = absolutePaths(data.paths, location.href);
	return viewAt(location.pathname, own, data.content.statements.length) ?? data.view;
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
	const view = screenOfAddress(data);
	if (sameView(view, data.view)) {
		hydrate(Island, { target, props: { data, t, view } });
	} else {
		// Another screen than the page was rendered with: render it afresh.
		target.replaceChildren();
		mount(Island, { target, props: { data, t, view } });
	}
}
