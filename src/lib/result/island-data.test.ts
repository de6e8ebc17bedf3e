import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localize, resultPackOf, sharedPackOf } from '../content/localize';
import { publishedLangs } from '../i18n/langs';
import { readPackFiles } from '../server/content/fs';
import { loadPack } from '../server/content/load';
import { localizeNextSteps, siteNextSteps } from '../server/content/next-steps';
import { quizContentOf } from '../quiz/quiz.svelte';
import { readResultIslandData, resultIslandJson, type ResultIslandData } from './island-data';

const pack = loadPack(readPackFiles('questions/vasternorrland'), 'questions/vasternorrland');
const steps = siteNextSteps();

function dataFor(
	lang: (typeof publishedLangs)[number],
	page: 'result' | 'shared'
): ResultIslandData {
	const local = localize(pack, lang);
	const base = {
		lang,
		path: lang === 'sv' ? `/${page === 'result' ? 'resultat' : 'delat'}/` : `/${lang}/delat/`,
		root: lang === 'sv' ? '..' : '../..',
		serviceWorker: '../service-worker.js'
	};
	return page === 'shared'
		? { ...base, page, pack: sharedPackOf(local), nextSteps: null }
		: {
				...base,
				page,
				pack: resultPackOf(local),
				nextSteps: steps ? localizeNextSteps(steps, lang) : null
			};
}

/** The result page's data, for changing one part of it. */
const resultData = () => dataFor('sv', 'result') as Extract<ResultIslandData, { page: 'result' }>;

describe('the result pages’ pack', () => {
	it('leaves out only what the result pages do not show', () => {
		for (const lang of publishedLangs) {
			const local = localize(pack, lang);
			const trimmed = resultPackOf(local);
			expect(trimmed).not.toHaveProperty('glossary');
			expect(quizContentOf(trimmed)).toEqual(quizContentOf(local));
			const statements = local.topics.flatMap((topic) => topic.statements);
			const kept = trimmed.topics.flatMap((topic) => topic.statements);
			expect(kept).toEqual(
				statements.map(({ id, topic, text, position, section, quote, explanation }) => ({
					id,
					topic,
					text,
					position,
					section,
					quote,
					explanation
				}))
			);
			expect(trimmed.topics.map(({ id, name }) => [id, name])).toEqual(
				local.topics.map(({ id, name }) => [id, name])
			);
			expect({ ...trimmed, topics: [] }).toEqual({ ...local, glossary: undefined, topics: [] });
			// What the page carries shrinks by a fifth or more; the shared page's by more than half.
			expect(JSON.stringify(trimmed).length).toBeLessThan(0.8 * JSON.stringify(local).length);
			const shared = sharedPackOf(local);
			expect(quizContentOf(shared)).toEqual(quizContentOf(local));
			expect(shared.topics.flatMap((topic) => topic.statements)).toEqual(
				statements.map(({ id, topic, position }) => ({ id, topic, position }))
			);
			expect(JSON.stringify(shared).length).toBeLessThan(0.5 * JSON.stringify(local).length);
		}
	});
});

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
				const data = { ...resultData(), root, pack: { ...resultData().pack, title } };
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
			// The shared page's pack has no statement texts: it cannot be the result page's.
			{ ...good, page: 'result' },
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
