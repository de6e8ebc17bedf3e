import { describe, expect, it } from 'vitest';
import { collapseWhitespace, findQuote, normaliseSource } from './quote';

const source = [
	'Första raden slutar här och   fortsätter',
	'på nästa rad. De icke-',
	'kommersiella mötesplatserna ska bli fler. Vid om-',
	'eller nybyggnation gäller krav.',
	'',
	'Ett ord - med tankstreck mitt i raden.'
].join('\n');
const normalised = normaliseSource(source);
const found = (quote: string) => findQuote(normalised, quote) >= 0;

describe('verbatim quotes (docs/content.md)', () => {
	it('treats line breaks and runs of spaces as one space', () => {
		expect(found('Första raden slutar här och fortsätter på nästa rad.')).toBe(true);
	});

	it('accepts a line-end hyphen with or without a following space', () => {
		expect(found('De icke-kommersiella mötesplatserna ska bli fler.')).toBe(true);
		expect(found('De icke- kommersiella mötesplatserna ska bli fler.')).toBe(true);
		expect(found('Vid om- eller nybyggnation gäller krav.')).toBe(true);
		expect(found('Vid om-eller nybyggnation gäller krav.')).toBe(true);
	});

	it('does not let the hyphen be dropped', () => {
		expect(found('De ickekommersiella mötesplatserna')).toBe(false);
	});

	it('allows the optional space only at line-end hyphens', () => {
		expect(found('Ett ord - med tankstreck')).toBe(true);
		expect(found('Ett ord -med tankstreck')).toBe(false);
	});

	it('refuses any other difference: letters, case, punctuation, extra spaces', () => {
		expect(found('första raden slutar här')).toBe(false);
		expect(found('Första raden slutar här, och')).toBe(false);
		expect(found('på nästa rad!')).toBe(false);
		expect(found('Första  raden')).toBe(false);
		expect(found('Förste raden')).toBe(false);
	});

	it('finds a quote only inside the given range', () => {
		const start = normalised.lineStarts[2]!;
		expect(findQuote(normalised, 'Första raden', start)).toBe(-1);
		expect(findQuote(normalised, 'kommersiella mötesplatserna', start)).toBeGreaterThanOrEqual(
			start
		);
	});

	it('records where each line starts', () => {
		expect(normalised.lineStarts).toHaveLength(6);
		expect(normalised.text.slice(normalised.lineStarts[1], normalised.lineStarts[1]! + 11)).toBe(
			'på nästa ra'
		);
	});

	it('collapses whitespace in a quote', () => {
		expect(collapseWhitespace('  a \n b\t\tc ')).toBe('a b c');
	});
});
