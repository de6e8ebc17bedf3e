import type { Handle } from '@sveltejs/kit';
import { langOf } from '$lib/i18n';

/** Writes each prerendered page's language into <html lang>, so there is no flash or guess. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOf(event.url.pathname.split('/')[1]);
	const htmlLang = lang === 'en' ? 'en' : 'sv';
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', htmlLang)
	});
};
