import { error } from '@sveltejs/kit';
import type { PageLoad } from './$types';

// Statements need no client router: each is a prerendered page with the quiz island
// (src/lib/quiz/island), which moves between statements on its own.
export const csr = false;

/** The statement's place in the quiz (1-based in the URL); any other path is a 404. */
export const load: PageLoad = async ({ params, parent }) => {
	const { pack } = await parent();
	const count = pack.topics.reduce((sum, topic) => sum + topic.statements.length, 0);
	const nr = /^[1-9][0-9]*$/.test(params.nr) ? Number(params.nr) : NaN;
	if (!(nr >= 1 && nr <= count)) error(404, 'No such statement');
	return { index: nr - 1, chrome: 'island' as const };
};
