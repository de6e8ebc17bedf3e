// The page script for en pages; src/build/enhance-plugin.ts builds one file per entry here.
import { enScript } from '../../i18n/en-script';
import { enhance } from '../index';

enhance(enScript);
