import { langOf } from '$lib/i18n';
import { localize } from '$lib/content/localize';
import { sitePack } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

// Runs at build time only: content is validated here and pages get one language's texts.
export const load: LayoutServerLoad = ({ params }) => {
	const lang = langOf(params.lang);
	return { lang, pack: localize(sitePack(), lang) };
};
