// The result island for en pages; src/build/island-plugin.ts builds one entry script per file here.
import { en } from '../../i18n/en';
import { startResultIsland } from '../start';

startResultIsland(en);
