// The quiz island for lattlast pages; src/build/island-plugin.ts builds one file per entry here.
import { lattlastQuiz } from '../../../i18n/lattlast-quiz';
import { startIsland } from '../start';

startIsland(lattlastQuiz);
