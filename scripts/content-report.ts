/**
 * Prints, per topic, the number of statements, the share the program opposes and the average
 * LIX of the Swedish texts; per language, the predictability figures and the LIX of statements
 * and explanations; who decides the questions; then any broken editorial rule.
 * Run: npm run content:report
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { auditPack, figures, limits, predictabilityOf } from '../src/lib/content/audit';
import { lix } from '../src/lib/content/lix';
import { predictabilityLimits } from '../src/lib/content/predictability';
import { deciders, langs, statementsOf } from '../src/lib/content/types';
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
	const statements = statementsOf(pack);
	const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
	console.log('\nReadability (LIX): average / highest');
	for (const lang of langs.filter((l) => l !== 'en')) {
		for (const field of ['text', 'explanation'] as const) {
			const values = statements.map((s) => ({ id: s.id, lix: lix(s[field][lang]) }));
			const top = values.reduce((a, b) => (b.lix > a.lix ? b : a));
			console.log(
				`  ${`${field}.${lang}`.padEnd(22)}${mean(values.map((v) => v.lix))
					.toFixed(1)
					.padStart(6)} / ${top.lix.toFixed(1)} (${top.id})`
			);
		}
	}

	console.log(
		`\nPredictability: leave-one-out classifiers on word unigrams and bigrams; fails when one-sided binomial p < ${predictabilityLimits.alpha} against always guessing the larger side, or when a word in >= ${predictabilityLimits.phraseMinStatements} statements is >= ${100 * predictabilityLimits.phraseMaxShare} % on one side`
	);
	for (const lang of langs) {
		const { classifiers, phrases } = predictabilityOf(pack, lang);
		for (const [name, c] of Object.entries(classifiers)) {
			console.log(
				`  ${lang.padEnd(9)}${name.padEnd(21)}${c.correct}/${c.statements} = ${(100 * c.accuracy).toFixed(1)} % (larger side ${(100 * c.majorityRate).toFixed(1)} %, p = ${c.pValue.toFixed(3)})`
			);
		}
		console.log(
			`  ${lang.padEnd(9)}most one-sided words: ${phrases
				.slice(0, 4)
				.map((p) => `"${p.phrase}" ${p.agreeing} for / ${p.statements}`)
				.join(', ')}`
		);
	}

	console.log('\nWho decides (a statement may name several):');
	for (const decider of deciders) {
		const ids = statements.filter((s) => s.decides.includes(decider));
		const first = statements.filter((s) => s.decides[0] === decider);
		console.log(
			`  ${decider.padEnd(13)}${String(ids.length).padStart(3)} statements (${first.length} first)`
		);
	}
	const breakers = statements.filter((s) => s.breaksRuleOfThumb);
	console.log(
		`\nStatements where a "more public sector = agree" rule gets the program wrong (${breakers.length}): ${breakers.map((s) => s.id).join(', ')}`
	);

	const findings = auditPack(pack);
	for (const f of findings) console.error(`✗ [${f.rule}] ${f.where}: ${f.message}`);
	if (findings.length > 0) failed = true;
	else console.log('✓ Every editorial rule holds.');
}
process.exit(failed ? 1 : 0);
