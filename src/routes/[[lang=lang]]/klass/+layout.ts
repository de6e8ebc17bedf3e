import { loadClassroomMessages } from '$lib/i18n/classroom';
import type { LayoutLoad } from './$types';

// The classroom texts are a chunk of their own, fetched only for these pages.
export const load: LayoutLoad = async ({ parent }) => {
	const { lang } = await parent();
	await loadClassroomMessages(lang);
};
