/**
 * The site's own content, as the build loads it: every rule of docs/content.md that a machine can
 * check. A failing test here names the statement and the rule it breaks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	auditPack,
	historyFindings,
	limits,
	negationsIn,
	predictabilityFindings,
	predictabilityOf
} from '../../content/audit';
import { predictabilityLimits } from '../../content/predictability';
import { lix } from '../../content/lix';
import { findQuote, normaliseSource } from '../../content/quote';
import { deciders, langs, statementsOf, type Pack } from '../../content/types';
import { sitePack } from './index';

const pack = sitePack();
const statements = statementsOf(pack);

describe('the site content pack', { timeout: 60_000 }, () => {
	it('names its program', () => {
		expect(pack.party).toBe('Vänsterpartiet Västernorrland');
		expect(pack.title).toBe('Ett jämlikt Västernorrland för alla');
		expect(pack.source.file).toMatch(/\.txt$/);
		expect(pack.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(pack.version).toMatch(/^[0-9a-z]{7}$/);
	});

	it('keeps the program text unchanged from the shared original', () => {
		const copy = readFileSync(`questions/vasternorrland/${pack.source.file}`, 'utf8');
		let original: string | null = null;
		try {
			original = readFileSync(
				'../shared/program/vansterpartiet-vasternorrland-regionprogram.txt',
				'utf8'
			);
		} catch {
			// The shared folder is beside the checkout on the team's machines, not everywhere.
		}
		if (original !== null) expect(copy).toBe(original);
		expect(copy).toContain('Ett jämlikt Västernorrland för alla');
	});

	it('has recorded its content version in history.json, so codes made today stay readable', () => {
		const recorded = JSON.parse(readFileSync('questions/vasternorrland/history.json', 'utf8'));
		expect(
			recorded[pack.version],
			`content version ${pack.version} is not in history.json: run npm run content:history`
		).toEqual(pack.history[pack.version]);
	});

	it('meets every editorial rule (counts, balance, coverage, negations, readability, glossary)', () => {
		expect(auditPack(pack)).toEqual([]);
	});

	it('has 30-40 statements over 8-10 topics, at least three in each', () => {
		expect(statements.length).toBeGreaterThanOrEqual(30);
		expect(statements.length).toBeLessThanOrEqual(40);
		expect(pack.topics.length).toBeGreaterThanOrEqual(8);
		expect(pack.topics.length).toBeLessThanOrEqual(10);
		for (const topic of pack.topics)
			expect(topic.statements.length, topic.id).toBeGreaterThanOrEqual(3);
	});

	it('has unique, slug-shaped ids', () => {
		const ids = statements.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('quotes every one of the ten sections at least once', () => {
		expect(pack.sections).toHaveLength(10);
		const cited = new Set(statements.map((s) => s.section));
		for (const section of pack.sections) expect(cited, section.heading).toContain(section.heading);
	});

	it('has every quote verbatim in the program, inside its section', () => {
		const text = readFileSync(`questions/vasternorrland/${pack.source.file}`, 'utf8');
		const source = normaliseSource(text);
		pack.sections.forEach((section, i) => {
			const from = source.lineStarts[section.line - 1]!;
			const next = pack.sections[i + 1];
			const to = next ? source.lineStarts[next.line - 1]! : source.text.length;
			for (const s of statements.filter((s) => s.section === section.heading)) {
				expect(findQuote(source, s.quote, from, to), s.id).toBeGreaterThanOrEqual(0);
			}
		});
	});

	it('has 40-60 % statements that the program opposes', () => {
		const share = statements.filter((s) => s.position < 0).length / statements.length;
		expect(share).toBeGreaterThanOrEqual(limits.opposedShare.min);
		expect(share).toBeLessThanOrEqual(limits.opposedShare.max);
	});

	it('never has position 0 and has all three language versions', () => {
		for (const s of statements) {
			expect([-2, -1, 1, 2], s.id).toContain(s.position);
			for (const lang of langs) {
				expect(s.text[lang].trim(), `${s.id} text.${lang}`).not.toBe('');
				expect(s.explanation[lang].trim(), `${s.id} explanation.${lang}`).not.toBe('');
			}
		}
	});

	it('has no negation words in any statement text', () => {
		for (const s of statements) {
			expect(negationsIn(s.text.sv, 'sv'), `${s.id} sv`).toEqual([]);
			expect(negationsIn(s.text.lattlast, 'sv'), `${s.id} lattlast`).toEqual([]);
			expect(negationsIn(s.text.en, 'en'), `${s.id} en`).toEqual([]);
		}
	});

	it('reads easily: Swedish LIX <= 40 on average, each lättläst text <= 30', () => {
		const average = statements.reduce((sum, s) => sum + lix(s.text.sv), 0) / statements.length;
		expect(average).toBeLessThanOrEqual(40);
		for (const s of statements) expect(lix(s.text.lattlast), s.id).toBeLessThanOrEqual(30);
	});

	it("includes the program's signature demands", () => {
		const quoted = (word: RegExp) => statements.some((s) => word.test(s.quote));
		expect(quoted(/avgiftsfri/)).toBe(true);
		expect(quoted(/förbud mot brytning av alunskiffer/)).toBe(true);
		expect(quoted(/egen regi/)).toBe(true);
	});

	it('has a glossary with the terms a 16-year-old may not know, each referenced', () => {
		const ids = pack.glossary.map((g) => g.id);
		for (const id of [
			'alunskiffer',
			'egen-regi',
			'folkhogskola',
			'validering',
			'bioekonomi',
			'kollektivtrafikmyndighet'
		]) {
			expect(ids).toContain(id);
		}
		const used = new Set(statements.flatMap((s) => s.terms));
		for (const id of ids) expect(used, id).toContain(id);
	});
});

describe('the second edition: opinions, not pattern spotting', { timeout: 60_000 }, () => {
	const recorded: Pack['history'] = JSON.parse(
		readFileSync('questions/vasternorrland/history.json', 'utf8')
	);

	it('uses one modal verb in every statement of a language: "ska" in Swedish and lättläst, "should" in English', () => {
		for (const s of statements) {
			expect(s.text.sv, s.id).toMatch(/\bska\b/u);
			expect(s.text.lattlast, s.id).toMatch(/\bska\b/u);
			expect(s.text.en, s.id).toMatch(/\bshould\b/);
			expect(`${s.text.sv} ${s.text.lattlast}`, s.id).not.toMatch(/(^|\s)(bör|borde)(\s|$)/iu);
		}
	});

	it('gives the program no side a word-based classifier can guess (figures printed)', () => {
		for (const lang of langs) {
			const { classifiers, phrases } = predictabilityOf(pack, lang);
			for (const [name, c] of Object.entries(classifiers)) {
				console.log(
					`predictability ${lang}, ${name} (leave-one-out): ${c.correct}/${c.statements} = ${(100 * c.accuracy).toFixed(1)} % vs larger side ${(100 * c.majorityRate).toFixed(1)} % (one-sided binomial p = ${c.pValue.toFixed(3)}; fails below ${predictabilityLimits.alpha})`
				);
				expect(c.pValue, `${lang} ${name}`).toBeGreaterThanOrEqual(predictabilityLimits.alpha);
			}
			console.log(
				`predictability ${lang}: most one-sided words in >= ${predictabilityLimits.phraseMinStatements} statements: ${phrases
					.slice(0, 3)
					.map((p) => `"${p.phrase}" ${p.agreeing} for/${p.statements}`)
					.join(', ')}`
			);
			for (const p of phrases) {
				expect(p.share, `${lang} "${p.phrase}" in ${p.ids.join(', ')}`).toBeLessThan(
					predictabilityLimits.phraseMaxShare
				);
			}
		}
		expect(predictabilityFindings(pack)).toEqual([]);
	});

	it('has at least four statements where the program takes the side a "more public sector = agree" rule gets wrong', () => {
		const breakers = statements.filter((s) => s.breaksRuleOfThumb);
		expect(breakers.length).toBeGreaterThanOrEqual(limits.ruleOfThumbBreakers);
		for (const s of breakers) expect(s.quote.length, s.id).toBeGreaterThan(10);
	});

	it('sets no quota per topic: 40-60 % opposed over the pack, and the share varies between topics', () => {
		const shares = pack.topics.map(
			(t) => t.statements.filter((s) => s.position < 0).length / t.statements.length
		);
		expect(new Set(shares).size).toBeGreaterThan(1);
	});

	it('writes explanations that read easily: Swedish LIX <= 45 each and <= 40 on average, lättläst <= 35 and <= 30', () => {
		for (const lang of ['sv', 'lattlast'] as const) {
			const { each, average } = limits.explanationLix[lang];
			const values = statements.map((s) => lix(s.explanation[lang]));
			statements.forEach((s, i) =>
				expect(values[i], `${s.id} explanation.${lang}`).toBeLessThanOrEqual(each)
			);
			expect(values.reduce((a, b) => a + b, 0) / values.length).toBeLessThanOrEqual(average);
		}
	});

	it('says who decides each question and why its position is as strong as it is, in every language', () => {
		for (const s of statements) {
			expect(s.decides.length, s.id).toBeGreaterThan(0);
			for (const d of s.decides) expect(deciders, s.id).toContain(d);
			for (const lang of langs)
				expect(s.rationale[lang].trim(), `${s.id} rationale.${lang}`).not.toBe('');
		}
	});

	it('says how old the program is and what it leaves out, in every language', () => {
		for (const lang of langs) {
			expect(pack.age?.[lang], `age.${lang}`).toMatch(/20(18|20)/);
			expect(pack.scope?.[lang], `scope.${lang}`).toBeTruthy();
		}
	});

	it('records a fingerprint of every statement for every published version', () => {
		for (const [version, layout] of Object.entries(recorded)) {
			const ids = layout.topics.flatMap((t) => t.statements);
			expect(Object.keys(layout.fingerprints ?? {}).sort(), version).toEqual([...ids].sort());
		}
	});

	it('changes no published statement without a new history entry, and reuses no dropped id', () => {
		expect(historyFindings(pack, recorded)).toEqual([]);
	});
});

describe(
	'the editorial rules fail with the file and the statement named',
	{ timeout: 60_000 },
	() => {
		const recorded: Pack['history'] = JSON.parse(
			readFileSync('questions/vasternorrland/history.json', 'utf8')
		);
		const first = statements[0]!;
		const file = pack.topics[0]!.file!;
		/** The site pack with its first statement changed by `change`. */
		function withFirst(change: (s: (typeof statements)[number]) => void): Pack {
			const copy: Pack = structuredClone(pack);
			change(copy.topics[0]!.statements[0]!);
			return copy;
		}
		const messagesOf = (findings: { where: string; message: string }[]) =>
			findings.map((f) => `${f.where}: ${f.message}`);

		it('names the file and statement of a statement that uses another modal verb', () => {
			const changed = withFirst((s) => (s.text.sv = s.text.sv.replace(/\bska\b/u, 'bör')));
			const messages = messagesOf(auditPack(changed).filter((f) => f.rule === 'modal'));
			expect(messages.join('\n')).toContain(`${file}: statement "${first.id}"`);
			expect(messages.join('\n')).toContain('"bör"');
		});

		it('names the file and statement of an explanation that is hard to read', () => {
			const changed = withFirst(
				(s) =>
					(s.explanation.lattlast =
						'Kommunikationsinfrastrukturens finansieringsmöjligheter diskuterades.')
			);
			const messages = messagesOf(auditPack(changed).filter((f) => f.rule === 'readability'));
			expect(messages.join('\n')).toContain(`${file}: statement "${first.id}"`);
		});

		it('names the file and statement of a published statement changed without a history entry', () => {
			const changed = withFirst((s) => (s.text.en = `${s.text.en} Really.`));
			changed.version = 'zzzzzzz';
			const messages = messagesOf(historyFindings(changed, recorded));
			expect(messages).toHaveLength(1);
			expect(messages[0]).toContain(`${file}: statement "${first.id}"`);
			expect(messages[0]).toContain('npm run content:history');
		});

		it('names the file and statement of a dropped id used again', () => {
			const changed = withFirst((s) => (s.id = 'demokrati-yrkesval-och-kon'));
			const messages = messagesOf(historyFindings(changed, recorded));
			expect(messages.join('\n')).toContain(`${file}: statement "demokrati-yrkesval-och-kon"`);
			expect(messages.join('\n')).toContain('never reused');
		});

		it('reports wording that gives the side away', () => {
			const changed: Pack = structuredClone(pack);
			for (const s of statementsOf(changed)) {
				if (s.position < 0) s.text.en = s.text.en.replace('should', 'should perhaps');
			}
			const messages = messagesOf(predictabilityFindings(changed));
			expect(messages.join('\n')).toMatch(/text\.en "perhaps"/);
			expect(messages.join('\n')).toMatch(/trained on the other statements guesses/);
		});
	}
);

describe('negation detection', () => {
	it('finds Swedish and English negations as whole words', () => {
		expect(negationsIn('Det ska inte kosta något', 'sv')).toEqual(['inte']);
		expect(negationsIn('Ingen ska behöva', 'sv')).toEqual(['ingen']);
		expect(negationsIn('Intern trafik', 'sv')).toEqual([]);
		expect(negationsIn("It shouldn't cost", 'en')).toEqual(["n't"]);
		expect(negationsIn('No fees', 'en')).toEqual(['no']);
		expect(negationsIn('Nothing', 'en')).toEqual(['nothing']);
		expect(negationsIn('Notable knowledge', 'en')).toEqual([]);
	});
});
