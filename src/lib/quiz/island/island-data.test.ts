import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishedLangs } from '../../i18n/langs';
import { islandDataJson, readIslandData, type IslandData } from './island-data';

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const text = fc.string({ maxLength: 40 });

const islandData: fc.Arbitrary<IslandData> = fc
	.record({
		lang: fc.constantFrom(...publishedLangs),
		party: text,
		title: text,
		topicIds: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
		count: fc.integer({ min: 1, max: 8 }),
		withTexts: fc.boolean(),
		history: fc.dictionary(fc.stringMatching(/^[0-9a-z]{7}$/), fc.array(id, { maxLength: 5 })),
		home: fc.constantFrom('/', '../../', '/en/')
	})
	.chain((r) =>
		fc
			.record({
				statements: fc.array(
					fc.record({
						id,
						topic: fc.constantFrom(...r.topicIds),
						position: fc.constantFrom(-2 as const, -1 as const, 1 as const, 2 as const)
					}),
					{ minLength: r.count, maxLength: r.count }
				),
				texts: fc.array(
					fc.record({
						text,
						explanation: text,
						decidedBy: text,
						terms: fc.array(fc.tuple(text, text), { maxLength: 2 })
					}),
					{ minLength: r.count, maxLength: r.count }
				),
				topicNames: fc.array(text, {
					minLength: r.topicIds.length,
					maxLength: r.topicIds.length
				}),
				index: fc.integer({ min: 0, max: r.count - 1 }),
				kind: fc.constantFrom('home' as const, 'statement' as const, 'important' as const)
			})
			.map((s): IslandData => {
				const kind = r.withTexts ? s.kind : 'home';
				return {
					lang: r.lang,
					party: r.party,
					title: r.title,
					content: {
						packId: 'p',
						version: 'v000001',
						topicIds: r.topicIds,
						statements: s.statements,
						history: r.history
					},
					topicNames: s.topicNames,
					texts: r.withTexts ? s.texts : [],
					paths: {
						home: r.home,
						result: `${r.home}resultat/`,
						method: `${r.home}sa-raknas-det/`,
						statement: `${r.home}fraga/`,
						important: `${r.home}fraga/viktigt/`,
						langHomes: { sv: '/', lattlast: '/lattlast/', en: '/en/' },
						serviceWorker: '/service-worker.js'
					},
					view: kind === 'statement' ? { kind, index: s.index } : { kind }
				};
			})
	);

describe('island data', () => {
	it('reads back what was written', () => {
		fc.assert(
			fc.property(islandData, (data) => {
				expect(readIslandData(islandDataJson(data))).toEqual(data);
			})
		);
	});

	it('can sit inside a <script> element whatever the texts hold', () => {
		fc.assert(
			fc.property(islandData, (data) => {
				expect(islandDataJson(data)).not.toContain('<');
			})
		);
	});

	it('refuses anything malformed without throwing', () => {
		const good = JSON.parse(
			islandDataJson(
				fc.sample(
					islandData.filter((d) => d.view.kind === 'statement'),
					1
				)[0]!
			)
		);
		expect(readIslandData(JSON.stringify(good))).not.toBeNull();
		const broken = [
			null,
			'',
			'{',
			'null',
			'[]',
			JSON.stringify({ ...good, lang: 'xx' }),
			JSON.stringify({ ...good, content: { ...good.content, statements: [] } }),
			JSON.stringify({ ...good, topicNames: [] }),
			JSON.stringify({ ...good, texts: good.texts.slice(1) }),
			JSON.stringify({ ...good, paths: { ...good.paths, statement: 3 } }),
			JSON.stringify({ ...good, view: { kind: 'statement', index: 999 } }),
			JSON.stringify({ ...good, view: { kind: 'elsewhere' } })
		];
		for (const text of broken) expect(readIslandData(text)).toBeNull();
		fc.assert(fc.property(fc.string(), (text) => void readIslandData(text)));
	});
});
