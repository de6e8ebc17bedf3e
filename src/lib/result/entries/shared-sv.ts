// The shared-result page's island for sv pages; src/build/island-plugin.ts builds one entry script per file here.
import { svResult } from '../../i18n/sv-result';
import SharedIsland from '../SharedIsland.svelte';
import { startResultIsland } from '../start';

startResultIsland(svResult, 'shared', SharedIsland);
