import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswerCode } from '../codes/answer-code';
import type { ContentHistory, ContentLayout } from '../codes/history';
import { blankRow, readPaperBox, readPaperSheet, type PaperRow } from './paper';

const layout: ContentLayout = {
	topics: [
		{ id: 'x', statements: ['a', 'b'] },
		{ id: 'y', statements: ['c'] }
	]
};
const version = 'v000001';
const history: ContentHistory = { [version]: layout };
const content = { version, history };
const row = (box: string, important = false): PaperRow => ({ box, important });

describe('readPaperBox', () => {
	it('reads the boxes 1-5 from the left as Helt emot to Helt för, and a blank as skipped', () => {
		expect(['1', '2', '3', '4', '5'].map(readPaperBox)).toEqual([-2, -1, 0, 1, 2]);
		expect(readPaperBox(' 4 ')).toBe(1);
		expect(readPaperBox('')).toBe('skip');
		expect(readPaperBox('  ')).toBe('skip');
	});

	it('refuses anything else', () => {
		for (const box of ['0', '6', '12', 'a', '-1', '4.', '١']) expect(readPaperBox(box)).toBeNull();
	});
});

describe('readPaperSheet', () => {
	it('makes an answer code that reads back to the sheet, important boxes included', () => {
		const sheet = readPaperSheet([row('5', true), row(''), row('2')], content);
		expect(sheet.ok).toBe(true);
		if (!sheet.ok) return;
		expect(sheet.code).toMatch(/^A2/);
		expect(sheet.answers).toEqual({
			a: { value: 2, important: true },
			b: { value: 'skip', important: false },
			c: { value: -1, important: false }
		});
		const decoded = decodeAnswerCode(sheet.code, version, history);
		expect(decoded.ok && decoded.answers).toEqual(sheet.answers);
	});

	it('drops an important tick on a statement without an answer, and reads missing rows as blank', () => {
		const sheet = readPaperSheet([row('3'), row('', true)], content);
		expect(sheet.ok && sheet.answers).toEqual({
			a: { value: 0, important: false },
			b: { value: 'skip', important: false },
			c: { value: 'skip', important: false }
		});
	});

	it('names every row that is not 1-5 or blank, and refuses a sheet with no answer', () => {
		expect(readPaperSheet([row('7'), row('2'), row('x')], content)).toEqual({
			ok: false,
			problem: { kind: 'rows', rows: [1, 3] }
		});
		expect(readPaperSheet([row(''), blankRow()], content)).toEqual({
			ok: false,
			problem: { kind: 'blank' }
		});
	});

	it('round trip for any sheet with an answer (property)', () => {
		const rowArb = fc.record({
			box: fc.constantFrom('', '1', '2', '3', '4', '5'),
			important: fc.boolean()
		});
		fc.assert(
			fc.property(fc.array(rowArb, { minLength: 3, maxLength: 3 }), (rows) => {
				const sheet = readPaperSheet(rows, content);
				if (rows.every((r) => r.box === '')) {
					expect(sheet.ok).toBe(false);
					return;
				}
				expect(sheet.ok).toBe(true);
				if (!sheet.ok) return;
				const decoded = decodeAnswerCode(sheet.code, version, history);
				expect(decoded.ok && decoded.answers).toEqual(sheet.answers);
				rows.forEach((r, i) => {
					const answer = sheet.answers[['a', 'b', 'c'][i]!]!;
					expect(answer.value).toBe(r.box === '' ? 'skip' : [-2, -1, 0, 1, 2][Number(r.box) - 1]);
					expect(answer.important).toBe(r.box !== '' && r.important);
				});
			})
		);
	});
});
