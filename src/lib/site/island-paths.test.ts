import { afterEach, describe, expect, it } from 'vitest';
import { resolve, setIslandRoot } from './island-paths';

describe('links in the islands', () => {
	afterEach(() => setIslandRoot(''));

	it('are written as SvelteKit wrote them at build: relative to the page', () => {
		setIslandRoot('..');
		expect(resolve('/fraga/1/')).toBe('../fraga/1/');
		setIslandRoot('../..');
		expect(resolve('/en/sa-raknas-det/')).toBe('../../en/sa-raknas-det/');
		setIslandRoot('.');
		expect(resolve('/resultat/')).toBe('./resultat/');
	});
});
