// The page script for sv pages; src/build/enhance-plugin.ts builds one file per entry here.
import { sv } from '../../i18n/sv';
import { enhance } from '../index';

enhance(sv);
