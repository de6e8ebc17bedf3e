import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesIn, publish, stateFile } from './publish';

const day = 24 * 60 * 60 * 1000;
let root = '';

/** Writes a build with these files (path → content) and returns its folder. */
function build(name: string, files: Record<string, string>): string {
	const dir = join(root, name);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'publish-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('publish', () => {
	it('keeps the previous build’s immutable files for open tabs, and drops its old pages', () => {
		const site = join(root, 'site');
		const one = build('one', {
			'index.html': 'v1',
			'old-page/index.html': 'gone soon',
			'_app/immutable/chunks/a1.js': 'a1',
			'_app/version.json': '1'
		});
		const two = build('two', {
			'index.html': 'v2',
			'_app/immutable/chunks/a2.js': 'a2',
			'_app/version.json': '2'
		});
		const t0 = Date.UTC(2026, 0, 1);
		publish(one, site, { now: t0 });
		const report = publish(two, site, { now: t0 + day });

		expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('v2');
		expect(report.kept).toEqual(['_app/immutable/chunks/a1.js']);
		expect(report.removed).toEqual(['old-page/index.html']);
		expect(filesIn(site).sort()).toEqual(
			[
				'_app/immutable/chunks/a1.js',
				'_app/immutable/chunks/a2.js',
				'_app/version.json',
				'index.html',
				stateFile
			].sort()
		);
	});

	it('removes an old immutable file keepDays after it was first left out, not after each publish', () => {
		const site = join(root, 'site');
		const t0 = Date.UTC(2026, 0, 1);
		publish(build('one', { 'index.html': '1', '_app/immutable/a1.js': 'a1' }), site, { now: t0 });
		publish(build('two', { 'index.html': '2', '_app/immutable/a2.js': 'a2' }), site, {
			now: t0 + day
		});
		// Later publishes do not restart a retired file's clock.
		const three = build('three', { 'index.html': '3', '_app/immutable/a3.js': 'a3' });
		expect(publish(three, site, { now: t0 + 5 * day, keepDays: 7 }).kept).toEqual([
			'_app/immutable/a1.js',
			'_app/immutable/a2.js'
		]);
		const report = publish(three, site, { now: t0 + 8 * day + 1, keepDays: 7 });
		expect(report.expired).toEqual(['_app/immutable/a1.js']);
		expect(report.kept).toEqual(['_app/immutable/a2.js']);
	});

	it('survives a damaged state file and refuses a folder with no build', () => {
		const site = join(root, 'site');
		mkdirSync(join(site, '_app/immutable'), { recursive: true });
		writeFileSync(join(site, stateFile), '{not json');
		writeFileSync(join(site, '_app/immutable/old.js'), 'x');
		const report = publish(build('one', { 'index.html': '1' }), site, { now: 1 });
		expect(report.kept).toEqual(['_app/immutable/old.js']);
		expect(() => publish(join(root, 'nothing'), site)).toThrow(/no built site/);
	});
});
