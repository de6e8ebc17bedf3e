import { describe, expect, it } from 'vitest';
import { langOf, langPrefix, publishedLangs, swapLangPrefix } from './index';

describe('language paths', () => {
	it('swaps the prefix of any path, keeping the rest', () => {
		for (const lang of publishedLangs) {
			for (const from of publishedLangs) {
				const path = `${langPrefix[from]}/fraga/3/`;
				expect(swapLangPrefix(path, lang)).toBe(`${langPrefix[lang]}/fraga/3/`);
				expect(swapLangPrefix(langPrefix[from] + '/', lang)).toBe(`${langPrefix[lang]}/`);
			}
		}
	});

	it('reads the language from the first path segment, defaulting to Swedish', () => {
		expect(langOf(undefined)).toBe('sv');
		expect(langOf('fraga')).toBe('sv');
		for (const lang of publishedLangs)
			expect(langOf(langPrefix[lang].slice(1) || undefined)).toBe(lang);
	});
});
