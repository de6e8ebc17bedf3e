// The quiz island for sv pages; src/build/island-plugin.ts builds one entry script per file here.
import { svQuiz } from '../../../i18n/sv-quiz';
import { startIsland } from '../start';

startIsland(svQuiz);
