// The page script for sv pages; src/build/enhance-plugin.ts builds one file per entry here.
import { svScript } from '../../i18n/sv-script';
import { enhance } from '../index';

enhance(svScript);
