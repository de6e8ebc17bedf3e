import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishedLangs } from '../i18n/langs';
import { pageDataAttribute, readPageData, type PageData } from './page-data';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const pageData: fc.Arbitrary<PageData> = fc
	.record({
		lang: fc.constantFrom(...publishedLangs),
		packId: id,
		version: fc.stringMatching(/^[0-9a-z]{7}$/),
		ids: fc.array(id, { minLength: 1, maxLength: 40 }),
		past: fc.dictionary(fc.stringMatching(/^[0-9a-z]{7}$/), fc.array(id, { maxLength: 40 })),
		statementBase: fc.constantFrom('/fraga/', '/en/fraga/', '../../fraga/'),
		serviceWorker: fc.constantFrom('/service-worker.js', '../service-worker.js')
	})
	.map(({ past, ...rest }) => ({ ...rest, history: { ...past, [rest.version]: rest.ids } }));

describe('page data', () => {
	it('reads back what was written', () => {
		fc.assert(
			fc.property(pageData, (data) => {
				expect(readPageData(pageDataAttribute(data))).toEqual(data);
			})
		);
	});

	it('leaves the current version out of the written history: the ids are there already', () => {
		const data: PageData = {
			lang: 'sv',
			packId: 'p',
			version: 'v000002',
			ids: ['a', 'b'],
			history: { v000001: ['a'], v000002: ['a', 'b'] },
			statementBase: '/fraga/',
			serviceWorker: '/service-worker.js'
		};
		expect(JSON.parse(pageDataAttribute(data)).history).toEqual({ v000001: ['a'] });
	});

	it('refuses anything malformed without throwing', () => {
		const good = JSON.parse(
			pageDataAttribute({
				lang: 'en',
				packId: 'p',
				version: 'v',
				ids: ['a'],
				history: {},
				statementBase: '/en/fraga/',
				serviceWorker: '/service-worker.js'
			})
		);
		expect(readPageData(JSON.stringify(good))).not.toBeNull();
		const broken = [
			null,
			'',
			'{',
			'null',
			'[]',
			JSON.stringify({ ...good, lang: 'xx' }),
			JSON.stringify({ ...good, ids: [] }),
			JSON.stringify({ ...good, ids: ['a', 1] }),
			JSON.stringify({ ...good, history: { old: 'a' } }),
			JSON.stringify({ ...good, statementBase: 3 })
		];
		for (const text of broken) expect(readPageData(text)).toBeNull();
		fc.assert(fc.property(fc.string(), (text) => void readPageData(text)));
	});
});
