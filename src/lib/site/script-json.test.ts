import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScriptJson, scriptJson } from './script-json';

describe('JSON inside a script element', () => {
	it('reads back as plain JSON does and never holds a "<"', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const text = scriptJson(value);
				expect(text).not.toContain('<');
				// As plain JSON reads it back (which turns -0 into 0).
				expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
			})
		);
	});

	it('cannot close its element or open a comment', () => {
		const text = scriptJson({ quote: '</script><script>alert(1)</script><!--' });
		expect(text).not.toMatch(/<\/script|<!--/i);
		expect(JSON.parse(text).quote).toBe('</script><script>alert(1)</script><!--');
	});
});

describe('reading JSON from a script element', () => {
	it('gives back the object scriptJson wrote', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
				expect(readScriptJson(scriptJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
			})
		);
	});

	it('refuses a missing text, broken JSON and anything but an object, without throwing', () => {
		for (const text of [null, undefined, '', '{', 'nope', '[]', '[{}]', '42', '"x"', 'null']) {
			expect(readScriptJson(text)).toBeNull();
		}
		fc.assert(fc.property(fc.string(), (text) => void readScriptJson(text)));
	});
});
