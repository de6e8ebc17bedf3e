// The shared-result page's island for lattlast pages; src/build/island-plugin.ts builds one entry script per file here.
import { lattlastResult } from '../../i18n/lattlast-result';
import SharedIsland from '../SharedIsland.svelte';
import { startResultIsland } from '../start';

startResultIsland(lattlastResult, 'shared', SharedIsland);
