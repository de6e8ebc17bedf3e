// The quiz island for lattlast pages; src/build/island-plugin.ts builds one entry script per file here.
import { lattlastQuiz } from '../../../i18n/lattlast-quiz';
import { startIsland } from '../start';

startIsland(lattlastQuiz);
