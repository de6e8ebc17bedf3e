import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	apacheConfig,
	headerPolicy,
	headersFile,
	immutableCache,
	nginxConfig,
	previewHeaders,
	securityHeaders
} from './headers';

const names = securityHeaders.map((h) => h.name);

describe('host headers', () => {
	it('refuse framing and carry the headers a page cannot set itself', () => {
		expect(headerPolicy).toContain("frame-ancestors 'none'");
		expect(headerPolicy).toContain("base-uri 'none'");
		expect(headerPolicy).not.toMatch(/default-src/);
		expect(names).toEqual(
			expect.arrayContaining([
				'Content-Security-Policy',
				'X-Content-Type-Options',
				'Referrer-Policy',
				'Permissions-Policy'
			])
		);
		// Sharing uses the Web Share API and the clipboard: the policy must not switch them off.
		const permissions = securityHeaders.find((h) => h.name === 'Permissions-Policy')!.value;
		expect(permissions).not.toMatch(/web-share|clipboard/);
	});

	it('writes every header for every path in _headers, and caching only where one rule matches', () => {
		const file = headersFile();
		const rules = file
			.split('\n')
			.filter((line) => line.startsWith('/'))
			.map((line) => line.trim());
		expect(rules).toEqual(['/*', '/_app/immutable/*', '/service-worker.js', '/_app/version.json']);
		for (const { name, value } of securityHeaders) expect(file).toContain(`  ${name}: ${value}\n`);
		expect(file).toContain(`/_app/immutable/*\n  Cache-Control: ${immutableCache.value}\n`);
		// Two rules setting Cache-Control on one path would be joined by the host into nonsense.
		const wildcard = file.split(/\n(?=\/)/)[1]!;
		expect(wildcard.startsWith('/*')).toBe(true);
		expect(wildcard).not.toContain('Cache-Control');
	});

	it('gives the same headers to nginx and Apache as to _headers and vite preview', () => {
		for (const { name, value } of securityHeaders) {
			expect(nginxConfig()).toContain(`add_header ${name} "${value}" always;`);
			expect(apacheConfig()).toContain(`Header always set ${name} "${value}"`);
			expect(previewHeaders()[name]).toBe(value);
		}
		// nginx drops the server's add_header lines inside a location that has its own: repeated.
		const location = nginxConfig().split('location /_app/immutable/ {')[1]!;
		for (const name of names) expect(location).toContain(`add_header ${name} `);
	});

	it('is what the README tells hosts to send', () => {
		const readme = readFileSync('README.md', 'utf8');
		expect(readme).toContain(nginxConfig());
		expect(readme).toContain(apacheConfig());
	});
});
