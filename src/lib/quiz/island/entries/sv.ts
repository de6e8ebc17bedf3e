// The quiz island for sv pages; src/build/island-plugin.ts builds one file per entry here.
import { sv } from '../../../i18n/sv';
import { startIsland } from '../start';

startIsland(sv);
