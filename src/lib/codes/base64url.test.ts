import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	base64urlAlphabet,
	base64urlLength,
	base64urlToBigint,
	base64urlToBytes,
	bigintToBase64url,
	bytesToBase64url,
	checksum12,
	crc12,
	isBase64url
} from './base64url';

describe('the alphabet', () => {
	it('has the 64 distinct RFC 4648 URL-safe characters in value order', () => {
		expect(base64urlAlphabet).toHaveLength(64);
		expect(new Set(base64urlAlphabet).size).toBe(64);
		expect(base64urlAlphabet.slice(0, 3)).toBe('ABC');
		expect(base64urlAlphabet.slice(-2)).toBe('-_');
		expect(isBase64url(base64urlAlphabet)).toBe(true);
	});

	it('isBase64url refuses anything else', () => {
		for (const bad of ['+', '/', '=', ' ', '.', '#', 'å', 'A B', '\n']) {
			expect(isBase64url(bad), bad).toBe(false);
		}
		expect(isBase64url('')).toBe(true);
	});
});

describe('fixed-width integers', () => {
	it('base64urlLength is the fewest characters that hold every value below the limit', () => {
		expect(base64urlLength(0n)).toBe(0);
		expect(base64urlLength(1n)).toBe(0);
		expect(base64urlLength(2n)).toBe(1);
		expect(base64urlLength(64n)).toBe(1);
		expect(base64urlLength(65n)).toBe(2);
		fc.assert(
			fc.property(fc.bigInt({ min: 2n, max: 1n << 300n }), (limit) => {
				const length = base64urlLength(limit);
				expect(64n ** BigInt(length)).toBeGreaterThanOrEqual(limit);
				expect(64n ** BigInt(length - 1)).toBeLessThan(limit);
			})
		);
	});

	it('round-trips every value at its width', () => {
		fc.assert(
			fc.property(fc.bigInt({ min: 0n, max: (1n << 300n) - 1n }), (value) => {
				const length = base64urlLength(value + 1n);
				const text = bigintToBase64url(value, length);
				expect(text).toHaveLength(length);
				expect(isBase64url(text)).toBe(true);
				expect(base64urlToBigint(text)).toBe(value);
			})
		);
	});

	it('writes most significant first and pads with A', () => {
		expect(bigintToBase64url(0n, 3)).toBe('AAA');
		expect(bigintToBase64url(64n, 3)).toBe('ABA');
		expect(bigintToBase64url(63n, 1)).toBe('_');
		expect(base64urlToBigint('')).toBe(0n);
	});

	it('refuses values that do not fit, and foreign characters', () => {
		expect(() => bigintToBase64url(64n, 1)).toThrow(RangeError);
		expect(() => bigintToBase64url(-1n, 4)).toThrow(RangeError);
		expect(() => bigintToBase64url(1n, 0)).toThrow(RangeError);
		expect(base64urlToBigint('AB=')).toBeNull();
		expect(base64urlToBigint('A+B')).toBeNull();
	});
});

describe('bytes', () => {
	it("writes what Node's Buffer writes, and reads it back", () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
				const text = bytesToBase64url(bytes);
				expect(text).toBe(Buffer.from(bytes).toString('base64url'));
				expect(base64urlToBytes(text)).toEqual(bytes);
			})
		);
	});

	it('reads only canonical text', () => {
		expect(base64urlToBytes('A')).toBeNull(); // no length leaves one spare character
		expect(base64urlToBytes('AB')).toBeNull(); // non-zero leftover bits
		expect(base64urlToBytes('AA')).toEqual(new Uint8Array([0]));
		expect(base64urlToBytes('A=A')).toBeNull();
		expect(base64urlToBytes('')).toEqual(new Uint8Array());
	});
});

describe('the 12-bit checksum', () => {
	it('is CRC-12/DECT: check value 0xF5B for "123456789"', () => {
		expect(crc12('123456789')).toBe(0xf5b);
		expect(crc12('')).toBe(0);
	});

	it('is two base64url characters for any text', () => {
		expect(checksum12('123456789')).toBe(bigintToBase64url(0xf5bn, 2));
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => {
				const check = checksum12(text);
				expect(check).toMatch(/^[A-Za-z0-9_-]{2}$/);
				expect(crc12(text)).toBeLessThan(4096);
			})
		);
	});

	it('catches every change of a single character of a code', () => {
		const alphabet = [...base64urlAlphabet];
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 80 }),
				fc.nat(),
				fc.constantFrom(...alphabet),
				(text, at, char) => {
					const i = at % text.length;
					fc.pre(text[i] !== char);
					const changed = text.slice(0, i) + char + text.slice(i + 1);
					expect(crc12(changed)).not.toBe(crc12(text));
				}
			),
			{ numRuns: 2000 }
		);
	});
});
