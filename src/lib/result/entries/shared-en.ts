// The shared-result page's island for en pages; src/build/island-plugin.ts builds one entry script per file here.
import { enResult } from '../../i18n/en-result';
import SharedIsland from '../SharedIsland.svelte';
import { startResultIsland } from '../start';

startResultIsland(enResult, 'shared', SharedIsland);
