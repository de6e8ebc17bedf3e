// The quiz island for sv pages; src/build/island-plugin.ts builds one file per entry here.
import { svQuiz } from '../../../i18n/sv-quiz';
import { startIsland } from '../start';

startIsland(svQuiz);
