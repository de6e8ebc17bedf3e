/**
 * Answers from a paper worksheet, typed in by the teacher so that pupils without a device count
 * too. One row per statement, in the worksheet's order: the box the pupil ticked, as a number
 * 1-5 from the left (1 Helt emot … 5 Helt för, as the worksheet prints them), or nothing for a
 * statement left out; and whether the pupil ticked "important". A complete sheet becomes an
 * answer code (A2), so that it is counted the same way as every pasted code.
 * Plain TypeScript: no Svelte, no DOM.
 */
import { encodeAnswerCode } from '../codes/answer-code';
import { layoutIn, statementIdsOf, type ContentHistory } from '../codes/history';
import { answerValues, type Answer, type AnswerValue, type Answers } from '../quiz/scoring';

/** One row of a paper sheet as typed: the box ("1".."5", blank for none) and the important box. */
export interface PaperRow {
	box: string;
	important: boolean;
}

/** A blank row: nothing ticked. */
export const blankRow = (): PaperRow => ({ box: '', important: false });

/** What a typed box means: an answer value, 'skip' for a blank, or null when it is not 1-5. */
export function readPaperBox(box: string): AnswerValue | 'skip' | null {
	const text = box.trim();
	if (text === '') return 'skip';
	if (!/^[1-5]$/.test(text)) return null;
	return answerValues[Number(text) - 1] ?? null;
}

/** The answer of one row; a tick in "important" without an answer has nothing to weigh. */
function answerOf(row: PaperRow): Answer | null {
	const value = readPaperBox(row.box);
	if (value === null) return null;
	if (value === 'skip') return { value, important: false };
	return { value, important: row.important };
}

/** Why a sheet cannot be added: rows that are not 1-5 or blank, or no answer on the sheet at all. */
export type PaperProblem = { kind: 'rows'; rows: number[] } | { kind: 'blank' };

/** A sheet read: its answers and its answer code, or what is wrong with it. */
export type PaperSheet =
	{ ok: true; answers: Answers; code: string } | { ok: false; problem: PaperProblem };

/**
 * Reads a typed sheet for the current content version: `rows[i]` is the i-th statement of the
 * version's layout (the worksheet's numbering, 1-based, is i + 1). Missing rows count as blank.
 * Refused when a row is not 1-5 or blank (the 1-based row numbers are given), or when no
 * statement has an answer (a sheet with nothing on it is more likely a slip than a pupil).
 */
export function readPaperSheet(
	rows: readonly PaperRow[],
	content: { version: string; history: ContentHistory }
): PaperSheet {
	const layout = layoutIn(content.history, content.version);
	if (!layout) throw new RangeError(`Content version ${content.version} is not in the history.`);
	const ids = statementIdsOf(layout);
	const answers: Answers = {};
	const bad: number[] = [];
	ids.forEach((id, i) => {
		const answer = answerOf(rows[i] ?? blankRow());
		if (answer === null) bad.push(i + 1);
		else answers[id] = answer;
	});
	if (bad.length > 0) return { ok: false, problem: { kind: 'rows', rows: bad } };
	if (Object.values(answers).every((answer) => answer.value === 'skip')) {
		return { ok: false, problem: { kind: 'blank' } };
	}
	return { ok: true, answers, code: encodeAnswerCode(answers, content.version, layout) };
}
