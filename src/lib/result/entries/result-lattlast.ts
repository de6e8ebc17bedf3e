// The result page's island for lattlast pages; src/build/island-plugin.ts builds one entry script per file here.
import { lattlast } from '../../i18n/lattlast';
import ResultIsland from '../ResultIsland.svelte';
import { startResultIsland } from '../start';

startResultIsland(lattlast, 'result', ResultIsland);
