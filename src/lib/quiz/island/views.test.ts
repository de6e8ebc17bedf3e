import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	absolutePaths,
	cameFromResult,
	FROM_RESULT,
	hrefIn,
	hrefOf,
	sameView,
	viewAt,
	type View
} from './views';

const paths = { home: '/en/', statement: '/en/fraga/', important: '/en/fraga/viktigt/' };

describe('island screens', () => {
	it('reads back the screen of every address it writes', () => {
		const view: fc.Arbitrary<View> = fc.oneof(
			fc.constant({ kind: 'home' as const }),
			fc.constant({ kind: 'important' as const }),
			fc.integer({ min: 0, max: 35 }).map((index) => ({ kind: 'statement' as const, index }))
		);
		fc.assert(
			fc.property(view, (v) => {
				expect(viewAt(hrefOf(v, paths), paths, 36)).toEqual(v);
			})
		);
	});

	it('refuses addresses that are not a screen of the quiz', () => {
		for (const path of [
			'/en/fraga/0/',
			'/en/fraga/37/',
			'/en/fraga/01/',
			'/en/fraga/1',
			'/en/resultat/',
			'/fraga/1/'
		])
			expect(viewAt(path, paths, 36)).toBeNull();
		fc.assert(fc.property(fc.string(), (path) => void viewAt(path, paths, 36)));
	});

	it('keeps the place when the language changes', () => {
		expect(hrefIn({ kind: 'statement', index: 3 }, '/lattlast/', paths)).toBe('/lattlast/fraga/4/');
		expect(hrefIn({ kind: 'important' }, '/', paths)).toBe('/fraga/viktigt/');
		expect(hrefIn({ kind: 'home' }, '/', paths)).toBe('/');
	});

	it('resolves the relative addresses a page carries against the page it is shown at', () => {
		const relative = { home: '../../', statement: '../', important: '../viktigt/' };
		expect(absolutePaths(relative, 'https://site/en/fraga/1/')).toEqual(paths);
		// Offline, the first statement's page stands in at another statement's address.
		expect(absolutePaths(relative, 'https://site/en/fraga/17/')).toEqual(paths);
	});

	it('tells whether two views are the same screen', () => {
		const view = fc.oneof(
			fc.constant<View>({ kind: 'home' }),
			fc.constant<View>({ kind: 'important' }),
			fc.integer({ min: 0, max: 50 }).map((index): View => ({ kind: 'statement', index }))
		);
		fc.assert(
			fc.property(view, view, (a, b) => {
				expect(sameView(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
			})
		);
	});
});

describe('the way back to the result', () => {
	it('is read from the query it is written as, and from nothing else', () => {
		expect(cameFromResult(`?${FROM_RESULT}`)).toBe(true);
		expect(cameFromResult(`?x=1&${FROM_RESULT}`)).toBe(true);
		for (const search of ['', '?', '?fran=start', '?resultat', '?fran=resultat2'])
			expect(cameFromResult(search)).toBe(false);
	});
});
