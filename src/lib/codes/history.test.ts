import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlAlphabet } from './base64url';
import { codeIn } from './history';
import { decodeResultCode, encodeResultCode } from './result-code';

describe('codeIn', () => {
	it('takes the code out of a link, a fragment or a padded text', () => {
		expect(codeIn('  https://example.org/las-in/#A1abc \n')).toBe('A1abc');
		expect(codeIn('#R1xyz')).toBe('R1xyz');
		expect(codeIn('A1abc')).toBe('A1abc');
	});

	it('reads a percent-encoded fragment, as some mail programs write links', () => {
		const encoded = (text: string) =>
			[...text].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
		expect(codeIn(`#${encoded('R1abc-_')}`)).toBe('R1abc-_');
		expect(codeIn('#A1abc%20')).toBe('A1abc');
		expect(codeIn('https://example.org/las-in/%23A1abc')).toBe('A1abc');
		// A stray '%' is no escape: the text is read as it is (and refused later as no code).
		expect(codeIn('#A1a%bc')).toBe('A1a%bc');
		expect(codeIn('#%E0%A4%A')).toBe('%E0%A4%A');
	});

	it('leaves every plain code as it is', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom(...base64urlAlphabet), minLength: 1 }),
				(code) => {
					expect(codeIn(`#${code}`)).toBe(code);
				}
			)
		);
	});

	it('lets a result link written with percent-escapes decode like the plain one', () => {
		const layout = { topics: [{ id: 't', statements: ['a', 'b'] }] };
		const code = encodeResultCode(
			{ overallPercent: 75, topics: [{ topic: 't', percent: 75, answered: 2, total: 2 }] },
			'v000001',
			layout
		);
		const escaped = [...code].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
		const history = { v000001: layout };
		expect(decodeResultCode(`#${escaped}`, 'v000001', history)).toEqual(
			decodeResultCode(code, 'v000001', history)
		);
		expect(decodeResultCode(`#${escaped}`, 'v000001', history).ok).toBe(true);
	});
});
