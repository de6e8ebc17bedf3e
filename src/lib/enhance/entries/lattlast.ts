// The page script for lattlast pages; src/build/enhance-plugin.ts builds one file per entry here.
import { lattlastScript } from '../../i18n/lattlast-script';
import { enhance } from '../index';

enhance(lattlastScript);
