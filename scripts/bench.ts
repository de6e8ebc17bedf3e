/**
 * The benchmark behind BENCHMARKS.md: what each route downloads, Lighthouse scores, the time
 * scoring takes and the dependency audit, each figure printed beside its budget and written to
 * bench/latest.json. Exits non-zero when a budget is exceeded.
 *
 * Run: npm run bench [-- --skip-lighthouse] [-- --build]
 *   --skip-lighthouse  leave out Lighthouse (a quick run)
 *   --build            build the site first even when build/ exists (it is built when missing)
 */
import { benchAudit } from './bench/audit';
import { benchClassSummary } from './bench/class-summary';
import { benchClassroom, benchScoring } from './bench/computation';
import { benchHostingReport } from './bench/hosting';
import { benchLighthouse } from './bench/lighthouse';
import { benchPages } from './bench/pages';
import { benchQuizFlow } from './bench/quiz-flow';
import { Report } from './bench/report';
import { buildIfNeeded, startServer } from './bench/server';

/**
 * Each measurement is a module in scripts/bench/ that adds its rows and figures to the report:
 * add a new one there and call it here, one line each.
 */
async function main() {
	buildIfNeeded();
	const report = new Report();
	const server = await startServer();
	try {
		await benchPages(report, server.origin);
		await benchQuizFlow(report, server.origin);
		await benchHostingReport(report, server.origin);
		await benchLighthouse(report, server.origin);
	} finally {
		server.stop();
	}
	benchScoring(report);
	await benchClassroom(report);
	await benchClassSummary(report);
	benchAudit(report);
	report.finish();
}

main().catch((error) => {
	console.error(error);
	process.exit(2);
});
