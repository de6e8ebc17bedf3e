import { describe, expect, it } from 'vitest';
import { isLongWord, lix, sentenceCount, words } from './lix';

describe('LIX', () => {
	it('counts words, with hyphenated words as one', () => {
		expect(words('El- och biodrivmedel, t.ex. miljö-vänliga bussar!')).toEqual([
			'El',
			'och',
			'biodrivmedel',
			't',
			'ex',
			'miljö-vänliga',
			'bussar'
		]);
	});

	it('calls a word long when it has more than six letters', () => {
		expect(isLongWord('sexbok')).toBe(false); // 6 letters
		expect(isLongWord('sjubokst')).toBe(true); // 8 letters
		expect(isLongWord('länets')).toBe(false); // å, ä, ö are letters
		expect(isLongWord('miljö-bil')).toBe(true); // 8 letters, hyphen not counted
	});

	it('counts sentences', () => {
		expect(sentenceCount('En mening.')).toBe(1);
		expect(sentenceCount('En mening. En till! Och en tredje?')).toBe(3);
		expect(sentenceCount('Utan punkt')).toBe(1);
	});

	// Hand-computed: 8 words, 1 sentence; long: kollektivtrafiken (17), avgiftsfri (10) = 2.
	// LIX = 8/1 + 100 * 2/8 = 8 + 25 = 33
	it('matches a hand-computed statement', () => {
		expect(lix('Kollektivtrafiken i länet ska på sikt bli avgiftsfri.')).toBeCloseTo(33, 5);
	});

	// Hand-computed: 10 words, 2 sentences; long: biblioteket (11), söndagar (8) = 2; gäller has 6.
	// LIX = 10/2 + 100 * 2/10 = 5 + 20 = 25
	it('matches a hand-computed two-sentence text', () => {
		expect(lix('Biblioteket ska ha öppet. Det gäller även på alla söndagar.')).toBeCloseTo(25, 5);
	});

	// Hand-computed: 5 words, 1 sentence, no long words: LIX = 5 + 0 = 5.
	it('matches a text with no long words', () => {
		expect(lix('Det ska gå en buss.')).toBeCloseTo(5, 5);
	});

	it('is 0 for a text without words', () => {
		expect(lix('')).toBe(0);
		expect(lix(' – ')).toBe(0);
	});
});
