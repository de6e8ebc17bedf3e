// The result island for sv pages; src/build/island-plugin.ts builds one entry script per file here.
import { sv } from '../../i18n/sv';
import { startResultIsland } from '../start';

startResultIsland(sv);
