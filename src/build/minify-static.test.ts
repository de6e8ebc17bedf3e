import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyScript, staticScripts } from './minify-static';

describe('static scripts', () => {
	it('are minified to a smaller script that keeps what it listens for', () => {
		for (const name of staticScripts) {
			const source = readFileSync(`static/${name}`, 'utf8');
			const code = minifyScript(name, source);
			expect(code.length).toBeLessThan(source.length * 0.6);
			expect(code).not.toMatch(/\/\/ /);
			// Still a classic script that parses.
			expect(() => new Function(code)).not.toThrow();
		}
		const stale = minifyScript('stale.js', readFileSync('static/stale.js', 'utf8'));
		for (const kept of ['[data-stale]', 'unhandledrejection', 'vite:preloadError', 'error'])
			expect(stale).toContain(kept);
	});

	it('refuses a script that does not parse, naming the file', () => {
		expect(() => minifyScript('broken.js', 'function (')).toThrow(/broken\.js/);
	});
});
