import type { PageLoad } from './$types';

// The projector is a stage that fills the window: the site's header and footer stay off it.
export const load: PageLoad = () => ({ chrome: 'stage' as const });
