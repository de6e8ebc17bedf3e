// The result island for lattlast pages; src/build/island-plugin.ts builds one entry script per file here.
import { lattlast } from '../../i18n/lattlast';
import { startResultIsland } from '../start';

startResultIsland(lattlast);
