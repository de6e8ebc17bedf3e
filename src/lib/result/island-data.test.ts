import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localize } from '../content/localize';
import { publishedLangs } from '../i18n/langs';
import { readPackFiles } from '../server/content/fs';
import { loadPack } from '../server/content/load';
import { localizeNextSteps, siteNextSteps } from '../server/content/next-steps';
import { readResultIslandData, resultIslandJson, type ResultIslandData } from './island-data';

const pack = loadPack(readPackFiles('questions/vasternorrland'), 'questions/vasternorrland');
const steps = siteNextSteps();

function dataFor(
	lang: (typeof publishedLangs)[number],
	page: 'result' | 'shared'
): ResultIslandData {
	return {
		lang,
		page,
		pack: localize(pack, lang),
		nextSteps: steps && page === 'result' ? localizeNextSteps(steps, lang) : null,
		path: lang === 'sv' ? `/${page === 'result' ? 'resultat' : 'delat'}/` : `/${lang}/delat/`,
		root: lang === 'sv' ? '..' : '../..',
		serviceWorker: '../service-worker.js'
	};
}

describe('the result island data', () => {
	it('reads back what the page wrote, for every language and both pages', () => {
		for (const lang of publishedLangs) {
			for (const page of ['result', 'shared'] as const) {
				const data = dataFor(lang, page);
				expect(readResultIslandData(resultIslandJson(data))).toEqual(data);
			}
		}
	});

	it('is safe inside a script element whatever the texts hold', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (title, root) => {
				const data = {
					...dataFor('sv', 'result'),
					root,
					pack: { ...dataFor('sv', 'result').pack, title }
				};
				const json = resultIslandJson(data);
				expect(json).not.toContain('<');
				expect(readResultIslandData(json)).toEqual(data);
			})
		);
	});

	it('refuses missing, broken or mistyped data with null, never an exception', () => {
		const good = JSON.parse(resultIslandJson(dataFor('en', 'shared')));
		for (const text of [null, undefined, '', 'not json', '[]', '42', '{}']) {
			expect(readResultIslandData(text)).toBeNull();
		}
		const broken: Record<string, unknown>[] = [
			{ ...good, lang: 'de' },
			{ ...good, page: 'class' },
			{ ...good, pack: null },
			{ ...good, pack: { ...good.pack, topics: 'none' } },
			{ ...good, pack: { ...good.pack, topics: [{ id: 'x' }] } },
			{ ...good, pack: { ...good.pack, version: 3 } },
			{ ...good, pack: { ...good.pack, history: [] } },
			{ ...good, nextSteps: 'x' },
			{ ...good, path: 1 },
			{ ...good, root: undefined },
			{ ...good, serviceWorker: null }
		];
		for (const raw of broken) expect(readResultIslandData(JSON.stringify(raw))).toBeNull();
		fc.assert(
			fc.property(fc.json(), (text) => {
				expect(() => readResultIslandData(text)).not.toThrow();
			})
		);
	});
});
