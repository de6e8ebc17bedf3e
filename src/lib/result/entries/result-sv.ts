// The result page's island for sv pages; src/build/island-plugin.ts builds one entry script per file here.
import { sv } from '../../i18n/sv';
import ResultIsland from '../ResultIsland.svelte';
import { startResultIsland } from '../start';

startResultIsland(sv, 'result', ResultIsland);
