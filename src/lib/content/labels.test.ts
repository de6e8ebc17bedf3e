import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';
import { answerLabel, topicNames } from './labels';
import { statementsOf } from './types';

const pack = {
	topics: [
		{ id: 'trafik', name: 'Trafik', statements: [{ id: 'a' }, { id: 'b' }] },
		{ id: 'kultur', name: 'Kultur', statements: [{ id: 'c' }] }
	]
};

describe('labels', () => {
	it('names topics by id', () => {
		expect(topicNames(pack)).toEqual({ trafik: 'Trafik', kultur: 'Kultur' });
	});

	it('lists statements in quiz order, topic by topic', () => {
		expect(statementsOf(pack).map((s) => s.id)).toEqual(['a', 'b', 'c']);
	});

	it('words every answer value and position in each language', () => {
		expect([-2, -1, 0, 1, 2].map((v) => answerLabel(sv, v))).toEqual([
			'Helt emot',
			'Delvis emot',
			'Varken för eller emot',
			'Delvis för',
			'Helt för'
		]);
		expect(answerLabel(en, 2)).toBe(en.answers['2']);
		expect(answerLabel(en, -1)).toBe(en.answers['-1']);
	});
});
