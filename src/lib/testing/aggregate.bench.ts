import { bench, describe } from 'vitest';
import { readPackFiles } from '../server/content/fs';
import { loadPack } from '../server/content/load';
import { benchInput, readClass } from './classroom-bench';

// Run with `npx vitest bench src/lib/classroom --run`: the class view must read and sum up
// 1,000 codes in well under 100 ms. Each iteration is one full parse + aggregate of a chat log
// with 1,000 codes in the site's content (the log is made once, outside the timing).
const pack = loadPack(readPackFiles('questions/vasternorrland'), 'questions/vasternorrland');
const input = benchInput(1000, pack);

describe('class view, 1,000 answer codes in a chat log', () => {
	bench('parse + aggregate', () => {
		readClass(input);
	});
});
