/** How long the computations take: scoring 1,000 answer sets, and the class view's 1,000 codes. */
import { existsSync } from 'node:fs';
import { answerValues, score, type Answers } from '../../src/lib/quiz/scoring';
import { budgets, median, pack, scored, topicIds } from './context';
import type { Report } from './report';

/** Random complete answer sets: each statement answered (a fifth marked important) or skipped. */
function randomAnswerSets(count: number): Answers[] {
	return Array.from({ length: count }, () => {
		const answers: Answers = {};
		for (const statement of scored) {
			if (Math.random() < 0.1) answers[statement.id] = { value: 'skip', important: false };
			else {
				const value = answerValues[Math.floor(Math.random() * answerValues.length)]!;
				answers[statement.id] = { value, important: Math.random() < 0.2 };
			}
		}
		return answers;
	});
}

/** Milliseconds to score 1,000 answer sets: the median of 7 rounds after a warm-up round. */
function timeScoring() {
	const sets = randomAnswerSets(1000);
	const round = () => {
		const start = performance.now();
		for (const answers of sets) score(scored, topicIds, answers);
		return performance.now() - start;
	};
	round();
	const rounds = Array.from({ length: 7 }, round);
	return { sets: sets.length, statements: scored.length, medianMs: median(rounds) };
}

/** The class view's own benchmark (src/lib/testing/classroom-bench.ts), when the class view exists. */
const classBenchFile = 'src/lib/testing/classroom-bench.ts';

/** The figures of benchClassroom() in src/lib/testing/classroom-bench.ts, in milliseconds. */
interface ClassroomFigures {
	codes: number;
	found: number;
	parseMs: number;
	aggregateMs: number;
	totalMs: number;
}

/** Times finding and summing up 1,000 answer codes with the site's content, if it can. */
async function timeClassroom(): Promise<ClassroomFigures | null> {
	if (!existsSync(classBenchFile)) return null;
	// Imported by a computed path so that this script also runs where the class view is absent.
	const module = (await import(new URL(`../../${classBenchFile}`, import.meta.url).href)) as {
		benchClassroom: (n: number, content: typeof pack) => ClassroomFigures;
	};
	return module.benchClassroom(1000, pack);
}

/** Times scoring and reports it (no budget: it is far below anything a person notices). */
export function benchScoring(report: Report) {
	const scoring = timeScoring();
	report.set('scoring', scoring);
	report.add({
		figure: `scoring ${scoring.sets} answer sets (${scoring.statements} statements)`,
		value: `${scoring.medianMs.toFixed(2)} ms`,
		budget: 'reported',
		status: 'report'
	});
}

/** Times the class view reading and summing up 1,000 codes, against its budget. */
export async function benchClassroom(report: Report) {
	const classroom = await timeClassroom();
	report.set('classAggregation', classroom ?? 'not built yet');
	report.add({
		figure: 'class view: read + sum up 1,000 codes',
		value: classroom
			? `${classroom.totalMs.toFixed(2)} ms (read ${classroom.parseMs.toFixed(2)}, sum up ${classroom.aggregateMs.toFixed(2)}; ${classroom.found} found)`
			: 'not built yet',
		budget: `< ${budgets.classroomMs} ms`,
		status: classroom
			? report.check(classroom.totalMs < budgets.classroomMs && classroom.found === classroom.codes)
			: 'n/a'
	});
}
