// The quiz island for en pages; src/build/island-plugin.ts builds one entry script per file here.
import { enQuiz } from '../../../i18n/en-quiz';
import { startIsland } from '../start';

startIsland(enQuiz);
