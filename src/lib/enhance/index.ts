/**
 * The script of the pages that run without SvelteKit in the browser: the first page and the
 * statements (`csr = false`), so that the quiz starts after a few kilobytes instead of the whole
 * client router. Each language's entry (entries/<lang>.ts) passes in its texts with numbers;
 * other texts are in the page's markup, and the page's data is on the script element (see
 * Enhance.svelte).
 */
import type { ScriptMessages } from '../i18n/sv-script';
import { enhanceHome } from './home';
import { readPageData } from './page-data';
import { enhanceSite } from './site';
import { enhanceStatement } from './statement';

export function enhance(t: ScriptMessages): void {
	const data = readPageData(document.querySelector('script[data-page]')?.getAttribute('data-page'));
	if (!data) {
		console.error('This page carries no readable data for its script; answers cannot be saved.');
		return;
	}
	if (!enhanceSite(data)) return;
	const form = document.querySelector<HTMLFormElement>('form[data-statement]');
	if (form) enhanceStatement(form, data, t);
	const actions = document.querySelector<HTMLElement>('[data-home]');
	if (actions) enhanceHome(actions, data, t);
	// Tests and people's tools can tell that saved answers are shown.
	document.querySelector('main')?.setAttribute('data-ready', 'true');
}
