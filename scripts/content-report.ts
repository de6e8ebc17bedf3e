/**
 * Prints, per topic, the number of statements, the share the program opposes and the average
 * LIX of the Swedish texts, then the totals and any broken editorial rule.
 * Run: npm run content:report
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { auditPack, figures, limits } from '../src/lib/content/audit';
import { statementsOf } from '../src/lib/content/types';
import { readPackFiles } from '../src/lib/server/content/fs';
import { ContentError, loadPack } from '../src/lib/server/content/load';

const root = 'questions';
const dirs = readdirSync(root).filter((d) => existsSync(join(root, d, 'program.yaml')));
let failed = false;

for (const dir of dirs) {
	let pack;
	try {
		pack = loadPack(readPackFiles(join(root, dir)), `${root}/${dir}`);
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		console.error(`✗ ${error.message}`);
		failed = true;
		continue;
	}
	console.log(`\n${pack.party}: ${pack.title} (content version ${pack.version})\n`);
	const rows = [
		...pack.topics.map((topic) => figures(topic.name.sv, topic.statements)),
		figures('Totalt', statementsOf(pack))
	];
	const pad = (s: string | number, n: number) => String(s).padEnd(n);
	const padL = (s: string | number, n: number) => String(s).padStart(n);
	console.log(
		`${pad('Ämne', 34)}${padL('Påståenden', 11)}${padL('Emot', 6)}${padL('Andel emot', 12)}${padL('LIX (sv)', 10)}${padL('Max LIX lättläst', 18)}`
	);
	rows.forEach((row, i) => {
		if (i === rows.length - 1) console.log('-'.repeat(91));
		console.log(
			`${pad(row.topic, 34)}${padL(row.statements, 11)}${padL(row.opposed, 6)}${padL(`${Math.round(100 * row.opposedShare)} %`, 12)}${padL(row.lixAverage.toFixed(1), 10)}${padL(row.lixEasyMax.toFixed(1), 18)}`
		);
	});
	console.log(
		`\nLimits: ${limits.statements.min}-${limits.statements.max} statements, >= ${limits.perTopic} per topic, ${100 * limits.opposedShare.min}-${100 * limits.opposedShare.max} % opposed, average LIX <= ${limits.lixAverage}, each lättläst LIX <= ${limits.lixEasy}; ${pack.glossary.length} glossary terms.`
	);
	const findings = auditPack(pack);
	for (const f of findings) console.error(`✗ [${f.rule}] ${f.where}: ${f.message}`);
	if (findings.length > 0) failed = true;
	else console.log('✓ Every editorial rule holds.');
}
process.exit(failed ? 1 : 0);
