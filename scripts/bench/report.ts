/**
 * The benchmark's report: the rows of the printed table, each figure beside its budget, and the
 * JSON written to bench/latest.json. A measurement module adds its rows and its figures here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { budgets, outFile, pack, statements } from './context';

/** A row's verdict: within budget, over it, failed to measure, only reported, or not applicable. */
export type Status = 'ok' | 'OVER' | 'FAIL' | 'report' | 'n/a';

/** One line of the printed table. */
export interface Row {
	figure: string;
	value: string;
	budget: string;
	status: Status;
}

/** The rows and figures gathered so far, and whether any budget failed. */
export class Report {
	readonly rows: Row[] = [];
	readonly figures: Record<string, unknown> = {
		measuredAt: new Date().toISOString(),
		node: process.version,
		content: { pack: pack.id, version: pack.version, statements: statements.length },
		budgets
	};
	#failed = false;

	/** Adds rows to the table. */
	add(...rows: Row[]) {
		this.rows.push(...rows);
	}

	/** Records a figure under `key` in the JSON report. */
	set(key: string, value: unknown) {
		this.figures[key] = value;
	}

	/** 'ok' when a budget holds; otherwise 'OVER', and the whole run fails. */
	check(ok: boolean): Status {
		if (!ok) this.#failed = true;
		return ok ? 'ok' : 'OVER';
	}

	/** Marks the run failed (a figure that could not be measured must not pass silently). */
	fail() {
		this.#failed = true;
	}

	/** Writes the JSON, prints the table and sets the exit code. */
	finish() {
		this.figures.rows = this.rows;
		this.figures.passed = !this.#failed;
		mkdirSync('bench', { recursive: true });
		writeFileSync(outFile, JSON.stringify(this.figures, null, '\t') + '\n');
		console.log('');
		printTable(this.rows);
		console.log(
			`\nWritten to ${outFile}. ${this.#failed ? 'A budget was exceeded.' : 'Every budget holds.'}`
		);
		process.exitCode = this.#failed ? 1 : 0;
	}
}

function printTable(rows: Row[]) {
	const header: Row = { figure: 'figure', value: 'value', budget: 'budget', status: 'n/a' };
	const width = (key: keyof Row) => Math.max(...[header, ...rows].map((row) => row[key].length));
	const w = { figure: width('figure'), value: width('value'), budget: width('budget') };
	const line = (row: Row, status: string) =>
		`| ${row.figure.padEnd(w.figure)} | ${row.value.padEnd(w.value)} | ${row.budget.padEnd(w.budget)} | ${status.padEnd(6)} |`;
	console.log(line(header, 'status'));
	console.log(
		`|${'-'.repeat(w.figure + 2)}|${'-'.repeat(w.value + 2)}|${'-'.repeat(w.budget + 2)}|--------|`
	);
	for (const row of rows) console.log(line(row, row.status));
}
