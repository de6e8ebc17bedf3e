import { describe, expect, it } from 'vitest';
import { buildSiteAddress, parseSiteAddress } from './address';

describe('parseSiteAddress', () => {
	it('accepts an origin, with or without a trailing slash', () => {
		expect(parseSiteAddress('https://example.org/')).toEqual({
			ok: true,
			origin: 'https://example.org',
			host: 'example.org'
		});
		expect(parseSiteAddress(' http://localhost:4173 ')).toMatchObject({
			ok: true,
			host: 'localhost:4173'
		});
	});

	it('refuses empty, relative, non-web and path addresses', () => {
		for (const value of [
			'',
			'   ',
			undefined,
			null,
			'/og.png',
			'example.org',
			'ftp://example.org'
		]) {
			expect(parseSiteAddress(value).ok, String(value)).toBe(false);
		}
		expect(parseSiteAddress('https://example.org/valkompass').ok).toBe(false);
		expect(parseSiteAddress('https://example.org/?a=1').ok).toBe(false);
	});
});

describe('buildSiteAddress', () => {
	it('prefers SITE_URL from the environment over the configured address', () => {
		expect(buildSiteAddress('https://a.example', 'https://b.example/')).toBe('https://b.example');
		expect(buildSiteAddress('https://a.example', undefined)).toBe('https://a.example');
		expect(buildSiteAddress('https://a.example', '')).toBe('https://a.example');
	});

	it('stops the build with a message naming the file and the variable when none is set', () => {
		expect(() => buildSiteAddress('', undefined)).toThrow(/site\.config\.js.*SITE_URL/s);
		expect(() => buildSiteAddress('', 'not a url')).toThrow(/not an absolute address/);
	});
});
