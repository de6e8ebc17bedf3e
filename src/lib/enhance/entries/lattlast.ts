// The page script for lattlast pages; src/build/enhance-plugin.ts builds one file per entry here.
import { lattlast } from '../../i18n/lattlast';
import { enhance } from '../index';

enhance(lattlast);
