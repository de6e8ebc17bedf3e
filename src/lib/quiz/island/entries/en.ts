// The quiz island for en pages; src/build/island-plugin.ts builds one file per entry here.
import { en } from '../../../i18n/en';
import { startIsland } from '../start';

startIsland(en);
