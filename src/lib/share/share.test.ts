import { describe, expect, it } from 'vitest';
import { codeLink } from './share';

describe('code links', () => {
	it('are absolute, with the code in the fragment, from a path relative to the page', () => {
		const here = 'https://example.org/en/resultat/';
		expect(codeLink(here, '../../en/delat/', 'R1abc')).toBe('https://example.org/en/delat/#R1abc');
		expect(codeLink(here, '/las-in/', 'A2x')).toBe('https://example.org/las-in/#A2x');
		expect(codeLink('https://example.org/resultat/', '../delat/', 'R1')).toBe(
			'https://example.org/delat/#R1'
		);
	});

	it('keep the path as it is before the page is known', () => {
		expect(codeLink('', '../delat/', 'R1')).toBe('../delat/#R1');
	});
});
