import { loadMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// Fetches only this page's language before it renders (on the build machine and in the browser).
export const load: LayoutLoad = async ({ data }) => {
	await loadMessages(data.lang);
	return data;
};
