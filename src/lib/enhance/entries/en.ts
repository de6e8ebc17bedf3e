// The page script for en pages; src/build/enhance-plugin.ts builds one file per entry here.
import { en } from '../../i18n/en';
import { enhance } from '../index';

enhance(en);
