// The result page's island for en pages; src/build/island-plugin.ts builds one entry script per file here.
import { en } from '../../i18n/en';
import ResultIsland from '../ResultIsland.svelte';
import { startResultIsland } from '../start';

startResultIsland(en, 'result', ResultIsland);
