/**
 * What every page without SvelteKit in the browser needs: the service worker (offline use and
 * the notice of a new version), remembering the chosen language, and the default-language first
 * page opening in the language chosen earlier on this device.
 */
import { asLang, defaultLang, langPrefix, rememberedLang, rememberLang } from '../i18n/langs';
import { registerServiceWorker, watchUpdates } from '../site/updates';
import type { PageData } from './page-data';

/** Whether the page was opened from another page of this site. */
function cameFromSite(): boolean {
	try {
		return document.referrer !== '' && new URL(document.referrer).origin === location.origin;
	} catch {
		return false;
	}
}

/** Returns false when the page is being replaced by the same page in another language. */
export function enhanceSite(data: PageData): boolean {
	// Only for someone arriving from elsewhere: a link inside the site to the Swedish first page
	// (from a Swedish page opened through a shared link, say) is followed as it is.
	const remembered = rememberedLang();
	if (
		data.lang === defaultLang &&
		location.pathname === '/' &&
		!cameFromSite() &&
		remembered &&
		remembered !== data.lang
	) {
		location.replace(`${langPrefix[remembered]}/`);
		return false;
	}

	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-lang]');
		const lang = asLang(link?.dataset.lang);
		if (lang) rememberLang(lang);
	});

	registerServiceWorker(data.serviceWorker);
	const ready = document.querySelector<HTMLElement>('[data-update-ready]');
	const offline = document.querySelector<HTMLElement>('[data-update-offline]');
	if (ready && offline) {
		const watch = watchUpdates({
			offline: (value) => (offline.hidden = !value || !ready.hidden),
			waiting: () => {
				ready.hidden = false;
				offline.hidden = true;
			}
		});
		ready.querySelector('button')?.addEventListener('click', () => watch.update());
	}
	return true;
}
