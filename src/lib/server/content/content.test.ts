/**
 * The site's own content, as the build loads it: every rule of docs/content.md that a machine can
 * check. A failing test here names the statement and the rule it breaks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditPack, limits, negationsIn } from '../../content/audit';
import { lix } from '../../content/lix';
import { findQuote, normaliseSource } from '../../content/quote';
import { langs, statementsOf } from '../../content/types';
import { sitePack } from './index';

const pack = sitePack();
const statements = statementsOf(pack);

describe('the site content pack', () => {
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
