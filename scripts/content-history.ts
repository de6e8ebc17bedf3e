/**
 * Records the current content version's statement order in questions/<pack>/history.json, so
 * that answer codes and result links made today can still be read after the statements change.
 * Run after editing statements: npm run content:history (the content tests remind you).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPackFiles } from '../src/lib/server/content/fs';
import { loadPack } from '../src/lib/server/content/load';

const root = 'questions';
for (const dir of readdirSync(root).filter((d) => existsSync(join(root, d, 'program.yaml')))) {
	const pack = loadPack(readPackFiles(join(root, dir)), `${root}/${dir}`);
	const file = join(root, dir, 'history.json');
	const recorded: Record<string, unknown> = existsSync(file)
		? JSON.parse(readFileSync(file, 'utf8'))
		: {};
	if (pack.version in recorded) {
		console.log(`${file}: content version ${pack.version} is already recorded.`);
		continue;
	}
	recorded[pack.version] = pack.history[pack.version];
	writeFileSync(file, JSON.stringify(recorded, null, '\t') + '\n');
	console.log(`${file}: recorded content version ${pack.version}.`);
}
