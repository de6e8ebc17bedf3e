import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { statementsOf } from '../../content/types';
import { readPackFiles } from './fs';
import { ContentError, loadPack, type PackFiles } from './load';

const fixtureDir = fileURLToPath(new URL('./fixtures/testpack', import.meta.url));
const fixture = readPackFiles(fixtureDir);
const DIR = 'fixtures/testpack';

/** The fixture with one file's text changed by `edit`. */
function withEdit(path: string, edit: (text: string) => string): PackFiles {
	const text = fixture[path];
	if (text === undefined) throw new Error(`no fixture file ${path}`);
	const edited = edit(text);
	if (edited === text) throw new Error(`edit changed nothing in ${path}`);
	return { ...fixture, [path]: edited };
}

/** The ContentError that loading `files` throws. */
function errorOf(files: PackFiles): ContentError {
	try {
		loadPack(files, DIR);
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error('expected the pack to be refused');
}

describe('a second program (fixture) loads with the same code', () => {
	const pack = loadPack(fixture, DIR);

	it('reads the program, its topics in file order and statements in order', () => {
		expect(pack.party).toBe('Testpartiet Exempelby');
		expect(pack.topics.map((t) => t.id)).toEqual(['trafik', 'kultur']);
		expect(statementsOf(pack).map((s) => s.id)).toEqual([
			'buss-varje-kvart',
			'mer-biltrafik-i-centrum',
			'cykelbanor',
			'bibliotek-sondag',
			'behall-konsthallen'
		]);
		expect(statementsOf(pack)[4]!.terms).toEqual(['konsthall']);
		expect(statementsOf(pack)[0]!.terms).toEqual([]);
		expect(pack.version).toMatch(/^[0-9a-z]{7}$/);
	});

	it('matches a quote across a line break and a line-end hyphen', () => {
		expect(statementsOf(pack).find((s) => s.id === 'behall-konsthallen')!.quote).toContain(
			'konsthallen för att'
		);
		expect(statementsOf(pack).find((s) => s.id === 'cykelbanor')).toBeDefined();
	});
});

describe('who decides, rationale and fingerprints', () => {
	it('reads decides as a list, from one value or several', () => {
		const pack = loadPack(fixture, DIR);
		expect(statementsOf(pack)[0]!.decides).toEqual(['region']);
		const listed = loadPack(
			withEdit('topics/01-trafik.yaml', (text) =>
				text.replace('decides: region', 'decides: [municipality, region]')
			),
			DIR
		);
		expect(statementsOf(listed)[0]!.decides).toEqual(['municipality', 'region']);
	});

	it('refuses an unknown decider, naming the file, the statement and the field', () => {
		const error = errorOf(
			withEdit('topics/01-trafik.yaml', (text) =>
				text.replace('decides: region', 'decides: county')
			)
		);
		expect(error.message).toContain('topics/01-trafik.yaml');
		expect(error.message).toContain('statement "buss-varje-kvart"');
		expect(error.message).toContain('field decides');
	});

	it('refuses a statement without a rationale, naming the field', () => {
		const error = errorOf(
			withEdit('topics/01-trafik.yaml', (text) =>
				text.replace(/\n {4}rationale:\n(?: {6}.*\n){3}/, '\n')
			)
		);
		expect(error.message).toContain('statement "buss-varje-kvart"');
		expect(error.message).toContain('field rationale');
	});

	it('records a fingerprint of every statement in the current version', () => {
		const pack = loadPack(fixture, DIR);
		const fingerprints = pack.history[pack.version]!.fingerprints!;
		expect(Object.keys(fingerprints)).toEqual(statementsOf(pack).map((s) => s.id));
		const reworded = loadPack(
			withEdit('topics/01-trafik.yaml', (text) =>
				text.replace('lattlast: Bussen ska gå ofta.', 'lattlast: Bussen ska gå ofta, hela dagen.')
			),
			DIR
		);
		const after = reworded.history[reworded.version]!.fingerprints!;
		expect(after['buss-varje-kvart']).not.toBe(fingerprints['buss-varje-kvart']);
		expect(after['cykelbanor']).toBe(fingerprints['cykelbanor']);
	});
});

describe('the content history', () => {
	it('always holds the current layout, and keeps recorded older ones', () => {
		const old = { topics: [{ id: 'trafik', statements: ['buss-varje-kvart', 'gammal'] }] };
		const pack = loadPack({ ...fixture, 'history.json': JSON.stringify({ '0000old': old }) }, DIR);
		expect(pack.history['0000old']).toEqual(old);
		expect(pack.history[pack.version]!.topics.map((t) => t.id)).toEqual(['trafik', 'kultur']);
	});

	it('refuses a broken history file, naming it', () => {
		expect(errorOf({ ...fixture, 'history.json': '{"x": 1}' }).message).toMatch(
			/history\.json: field x/
		);
		expect(errorOf({ ...fixture, 'history.json': '{' }).message).toMatch(
			/history\.json: is not valid JSON/
		);
	});
});

describe('the content version', () => {
	const base = loadPack(fixture, DIR).version;
	const versionAfter = (edit: (text: string) => string, path = 'topics/01-trafik.yaml') =>
		loadPack(withEdit(path, edit), DIR).version;

	it('changes with a statement text in any language', () => {
		expect(
			versionAfter((t) => t.replace('Bussen ska gå varje kvart.', 'Bussen ska gå ofta.'))
		).not.toBe(base);
		expect(versionAfter((t) => t.replace('every fifteen minutes', 'every ten minutes'))).not.toBe(
			base
		);
	});

	it('changes with a position', () => {
		expect(versionAfter((t) => t.replace('position: 2', 'position: 1'))).not.toBe(base);
	});

	it('changes with an id', () => {
		expect(versionAfter((t) => t.replace('id: cykelbanor', 'id: cykelvagar'))).not.toBe(base);
	});

	it('changes with the order of topics', () => {
		const files = { ...fixture };
		files['topics/00-kultur.yaml'] = files['topics/02-kultur.yaml']!;
		delete files['topics/02-kultur.yaml'];
		expect(loadPack(files, DIR).version).not.toBe(base);
	});

	it('stays the same when only an explanation changes', () => {
		expect(versionAfter((t) => t.replace('Tätare turer', 'Fler turer'))).toBe(base);
	});
});

describe('a broken file stops loading with the file, the statement and the field', () => {
	const topic = 'topics/01-trafik.yaml';
	const cases: [string, PackFiles, RegExp[]][] = [
		[
			'missing English text',
			withEdit(topic, (t) =>
				t.replace('      en: More cars should be allowed in the centre.\n', '')
			),
			[/topics\/01-trafik\.yaml/, /statement "mer-biltrafik-i-centrum"/, /field text\.en/]
		],
		[
			'position 0',
			withEdit(topic, (t) => t.replace('position: -2', 'position: 0')),
			[/01-trafik\.yaml/, /"mer-biltrafik-i-centrum"/, /field position/, /0 is not allowed/]
		],
		[
			'a quote that is not verbatim',
			withEdit(topic, (t) =>
				t.replace('Biltrafiken i centrum ska minska.', 'Biltrafiken i centrum ska öka.')
			),
			[/01-trafik\.yaml/, /"mer-biltrafik-i-centrum"/, /field quote/, /not verbatim/]
		],
		[
			'a quote from another section',
			withEdit(topic, (t) =>
				t.replace(
					'quote: Biltrafiken i centrum ska minska.',
					'quote: Biblioteket ska ha öppet på söndagar.'
				)
			),
			[/"mer-biltrafik-i-centrum"/, /field quote/, /another section/]
		],
		[
			'an unknown section',
			withEdit(topic, (t) => t.replace('section: Ett grönt Exempelby', 'section: Cyklar')),
			[/01-trafik\.yaml/, /"cykelbanor"/, /field section/]
		],
		[
			'an id used twice',
			withEdit('topics/02-kultur.yaml', (t) => t.replace('id: bibliotek-sondag', 'id: cykelbanor')),
			[/02-kultur\.yaml/, /"cykelbanor"/, /field id/, /01-trafik\.yaml/]
		],
		[
			'an id that is not a slug',
			withEdit(topic, (t) => t.replace('id: cykelbanor', 'id: Cykel banor')),
			[/01-trafik\.yaml/, /statement "Cykel banor"/, /field id/, /slug/]
		],
		[
			'an unknown glossary term',
			withEdit('topics/02-kultur.yaml', (t) =>
				t.replace('terms: [konsthall]', 'terms: [konstmuseum]')
			),
			[/02-kultur\.yaml/, /"behall-konsthallen"/, /field terms/, /konstmuseum/]
		],
		[
			'an unknown field',
			withEdit(topic, (t) => t.replace('    position: 1\n', '    position: 1\n    postion: 1\n')),
			[/01-trafik\.yaml/, /"cykelbanor"/, /postion/]
		],
		[
			'YAML that does not parse',
			withEdit(topic, (t) => t.replace('statements:', 'statements: [')),
			[/01-trafik\.yaml/, /not valid YAML/]
		],
		[
			'a section heading on the wrong line',
			withEdit('program.yaml', (t) => t.replace('line: 6', 'line: 7')),
			[/program\.yaml/, /field sections\.1\.heading/, /"Trafik"/]
		],
		[
			'a missing source file',
			withEdit('program.yaml', (t) => t.replace('source/program.txt', 'source/other.txt')),
			[/program\.yaml/, /field source\.file/]
		],
		[
			'a bad date',
			withEdit('program.yaml', (t) => t.replace('2026-01-15', '15 januari')),
			[/program\.yaml/, /field date/]
		]
	];

	for (const [name, files, patterns] of cases) {
		it(name, () => {
			const error = errorOf(files);
			for (const pattern of patterns) expect(error.message).toMatch(pattern);
		});
	}

	it('names a missing program file', () => {
		const files = { ...fixture };
		delete files['program.yaml'];
		expect(errorOf(files).message).toMatch(/program\.yaml: file is missing/);
	});
});
