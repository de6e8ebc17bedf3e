// The result page's island for sv pages; src/build/island-plugin.ts builds one entry script per file here.
import { svResult } from '../../i18n/sv-result';
import ResultIsland from '../ResultIsland.svelte';
import { startResultIsland } from '../start';

startResultIsland(svResult, 'result', ResultIsland);
