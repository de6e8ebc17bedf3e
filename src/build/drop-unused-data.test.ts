import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startsClient, unusedDataFiles } from './drop-unused-data';

const withClient = `<script>{ __sveltekit_1g8fy1 = { base: "" }; Promise.all([import("./_app/entry/start.js")]).then(([kit]) => { kit.start(app, element); }); }</script>`;
const withoutClient = `<main data-home></main><script type="module" src="/_app/immutable/enhance/sv.js"></script>`;

describe('unused data files', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'data-files-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('tells a page that starts SvelteKit from one that does not', () => {
		expect(startsClient(withClient)).toBe(true);
		expect(startsClient(withoutClient)).toBe(false);
	});

	it('finds the data files of pages without the client, and only those', () => {
		const page = (folder: string, html: string | null) => {
			mkdirSync(path.join(dir, folder), { recursive: true });
			if (html !== null) writeFileSync(path.join(dir, folder, 'index.html'), html);
			writeFileSync(path.join(dir, folder, '__data.json'), '{}');
		};
		page('.', withoutClient);
		page('fraga/1', withoutClient);
		page('en/fraga/2', withoutClient);
		page('resultat', withClient);
		page('orphan', null);
		expect(
			unusedDataFiles(dir)
				.map((file) => path.relative(dir, file))
				.sort()
		).toEqual(['__data.json', 'en/fraga/2/__data.json', 'fraga/1/__data.json']);
	});
});
