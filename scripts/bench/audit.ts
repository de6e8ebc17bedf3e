/** The dependency audit: `npm audit` of what the site ships (no dev dependencies). */
import { spawnSync } from 'node:child_process';
import type { Report } from './report';

/** Counts by severity from `npm audit --omit=dev`, or why there are none. */
function audit():
	{ status: 'ok'; counts: Record<string, number> } | { status: 'unavailable'; reason: string } {
	const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
		encoding: 'utf8',
		timeout: 90_000
	});
	try {
		const report = JSON.parse(result.stdout) as {
			metadata?: { vulnerabilities?: Record<string, number> };
			message?: string;
			error?: { summary?: string };
		};
		if (report.metadata?.vulnerabilities) {
			return { status: 'ok', counts: report.metadata.vulnerabilities };
		}
		return {
			status: 'unavailable',
			reason: report.message || report.error?.summary || 'no figures in the report'
		};
	} catch {
		return {
			status: 'unavailable',
			reason: (result.stderr || String(result.error ?? 'no output')).trim().split('\n')[0]!
		};
	}
}

/** Runs the audit and reports the counts by severity. */
export function benchAudit(report: Report) {
	const audited = audit();
	report.set('audit', audited);
	report.add({
		figure: 'npm audit --omit=dev',
		value:
			audited.status === 'ok'
				? ['critical', 'high', 'moderate', 'low', 'info']
						.map((severity) => `${audited.counts[severity] ?? 0} ${severity}`)
						.join(', ')
				: `audit unavailable (${audited.reason.slice(0, 40)})`,
		budget: 'reported',
		status: 'report'
	});
}
