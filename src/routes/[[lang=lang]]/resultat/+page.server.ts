import { localizeNextSteps, siteNextSteps } from '$lib/server/content/next-steps';
import type { PageServerLoad } from './$types';

// At build time: the closing "what next" texts in this page's language.
export const load: PageServerLoad = async ({ parent }) => {
	const { lang } = await parent();
	const steps = siteNextSteps();
	return { nextSteps: steps ? localizeNextSteps(steps, lang) : null };
};
