import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNextSteps, localizeNextSteps } from './next-steps';

const file = 'questions/vasternorrland/next-steps.yaml';
const real = readFileSync(file, 'utf8');

const minimal = (extra = '') => `
heading: { sv: Nästa, lattlast: Nästa, en: Next }
intro: { sv: Hej, lattlast: Hej, en: Hi }
steps:
  - id: vote
    title: { sv: Rösta, lattlast: Rösta, en: Vote }
    text: { sv: Text, lattlast: Text, en: Text }
${extra}`;

describe('next-steps.yaml', () => {
	it('loads the real file, in every language, with a prompt about the other parties', () => {
		const steps = loadNextSteps(real, file);
		for (const lang of ['sv', 'lattlast', 'en'] as const) {
			const local = localizeNextSteps(steps, lang);
			expect(local.steps.length).toBeGreaterThanOrEqual(2);
			expect(local.steps.map((s) => s.id)).toContain('other-parties');
			expect(local.steps.map((s) => s.id)).toContain('how-to-vote');
		}
	});

	it('accepts https links and refuses other addresses, naming the file and field', () => {
		const withLink = (url: string) =>
			minimal(`    links:
      - label: { sv: L, lattlast: L, en: L }
        url: ${url}`);
		expect(
			localizeNextSteps(loadNextSteps(withLink('https://example.org/x'), 'f.yaml'), 'en').steps[0]!
				.links
		).toEqual([{ label: 'L', url: 'https://example.org/x' }]);
		expect(() => loadNextSteps(withLink('http://example.org'), 'f.yaml')).toThrow(
			/f\.yaml: field steps\.0\.links\.0\.url: must be a full https/
		);
		expect(() => loadNextSteps(withLink('javascript:alert(1)'), 'f.yaml')).toThrow(/https/);
	});

	it('refuses a missing language, an unknown field and broken YAML', () => {
		expect(() => loadNextSteps(minimal().replace('en: Next', 'fi: Next'), 'f.yaml')).toThrow(
			/field heading/
		);
		expect(() => loadNextSteps(minimal('    colour: red'), 'f.yaml')).toThrow(/steps\.0/);
		expect(() => loadNextSteps('heading: [', 'f.yaml')).toThrow(/not valid YAML/);
	});
});
