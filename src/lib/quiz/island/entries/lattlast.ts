// The quiz island for lattlast pages; src/build/island-plugin.ts builds one file per entry here.
import { lattlast } from '../../../i18n/lattlast';
import { startIsland } from '../start';

startIsland(lattlast);
