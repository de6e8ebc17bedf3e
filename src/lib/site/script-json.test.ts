import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptJson } from './script-json';

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
